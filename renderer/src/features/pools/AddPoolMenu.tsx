// "+ Add pool": the program first, each with what a new pool of it starts as (name, typical
// award, validity); the pool is added with those and its amount can be typed over at once.
import { AddMenu } from '../../components/AddMenu';
import { PROGRAM_IDS, PROGRAMS, type ProgramId } from '../../../../shared/model';
import { proposedAmount } from '../../../../shared/engine';
import { formatMoneyWhole } from '../../../../shared/wording';

const CHOICES = PROGRAM_IDS.map((program) => ({
  id: program,
  label: PROGRAMS[program].name,
  hint: `${program === 'custom' ? 'your own terms' : `typically up to ${formatMoneyWhole(proposedAmount(program))}`}, valid ${PROGRAMS[program].validityMonths} months`,
}));

export function AddPoolMenu({ onAdd }: { onAdd(program: ProgramId): void }) {
  return (
    <AddMenu
      text="+ Add pool ▾"
      title="Add a credit pool: pick its program"
      menuLabel="Program of the new pool"
      testId="add-pool"
      choices={CHOICES}
      onAdd={onAdd}
    />
  );
}
