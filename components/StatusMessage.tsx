export function StatusMessage({ title, body, testId }: { title: string; body?: string; testId: string }) {
  return (
    <div className="status" role="status" data-testid={testId}>
      <p className="status-title">{title}</p>
      {body && <p className="muted">{body}</p>}
    </div>
  );
}
