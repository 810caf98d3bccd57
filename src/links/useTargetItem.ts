import { useEffect, useState } from 'react';
import { itemIds } from '../content/guide.ts';
import { parseFragment, type FragmentTarget } from './fragment.ts';
import { checkboxId } from './domIds.ts';

/**
 * Follows the address fragment: a link to `#item-id` brings that item into view and focuses its
 * checkbox. It only selects; progress is never touched. Returns what the fragment asked for.
 */
export function useTargetItem(): [FragmentTarget, () => void] {
  const [target, setTarget] = useState<FragmentTarget>({ kind: 'none' });

  useEffect(() => {
    const follow = () => {
      const next = parseFragment(window.location.hash, itemIds);
      // Keep the same object when nothing changed, so the page does not re-render for nothing.
      setTarget((current) => (sameTarget(current, next) ? current : next));
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

  return [target, () => setTarget({ kind: 'none' })];
}

const sameTarget = (a: FragmentTarget, b: FragmentTarget) =>
  a.kind === b.kind && (a.kind !== 'item' || (b.kind === 'item' && a.id === b.id));
