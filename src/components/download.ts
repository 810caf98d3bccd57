/**
 * A file made on the device, as a `data:` address. Unlike an object URL it needs no releasing: one
 * released at once can stop the download in Safari and Chrome on Android before it has read the file.
 */
export const fileAddress = (text: string, type: string) => `data:${type};charset=utf-8,${encodeURIComponent(text)}`;

/** Downloads a file made on the device, as its link would if tapped. */
export const download = (name: string, text: string, type: string) =>
  Object.assign(document.createElement('a'), { href: fileAddress(text, type), download: name }).click();
