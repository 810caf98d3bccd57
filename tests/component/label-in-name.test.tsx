import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/content/locale.en.ts';
import { zhCN } from '../../src/content/locale.zh-CN.ts';
import { localeStore } from '../../src/locale/store.ts';
import { useProgress } from '../../src/progress/store.ts';
import { STEP_COUNT } from '../support/guide.ts';
import { renderApp } from './render.tsx';

/** The text a sighted person reads on or beside a control: neither hidden from view nor from readers. */
function visibleText(node: Node): string {
  if (node instanceof HTMLElement && (node.getAttribute('aria-hidden') === 'true' || node.hidden)) return '';
  if (node instanceof HTMLElement && node.classList.contains('visually-hidden')) return '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  return [...node.childNodes].map(visibleText).join('');
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** What a control shows as its label: its own text, or the text of its <label>s. */
function visibleLabel(control: HTMLElement): string {
  const labels = control instanceof HTMLInputElement ? [...(control.labels ?? [])] : [control];
  return normalise(labels.map(visibleText).join(' '));
}

const ROLES = ['button', 'link', 'checkbox'] as const;

describe.each([zhCN, en])('label in name, in $lang', (locale) => {
  it('every control’s accessible name contains the label it shows, so voice control can press it', () => {
    useProgress.getState().setNote('contact-carrier', '1');
    renderApp();
    act(() => localeStore.getState().show(locale));
    // Every 更多 open, so that what is behind them is checked too.
    const { more } = locale.strings;
    for (const toggle of screen.getAllByRole('button', { name: new RegExp(`^${more.button}`) }))
      act(() => toggle.click());

    let checked = 0;
    for (const role of ROLES) {
      for (const control of screen.getAllByRole(role)) {
        const label = visibleLabel(control);
        if (label === '') continue;
        const named = screen.getAllByRole(role, { name: (name) => normalise(name).includes(label) });
        expect(named, `the ${role} showing “${label}”`).toContain(control);
        checked += 1;
      }
    }
    // Every step's checkbox, 更多, note, share and reminder buttons, and the page's own controls.
    expect(checked).toBeGreaterThan(STEP_COUNT * 5);
  });
});
