// How "Export PNG" reaches the canvas without ui importing the scene: the scene registers a capturer here,
// the exporter calls it. A capture is synchronous (render, then copy before the browser clears the buffer),
// so the app needs no preserveDrawingBuffer.

/** Where one view lies in the captured image, in its pixels. */
export interface CapturedView {
  readonly name: '3d' | 'map';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Renders the shown views at scale × the canvas's device pixels and calls copy(canvas, views, image pixels per CSS
 * pixel) at once, while the pixels are there; then restores the canvas. Returns false when there is nothing to capture.
 */
export type ViewCapturer = (scale: number, copy: (canvas: HTMLCanvasElement, views: readonly CapturedView[], pxPerCss: number) => void) => boolean;

let capturer: ViewCapturer | null = null;

/** Registers the scene's capturer (null to remove it). */
export function setViewCapturer(c: ViewCapturer | null): void {
  capturer = c;
}

/** Captures the views (see ViewCapturer); false when no scene is mounted. */
export function captureViews(scale: number, copy: (canvas: HTMLCanvasElement, views: readonly CapturedView[], pxPerCss: number) => void): boolean {
  return capturer !== null && capturer(scale, copy);
}
