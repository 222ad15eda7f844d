// One tab per scenario. Add, rename (double-click, F2 or the ⋯ menu), duplicate and delete are
// each one undoable step.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { duplicateScenarioById } from '../../commands/row-commands';
import { CommandButton } from '../../components/CommandButton';
import { useStore } from '../../store/store';
import { deleteScenario, renameScenarioAndVariants } from '../../../../shared/engine';
import { deleteQuestion, newScenarioBasedOnActive } from '../linked/linked-actions';

function RenameInput({ initial, onDone }: { initial: string; onDone: (name: string | null) => void }) {
  const [text, setText] = useState(initial);
  const done = useRef(false);
  const finish = (name: string | null) => {
    if (done.current) return;
    done.current = true;
    onDone(name);
  };
  return (
    <input
      className="tab-rename"
      data-testid="scenario-rename-input"
      aria-label="Scenario name"
      autoFocus
      value={text}
      size={Math.max(8, Math.min(40, text.length + 1))}
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => finish(text)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') finish(text);
        else if (e.key === 'Escape') finish(null);
      }}
    />
  );
}

export function ScenarioTabs() {
  const scenarios = useStore((s) => s.workbook.scenarios);
  const activeId = useStore((s) => s.activeScenarioId);
  const setActive = useStore((s) => s.setActiveScenario);
  const commit = useStore((s) => s.commit);
  const byScenario = useStore((s) => s.byScenario);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [menuFor, setMenuFor] = useState<string | null>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  // Close the menu on a click elsewhere or Escape.
  useEffect(() => {
    if (menuFor === null) return;
    const onDown = (e: MouseEvent) => {
      if (menuRef.current !== null && !menuRef.current.contains(e.target as Node)) setMenuFor(null);
    };
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape') setMenuFor(null);
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [menuFor]);

  const duplicate = (id: string) => {
    setMenuFor(null);
    duplicateScenarioById(id);
  };

  const remove = (id: string) => {
    setMenuFor(null);
    const scenario = scenarios.find((s) => s.id === id);
    if (scenario === undefined) return;
    if (!window.confirm(deleteQuestion(useStore.getState().workbook, scenario))) return;
    const index = scenarios.indexOf(scenario);
    const neighbour = scenarios[index + 1] ?? scenarios[index - 1];
    commit(
      'Delete scenario',
      (wb) => deleteScenario(wb, id),
      id === activeId && neighbour !== undefined ? { activeScenarioId: neighbour.id } : {},
    );
  };

  const rename = (id: string, name: string | null) => {
    setRenaming(null);
    const current = scenarios.find((s) => s.id === id)?.name;
    if (name === null || name.trim() === current) return;
    commit('Rename scenario', (wb) => renameScenarioAndVariants(wb, id, name));
  };

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    if (e.key === 'F2') {
      e.preventDefault();
      setRenaming(scenarios[index].id);
    } else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.preventDefault();
      const next = scenarios[(index + (e.key === 'ArrowRight' ? 1 : scenarios.length - 1)) % scenarios.length];
      setActive(next.id);
      document.querySelector<HTMLButtonElement>(`[data-testid="scenario-tab-${CSS.escape(next.id)}"]`)?.focus();
    }
  };

  return (
    <nav className="scenario-tabs" aria-label="Scenarios">
      <div role="tablist" className="scenario-tablist">
        {scenarios.map((s, index) => {
          const active = s.id === activeId;
          const errors = byScenario.get(s.id)?.issues.filter((i) => i.severity === 'error').length ?? 0;
          return (
            <div key={s.id} className={`scenario-tab ${active ? 'active' : ''}`}>
              {renaming === s.id ? (
                <RenameInput initial={s.name} onDone={(name) => rename(s.id, name)} />
              ) : (
                <button
                  type="button"
                  role="tab"
                  aria-selected={active}
                  tabIndex={active ? 0 : -1}
                  data-testid={`scenario-tab-${s.id}`}
                  title={`${s.name || s.id} — double-click to rename`}
                  onClick={() => setActive(s.id)}
                  onDoubleClick={() => setRenaming(s.id)}
                  onKeyDown={(e) => onTabKey(e, index)}
                >
                  <span className="tab-name">{s.name || s.id}</span>
                  {s.link !== undefined && (
                    <span
                      className="tab-linked"
                      title={`Based on ${scenarios.find((b) => b.id === s.link?.basedOn)?.name ?? s.link.basedOn}`}
                      aria-label="based on another scenario"
                    >
                      ↳
                    </span>
                  )}
                  {errors > 0 && (
                    <span
                      className="tab-errors"
                      aria-label={`${errors} ${errors === 1 ? 'error' : 'errors'}`}
                      title={`${errors} ${errors === 1 ? 'error' : 'errors'} in this scenario`}
                    >
                      ✖ {errors}
                    </span>
                  )}
                </button>
              )}
              {active && renaming !== s.id && (
                <div className="tab-menu-anchor" ref={menuFor === s.id ? menuRef : undefined}>
                  <button
                    type="button"
                    className="tab-menu-button"
                    aria-label={`Actions for ${s.name || s.id}`}
                    aria-haspopup="menu"
                    aria-expanded={menuFor === s.id}
                    data-testid="scenario-menu"
                    onClick={() => setMenuFor(menuFor === s.id ? null : s.id)}
                  >
                    ⋯
                  </button>
                  {menuFor === s.id && (
                    <div className="tab-menu" role="menu">
                      <button
                        type="button"
                        role="menuitem"
                        data-testid="rename-scenario"
                        onClick={() => {
                          setMenuFor(null);
                          setRenaming(s.id);
                        }}
                      >
                        Rename
                      </button>
                      <button
                        type="button"
                        role="menuitem"
                        data-testid="duplicate-scenario"
                        onClick={() => duplicate(s.id)}
                      >
                        Duplicate
                      </button>
                      <button
                        type="button"
                        role="menuitem"
                        data-testid="based-on-scenario"
                        onClick={() => {
                          setMenuFor(null);
                          newScenarioBasedOnActive();
                        }}
                      >
                        New scenario based on this
                      </button>
                      <button
                        type="button"
                        role="menuitem"
                        className="danger"
                        data-testid="delete-scenario"
                        disabled={scenarios.length <= 1}
                        title={scenarios.length <= 1 ? 'A workbook keeps at least one scenario' : undefined}
                        onClick={() => remove(s.id)}
                      >
                        Delete…
                      </button>
                    </div>
                  )}
                </div>
              )}
            </div>
          );
        })}
      </div>
      <CommandButton id="scenario.add" className="add-scenario" testId="add-scenario" hint="Add an empty scenario">
        + Scenario
      </CommandButton>
      <CommandButton
        id="scenario.duplicate"
        className="add-scenario"
        testId="duplicate-active-scenario"
        hint="Copy the active scenario to try a change"
      >
        Duplicate
      </CommandButton>
      <CommandButton
        id="scenario.basedOn"
        className="add-scenario"
        testId="based-on-active-scenario"
        hint="A scenario that holds only its own changes and follows every other edit of this one"
      >
        New based on this…
      </CommandButton>
    </nav>
  );
}
