// The DUBAN.* functions' metadata for WPS, derived from the functions.json that
// custom-functions-metadata generates from src/functions/functions.ts's JSDoc: the names, Chinese
// help and parameters are declared once, for both hosts. WPS's format (wpsjs 2.2.1+, and the
// metadata argument of wps.AddCustomFunction) gives a parameter's type as text: `any`, `any[][]`
// for a range, `?` after the type when the parameter may be left out.
import type { WpsFunctionMetadata } from './etModel';

/** One function of Office's functions.json, as far as WPS needs it. */
export interface OfficeFunction {
  name: string;
  description?: string;
  parameters: { name: string; description?: string; type?: string; dimensionality?: string; optional?: boolean }[];
  result: { type?: string; dimensionality?: string };
}

const typeOf = (type: string | undefined, dimensionality: string | undefined): string =>
  `${type ?? 'any'}${dimensionality === 'matrix' ? '[][]' : ''}`;

/** WPS metadata, plus `optional` on a parameter, which the task pane's function list reads. */
export type WpsFunction = WpsFunctionMetadata & { parameters: (WpsFunctionMetadata['parameters'][number] & { optional?: true })[] };

export function wpsFunctions(office: readonly OfficeFunction[]): WpsFunction[] {
  return office.map((f) => ({
    name: f.name,
    description: f.description ?? '',
    result: { type: typeOf(f.result.type, f.result.dimensionality) },
    parameters: f.parameters.map((p) => ({
      name: p.name,
      description: p.description ?? '',
      type: `${typeOf(p.type, p.dimensionality)}${p.optional ? '?' : ''}`,
      ...(p.optional ? { optional: true as const } : {}),
    })),
  }));
}
