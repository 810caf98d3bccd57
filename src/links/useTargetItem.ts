import { useEffect, useState } from 'react';
import { itemIds } from '../content/guide.ts';
import { isProgressFragment, parseFragment, type FragmentTarget } from './fragment.ts';
import { checkboxId } from './domIds.ts';

/** A step the person was brought to from outside the page: by a link to it, or by their reminder. */
export interface Arrival {
  id: string;
  reminder: boolean;
}

/**
 * Follows the address fragment: a link to `#item-id` brings that item into view and focuses its
 * checkbox. It only selects; progress is never touched. Returns what the fragment asked for, and
 * the step the person arrived at from outside: the one the page was opened at, or a reminder's.
 */
export function useTargetItem(): [FragmentTarget, (step?: string) => void, Arrival | null] {
  const [target, setTarget] = useState<FragmentTarget>({ kind: 'none' });
  const [arrival, setArrival] = useState<Arrival | null>(null);

  useEffect(() => {
    const follow = (event?: HashChangeEvent) => {
      const next = parseFragment(window.location.hash, itemIds);
      // A step link that an app added to is cleaned, so that `:target` applies and a reload is clean.
      if (next.kind === 'item' && window.location.hash !== `#${next.id}`) goToStep(next.id);
      // Keep the same object when nothing changed, so the page does not re-render for nothing.
      setTarget((current) => (sameTarget(current, next) ? current : next));
      // The step the page was opened at stays arrived at while it is cleaned; a link followed in the page ends it.
      const id = next.kind === 'item' ? next.id : null;
      setArrival((current) =>
        event === undefined && id !== null ? { id, reminder: false } : current?.id === id ? current : null,
      );
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  useEffect(() => {
    if (target.kind !== 'item') return;
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    document.getElementById(target.id)?.scrollIntoView({
      block: 'start',
      behavior: reduceMotion ? 'instant' : 'smooth',
    });
    document.getElementById(checkboxId(target.id))?.focus({ preventScroll: true });
  }, [target]);

  /** The fragment is answered; a reminder then goes on to its step. */
  function clear(step?: string) {
    if (step !== undefined) {
      // The same object if asked again (the dialog asks on each render until the link is gone).
      setArrival((current) => (current?.id === step && current.reminder ? current : { id: step, reminder: true }));
      goToStep(step);
      return;
    }
    // A progress link is done with once answered: a reload should not ask again.
    if (isProgressFragment(window.location.hash)) {
      history.replaceState(history.state, '', window.location.pathname + window.location.search);
    }
    setTarget({ kind: 'none' });
  }

  return [target, clear, arrival];
}

/** The same page at `#id`, in place of the address as it was: the page follows it (`hashchange`). */
function goToStep(id: string) {
  const url = new URL(window.location.href);
  url.hash = id;
  window.location.replace(url.href);
}

const sameTarget = (a: FragmentTarget, b: FragmentTarget) => JSON.stringify(a) === JSON.stringify(b);
