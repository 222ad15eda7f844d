// "Revert to base" for a grid's current cell, when that cell is a change of a based-on scenario.
import type { CommandGrid } from '../../../../shared/ipc';
import { useStore } from '../../store/store';
import { revertCurrentCell, revertTarget } from './linked-actions';

export function RevertToBaseButton({ grid }: { grid: CommandGrid }) {
  const linked = useStore((s) => s.workbook.scenarios.find((x) => x.id === s.activeScenarioId)?.link !== undefined);
  const enabled = useStore((s) => revertTarget(s, grid) !== null);
  if (!linked) return null;
  return (
    <button
      type="button"
      data-testid={`revert-${grid}-cell`}
      disabled={!enabled}
      title={
        enabled
          ? "Set the selected cell back to the base scenario's value"
          : 'Select a marked cell (a change of this scenario) to revert it'
      }
      onClick={() => revertCurrentCell(grid)}
    >
      Revert to base
    </button>
  );
}
