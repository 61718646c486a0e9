// One row of the path table. React renders its structure (letter, η, optimizer) at human speed; the live
// cells stay empty in React's eyes and are filled by the table's frame callback through the refs registered here.
import { memo, useLayoutEffect, useRef, type CSSProperties, type MouseEvent } from 'react';
import { optimizerNames, type OptimizerKind } from '../core/descent/optimizers';
import { removeStart, selectStart } from '../state/actions';
import { paletteColor, paletteFor } from '../state/palette';
import { startLabel } from '../state/scenario';
import { useDownhill } from '../state/store';
import { ARROWS_MOVE_START, onStartKey } from './access/nudgeStart';
import { formatNumber } from './format';

/** The DOM cells the frame callback writes. */
export interface LiveCells {
  readonly row: HTMLTableRowElement;
  readonly iter: HTMLElement;
  readonly x: HTMLElement;
  readonly y: HTMLElement;
  readonly f: HTMLElement;
  readonly g: HTMLElement;
  readonly status: HTMLTableCellElement;
}

const SHORT: Readonly<Record<OptimizerKind, string>> = {
  gd: 'GD', momentum: 'Momentum', nesterov: 'Nesterov', adagrad: 'AdaGrad', rmsprop: 'RMSProp', adam: 'Adam', newton: 'Newton',
};

interface Props {
  readonly id: number;
  readonly index: number;
  readonly selected: boolean;
  readonly lr: number;
  readonly lrOwn: boolean;
  readonly optimizer: OptimizerKind;
  readonly optimizerOwn: boolean;
  readonly register: (id: number, cells: LiveCells | null) => void;
}

function Own() {
  return <span className="pt-own" title="Set for this path only">*<span className="pt-sr-only"> (this path only)</span></span>;
}

export const PathRow = memo(function PathRow({ id, index, selected, lr, lrOwn, optimizer, optimizerOwn, register }: Props) {
  const row = useRef<HTMLTableRowElement>(null);
  const iter = useRef<HTMLSpanElement>(null);
  const x = useRef<HTMLSpanElement>(null);
  const y = useRef<HTMLSpanElement>(null);
  const f = useRef<HTMLSpanElement>(null);
  const g = useRef<HTMLSpanElement>(null);
  const status = useRef<HTMLTableCellElement>(null);

  // Runs before the table's own layout effect, so the table's first write already sees this row.
  useLayoutEffect(() => {
    if (row.current && iter.current && x.current && y.current && f.current && g.current && status.current) {
      register(id, { row: row.current, iter: iter.current, x: x.current, y: y.current, f: f.current, g: g.current, status: status.current });
    }
    return () => register(id, null);
  }, [id, register]);

  const label = startLabel(index);
  // The swatch follows projector mode's palette (a memo row re-renders for it only).
  const palette = paletteFor(useDownhill((s) => s.scenario.projector));
  const onRemove = (e: MouseEvent) => { e.stopPropagation(); removeStart(id); };
  return (
    <tr ref={row} className={selected ? 'pt-row pt-selected' : 'pt-row'} aria-selected={selected}
      style={{ '--pt-color': paletteColor(palette, index) } as CSSProperties} onClick={() => selectStart(id)}>
      <th scope="row" className="pt-path">
        <button type="button" className="pt-select" aria-pressed={selected} aria-label={`Select path ${label}`}
          {...{ [ARROWS_MOVE_START]: '' }} aria-keyshortcuts="ArrowLeft ArrowRight ArrowUp ArrowDown Shift+ArrowLeft Shift+ArrowRight Shift+ArrowUp Shift+ArrowDown"
          title="Arrow keys move this start (Shift: larger steps)" onKeyDown={(e) => onStartKey(id, e)}>
          <span className="pt-swatch" aria-hidden="true" />
          {label}
        </button>
        <span className="pt-opt" title={optimizerNames[optimizer]}>
          {SHORT[optimizer]}{optimizerOwn && <Own />} η {formatNumber(lr)}{lrOwn && <Own />}
        </span>
      </th>
      <td ref={status} className="pt-status" />
      {/* The live numbers sit in clipping boxes of their own, so a number too wide can be measured (and never spills). */}
      <td className="pt-num"><span ref={iter} className="pt-v" /></td>
      <td className="pt-num pt-xy"><span ref={x} className="pt-v" /></td>
      <td className="pt-num pt-xy"><span ref={y} className="pt-v" /></td>
      <td className="pt-num"><span ref={f} className="pt-v" /></td>
      <td className="pt-num pt-grad"><span ref={g} className="pt-v" /></td>
      <td className="pt-actions">
        <button type="button" className="pt-remove" aria-label={`Remove path ${label}`} title={`Remove path ${label}`} onClick={onRemove}>×</button>
      </td>
    </tr>
  );
});
