// R3F's pointer events, aimed through the 3D view's own rectangle of the canvas (the map handles its
// pointer in the DOM), and able to hit the 3D-only landscape on its layer.
import { events as createPointerEvents, type RootState } from '@react-three/fiber';
import { LAYER_3D } from './mapCamera';
import type { Views } from './views';

type Store = Parameters<typeof createPointerEvents>[0];

/** Canvas `events` for the Lab: pointer NDC relative to the 3D view's rectangle. */
export function viewEvents(views: Views) {
  return (store: Store) => ({
    ...createPointerEvents(store),
    compute(event: { offsetX: number; offsetY: number }, state: RootState) {
      const r = views.three ?? { x: 0, y: 0, width: state.size.width, height: state.size.height };
      state.pointer.set(((event.offsetX - r.x) / r.width) * 2 - 1, -((event.offsetY - r.y) / r.height) * 2 + 1);
      state.raycaster.setFromCamera(state.pointer, state.camera);
      state.raycaster.layers.enable(LAYER_3D);
    },
  });
}
