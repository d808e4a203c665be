import type { Page } from 'playwright-core';

/** What one keystroke cost, in milliseconds from its keydown event. */
export interface KeystrokeSample {
  /** When the keydown reached the page's capturing listener, by the page's `performance.now()`. */
  readonly at: number;
  /** Until the first change to the editable element's DOM (null: the key changed nothing). */
  readonly toDom: number | null;
  /** Until the animation frame after that change began (scripts done, rendering about to run). */
  readonly toFrame: number;
  /** Until the task after that frame: style, layout and paint of the change are done. */
  readonly toPaint: number;
}

interface ProbeWindow {
  __ctsKeystrokes: { readonly samples: KeystrokeSample[]; waitFor(count: number): Promise<void> };
}

/**
 * Watches every keydown of the page from its capturing listener on window, before any editor
 * sees it, to the animation frame after the DOM of `selector` changed, and then to the task after
 * that frame (a MessageChannel message posted from the frame's callback runs once the frame's
 * style, layout and paint are done). Installing it again starts a new list.
 */
export async function installKeystrokeProbe(page: Page, selector: string): Promise<void> {
  await page.evaluate((rootSelector) => {
    const root = document.querySelector(rootSelector);
    if (!root) throw new Error(`Nothing matches ${rootSelector}.`);
    const samples: KeystrokeSample[] = [];
    const waiting: { count: number; resolve: () => void }[] = [];
    let current: { start: number; dom: number | null } | null = null;
    new MutationObserver(() => {
      if (current && current.dom === null) current.dom = performance.now();
    }).observe(root, { subtree: true, childList: true, characterData: true });
    const record = (sample: KeystrokeSample) => {
      samples.push(sample);
      for (const waiter of waiting.filter((entry) => samples.length >= entry.count)) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve();
      }
    };
    window.addEventListener(
      'keydown',
      () => {
        const key = { start: performance.now(), dom: null as number | null };
        current = key;
        // Wait for the frame after the DOM changed; give up after a second (the key changed nothing).
        const onFrame = (framesLeft: number) => {
          const frame = performance.now();
          if (key.dom === null && framesLeft > 0) {
            requestAnimationFrame(() => onFrame(framesLeft - 1));
            return;
          }
          const channel = new MessageChannel();
          channel.port1.onmessage = () =>
            record({
              at: key.start,
              toDom: key.dom === null ? null : key.dom - key.start,
              toFrame: frame - key.start,
              toPaint: performance.now() - key.start,
            });
          channel.port2.postMessage(null);
        };
        requestAnimationFrame(() => onFrame(60));
      },
      true,
    );
    (window as unknown as ProbeWindow).__ctsKeystrokes = {
      samples,
      waitFor: (count) => new Promise<void>((resolve) => (samples.length >= count ? resolve() : waiting.push({ count, resolve }))),
    };
  }, selector);
}

/** Presses each key in turn, waiting for its sample before the next, and returns the samples. */
export async function pressMeasured(page: Page, keys: readonly string[]): Promise<KeystrokeSample[]> {
  const before = await page.evaluate(() => (window as unknown as ProbeWindow).__ctsKeystrokes.samples.length);
  for (const [index, key] of keys.entries()) {
    await page.keyboard.press(key);
    await page.evaluate((count) => (window as unknown as ProbeWindow).__ctsKeystrokes.waitFor(count), before + index + 1);
  }
  return page.evaluate((from) => (window as unknown as ProbeWindow).__ctsKeystrokes.samples.slice(from), before);
}

/** The keys that type `text` with page.keyboard.press. */
export function keysOf(text: string): string[] {
  return [...text].map((character) => (character === ' ' ? 'Space' : character));
}

/** The p-th percentile (nearest rank) of some figures. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
