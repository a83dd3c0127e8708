/**
 * Runs `callback` in a task after the next frame is drawn: for work an interaction must do but
 * the reader need not wait for (writing a preference to storage), kept out of the frame that
 * shows the interaction's result.
 */
export function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback, 0));
}
