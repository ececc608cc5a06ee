import { useState } from 'preact/hooks';
import type { ApiError } from '../../api/ApiError';
import { asApiError } from '../../app/useAsync';
import { fieldErrorsUnder } from './FieldMessages';

/** Messages by field name, from the host or from the form's own checks. */
export type FieldErrors = Readonly<Record<string, readonly string[]>>;

/**
 * What every pooling form keeps besides its draft: the messages by field, the failure shown above the form, and
 * whether a save is under way.
 * @param errorPrefix Where the host nests the form's fields in its messages ("addPledge." for a what-if), or "".
 */
export function useFormSubmission(errorPrefix = '') {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiError | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  /** Shows the form's own messages (a check made before anything is sent); `{}` clears every message. */
  function show(messages: FieldErrors) {
    setErrors(messages);
    setFailure(undefined);
  }

  /** Runs a save: on success the messages clear; on failure the host's messages land under their fields. */
  async function submit(save: () => Promise<void>) {
    setBusy(true);
    try {
      await save();
      show({});
    } catch (error) {
      const failed = asApiError(error);
      setErrors(fieldErrorsUnder(failed.fieldErrors, errorPrefix));
      setFailure(failed);
    } finally {
      setBusy(false);
    }
  }

  return { errors, failure, busy, show, submit };
}
