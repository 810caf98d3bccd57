import type { SectionShape, StepShape } from './structure.ts';

/**
 * The guide's sections, steps and parts by id, in page order, and its reminder, which every
 * language's guide has (build/validateGuides.ts checks it). Progress, links and counts need only
 * these, so a page loads no text but its own language's.
 */
export const guideShape: { readonly sections: readonly SectionShape<StepShape & { remindAfterDays?: number }>[] } = {
  sections: [
    {
      id: 'before-you-start',
      items: [{ id: 'move-accounts-first' }, { id: 'back-up-data' }, { id: 'settle-bills' }, { id: 'choose-channel' }],
    },
    {
      id: 'cancellation-steps',
      items: [
        { id: 'check-account-info' },
        { id: 'contact-carrier' },
        { id: 'submit-request' },
        { id: 'wait-for-review', remindAfterDays: 3 },
        { id: 'complete-formalities', subItems: [{ id: 'return-sim-card' }, { id: 'settle-final-bill' }] },
        { id: 'confirm-cancellation' },
      ],
    },
    {
      id: 'after-cancellation',
      items: [
        { id: 'watch-number' },
        {
          id: 'update-linked-accounts',
          subItems: [
            { id: 'update-bank-cards' },
            { id: 'update-wechat' },
            { id: 'update-alipay' },
            { id: 'update-email' },
            { id: 'update-other-sites' },
          ],
        },
        { id: 'keep-records' },
      ],
    },
  ],
};
