import { useId, type Ref } from 'react';

interface Props {
  label: string;
  text: string;
  /** For `selectToCopy`, which offers the text for copying by hand. */
  ref?: Ref<HTMLTextAreaElement>;
}

/** Focuses the field with the whole text selected (selecting in the focus event alone fails in Firefox). */
export function selectToCopy(field: HTMLTextAreaElement | null) {
  field?.focus();
  field?.select();
}

/** A text (a link, the progress) shown whole in a read-only field, to copy by hand. */
export function CopyField({ label, text, ref }: Props) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <textarea
        ref={ref}
        id={id}
        className="dialog__field"
        // A link wraps in a few rows; the progress as text takes more.
        rows={text.includes('\n') ? 8 : 3}
        readOnly
        value={text}
      />
    </>
  );
}
