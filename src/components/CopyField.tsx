import { useId, type Ref } from 'react';

interface Props {
  label: string;
  text: string;
  /** Focused to offer the text for copying by hand: focusing it selects the whole of it. */
  ref?: Ref<HTMLTextAreaElement>;
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
        onFocus={(event) => event.currentTarget.select()}
      />
    </>
  );
}
