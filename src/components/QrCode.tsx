import { encode } from 'uqr';
import { useOnDemandStrings } from '../locale/onDemand.ts';

/**
 * The largest code drawn: 89 modules a side, up to 718 characters of a link (the whole guide ticked
 * takes about 500). Denser codes are hard for a phone's camera to read from a phone's screen.
 */
const MAX_VERSION = 18;
/** The quiet zone scanners need around a code, in modules. */
const BORDER = 4;

/** The dark modules as one SVG path, a rectangle for each run of them along a row. */
function modulesPath(rows: readonly (readonly boolean[])[]): string {
  let path = '';
  rows.forEach((row, y) => {
    for (const { 0: run, index: x } of row.map(Number).join('').matchAll(/1+/g)) {
      path += `M${x} ${y}h${run.length}v1h-${run.length}z`;
    }
  });
  return path;
}

/** A QR code of `text`, drawn as an SVG image: dark on light whatever the page's colours. */
export function QrCode({ text }: { text: string }) {
  const { label, hint, tooLong } = useOnDemandStrings().qr;
  let rows: boolean[][];
  try {
    rows = encode(text, { ecc: 'L', boostEcc: true, maxVersion: MAX_VERSION, border: BORDER }).data;
  } catch (error) {
    if (error instanceof RangeError) return <p className="dialog__hint">{tooLong}</p>;
    throw error;
  }
  return (
    <figure className="qr">
      <svg role="img" aria-label={label} viewBox={`0 0 ${rows.length} ${rows.length}`}>
        <rect width="100%" height="100%" fill="#fff" />
        <path d={modulesPath(rows)} fill="#000" shapeRendering="crispEdges" />
      </svg>
      <figcaption className="dialog__hint">{hint}</figcaption>
    </figure>
  );
}
