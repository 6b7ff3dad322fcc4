// The DUBAN.* functions registered in WPS 表格 (12.1.0.20540 and later) from the engine's
// implementations (SHEET_FUNCTIONS), the same ones Excel calls. WPS calls them synchronously.
// What WPS does with a thrown error is not documented; a thrown Error carries the same Chinese
// message Excel shows in its tooltip (docs/wps.md, acceptance checklist).
import { SHEET_FUNCTIONS, type SheetFunctionName } from '../engine/sheetFunctions/functionTable';
import { failureMessage } from '../engine/sheetFunctions/inputError';
import { gridOf } from './cellValues';
import type { WpsApplication, WpsFunctionMetadata } from './etModel';

export const FUNCTION_NAMESPACE = 'DUBAN';

interface RangeArgument {
  Value2: unknown;
  Rows: { Count: number };
  Columns: { Count: number };
}

const isRange = (value: unknown): value is RangeArgument =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && 'Value2' in value && 'Rows' in value;

/**
 * An argument as the engine reads it. Reports have WPS pass a range as rows of cells, as Excel
 * does; should a build pass the Range object itself, its values are read. Scalars pass through.
 */
function argumentOf(value: unknown): unknown {
  return isRange(value) ? gridOf(value.Value2, value.Rows.Count, value.Columns.Count) : value;
}

const isFunctionName = (name: string): name is SheetFunctionName => Object.prototype.hasOwnProperty.call(SHEET_FUNCTIONS, name);

function wpsFunction(name: SheetFunctionName): (...args: unknown[]) => unknown {
  const compute = SHEET_FUNCTIONS[name] as (...args: unknown[]) => unknown;
  return (...args) => {
    try {
      return compute(...args.map(argumentOf));
    } catch (error) {
      throw new Error(failureMessage(error));
    }
  };
}

/**
 * Registers every function the metadata names; on a WPS without custom functions (before
 * 12.1.0.20540) nothing, and the task pane still works. Returns the names registered.
 */
export function registerFunctions(app: Pick<WpsApplication, 'AddCustomFunction'>, metadata: readonly WpsFunctionMetadata[]): string[] {
  const add = app.AddCustomFunction;
  if (typeof add !== 'function') return [];
  return metadata.map((meta) => {
    if (!isFunctionName(meta.name)) throw new Error(`no implementation for DUBAN.${meta.name}`);
    add.call(app, FUNCTION_NAMESPACE, meta.name, wpsFunction(meta.name), meta);
    return meta.name;
  });
}
