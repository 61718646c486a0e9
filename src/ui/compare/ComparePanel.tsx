// The side panel's "Compare" section: same start under several settings, and the partial derivatives seen.
import { SlicesToggle } from '../slices/SlicesToggle';
import { CompareButtons } from './CompareButtons';
import { ComparisonNote } from './ComparisonNote';
import './compare.css';

export function ComparePanel() {
  return (
    <section aria-labelledby="cp-compare">
      <h2 id="cp-compare">Compare</h2>
      <CompareButtons />
      <ComparisonNote />
      <SlicesToggle />
    </section>
  );
}
