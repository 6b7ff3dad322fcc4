// A test double of the TaskpaneActions contract (not of Excel): canned answers, a record of every
// call, and hooks that let a test hold an action open to look at the pane mid-work.
import type { Problem } from '../../../src/engine/model';
import { planColumnMap, type ColumnChoice } from '../../../src/engine/read/columnMap';
import type { SheetReading } from '../../../src/engine/read/sheetReading';
import type { MonthOverview } from '../../../src/engine/report/overview';
import type {
  ColumnMapProposal,
  ConflictChoice,
  DocxResult,
  GenerateResult,
  NoticeResult,
  RegistrationOffer,
  RegistrationResult,
  OnConflict,
  OnProgress,
  OverviewResult,
  PresetInfo,
  TaskpaneActions,
  TemplateResult,
  ValidationResult,
} from '../../../src/taskpane/actions';

export function validationOf(problems: Problem[], readings: SheetReading[] = []): ValidationResult {
  return {
    problems,
    errors: problems.filter((p) => p.severity === '错误').length,
    warnings: problems.filter((p) => p.severity === '警告').length,
    readings,
  };
}

/** A promise the test settles when it has looked at the pane. */
export function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

export interface MemoryActions extends TaskpaneActions {
  calls: { name: string; args: unknown[] }[];
  goTo: jest.Mock<Promise<void>, [string, string]>;
  /** What onConflict answered, in order. */
  conflictAnswers: ConflictChoice[];
}

export interface MemoryOptions {
  presets?: PresetInfo | Error;
  validation?: ValidationResult;
  /**
   * Answers of validate and of the overview's validation in turn (then `validation`): before and
   * after a 列对应 write. The overview the pane makes by itself on opening reads the first one
   * without using it up, so the answers line up with a test's clicks whether or not that overview
   * came before the first click.
   */
  validations?: ValidationResult[];
  /** What 概览 shows (null: nothing, as for a ledger with 错误), or an Error it fails with. */
  overview?: MonthOverview | null | Error;
  /** The 规则 sheet's values the 列对应 plan is made from; null: the workbook has none. */
  rules?: (string | null)[][] | null;
  /** applyColumnMap refuses with this (the 规则 sheet changed after the preview). */
  applyError?: Error;
  /** Sheets the generation would write that "exist already", so it asks. */
  existing?: string[];
  generated?: GenerateResult;
  /** The suggested 加减分 生成通报 offers when it is done. */
  suggestions?: RegistrationOffer;
  template?: TemplateResult;
  /** What 生成通知单 / 生成催办单 give; asks about `existing` first when the sheet is there. */
  notices?: NoticeResult;
  registered?: RegistrationResult | Error;
  docx?: DocxResult;
  /** Runs inside every long action, after its first progress report: hold it open, or throw. */
  during?: (onProgress: OnProgress) => Promise<void>;
}

export function memoryActions(options: MemoryOptions = {}): MemoryActions {
  const calls: MemoryActions['calls'] = [];
  const validations = [...(options.validations ?? [])];
  const nextValidation = () => validations.shift() ?? options.validation ?? validationOf([]);
  let opened = false;
  const conflictAnswers: ConflictChoice[] = [];
  const during = options.during ?? (() => Promise.resolve());

  async function generate(sheets: string[], onConflict: OnConflict, onProgress: OnProgress): Promise<GenerateResult> {
    onProgress('读取工作簿', 1, 3);
    await during(onProgress);
    if (options.generated && options.generated.kind !== 'done') return options.generated;
    const written: string[] = [];
    for (const sheet of sheets) {
      if (!options.existing?.includes(sheet)) {
        written.push(sheet);
        continue;
      }
      const answer = await onConflict(sheet, `${sheet} (2)`);
      conflictAnswers.push(answer);
      if (answer === 'cancel') return { kind: 'cancelled' };
      written.push(answer === 'newName' ? `${sheet} (2)` : sheet);
    }
    onProgress('写入工作表', 3, 3);
    return { kind: 'done', sheets: written, units: 30, overdueItems: 7 };
  }

  return {
    calls,
    conflictAnswers,
    presets() {
      calls.push({ name: 'presets', args: [] });
      if (options.presets instanceof Error) return Promise.reject(options.presets);
      return Promise.resolve(options.presets ?? { available: ['sanmenxia-2019', 'district-dynamic'], fromRules: null });
    },
    async validate(month, onProgress) {
      calls.push({ name: 'validate', args: [month] });
      onProgress('校验台账', 1, 2);
      await during(onProgress);
      return nextValidation();
    },
    // Never held by `during`: the pane asks for it by itself when it opens.
    overview(request, onProgress): Promise<OverviewResult> {
      calls.push({ name: 'overview', args: [request] });
      onProgress('生成概览', 2, 3);
      if (options.overview instanceof Error) return Promise.reject(options.overview);
      const validation = opened ? nextValidation() : (validations[0] ?? options.validation ?? validationOf([]));
      opened = true;
      return Promise.resolve({ validation, overview: options.overview ?? null });
    },
    async generateRanking(month, preset, onConflict, onProgress) {
      calls.push({ name: 'generateRanking', args: [month, preset] });
      const [year, m] = month.split('-').map(Number);
      return generate([`${year}年${m}月排名`], onConflict, onProgress);
    },
    async generateBulletin(month, preset, onConflict, onProgress) {
      calls.push({ name: 'generateBulletin', args: [month, preset] });
      const [year, m] = month.split('-').map(Number);
      const result = await generate([`${year}年${m}月排名`, `${year}年${m}月通报`], onConflict, onProgress);
      return result.kind === 'done' && options.suggestions ? { ...result, suggestions: options.suggestions } : result;
    },
    async createTemplate(onProgress) {
      calls.push({ name: 'createTemplate', args: [] });
      onProgress('新建模板', 1, 1);
      await during(onProgress);
      return options.template ?? { sheets: ['台账', '单位', '加减分', '规则', '节假日'] };
    },
    goTo: jest.fn<Promise<void>, [string, string]>(() => Promise.resolve()),
    async generateNotices(request, onConflict, onProgress) {
      calls.push({ name: 'generateNotices', args: [request] });
      onProgress('读取工作簿', 1, 4);
      await during(onProgress);
      const result = options.notices ?? { kind: 'empty', message: '没有需要发催办单的逾期未办结事项，没有生成催办单。', notes: [] };
      if (result.kind === 'done' && options.existing?.includes(result.sheet)) {
        const answer = await onConflict(result.sheet, `${result.sheet} (2)`);
        conflictAnswers.push(answer);
        if (answer === 'cancel') return { kind: 'cancelled' };
        return answer === 'newName' ? { ...result, sheet: `${result.sheet} (2)` } : result;
      }
      return result;
    },
    async appendAdjustments(rows) {
      calls.push({ name: 'appendAdjustments', args: [rows] });
      await during(() => undefined);
      if (options.registered instanceof Error) throw options.registered;
      return options.registered ?? { sheet: '加减分', firstRow: 2, lastRow: 1 + rows.length };
    },
    async bulletinDocx(month, preset, onProgress) {
      calls.push({ name: 'bulletinDocx', args: [month, preset] });
      onProgress('读取工作簿', 1, 3);
      await during(onProgress);
      return options.docx ?? { kind: 'done', fileName: '2026年10月通报.docx', bytes: new Uint8Array([0x50, 0x4b]), downloadable: true };
    },
    planColumnMap(choices: readonly ColumnChoice[]): Promise<ColumnMapProposal> {
      calls.push({ name: 'planColumnMap', args: [choices] });
      return Promise.resolve({ sheet: '规则', choices, plan: planColumnMap(options.rules ?? null, choices) });
    },
    applyColumnMap(proposal) {
      calls.push({ name: 'applyColumnMap', args: [proposal] });
      return options.applyError ? Promise.reject(options.applyError) : Promise.resolve();
    },
  };
}
