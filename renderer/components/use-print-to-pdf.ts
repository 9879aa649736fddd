import { useState } from 'react';
import { errorSentence, printToPdf, type PrintOutcome, type PrintRequest } from '../api';

/** One print to PDF at a time: busy while it runs, the core's sentence on refusal, the outcome once printed. */
export function usePrintToPdf(onPrinted: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [printed, setPrinted] = useState<PrintOutcome | null>(null);

  const print = async (input: PrintRequest, suggestedName: string) => {
    setBusy(true);
    setError(null);
    try {
      const outcome = await printToPdf(input, suggestedName);
      if (outcome) {
        setPrinted(outcome);
        onPrinted();
      }
    } catch (e) {
      setError(errorSentence(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, printed, print };
}
