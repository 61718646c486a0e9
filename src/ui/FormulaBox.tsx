// Type f(x, y): errors show while typing; Enter applies. A bad formula never replaces the last good surface.
import { forwardRef, useId, useMemo, useState } from 'react';
import { checkFormula } from '../core/formula';
import { resolveSurface } from '../core/surfaces/spec';
import { applyFormula, setFormulaDraft } from '../state/actions';
import { useDownhill } from '../state/store';

const SYNTAX_HINT = 'x, y, numbers, + − * / ^, pi, e, sin cos tan exp log sqrt abs tanh min max…; Enter applies.';

export const FormulaBox = forwardRef<HTMLInputElement>(function FormulaBox(_props, ref) {
  const draft = useDownhill((s) => s.formulaDraft);
  const active = useDownhill((s) => (s.scenario.surface.kind === 'formula' ? s.scenario.surface.text : null));
  // The refusal of an Apply, for the text it was given: editing the text (or clearing it) drops it.
  const [refused, setRefused] = useState<{ readonly text: string; readonly message: string } | null>(null);
  const id = useId();
  const error = useMemo(() => (draft.trim() === '' ? null : checkFormula(draft)), [draft]);
  const message = (refused !== null && refused.text === draft ? refused.message : null) ?? (error ? error.message : null);
  const showing = useMemo(() => (active === null ? null : activeHint(active)), [active]);

  const apply = () => {
    if (draft.trim() === '') { setRefused({ text: draft, message: 'Type a formula in x and y first, e.g. x^2 + 3*sin(y).' }); return; }
    const res = resolveSurface({ kind: 'formula', text: draft.trim() });
    if (!res.ok) { setRefused({ text: draft, message: res.formulaError?.message ?? res.message }); return; }
    setRefused(null);
    applyFormula();
  };

  return (
    <form className="field" onSubmit={(e) => { e.preventDefault(); apply(); }}>
      <label htmlFor={`${id}-f`}>Formula f(x, y)</label>
      <div className="row">
        <input id={`${id}-f`} ref={ref} type="text" aria-label="Formula" spellCheck={false} autoComplete="off"
          placeholder="e.g. x^2 + 3*sin(y)" value={draft} maxLength={500}
          aria-invalid={message !== null} aria-describedby={`${id}-m`}
          onChange={(e) => setFormulaDraft(e.target.value)} />
        <button type="submit">Apply</button>
      </div>
      <p id={`${id}-m`} className={message ? 'error' : 'hint'} aria-live="polite">
        {message ?? showing ?? SYNTAX_HINT}
      </p>
    </form>
  );
});

// "Showing f(x, y) = …", then where f is undefined and what became of its critical points.
function activeHint(text: string): string {
  const r = resolveSurface({ kind: 'formula', text });
  const notes = r.ok ? [r.surface.undefinedNote, r.surface.criticalNote].filter((n) => n !== undefined) : [];
  return [`Showing f(x, y) = ${text}.`, ...notes].join(' ');
}
