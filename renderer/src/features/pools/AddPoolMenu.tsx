// "+ Add pool": the program first, each with what a new pool of it starts as (name, typical
// award, validity); the pool is added with those and its amount can be typed over at once.
import { usePopupMenu } from '../../components/use-popup-menu';
import { PROGRAM_IDS, PROGRAMS, type ProgramId } from '../../../../shared/model';
import { proposedAmount } from '../../../../shared/engine';
import { formatMoneyWhole } from '../../../../shared/wording';

export function AddPoolMenu({ onAdd }: { onAdd(program: ProgramId): void }) {
  const { open, setOpen, root } = usePopupMenu();

  return (
    <div className="menu-anchor" ref={root}>
      <button
        type="button"
        className="primary"
        data-testid="add-pool"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        title="Add a credit pool: pick its program"
      >
        + Add pool ▾
      </button>
      {open && (
        <div className="menu" role="menu" aria-label="Program of the new pool">
          {PROGRAM_IDS.map((program, i) => (
            <button
              key={program}
              type="button"
              role="menuitem"
              data-testid={`add-pool-${program}`}
              autoFocus={i === 0}
              onClick={() => {
                setOpen(false);
                onAdd(program);
              }}
            >
              <span className="menu-label">{PROGRAMS[program].name}</span>
              <span className="menu-hint">
                {program === 'custom'
                  ? 'your own terms'
                  : `typically up to ${formatMoneyWhole(proposedAmount(program))}`}
                , valid {PROGRAMS[program].validityMonths} months
              </span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
