import { useCallback, useState } from 'react';

/** The zoom steps of the page, in per cent, as in a word processor. */
export const zoomSteps = [50, 75, 90, 100, 110, 125, 150, 175, 200] as const;
export type Zoom = (typeof zoomSteps)[number];

const storageKey = 'cts.pageZoom';

/** The page's zoom, remembered between sessions on this machine. */
export function usePageZoom(): [Zoom, (zoom: Zoom) => void] {
  const [zoom, setZoomState] = useState<Zoom>(() => {
    const stored = Number(localStorage.getItem(storageKey));
    return zoomSteps.find((step) => step === stored) ?? 100;
  });
  const setZoom = useCallback((next: Zoom) => {
    localStorage.setItem(storageKey, String(next));
    setZoomState(next);
  }, []);
  return [zoom, setZoom];
}
