// The "as declared" tag put beside results a scenario computed with allocation "as-declared"
// changes (issue 14, item 10), so such figures never pass for AWS's billing; hover says why.
import { AS_DECLARED_LABEL, AS_DECLARED_NOTE } from '../../../../shared/engine';

export function AsDeclaredTag({ show, testId, prefix = '' }: { show: boolean; testId?: string; prefix?: string }) {
  if (!show) return null;
  return (
    <span className="tag tag-declared" data-testid={testId} title={AS_DECLARED_NOTE}>
      {prefix}
      {AS_DECLARED_LABEL}
    </span>
  );
}
