/**
 * Run in the page (it is sent as its source, so it uses nothing from outside itself): true if a
 * string put into an HTML sink is refused, as the page's Trusted Types require.
 */
export function htmlSinkRefusesString(): boolean {
  try {
    document.createElement('div').innerHTML = '<img src=x>';
    return false;
  } catch (error) {
    return error instanceof TypeError;
  }
}
