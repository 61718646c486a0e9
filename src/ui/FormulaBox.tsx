// Type f(x, y): errors show while typing; Enter applies. A bad formula never replaces the last good surface.
import { forwardRef, useId, useMemo, useState } from 'react';
import { checkFormula } from '../core/formula';
import { resolveSurface } from '../core/surfaces/spec';
import { applyFormula, setFormulaDraft } from '../state/actions';
import { useDownhill } from '../state/store';

export const FormulaBox = forwardRef<HTMLInputElement>(function FormulaBox(_props, ref) {
  const draft = useDownhill((s) => s.formulaDraft);
  const active = useDownhill((s) => (s.scenario.surface.kind === 'formula' ? s.scenario.surface.text : null));
  const [applyError, setApplyError] = useState<string | null>(null);
  const id = useId();
  const error = useMemo(() => (draft.trim() === '' ? null : checkFormula(draft)), [draft]);
  const message = applyError ?? (error ? error.message : null);

  const apply = () => {
    if (draft.trim() === '') { setApplyError('Type a formula in x and y first, e.g. x^2 + 3*sin(y).'); return; }
    const res = resolveSurface({ kind: 'formula', text: draft.trim() });
    if (!res.ok) { setApplyError(res.formulaError?.message ?? res.message); return; }
    setApplyError(null);
    applyFormula();
  };

  return (
    <form className="field" onSubmit={(e) => { e.preventDefault(); apply(); }}>
      <label htmlFor={`${id}-f`}>Formula f(x, y)</label>
      <div className="row">
        <input id={`${id}-f`} ref={ref} type="text" aria-label="Formula" spellCheck={false} autoComplete="off"
          placeholder="e.g. x^2 + 3*sin(y)" value={draft} maxLength={500}
          aria-invalid={message !== null} aria-describedby={`${id}-m`}
          onChange={(e) => { setFormulaDraft(e.target.value); setApplyError(null); }} />
        <button type="submit">Apply</button>
      </div>
      <p id={`${id}-m`} className={message ? 'error' : 'hint'} aria-live="polite">
        {message ?? (active !== null ? `Showing f(x, y) = ${active}` : 'x, y, numbers, + − * / ^, pi, e, sin cos tan exp log sqrt abs tanh min max…; Enter applies.')}
      </p>
    </form>
  );
});
