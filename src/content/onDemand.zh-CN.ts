import type { OnDemandStrings, StepParts } from './onDemand.ts';

const side = (who: string, { done, total }: StepParts) =>
  done === total ? `${who}已完成` : done === 0 ? `${who}未完成` : `${who}完成了 ${done}/${total} 部分`;

export const onDemandZhCN: OnDemandStrings = {
  startFailed: '页面没能完整加载，可能是网络断了，或者网站刚刚更新。请刷新页面；已保存的进度不会丢。',
  progressLink: {
    sendTitle: '把进度发到另一台设备或给帮你的人',
    contains: (done: number, total: number, partly: number) =>
      `链接里带着你的进度：已完成 ${done} / ${total}${partly > 0 ? `，另有 ${partly} 步做了一部分` : ''}，以及完成的时间。`,
    whoSees:
      '收到这个链接的人都能看到里面的进度，它经过的聊天软件（比如微信）也能看到。对方打开后先看一看，由对方决定是否采用，不会自动改变对方的进度。',
    withNotes: (notes: number) => `同时带上我的 ${notes} 条备注`,
    notesSeen: '带上的备注，拿到链接的人都能看到：请不要在备注里写身份证号、银行卡号或密码。',
    linkLabel: '进度链接',
    message: (done: number, total: number, link: string) => `我注销保号卡的进度（${done}/${total}）：${link}`,
    share: '分享',
    copy: '复制链接',
    copied: '进度链接已复制',
    shared: '进度链接已分享',
    close: '关闭',
    incomingTitle: '收到一份进度',
    compare: (theirs: number, mine: number, total: number) =>
      `链接里的进度完成了 ${theirs} 项，你自己的完成了 ${mine} 项（共 ${total} 项）。`,
    differ: (steps: number) => `有 ${steps} 步两边不一样`,
    same: '两份进度勾选的步骤完全相同。',
    differs: (step: string, inLink: StepParts, mine: StepParts, reminder: boolean) =>
      `${step}：${side(reminder ? '链接里' : '对方', inLink)}，${side('你', mine)}`,
    notesInLink: (notes: number) => (notes === 0 ? '链接里没有备注。' : `链接里有 ${notes} 条备注。`),
    nothingNew: '链接里勾过的、写过的，你这里都已经有了。',
    partial: '链接里有些内容不属于这份清单，已略去。',
    look: '只看看',
    lookDoes: '暂时显示链接里的进度和备注，你自己的不变。',
    take: '用它替换我的进度',
    takeDoes: '你的勾选和备注都换成链接里的，可以撤销。',
    merge: '合并两份进度',
    mergeDoes: '两边勾过的都算完成，两边的备注都保留，可以撤销。',
    use: '用这份进度',
    useDoes: '把链接里的勾选和备注存为你的进度，可以撤销。',
    ignore: '不用了',
    ignoreDoes: '关闭，什么都不改。',
    viewing: (done: number, total: number) => `正在看链接里的进度（${done}/${total}），你的没变。`,
    backToMine: '回到我的进度',
    mineNote: '我的：',
    theirNote: '对方的：',
    notesKept: (steps: number) => `有 ${steps} 步的两条备注合在一起太长，保留了你自己的那条。`,
    unreadable: '这个进度链接不完整或已经损坏，没有读取其中任何内容。你的进度没有改变。',
    reminderTitle: '这是你设提醒时保存在提醒里的进度',
    reminderCompare: (saved: number, here: number, total: number) =>
      `提醒里的进度完成了 ${saved} 项，这个浏览器里现在是 ${here} 项（共 ${total} 项）。`,
    reminderWhy: '浏览器有时会清除网站保存的数据，比如 Safari 七天没打开这个网站就会清除，换手机也会这样。',
    restore: '找回这份进度',
    restoreDoes: '加回提醒里的勾选和备注，这个浏览器里现有的都保留。',
  },
  stepLink: {
    shared: (step: string) => `你打开的是别人分享的一步：${step}`,
    reminder: (step: string) => `你的提醒说的是这一步：${step}`,
  },
  qr: {
    label: '进度链接的二维码',
    hint: '用另一部手机的相机或微信扫一扫这个二维码，就能打开这份进度。',
    tooLong: '带上备注后链接太长，做不成手机能扫出来的二维码。请用“分享”或“复制链接”发送，或者不带备注。',
  },
  reminder: {
    title: (step: string) => `提醒我：${step}`,
    carries: (ticks: number, total: number) =>
      `提醒里带着你现在的进度（已勾选 ${ticks} 项，共 ${total} 项）。如果浏览器清除了数据，打开提醒就能找回。`,
    days: '几天后提醒你',
    daysInvalid: (max: number) => `请填 1 到 ${max} 之间的整数天数。`,
    hint: '提醒是一个日历文件，在这台设备上生成，不经过任何服务器。打开它，把它加入手机或电脑的日历，到时日历会提醒你。',
    download: '下载日历文件',
    share: '分享到日历',
    close: '关闭',
    when: (date: Date) =>
      `提醒时间：${date.getMonth() + 1}月${date.getDate()}日 ${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`,
    ifNothingDownloads: '如果点了下载没有反应（比如在微信里），请在手机浏览器中打开本页再试。',
    saved: '已生成日历文件：打开下载的文件，把它加入日历。',
    shared: '日历文件已分享',
    eventTitle: (step: string) => `看看这一步：${step}`,
    eventBody: (detail: string, link: string, note: string | null) =>
      `${detail}\n\n${note === null ? '' : `我的备注：${note}\n\n`}回到清单里的这一步：${link}`,
    fileName: '注销保号卡-提醒.ics',
  },
};
