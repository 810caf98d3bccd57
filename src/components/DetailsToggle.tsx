import { DETAILS_TOGGLE_ID } from '../links/domIds.ts';
import { useStrings } from '../locale/store.ts';
import { usePrefs } from '../prefs/store.ts';

/**
 * Shows or hides every step's explanation at once, as GOV.UK's step-by-step pages do. Both labels
 * are in the page and its state picks one (controls.css), so that the page can show the stored
 * choice before the app starts (src/early/) without carrying their text.
 */
export function DetailsToggle() {
  const strings = useStrings();
  const showDetails = usePrefs((state) => state.showDetails);
  return (
    <button
      id={DETAILS_TOGGLE_ID}
      type="button"
      className="button button--quiet details-toggle"
      aria-expanded={showDetails}
      onClick={() => usePrefs.getState().setShowDetails(!showDetails)}
    >
      <span className="details-toggle__hide">{strings.details.hide}</span>
      <span className="details-toggle__show">{strings.details.show}</span>
    </button>
  );
}
