import type { Guide } from './schema.ts';

export const guideZhCN = {
  title: '注销 TM 卡保号卡：分步清单',
  intro:
    '保号卡是为了留住一个号码而保留的卡或套餐，月租很低，平时几乎不用。注销它要经过准备、申请、审核和收尾，往往要花几天。做完一项就勾上一项，随时回来都能接着做。',
  sections: [
    {
      id: 'before-you-start',
      title: '开始之前',
      items: [
        {
          id: 'move-accounts-first',
          title: '先把绑定这个号码的账户改到别的号码上',
          detail:
            '用这个号码登录或收验证码的账户，都要在注销之前改绑。改绑多半要先收旧号码的验证码，注销后就收不到了；号码以后还会分给别人。',
        },
        {
          id: 'back-up-data',
          title: '备份手机里的重要资料',
          detail: '通讯录、照片、短信等先存一份，尤其是存在卡上的联系人。注销不会清除手机里的内容，备份是以防万一。',
        },
        {
          id: 'settle-bills',
          title: '结清所有欠费',
          detail: '还有欠费，运营商就可能拒绝注销。',
          more: {
            summary: '号码有合约、宽带、家庭套餐或副卡？',
            body: '这些常会挡住注销：合约没到期可能要付违约金，宽带和家庭套餐要先拆开，副卡要先取消或转走。具体问客服。',
          },
        },
        {
          id: 'choose-channel',
          title: '选好办理方式',
          detail: '习惯网上办事，就用运营商官网或官方 App；不熟悉的话，去营业厅当面办。有的运营商只能在营业厅注销。',
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
            '确认号码登记在谁名下、用哪张证件，资料要齐全、准确。通常只有机主本人能注销；信息对不上，就可能办不成。',
          more: {
            summary: '替别人办理？',
            body: '代办人一般要带自己和机主的证件，很多运营商还要机主签字的授权书，有的要机主到场。要什么，先问运营商。',
          },
        },
        {
          id: 'contact-carrier',
          title: '联系运营商客服',
          detail: '打客服热线、找在线客服或看官网，说明要注销这个号码，按要求核实身份，问清怎么办、要准备什么。',
          more: {
            summary: '怎么说，才不会只给你停机',
            body: '直接说“我要销户，不是停机”。对方建议停机或换套餐时，说明你不再要这个号码，并问清注销后会收到什么确认。',
          },
        },
        {
          id: 'submit-request',
          title: '提交注销申请',
          detail:
            '提交之前再确认一次：账户都已改绑，注销后就收不到这个号码的验证码了。然后通过官网、官方 App 或营业厅提交申请。',
          more: {
            summary: '去营业厅办理的话，要带什么',
            body: '机主的身份证原件，和保号卡（如果还在）。一般不用带复印件。替别人办的，见“核对账户信息”。',
          },
        },
        {
          id: 'wait-for-review',
          title: '等待审核',
          detail: '审核通常要几天，快慢因运营商而异，这期间可以找客服问进度。',
          remindAfterDays: 3,
          more: {
            summary: '被拒绝，或者迟迟没有结果？',
            body: '先问清原因，请对方写下来。解决不了，就向运营商投诉、要求升级；还不行，再向管它的电信监管部门投诉，渠道可以问运营商。',
          },
        },
        {
          id: 'complete-formalities',
          title: '办完剩下的手续',
          detail: '申请通过后，照运营商的指引收尾，免得多跑一趟。账户里的余额可以要求退回。',
          subItems: [
            { id: 'return-sim-card', title: '按要求交回或剪毁保号卡' },
            { id: 'settle-final-bill', title: '结清最后一期账单，申请退回余额' },
          ],
        },
        {
          id: 'confirm-cancellation',
          title: '拿到运营商的注销确认',
          detail:
            '以运营商的确认为准：确认短信、回执或官网上写明已销户，之后也不再出账单。打不通不等于已经注销，可能只是停机：号码仍在你名下，还可能扣费。',
        },
      ],
    },
    {
      id: 'after-cancellation',
      title: '注销之后',
      items: [
        {
          id: 'watch-number',
          title: '告诉大家你不再用这个号码',
          detail:
            '注销的号码以后会分给新用户，打来的电话、短信和验证码都会到对方手上。把新号码告诉亲友和单位，换掉紧急联系人、收货地址等处的旧号码。',
        },
        {
          id: 'update-linked-accounts',
          title: '更新绑定的联系方式',
          detail:
            '再查一遍，确认都已换成新号码。漏掉的账户，用该服务自己的找回或申诉办法，通常要身份证件；银行卡可带身份证去柜台改。',
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
          detail: '把注销确认、回执和最后的账单收好，以备查询或申诉。',
        },
      ],
    },
  ],
  summary: '拿不准时，以运营商的答复为准，重要的请对方写下来。',
  completion: {
    title: '全部完成了',
    body: '号码已经注销，相关事项也都处理好了。注销凭证请继续留好。',
  },
} satisfies Guide;
