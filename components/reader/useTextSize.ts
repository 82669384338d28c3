import { useCallback, useEffect, useState } from 'react';
import { clampStep, DEFAULT_TEXT_SIZE_STEP, TEXT_SIZES, textSizeStep } from '../../lib/reader/prefs';

export interface TextSize {
  px: number;
  canShrink: boolean;
  canGrow: boolean;
  change(delta: 1 | -1): void;
}

/** The reader's text size, shared by every reader tab and kept across sessions. */
export function useTextSize(): TextSize {
  const [step, setStep] = useState(DEFAULT_TEXT_SIZE_STEP);

  useEffect(() => {
    let live = true;
    textSizeStep.getValue().then((value) => live && setStep(clampStep(value)));
    const unwatch = textSizeStep.watch((value) => setStep(clampStep(value)));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const change = useCallback((delta: 1 | -1) => {
    setStep((current) => {
      const next = clampStep(current, delta);
      void textSizeStep.setValue(next);
      return next;
    });
  }, []);

  return { px: TEXT_SIZES[step]!, canShrink: step > 0, canGrow: step < TEXT_SIZES.length - 1, change };
}
