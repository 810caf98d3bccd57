import { counts } from './counts.zh-CN.ts';
import type { Strings } from './strings.ts';

const timeFormat = new Intl.DateTimeFormat('zh-CN', {
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export const stringsZhCN: Strings = {
  ...counts,
  pageDescription: '注销 TM 卡保号卡的分步清单：逐项勾选，进度保存在本机，可以分享某一步的链接。',
  formatDoneTime: (iso: string) => timeFormat.format(new Date(iso)),
  progressLabel: '完成进度',
  nextStep: '下一步：',
  update: {
    available: '有新版本可用。刷新后使用新版本，你的进度不受影响。',
    reload: '刷新',
  },
  more: {
    button: '更多',
    progressLabel: '更多：复制、导出、导入或重置',
    stepLabel: (title: string) => `更多：${title}`,
  },
  transfer: {
    export: '导出进度',
    import: '导入进度',
    imported: '已导入文件里的进度。',
    partial: '已导入文件里能识别的进度，其余内容无法识别，已忽略。',
    unreadable: '这个文件无法读取：它不是本清单导出的进度文件。当前进度没有改动。',
    tooLarge: '这个文件太大，不像是本清单导出的进度文件。当前进度没有改动。',
    undone: '已撤销导入，恢复了导入前的进度。',
  },
  copyProgress: {
    button: '复制进度',
    copied: '进度已复制，可以粘贴到聊天或备忘录里',
    manualTitle: '请手动复制进度',
    manualLabel: '进度文本',
    parts: (done: number, total: number) => `（${done} / ${total}）`,
    doneOn: (time: string) => `（完成于 ${time}）`,
  },
  manualCopy: {
    hint: '无法自动复制，请手动选中并复制下面的内容。',
    close: '关闭',
  },
  details: { hide: '隐藏全部说明', show: '显示全部说明' },
  doneAt: '完成于',
  note: {
    button: '备注',
    buttonLabel: (title: string) => `备注：${title}`,
    fieldLabel: (title: string) => `${title}的备注`,
    hint: '例如客服工单号、办理网点。只保存在这台设备上。',
    label: '备注：',
  },
  savedLocally: '进度只保存在这台设备的浏览器里。',
  keepCopy: '想留一份副本，可以用“发送进度”发给自己，或者用“提醒我”设一个提醒：提醒里也带着进度。',
  needsJavaScript: '勾选和保存进度需要开启 JavaScript；不开启也可以照着下面的清单一步步做。',
  reset: {
    button: '重置进度',
    title: '要重置进度吗？',
    body: '这会取消全部勾选，并删除所有备注。重置后还可以立即撤销。',
    confirm: '重置',
    cancel: '取消',
    cleared: '进度已重置，勾选和备注都已清空。',
    undo: '撤销',
    restored: '已恢复重置前的进度。',
  },
  share: {
    button: '分享这一步',
    buttonLabel: (title: string) => `分享这一步：${title}`,
    copied: '链接已复制',
    shared: '链接已分享',
    manualTitle: '请手动复制链接',
    manualLabel: '这一步的链接',
  },
  link: {
    notFound: '找不到该步骤：链接可能不完整或已经失效。下面是完整的清单。',
  },
  reminder: {
    button: '提醒我',
    buttonLabel: (title: string) => `提醒我：${title}`,
  },
  progressLink: {
    send: '发送进度',
    taken: '已用链接里的进度替换了你的进度。',
    merged: '已把链接里的进度合并进你的进度。',
    undone: '已撤销，恢复了之前的进度。',
  },
  storage: {
    unavailable: '这台设备不允许网页保存数据（可能是浏览器设置或隐私模式）。你仍然可以勾选，但关闭页面后进度不会保留。',
    full: '浏览器的存储空间已满，最近的勾选没能保存。清理一些网站数据后，下一次勾选会重新保存；在此之前请不要关闭页面。',
    recovered: {
      'backed-up': '之前保存的进度有一部分无法读取。能识别的勾选都已保留，原始数据另存了一份副本，没有删除。',
      'not-backed-up':
        '之前保存的进度有一部分无法读取。能识别的勾选都已保留；存储空间不足，原始数据没能另存副本，暂时原样留着。',
    },
  },
  languageUnavailable: '英文版没能加载，页面仍用中文显示。联网后可以再试；进度不受影响。',
  dismiss: '知道了',
  opening: '正在打开…',
  loadFailed: '这一部分没能加载，可能是网络断了。联网后刷新页面再试；你的进度不受影响。',
};
