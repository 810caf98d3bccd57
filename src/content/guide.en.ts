import type { Guide } from './schema.ts';

/** The English guide: the same steps, parts and ids as the Chinese one (tests/unit/schema.test.ts). */
export const guideEn = {
  title: 'Cancelling a TM number-keeping SIM: a step-by-step checklist',
  intro:
    'A number-keeping SIM is a card or plan kept only to hold on to a phone number, at a low monthly cost. Cancelling it takes several stages (getting ready, applying, review, tidying up), often over a few days. Tick off each thing as you do it; come back any time to carry on.',
  sections: [
    {
      id: 'before-you-start',
      title: 'Before you start',
      items: [
        {
          id: 'move-accounts-first',
          title: 'Move accounts tied to this number to another number first',
          detail:
            'Bank cards, WeChat, Alipay, email: anything that logs you in or sends you codes on this number must be moved before you cancel. Most services send a code to the old number before they change it, and after cancelling you will not get it. Later the carrier gives the number to someone else, who will then get your codes.',
        },
        {
          id: 'back-up-data',
          title: 'Back up what matters on your phone',
          detail:
            'Save your contacts, photos and messages first, especially contacts stored on the SIM. Cancelling the number does not wipe your phone, but a backup protects you if something goes wrong.',
        },
        {
          id: 'settle-bills',
          title: 'Pay everything you owe',
          detail:
            'Make sure no unpaid charges remain on the account. While anything is owed, the carrier may turn the cancellation down.',
          more: {
            summary: 'A contract, broadband, a family plan or a second SIM?',
            body: 'These often block cancellation too: a contract that has not ended may cost a fee, a bundle with broadband or a family plan has to be split first, and a secondary SIM has to be cancelled or moved. Ask what to do when you contact the carrier.',
          },
        },
        {
          id: 'choose-channel',
          title: 'Choose how to apply',
          detail:
            'If you are comfortable online, use the carrier’s website or official app; if not, go to a service hall and do it in person. Some carriers only cancel in person, so ask first.',
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
            'Check whose name the number is registered in and with which ID, and that your number and personal details are complete and correct. Usually only the account holder can cancel; the carrier checks who you are against these details, and a mismatch can stop the cancellation.',
          more: {
            summary: 'Doing it for someone else?',
            body: 'A helper usually needs their own ID and the account holder’s, many carriers also want a letter of authorisation signed by the holder, and some want the holder there in person or on a video call. Ask the carrier what it needs.',
          },
        },
        {
          id: 'contact-carrier',
          title: 'Contact the carrier’s customer service',
          detail:
            'Call the customer service line, use online support or look on the carrier’s website, say that you want to cancel the number, and confirm who you are as asked. Ask how to apply, what to prepare and whether anything on the account blocks cancellation.',
          more: {
            summary: 'What to say so they do not just suspend it',
            body: 'Say plainly: “I want to cancel this number and close the account, not suspend it.” If they suggest suspending it or a cheaper plan to keep it, say you no longer want the number. Ask what confirmation you will get once it is cancelled.',
          },
        },
        {
          id: 'submit-request',
          title: 'Submit the cancellation request',
          detail:
            'Before you submit, check once more that every account that logs in or sends codes by this number has been moved: after cancelling, its codes will not reach you. Then apply formally on the website, in the official app or at a service hall.',
          more: {
            summary: 'What to bring if you go in person',
            body: 'The account holder’s original ID, and the SIM if you still have it. A photocopy is rarely needed; the carrier will say if it is. If you are doing it for someone else, bring what “Check your account details” lists.',
          },
        },
        {
          id: 'wait-for-review',
          title: 'Wait for the review',
          detail:
            'The carrier usually takes a few days to review the request, depending on the carrier. You can ask about progress on the customer service line or through online support.',
          remindAfterDays: 3,
          more: {
            summary: 'Refused, or no answer for days?',
            body: 'Ask for the reason, by text message or in writing. If that does not settle it, complain to the carrier and ask for it to be escalated; if that fails too, complain to the telecoms regulator that oversees the carrier. Ask the carrier, or look on its website, for how to reach it.',
          },
        },
        {
          id: 'complete-formalities',
          title: 'Finish the remaining formalities',
          detail:
            'Once approved, do what the carrier asks. Read their instructions carefully to save yourself an extra trip. Any balance left on the account can be refunded: ask for it.',
          subItems: [
            { id: 'return-sim-card', title: 'Return or destroy the SIM, as the carrier asks' },
            { id: 'settle-final-bill', title: 'Pay the final bill and ask for any balance back' },
          ],
        },
        {
          id: 'confirm-cancellation',
          title: 'Get the carrier’s confirmation',
          detail:
            'Only the carrier’s word says the number is cancelled: a confirmation message, a receipt, or the website or app showing the account as closed, and no more bills after that. A number that no longer connects may only be suspended; a suspended number is still yours and may still be charged.',
        },
      ],
    },
    {
      id: 'after-cancellation',
      title: 'After cancelling',
      items: [
        {
          id: 'watch-number',
          title: 'Tell people you no longer use the number',
          detail:
            'In time the carrier gives a cancelled number to someone new, who then gets its calls, messages and codes. Give your new number to family, friends and work, and replace the old one wherever you left it, such as emergency contacts and delivery addresses.',
        },
        {
          id: 'update-linked-accounts',
          title: 'Update accounts tied to the number',
          detail:
            'Check once more that every service linked to this number now has your new one. For an account you missed, codes to the old number will no longer reach you: use the service’s own account recovery, which usually asks for ID; for a bank card, take your ID to the bank to change the phone number on file.',
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
            'Keep the confirmation, the receipts and the final bill somewhere safe, in case you need to check something or make a complaint later.',
        },
      ],
    },
  ],
  summary:
    'When unsure, go by what the carrier tells you, and ask for anything important by text message or on a receipt.',
  completion: {
    title: 'All done',
    body: 'The number is cancelled and everything around it is taken care of. Keep the cancellation records safe in case you need them later.',
  },
} satisfies Guide;
