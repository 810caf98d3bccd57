import { START_FAILED_ID } from '../links/domIds.ts';

interface Props {
  text: string;
  reload: string;
}

/**
 * Says that the app could not start, and offers 刷新. Prerendered hidden beside the app, not in it,
 * so that it is there when the app is not; shown and made to work by src/early/startFailure.ts.
 */
export function StartFailedNotice({ text, reload }: Props) {
  return (
    <div id={START_FAILED_ID} className="notice notice--failed" role="alert" hidden>
      <p>{text}</p>
      <button type="button" className="button button--secondary">
        {reload}
      </button>
    </div>
  );
}
