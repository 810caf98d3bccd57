import type { Guide } from './schema.ts';

export const guideZhCN = {
  title: '注销 TM 卡保号卡：分步清单',
  intro:
    '保号卡让你换了手机也能继续用原来的号码。不再需要它时，注销要经过准备、申请、审核和收尾几个环节，往往要花上几天。把做完的事项逐一勾上，进度只保存在这台设备上，随时回来都能接着做。',
  sections: [
    {
      id: 'before-you-start',
      title: '开始之前',
      items: [
        {
          id: 'back-up-data',
          title: '备份手机里的重要资料',
          detail: '通讯录、照片、短信等先存一份。注销号码本身不会清除手机里的内容，但提前备份能防止意外丢失。',
        },
        {
          id: 'settle-bills',
          title: '结清所有欠费',
          detail: '确认账户里没有未付的费用。只要还有欠费，运营商就可能拒绝注销申请。',
        },
        {
          id: 'choose-channel',
          title: '选好办理方式',
          detail: '习惯在网上办事，就用运营商官网或官方 App；不太熟悉线上操作，可以直接去营业厅当面办理。',
        },
      ],
    },
    {
      id: 'cancellation-steps',
      title: '注销步骤',
      items: [
        {
          id: 'check-account-info',
          title: '核对账户信息',
          detail:
            '手机号码、身份证信息和其他个人资料要齐全、准确。运营商靠这些核实你的身份，任何一处出错都可能导致注销失败。',
        },
        {
          id: 'contact-carrier',
          title: '联系运营商客服',
          detail: '拨打客服热线或查看运营商官网，说明你要注销保号卡，并按要求出示身份证明。客服会告诉你接下来怎么办。',
        },
        {
          id: 'submit-request',
          title: '提交注销申请',
          detail:
            '和客服确认后，通过官网、官方 App 或附近的营业厅正式提交申请。去营业厅时带上身份证原件和复印件，方便工作人员核对。',
          subItems: [
            { id: 'bring-id-original', title: '身份证原件' },
            { id: 'bring-id-copy', title: '身份证复印件' },
          ],
        },
        {
          id: 'wait-for-review',
          title: '等待审核',
          detail: '运营商审核通常需要几天，快慢因运营商而异。这期间可以打客服热线或找在线客服询问进度。',
          remindAfterDays: 3,
        },
        {
          id: 'complete-formalities',
          title: '办完剩下的手续',
          detail:
            '申请通过后，按运营商的要求办理，比如交回保号卡、付清还没结算的账单。认真看完对方给的指引，免得多跑一趟。',
          subItems: [
            { id: 'return-sim-card', title: '交回保号卡' },
            { id: 'settle-final-bill', title: '付清最后一期账单' },
          ],
        },
        {
          id: 'confirm-cancellation',
          title: '确认注销成功',
          detail:
            '拨一下原来的号码，看是否已经打不通；或者登录运营商官网查看账户状态。两者都显示已停用，注销才算完成。',
        },
      ],
    },
    {
      id: 'after-cancellation',
      title: '注销之后',
      items: [
        {
          id: 'watch-number',
          title: '留意号码状态',
          detail: '注销后也要不时查看这个号码的状态，防止被他人占用或出现其他异常。',
        },
        {
          id: 'update-linked-accounts',
          title: '更新绑定的联系方式',
          detail:
            '银行账户、社交平台等凡是绑定过这个号码的服务，都要尽快换成新的联系方式，以免日后无法登录或收不到验证码。',
          subItems: [
            { id: 'update-bank-cards', title: '银行卡' },
            { id: 'update-wechat', title: '微信' },
            { id: 'update-alipay', title: '支付宝' },
            { id: 'update-email', title: '电子邮箱' },
            { id: 'update-other-sites', title: '其他网站和 App' },
          ],
        },
        {
          id: 'keep-records',
          title: '保存好注销凭证',
          detail: '把注销相关的单据和凭证收好，日后需要查询或申诉时拿得出来。',
        },
      ],
    },
  ],
  summary:
    '注销看似简单，其实环节不少。按顺序一步步来，留意每个细节，就能顺利办完；遇到拿不准的地方，随时问运营商客服。耐心和细心最要紧。',
  completion: {
    title: '全部完成了',
    body: '保号卡已经注销，相关事项也都处理好了。请把注销凭证继续妥善保管，以备日后查询或申诉。',
  },
} satisfies Guide;
