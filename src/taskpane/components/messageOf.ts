import { FAILURE } from '../texts';

/** The text to show for a rejected action: adapters reject with Error, Office.js with OfficeExtension.Error. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return FAILURE.unknown;
}
