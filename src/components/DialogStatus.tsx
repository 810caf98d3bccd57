/**
 * What an action in an open dialog has done, said inside the dialog: the page's own live region is
 * under the dialog's backdrop, where no one sees it. Always present, so that it is announced.
 */
export function DialogStatus({ message }: { message: string }) {
  return (
    <p className="dialog__status" role="status">
      {message}
    </p>
  );
}
