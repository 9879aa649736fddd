/** What the last act did, announced to screen readers. */
export function DoneNotice({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="success" role="status">
      {message}
    </p>
  );
}
