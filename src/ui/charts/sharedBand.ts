// One band for both charts: whichever redraws first folds the new points, the other finds nothing new.
import { createBand } from './iterationBand';

export const sharedBand = createBand();
