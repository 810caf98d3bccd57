import { useEffect } from 'react';
import { useAnnouncer } from '../status/announcer.ts';

const VISIBLE_MS = 4000;

/** The one polite live region; its latest message also shows briefly as a toast. */
export function LiveAnnouncer() {
  const { message, key, clear } = useAnnouncer((state) => state);

  useEffect(() => {
    if (message === '') return;
    const timer = window.setTimeout(clear, VISIBLE_MS);
    return () => window.clearTimeout(timer);
  }, [message, key, clear]);

  return (
    <div className="toast" role="status">
      {message !== '' && <span key={key}>{message}</span>}
    </div>
  );
}
