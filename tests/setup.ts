import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
// What the unit tests get too: the reader's words loaded, stubbed globals and timers restored.
import './setupUnit';

// The machines are shared and slow; a story renders well within this, but not within 1 s.
configure({ asyncUtilTimeout: 5000 });

// jsdom lays nothing out and lacks these; the browser tests cover what they really do.
beforeEach(() => {
  Element.prototype.scrollIntoView = vi.fn();
  window.scrollTo = vi.fn() as typeof window.scrollTo;
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});
