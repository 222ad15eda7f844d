// The company behind the plan: its stage and profile feed the program rules; cash on hand and
// the rest of the burn give the runway KPIs.
import { useId } from 'react';
import {
  COMPANY_FIELD_LABELS as LABELS,
  STAGE_NAMES,
  STAGES,
  type Company,
  type Stage,
} from '../../../../shared/model';
import { updateCompanyProfile } from '../../../../shared/engine';
import { CommitInput } from '../scenarios/CommitInput';
import { moneyInputText, parseMoneyInput } from './money-input';
import { useStore } from '../../store/store';

export function CompanyProfile() {
  const company = useStore((s) => s.workbook.company);
  const commit = useStore((s) => s.commit);
  const id = useId();
  const set = (label: string, patch: () => Partial<Company>) =>
    commit(label, (wb) => updateCompanyProfile(wb, patch()));

  return (
    <div className="panel settings-form" data-testid="company-profile">
      <div className="panel-head">
        <h2>Company</h2>
        <span className="muted small">shared by every scenario</span>
      </div>
      <div className="form-grid">
        <label htmlFor={`${id}-name`}>{LABELS.name}</label>
        <CommitInput
          id={`${id}-name`}
          data-testid="company-name"
          value={company.name}
          onCommit={(text) => set('Rename company', () => ({ name: text.trim() }))}
        />

        <label htmlFor={`${id}-stage`}>{LABELS.stage}</label>
        <div className="field">
          <select
            id={`${id}-stage`}
            data-testid="company-stage"
            value={company.stage}
            onChange={(e) => set('Change stage', () => ({ stage: e.target.value as Stage }))}
          >
            {STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {STAGE_NAMES[stage]}
              </option>
            ))}
          </select>
          <span className="field-help">checks which programs suit the company</span>
        </div>

        <span className="label">Profile</span>
        <div className="field checks">
          <label>
            <input
              type="checkbox"
              data-testid="company-aiFirst"
              checked={company.aiFirst}
              onChange={(e) =>
                set(e.target.checked ? 'Mark company AI-first' : 'Mark company not AI-first', () => ({
                  aiFirst: e.target.checked,
                }))
              }
            />{' '}
            {LABELS.aiFirst} (generative AI is the product)
          </label>
          <label>
            <input
              type="checkbox"
              data-testid="company-euDataResidency"
              checked={company.euDataResidency}
              onChange={(e) =>
                set(e.target.checked ? 'Require EU data residency' : 'Drop EU data residency', () => ({
                  euDataResidency: e.target.checked,
                }))
              }
            />{' '}
            {LABELS.euDataResidency} (data must stay in the EU)
          </label>
        </div>

        <label htmlFor={`${id}-cash`}>{LABELS.cashOnHand}</label>
        <div className="field">
          <span className="money-input">
            <span aria-hidden>$</span>
            <CommitInput
              id={`${id}-cash`}
              data-testid="company-cashOnHand"
              className="num"
              placeholder="e.g. 4M"
              value={moneyInputText(company.cashOnHand)}
              onCommit={(text) =>
                set('Change cash on hand', () => ({ cashOnHand: parseMoneyInput(text, { optional: true }) }))
              }
            />
          </span>
          <span className="field-help">today; leave empty to skip the runway figures</span>
        </div>

        <label htmlFor={`${id}-burn`}>{LABELS.otherMonthlyBurn}</label>
        <div className="field">
          <span className="money-input">
            <span aria-hidden>$</span>
            <CommitInput
              id={`${id}-burn`}
              data-testid="company-otherMonthlyBurn"
              className="num"
              placeholder="e.g. 250k"
              value={moneyInputText(company.otherMonthlyBurn)}
              onCommit={(text) =>
                set('Change other monthly burn', () => ({ otherMonthlyBurn: parseMoneyInput(text) ?? 0 }))
              }
            />
          </span>
          <span className="field-help">payroll, rent and all other spend except AWS, per month</span>
        </div>
      </div>
    </div>
  );
}
