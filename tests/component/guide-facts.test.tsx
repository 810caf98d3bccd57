import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_NAMES, type Lang } from '../../src/content/lang.ts';
import { guideIn, section, step } from '../support/guide.ts';
import { renderApp } from './render.tsx';

/** The corrected facts, as each language says them: the words a reader must find. */
type Fact = 'whatItIs' | 'moveFirst' | 'warnAgain' | 'carriersWord' | 'reassigned' | 'missed' | 'inPerson';
const SAYS: Record<Lang, Record<Fact, RegExp[]>> = {
  'zh-CN': {
    whatItIs: [/留住一个号码/, /月租很低/],
    moveFirst: [/注销之前改绑/, /验证码/, /分给别人/],
    warnAgain: [/提交之前/, /改绑/, /收不到/],
    carriersWord: [/确认短信/, /回执/, /不再出账单/, /打不通不等于已经注销/, /停机/],
    reassigned: [/分给新用户/, /验证码都会到对方手上/],
    missed: [/漏掉的账户/, /找回或申诉/, /身份证件/],
    inPerson: [/身份证原件/, /一般不用带复印件/],
  },
  en: {
    whatItIs: [/hold on to a phone number/, /low monthly cost/],
    moveFirst: [/moved before you cancel/, /codes/, /gives the number to someone else/],
    warnAgain: [/Before you submit/, /has been moved/, /will not reach you/],
    carriersWord: [/confirmation message/, /receipt/, /no more bills/, /no longer connects may only be suspended/],
    reassigned: [/to someone new/, /calls, messages and codes/],
    missed: [/an account you missed/, /account recovery/, /ID/],
    inPerson: [/original ID/, /photocopy is rarely needed/],
  },
};

const box = (id: string, lang: Lang) => screen.getByRole('checkbox', { name: step(id, lang).title });
const expectToSay = (text: string | null | undefined, words: RegExp[]) => {
  for (const word of words) expect(text).toMatch(word);
};

async function renderIn(lang: Lang) {
  const rendered = renderApp();
  if (lang !== 'zh-CN') {
    await rendered.user.click(screen.getByRole('button', { name: LANGUAGE_NAMES[lang] }));
    await screen.findByRole('heading', { level: 1, name: guideIn(lang).title });
  }
  return rendered;
}

describe.each(['zh-CN', 'en'] as const)('the guide in %s', (lang) => {
  const says = SAYS[lang];

  it('says what a number-keeping card is', async () => {
    await renderIn(lang);
    expectToSay(screen.getByRole('banner').textContent, says.whatItIs);
  });

  it('warns to move accounts off the number before the start, and again at the request, before it', async () => {
    await renderIn(lang);
    const before = screen.getByRole('region', { name: new RegExp(section('before-you-start', lang).title) });
    const move = within(before).getByRole('checkbox', { name: step('move-accounts-first', lang).title });
    expect(move).toHaveAccessibleDescription(says.moveFirst[0] ?? /./);
    expectToSay(step('move-accounts-first', lang).detail, says.moveFirst);
    const request = box('submit-request', lang);
    expect(move.compareDocumentPosition(request) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expectToSay(step('submit-request', lang).detail, says.warnAgain);
    expect(request).toHaveAccessibleDescription(step('submit-request', lang).detail);
  });

  it('has cancellation confirmed by the carrier, not by a number that no longer connects', async () => {
    await renderIn(lang);
    const confirm = box('confirm-cancellation', lang);
    expect(confirm).toHaveAccessibleDescription(step('confirm-cancellation', lang).detail);
    expectToSay(step('confirm-cancellation', lang).detail, says.carriersWord);
  });

  it('says why the number matters once it is given to someone else, and what to do about a missed account', async () => {
    await renderIn(lang);
    expectToSay(step('watch-number', lang).detail, says.reassigned);
    expect(box('watch-number', lang)).toHaveAccessibleDescription(step('watch-number', lang).detail);
    expectToSay(step('update-linked-accounts', lang).detail, says.missed);
    const after = screen.getByRole('region', { name: new RegExp(section('after-cancellation', lang).title) });
    expect(within(after).getByRole('checkbox', { name: step('update-linked-accounts', lang).title })).toBeVisible();
  });

  it('shows what to bring in person as what to bring, behind a disclosure, not as boxes to tick', async () => {
    const { user } = await renderIn(lang);
    const request = box('submit-request', lang).closest('li') as HTMLElement;
    const more = step('submit-request', lang).more;
    expect(more).toBeDefined();
    expect(within(request).getAllByRole('checkbox')).toHaveLength(1);
    const summary = within(request).getByText(more?.summary ?? '');
    expect(within(request).getByText(more?.body ?? '')).not.toBeVisible();
    await user.click(summary);
    const body = within(request).getByText(more?.body ?? '');
    expect(body).toBeVisible();
    expectToSay(body.textContent, says.inPerson);
  });
});
