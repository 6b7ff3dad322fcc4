// How a DUBAN.* function says that its input is wrong: it throws InputError with a Chinese message.
// Each host maps that to its own error value (Excel: CustomFunctions.Error, #VALUE!), with
// failureMessage as the text the user reads.
import { FN_MSG } from './messages';

/** Bad input found while computing: the message says in Chinese what to fix. */
export class InputError extends Error {}

/**
 * The text a host shows for a failed call: an InputError's own message; anything else is a defect,
 * still reported with its text, since a bare error value would give the user no hint at all.
 */
export function failureMessage(error: unknown): string {
  if (error instanceof InputError) return error.message;
  return FN_MSG.defect(error instanceof Error ? error.message : String(error));
}
