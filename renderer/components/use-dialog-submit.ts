import { useState } from 'react';
import { errorSentence } from '../api';

/**
 * A dialog's submit: busy while the act runs, closes when it succeeded, and shows the core's sentence
 * (keeping the dialog open, its fields as typed) when it was refused.
 */
export function useDialogSubmit(act: () => Promise<void>, onClose: () => void): { busy: boolean; error: string | null; submit: () => Promise<void> } {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await act();
      onClose();
    } catch (e) {
      setError(errorSentence(e));
      setBusy(false);
    }
  };
  return { busy, error, submit };
}
