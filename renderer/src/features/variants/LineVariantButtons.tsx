// "Compare models" (Bedrock lines) and "GPU fallback" (training and endpoint lines) for the current
// line of the lines grid, each with a small dialog to choose what to compare against.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { BedrockLine, EndpointLine, Line, TrainingLine } from '../../../../shared/model';
import { bundledPriceBook } from '../../../../shared/prices';
import { ModalDialog } from '../../components/ModalDialog';
import { compareGpuFallback, compareModels } from './variant-actions';
import { fallbackChoices, modelGroups } from './variant-choices';
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
        title={bedrock === null ? 'Select a Bedrock line to compare it on other models' : `Make a scenario per model for “${bedrock.name || bedrock.id}” and compare them`}
      >
        Compare models…
      </button>
      <button
        type="button"
        data-testid="gpu-fallback"
        disabled={compute === null}
        onClick={() => compute !== null && setOpen({ kind: 'fallback', line: compute })}
        title={compute === null ? 'Select a training or endpoint line to price it on its fallback GPU' : `Make a scenario with “${compute.name || compute.id}” on another instance and compare`}
      >
        GPU fallback…
      </button>
      {open?.kind === 'models' && <ModelsDialog line={open.line} scenarioId={scenarioId} onClose={() => setOpen(null)} />}
      {open?.kind === 'fallback' && <FallbackDialog line={open.line} scenarioId={scenarioId} onClose={() => setOpen(null)} />}
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
  const ordered = groups.flatMap((g) => g.models.map((m) => m.id)).filter((id) => chosen.includes(id));
  const confirm = () => {
    if (compareModels(scenarioId, line.id, ordered)) onClose();
  };
  return (
    <Dialog title="Compare models" onClose={onClose}>
      <p className="muted">
        One new scenario per model: a copy of this scenario with <strong>{line.name || line.id}</strong> on that model, everything else unchanged. Then
        the Compare view opens with this scenario as the baseline. Undo removes them all.
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
                  checked={chosen.includes(m.id)}
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
        <button type="button" className="primary" data-testid="variants-confirm" disabled={ordered.length === 0} onClick={confirm}>
          Add and compare
        </button>
      </div>
    </Dialog>
  );
}

const REASONS = { line: 'this line’s fallback', usual: 'usual fallback', other: '' } as const;

function FallbackDialog({ line, scenarioId, onClose }: { line: TrainingLine | EndpointLine; scenarioId: string; onClose: () => void }) {
  const { choices, preselected } = useMemo(() => fallbackChoices(line, book), [line]);
  const [chosen, setChosen] = useState<string | null>(preselected ?? choices[0]?.id ?? null);
  const confirm = () => {
    if (chosen !== null && compareGpuFallback(scenarioId, line.id, chosen)) onClose();
  };
  return (
    <Dialog title="GPU fallback" onClose={onClose}>
      <p className="muted">
        A copy of this scenario with <strong>{line.name || line.id}</strong> moved from {line.instanceType} to the instance chosen here (same
        count, hours and runs), compared with this scenario. Undo removes it.
      </p>
      <div className="variant-list" role="radiogroup" aria-label="Instance type">
        {choices.map((c) => (
          <label key={c.id} className="variant-option">
            <input type="radio" name="fallback" checked={chosen === c.id} onChange={() => setChosen(c.id)} data-testid={`variant-instance-${c.id}`} />
            <span className="variant-name">
              {c.label}
              {c.reason !== 'other' && <span className="tag">{REASONS[c.reason]}</span>}
            </span>
          </label>
        ))}
      </div>
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" data-testid="variants-confirm" disabled={chosen === null} onClick={confirm}>
          Add and compare
        </button>
      </div>
    </Dialog>
  );
}
