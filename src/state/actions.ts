// Everything a person can do, as module-level actions on the store (the store's one writer). Each job
// has its own module under actions/; this file gathers them for the scene and the UI.
export { editTarget } from './actions/editing';
export { applyFormula, setFormulaDraft, setSurface } from './actions/surfaceActions';
export {
  addRandomStarts, addStart, addStartAt, clearStarts, duplicateStart, moveStart, placedPoint, removeStart, selectStart, setStartAt,
} from './actions/startActions';
export {
  setApplyTo, setAscent, setBatch, setHyperparameter, setLearningRate, setMaxSteps, setOptimizerKind, setScalar,
  setSchedule, setScheduleKind, setScheduleParam, setSeed, setSequential, setSpeed, setZScale,
} from './actions/settingsActions';
export {
  clearOutcome, pause, play, recordOutcome, reset, resetView, setBasinMap, setBasinProgress, setCamera, setOutcomes, setShowBasins, setViewMode,
  showIteration, step, stepBack, togglePlay,
} from './actions/playbackActions';
export { loadScenario } from './actions/loadActions';
export { addSwarm, selectGroup } from './actions/swarmActions';
export { setControlHidden, setLessonTitle, showAllControls } from './actions/lessonActions';
export {
  addDataPoint, moveDataPoint, removeDataPoint, setData, setHuberDelta, setLoss, setModel, setNoise, setStandardize,
} from './actions/dataActions';
export { dismissNotice, pushNotice } from './notices';
export type { HyperparameterKey as Hyperparameter } from '../core/descent/settingsCatalog';
export type { DownhillState } from './store';
