import { useProgress } from './store.ts';
import type { GuideSection } from '../content/schema.ts';

export const useIsDone = (id: string) => useProgress((state) => Object.hasOwn(state.done, id));

export const useDoneCount = () => useProgress((state) => Object.keys(state.done).length);

export const useSectionDoneCount = (section: GuideSection) =>
  useProgress((state) => section.items.filter((item) => Object.hasOwn(state.done, item.id)).length);

export const useLastReset = () => useProgress((state) => state.lastReset);

export const useIsReady = () => useProgress((state) => state.ready);
