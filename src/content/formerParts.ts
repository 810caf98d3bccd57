/**
 * Parts that the guide has since turned into text, by the step they belonged to: the documents to
 * bring were boxes that someone applying online could never tick. Progress stored or linked
 * before keeps the step done where all its parts were. Their ids are never used again.
 */
export const FORMER_PARTS: Readonly<Record<string, readonly string[]>> = {
  'submit-request': ['bring-id-original', 'bring-id-copy'],
};
