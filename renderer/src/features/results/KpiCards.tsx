// The headline figures of the active scenario, each with a line that says what it covers.
import { useEffect, useMemo } from 'react';
import { AS_DECLARED_NOTE } from '../../../../shared/engine';
import { uncomputedText } from '../../../../shared/wording';
import { AsDeclaredTag } from './AsDeclaredTag';
import { asOfText, buildKpiCards, KPI_CARD_NAMES, KPI_LABELS } from './kpi-view';
import { useStore } from '../../store/store';
import { selectActiveScenario } from '../../store/document-slice';

export function KpiCards() {
  const activeId = useStore((s) => s.activeScenarioId);
  const scenario = useStore(selectActiveScenario);
  const company = useStore((s) => s.workbook.company);
  const result = useStore((s) => s.byScenario.get(activeId));
  const engineError = useStore((s) => s.engineError);
  const engineRestart = useStore((s) => s.engineRestart);

  const cards = useMemo(
    () => (result === undefined ? null : buildKpiCards(result, company, scenario)),
    [result, company, scenario],
  );
  const asOf = result === undefined ? null : asOfText(result);
  // Only the codes that leave part of the model uncomputed say so (not warnings, not rule errors).
  const incomplete = result === undefined ? null : uncomputedText(result.issues);

  // The lead measures edit -> KPI latency from this mark.
  const kpis = result?.kpis;
  useEffect(() => {
    if (kpis !== undefined) performance.mark('kpis-rendered');
  }, [kpis]);

  return (
    <section className="kpi-section" aria-label="Key figures">
      {engineError !== null && (
        <p className="kpi-warning kpi-warning-error" role="alert">
          <span aria-hidden>✖</span> The model could not be computed: {engineError}
        </p>
      )}
      {engineRestart !== null && (
        <p className="kpi-warning kpi-warning-error" role="alert" data-testid="engine-restart">
          <span aria-hidden>⟳</span> {engineRestart}
        </p>
      )}
      {incomplete !== null && (
        <p className="kpi-warning" data-testid="kpi-incomplete">
          <span aria-hidden>⚠</span> {incomplete} (see Issues).
        </p>
      )}
      {asOf !== null && (
        <p className="kpi-as-of" data-testid="kpi-as-of">
          <span aria-hidden>◷</span> {asOf}
        </p>
      )}
      {result?.allocation === 'as-declared' && (
        <p className="kpi-warning" data-testid="kpi-as-declared">
          <span aria-hidden>⚠</span> {AS_DECLARED_NOTE}
        </p>
      )}
      <div className="kpi-cards" aria-busy={cards === null}>
        {cards === null
          ? KPI_CARD_NAMES.map((name) => (
              <div className="kpi-card" key={name}>
                <div className="kpi-label">{KPI_LABELS[name]}</div>
                <div className="kpi-value muted" data-testid={`kpi-${name}`}>
                  …
                </div>
                <div className="kpi-detail muted">computing</div>
              </div>
            ))
          : cards.map((card) => (
              <div className={`kpi-card kpi-${card.tone}`} key={card.name} title={card.hint}>
                <div className="kpi-label">
                  {card.label}
                  <AsDeclaredTag show={card.asDeclared} testId={`kpi-${card.name}-as-declared`} />
                </div>
                <div className="kpi-value-line">
                  <span className="kpi-value" data-testid={`kpi-${card.name}`}>
                    {card.value}
                  </span>
                  {card.aside !== null && <span className="kpi-aside">{card.aside}</span>}
                </div>
                <div className="kpi-detail">{card.detail}</div>
              </div>
            ))}
      </div>
    </section>
  );
}
