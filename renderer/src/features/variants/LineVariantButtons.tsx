// "Compare models" (Bedrock lines) and "GPU fallback" (training and endpoint lines) for the current
// line of the lines grid, each with a small dialog to choose what to compare against.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { BedrockLine, EndpointLine, Line, TrainingLine } from '../../../../shared/model';
import { bundledPriceBook } from '../../../../shared/prices';
import { ModalDialog } from '../../components/ModalDialog';
import { compareGpuFallback, compareModels } from './variant-actions';
import { fallbackChoices, modelGroups } from './variant-choices';
import { hoursFactor, throughputOf } from '../../../../shared/prices';
import './variants.css';

const book = bundledPriceBook();

type Open = { kind: 'models'; line: BedrockLine } | { kind: 'fallback'; line: TrainingLine | EndpointLine } | null;

export function LineVariantButtons({ line, scenarioId }: { line: Line | null; scenarioId: string }) {
  const [open, setOpen] = useState<Open>(null);
  const bedrock = line?.kind === 'bedrock' ? line : null;
  const compute = line?.kind === 'training' || line?.kind === 'endpoint' ? line : null;
  return (
    <>
      <button
        type="button"
        data-testid="compare-models"
        disabled={bedrock === null}
        onClick={() => bedrock !== null && setOpen({ kind: 'models', line: bedrock })}
        title={
          bedrock === null
            ? 'Select a Bedrock line to compare it on other models'
            : `Make a scenario per model for “${bedrock.name || bedrock.id}” and compare them`
        }
      >
        Compare models…
      </button>
      <button
        type="button"
        data-testid="gpu-fallback"
        disabled={compute === null}
        onClick={() => compute !== null && setOpen({ kind: 'fallback', line: compute })}
        title={
          compute === null
            ? 'Select a training or endpoint line to price it on its fallback GPU'
            : `Make a scenario with “${compute.name || compute.id}” on another instance and compare`
        }
      >
        GPU fallback…
      </button>
      {open?.kind === 'models' && (
        <ModelsDialog line={open.line} scenarioId={scenarioId} onClose={() => setOpen(null)} />
      )}
      {open?.kind === 'fallback' && (
        <FallbackDialog line={open.line} scenarioId={scenarioId} onClose={() => setOpen(null)} />
      )}
    </>
  );
}

function Dialog({ title, children, onClose }: { title: string; children: React.ReactNode; onClose: () => void }) {
  return (
    <ModalDialog title={title} className="variants-dialog" testId="variants-dialog" onClose={onClose}>
      {children}
    </ModalDialog>
  );
}

function ModelsDialog({ line, scenarioId, onClose }: { line: BedrockLine; scenarioId: string; onClose: () => void }) {
  const { groups, preselected } = useMemo(() => modelGroups(line, book), [line]);
  const [chosen, setChosen] = useState<string[]>(preselected);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const toggle = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  // Keep the book's order (largest model first in the usual comparison), whatever the click order.
  const ordered = groups
    .flatMap((g) => g.models.map((m) => m.id))
    .filter((id) => id !== line.model && chosen.includes(id));
  const confirm = () => {
    if (compareModels(scenarioId, line.id, ordered)) onClose();
  };
  return (
    <Dialog title="Compare models" onClose={onClose}>
      <p className="muted">
        One new scenario per model, based on this one: it holds only <strong>{line.name || line.id}</strong> on that
        model and follows every other edit of this scenario (growth, pools, other lines). Then the Compare view opens
        with this scenario as the baseline. Undo removes them all.
      </p>
      <div className="variant-list" role="group" aria-label="Models">
        {groups.map((g, gi) => (
          <fieldset key={g.label}>
            <legend>{g.label}</legend>
            {g.models.map((m, mi) => (
              <label key={m.id} className="variant-option">
                <input
                  type="checkbox"
                  ref={gi === 0 && mi === 0 ? first : undefined}
                  checked={!m.current && chosen.includes(m.id)}
                  disabled={m.current}
                  title={m.current ? 'The line already uses this model: this scenario is the baseline' : undefined}
                  onChange={() => toggle(m.id)}
                  data-testid={`variant-model-${m.id}`}
                />
                <span className="variant-name">
                  {m.name}
                  {m.current && <span className="tag">current</span>}
                </span>
                <span className="variant-price muted">{m.price}</span>
              </label>
            ))}
          </fieldset>
        ))}
      </div>
      <div className="modal-actions">
        <span className="muted small variant-count">
          {ordered.length} {ordered.length === 1 ? 'scenario' : 'scenarios'} to add
        </span>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          data-testid="variants-confirm"
          disabled={ordered.length === 0}
          onClick={confirm}
        >
          Add and compare
        </button>
      </div>
    </Dialog>
  );
}

const REASONS = { line: 'this line’s fallback', usual: 'usual fallback', other: '' } as const;

function FallbackDialog({
  line,
  scenarioId,
  onClose,
}: {
  line: TrainingLine | EndpointLine;
  scenarioId: string;
  onClose: () => void;
}) {
  const { choices, preselected } = useMemo(() => fallbackChoices(line, book), [line]);
  const [chosen, setChosen] = useState<string | null>(preselected ?? choices[0]?.id ?? null);
  const [keepHours, setKeepHours] = useState(false);
  const confirm = () => {
    if (chosen !== null && compareGpuFallback(scenarioId, line.id, chosen, keepHours)) onClose();
  };
  return (
    <Dialog title="GPU fallback" onClose={onClose}>
      <p className="muted">
        A scenario based on this one with <strong>{line.name || line.id}</strong> moved from {line.instanceType} to the
        instance chosen here, compared with this scenario; it follows every other edit of this one. Undo removes it.
      </p>
      <div className="variant-list" role="radiogroup" aria-label="Instance type">
        {choices.map((c) => (
          <label key={c.id} className="variant-option">
            <input
              type="radio"
              name="fallback"
              checked={chosen === c.id}
              onChange={() => setChosen(c.id)}
              data-testid={`variant-instance-${c.id}`}
            />
            <span className="variant-name">
              {c.label}
              {c.reason !== 'other' && <span className="tag">{REASONS[c.reason]}</span>}
            </span>
          </label>
        ))}
      </div>
      <HoursNote line={line} target={chosen} keepHours={keepHours} />
      {line.kind === 'training' && (
        <label className="variant-option">
          <input
            type="checkbox"
            checked={keepHours}
            onChange={(e) => setKeepHours(e.target.checked)}
            data-testid="variant-keep-hours"
          />
          <span className="variant-name">Keep the hours as they are (do not scale them by throughput)</span>
        </label>
      )}
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          data-testid="variants-confirm"
          disabled={chosen === null}
          onClick={confirm}
        >
          Add and compare
        </button>
      </div>
    </Dialog>
  );
}

/** What the fallback does with the hours: scaled by the book's relative training throughput (with its source), or kept and why. */
function HoursNote({
  line,
  target,
  keepHours,
}: {
  line: TrainingLine | EndpointLine;
  target: string | null;
  keepHours: boolean;
}) {
  if (target === null) return null;
  if (line.kind === 'endpoint')
    return <p className="muted small">An endpoint is always on: its hours stay as they are.</p>;
  if (keepHours)
    return (
      <p className="muted small" data-testid="variant-hours-note">
        Hours per run stay as they are.
      </p>
    );
  const from = throughputOf(line.instanceType);
  const to = throughputOf(target);
  const factor = hoursFactor(line.instanceType, target);
  if (factor === null) {
    const missing = from?.relative == null ? line.instanceType : target;
    return (
      <p className="muted small" data-testid="variant-hours-note">
        The price book lists no sourced training throughput for {missing}, so the hours per run stay as they are.
      </p>
    );
  }
  return (
    <p className="muted small" data-testid="variant-hours-note" title={`${from?.source ?? ''}\n${to?.source ?? ''}`}>
      A slower GPU runs longer: hours per run × {factor} ({line.instanceType} {from?.relative} vs {target}{' '}
      {to?.relative} relative training throughput, peak dense BF16 tensor compute as the price book lists it with its
      source; real speed-ups vary by workload).
    </p>
  );
}
