// Goal seek, asked backwards as a finance lead asks it: "how large may growth get and still keep
// the credit cliff at May 2028 or later?" One assumption is varied over an interval (its range,
// else 0 to 10x its value) and the answer is where the target stops holding.
import { useState } from 'react';
import type { Scenario } from '../../../../shared/model';
import { goalSeekInterval, type GoalSeekAnswer } from '../../../../shared/ranges/goal-seek';
import type { Workbook } from '../../../../shared/model';
import { formatMoney, formatMonth } from '../../../../shared/wording';
import { requestGoalSeek } from './simulation-host';

type TargetKind = 'cliff' | 'pool' | 'forfeited' | 'cash' | 'runway';

const KINDS: { kind: TargetKind; label: string }[] = [
  { kind: 'cliff', label: 'credit cliff in month' },
  { kind: 'pool', label: 'pool lasts to month' },
  { kind: 'forfeited', label: 'credits forfeited at most $' },
  { kind: 'cash', label: 'paid in cash at most $' },
  { kind: 'runway', label: 'cash runway at least (months)' },
];

function specText(kind: TargetKind, pool: string, value: string): string {
  if (kind === 'pool') return `pool:${pool}>=${value}`;
  return kind === 'forfeited' || kind === 'cash' ? `${kind}<=${value}` : `${kind}>=${value}`;
}

function describe(answer: GoalSeekAnswer, target: string, startMonth: string): string {
  if (answer.value === null)
    return `The target ${answer.holds === 'everywhere' ? 'holds everywhere' : 'holds nowhere'} in the interval searched.`;
  const k = answer.kpiAtValue;
  const cliff =
    k.creditCliffMonth === null ? 'no credit cliff' : `cliff ${formatMonth(startMonth, k.creditCliffMonth)}`;
  return `${target} holds for ${answer.assumption} ${answer.holdsBelow ? 'at or below' : 'at or above'} ${Number(answer.value.toPrecision(6))} (there: ${cliff}, ${formatMoney(k.cashCost)} in cash, ${formatMoney(k.creditsForfeited)} forfeited).`;
}

export function GoalSeekPanel({ workbook, scenario }: { workbook: Workbook; scenario: Scenario }) {
  const [name, setName] = useState(
    scenario.assumptions.find((a) => a.range !== undefined)?.name ?? scenario.assumptions[0]?.name ?? '',
  );
  const [kind, setKind] = useState<TargetKind>('cliff');
  const [pool, setPool] = useState(scenario.pools[0]?.id ?? '');
  // Month offsets are 0-based; the input takes the month offset a finance lead reads off the axis.
  const [value, setValue] = useState('15');
  const [answer, setAnswer] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const seek = async () => {
    const assumption = scenario.assumptions.find((a) => a.name === name);
    if (assumption === undefined) return;
    const target = specText(kind, pool, value.trim());
    setBusy(true);
    try {
      const { low, high } = goalSeekInterval(assumption);
      const result = await requestGoalSeek({
        kind: 'goal-seek',
        workbook,
        scenarioId: scenario.id,
        assumption: name,
        target,
        low,
        high,
      });
      setAnswer(`${describe(result, target, scenario.startMonth)} Searched ${low} to ${high}.`);
    } catch (error) {
      setAnswer(`Could not seek: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  if (scenario.assumptions.length === 0) return null;
  return (
    <div className="goal-seek" data-testid="goal-seek">
      <span>Goal seek: vary</span>
      <select data-testid="goal-seek-assumption" value={name} onChange={(e) => setName(e.target.value)}>
        {scenario.assumptions.map((a) => (
          <option key={a.name} value={a.name}>
            {a.name}
          </option>
        ))}
      </select>
      <span>so that</span>
      <select data-testid="goal-seek-kind" value={kind} onChange={(e) => setKind(e.target.value as TargetKind)}>
        {KINDS.map((k) => (
          <option key={k.kind} value={k.kind}>
            {k.kind === 'cliff' ? 'the credit cliff is at or after month' : k.label}
          </option>
        ))}
      </select>
      {kind === 'pool' && (
        <select data-testid="goal-seek-pool" value={pool} onChange={(e) => setPool(e.target.value)}>
          {scenario.pools.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name || p.id}
            </option>
          ))}
        </select>
      )}
      <input
        className="num"
        data-testid="goal-seek-value"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        size={8}
      />
      <button type="button" data-testid="goal-seek-run" disabled={busy || name === ''} onClick={() => void seek()}>
        Seek
      </button>
      {answer !== null && (
        <p className="ranges-note" data-testid="goal-seek-answer">
          {answer}
        </p>
      )}
    </div>
  );
}
