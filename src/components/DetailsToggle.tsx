import { useStrings } from '../locale/store.ts';
import { usePrefs } from '../prefs/store.ts';
import { useIsReady } from '../progress/selectors.ts';

/** Shows or hides every step's explanation at once, as GOV.UK's step-by-step pages do. */
export function DetailsToggle() {
  const strings = useStrings();
  const showDetails = usePrefs((state) => state.showDetails);
  // Like every control, it waits for the app to start (it does nothing without JavaScript).
  const ready = useIsReady();
  return (
    <button
      type="button"
      className="button button--quiet details-toggle"
      aria-expanded={showDetails}
      autoComplete="off"
      disabled={!ready}
      onClick={() => usePrefs.getState().setShowDetails(!showDetails)}
    >
      {showDetails ? strings.details.hide : strings.details.show}
    </button>
  );
}
