import type { Guide } from './schema.ts';

/** The English guide: the same steps, parts and ids as the Chinese one (tests/unit/schema.test.ts). */
export const guideEn = {
  title: 'Cancelling a TM number-keeping SIM: a step-by-step checklist',
  intro:
    'A number-keeping SIM lets you keep your phone number when you change phones. Cancelling one takes several stages (getting ready, applying, review and tidying up) and often a few days. Tick off each thing as you do it. Your progress is kept only on this device, so you can come back at any time and carry on.',
  sections: [
    {
      id: 'before-you-start',
      title: 'Before you start',
      items: [
        {
          id: 'back-up-data',
          title: 'Back up what matters on your phone',
          detail:
            'Save your contacts, photos and messages first. Cancelling the number does not wipe your phone, but a backup protects you if something goes wrong.',
        },
        {
          id: 'settle-bills',
          title: 'Pay everything you owe',
          detail:
            'Make sure no unpaid charges remain on the account. While anything is owed, the carrier may turn the cancellation down.',
        },
        {
          id: 'choose-channel',
          title: 'Choose how to apply',
          detail:
            'If you are comfortable online, use the carrier’s website or official app; if not, go to a service hall and do it in person.',
        },
      ],
    },
    {
      id: 'cancellation-steps',
      title: 'Cancelling',
      items: [
        {
          id: 'check-account-info',
          title: 'Check your account details',
          detail:
            'Your phone number, ID details and other personal information must be complete and correct. The carrier uses them to confirm who you are, and any mistake can make the cancellation fail.',
        },
        {
          id: 'contact-carrier',
          title: 'Contact the carrier’s customer service',
          detail:
            'Call the customer service line or look on the carrier’s website, say that you want to cancel the number-keeping SIM, and show proof of identity as asked. They will tell you what to do next.',
        },
        {
          id: 'submit-request',
          title: 'Submit the cancellation request',
          detail:
            'Once customer service has confirmed, apply formally on the website, in the official app or at a nearby service hall. At a service hall, bring your ID card and a copy of it so the staff can check them.',
          subItems: [
            { id: 'bring-id-original', title: 'Your ID card' },
            { id: 'bring-id-copy', title: 'A copy of your ID card' },
          ],
        },
        {
          id: 'wait-for-review',
          title: 'Wait for the review',
          detail:
            'The carrier usually takes a few days to review the request, depending on the carrier. You can ask about progress on the customer service line or through online support.',
          remindAfterDays: 3,
        },
        {
          id: 'complete-formalities',
          title: 'Finish the remaining formalities',
          detail:
            'Once approved, do what the carrier asks, such as returning the SIM and paying any bill not yet settled. Read their instructions carefully to save yourself an extra trip.',
          subItems: [
            { id: 'return-sim-card', title: 'Return the number-keeping SIM' },
            { id: 'settle-final-bill', title: 'Pay the final bill' },
          ],
        },
        {
          id: 'confirm-cancellation',
          title: 'Confirm the cancellation went through',
          detail:
            'Call your old number to check it no longer connects, or log in to the carrier’s website to see the account status. Only when both show it as closed is the cancellation done.',
        },
      ],
    },
    {
      id: 'after-cancellation',
      title: 'After cancelling',
      items: [
        {
          id: 'watch-number',
          title: 'Keep an eye on the number',
          detail:
            'Even after cancelling, check the number’s status now and then, so that nobody else takes it over and nothing odd happens.',
        },
        {
          id: 'update-linked-accounts',
          title: 'Update accounts tied to the number',
          detail:
            'Any service linked to this number, such as bank accounts or social apps, should get your new contact details soon, so you can still log in and receive verification codes.',
          subItems: [
            { id: 'update-bank-cards', title: 'Bank cards' },
            { id: 'update-wechat', title: 'WeChat' },
            { id: 'update-alipay', title: 'Alipay' },
            { id: 'update-email', title: 'Email' },
            { id: 'update-other-sites', title: 'Other websites and apps' },
          ],
        },
        {
          id: 'keep-records',
          title: 'Keep the cancellation records',
          detail:
            'Keep the receipts and papers from the cancellation somewhere safe, in case you need to check something or make a complaint later.',
        },
      ],
    },
  ],
  summary:
    'Cancelling looks simple but has quite a few stages. Take them one at a time and mind the details, and it will go smoothly; when unsure, ask the carrier’s customer service. Patience and care matter most.',
  completion: {
    title: 'All done',
    body: 'The number-keeping SIM is cancelled and everything around it is taken care of. Keep the cancellation records safe in case you need them later.',
  },
} satisfies Guide;
