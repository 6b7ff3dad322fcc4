// SPEC §1.1 (6): a 责任单位 cell that names several units — labelled (牵头单位：A 责任单位：B),
// collective (各县（市、区）) — read into the units scored on the item and those that co-handle it.
// The rules where SPEC is silent are in docs/decisions.md, 「一格多个责任单位」.
import type { RuleParams, Severity, Unit } from '../model';
import { MSG } from './messages';
import type { Roster } from './roster';
import { isBlank, normalizeText } from '../text';

export type UnitRole = 'lead' | 'responsible' | 'cooperating';

/**
 * One part of a cell as written: `牵头单位：A 责任单位：B、C 配合单位：D` gives A lead, B and C
 * responsible, D cooperating. Unlabelled parts are 'responsible'; when no part is labelled lead,
 * the first responsible part is the lead (FIELD-LEDGERS: the unit listed first leads).
 */
export interface UnitPart {
  text: string;
  role: UnitRole;
}

/** 多责任单位: 全部计分 (every responsible unit is scored) or 仅第一个 (only the lead). */
export type MultiUnitPolicy = RuleParams['multiUnit'];

export interface UnitCellReading {
  /** Roster units scored on the item, in the order written, each once (the lead first). */
  readonly responsible: readonly Unit[];
  /** Roster units that co-handle it (not scored): labelled 配合, or the non-first ones under 仅第一个. */
  readonly cooperating: readonly Unit[];
  /** Problems about this cell, in Chinese, to be attached to the cell by the caller. */
  readonly problems: readonly { severity: Severity; message: string }[];
}

/** The words that give a role: as a label before a colon (牵头单位：A) or in brackets after a name (A（牵头）). */
const ROLE_WORDS: Readonly<Record<UnitRole, readonly string[]>> = {
  lead: ['牵头单位', '牵头部门', '牵头'],
  responsible: ['责任单位', '责任部门', '责任主体', '主责单位', '主办单位', '主办部门', '承办单位', '承办部门', '责任', '主办', '承办'],
  cooperating: ['配合单位', '配合部门', '协办单位', '协办部门', '会办单位', '会办部门', '配合', '协办', '会办'],
};

const ROLE_OF = new Map<string, UnitRole>(
  (Object.keys(ROLE_WORDS) as UnitRole[]).flatMap((role) => ROLE_WORDS[role].map((word) => [word, role] as const)),
);
// Longest first, so that 牵头单位 is never taken for 牵头.
const ROLE_PATTERN = [...ROLE_OF.keys()].sort((a, b) => b.length - a.length).join('|');
const LABEL = new RegExp(`(${ROLE_PATTERN})\\s*[：:]`, 'g');
const MARKER = new RegExp(`[（(]\\s*(${ROLE_PATTERN})\\s*[）)]\\s*$`);

/** What a character does to splitting: 、 ， , ； ; / and line breaks separate, brackets nest. */
function charKind(code: number): 'separator' | 'open' | 'close' | null {
  switch (code) {
    case 0x3001: case 0xff0c: case 0x2c: case 0xff1b: case 0x3b: case 0x2f: case 0x0d: case 0x0a: // 、，,；;/ \r \n
      return 'separator';
    case 0xff08: case 0x28: // （ (
      return 'open';
    case 0xff09: case 0x29: // ） )
      return 'close';
    default:
      return null;
  }
}

/** Splits one stretch of the cell that carries a single role; a separator inside brackets belongs to a name. */
function pushParts(segment: string, role: UnitRole, parts: UnitPart[]): void {
  // 县（市、区）, 市委宣传部（市新闻出版局、市电影局）: but a bracket that never closes protects nothing.
  const lastClose = Math.max(segment.lastIndexOf('）'), segment.lastIndexOf(')'));
  let depth = 0;
  let start = 0;
  // charCodeAt, not charAt: a CJK character read as a string is a new string each time.
  for (let i = 0; i < segment.length; i++) {
    const kind = charKind(segment.charCodeAt(i));
    if (kind === 'open') {
      if (i < lastClose) depth++;
    } else if (kind === 'close') {
      if (depth > 0) depth--;
    } else if (kind === 'separator' && depth === 0) {
      pushPart(segment.slice(start, i), role, parts);
      start = i + 1;
    }
  }
  pushPart(segment.slice(start), role, parts);
}

function pushPart(raw: string, role: UnitRole, parts: UnitPart[]): void {
  let text = raw.trim();
  const marker = isClosedBy(text) ? MARKER.exec(text) : null;
  if (marker) {
    text = text.slice(0, marker.index).trim();
    role = ROLE_OF.get(marker[1]) as UnitRole;
  }
  if (!isBlank(text)) parts.push({ text, role });
}

const isClosedBy = (text: string) => charKind(text.charCodeAt(text.length - 1)) === 'close';

export function splitUnitCell(text: string): UnitPart[] {
  const parts: UnitPart[] = [];
  let role: UnitRole = 'responsible';
  let from = 0;
  // exec rather than matchAll: the engine also runs in older Excel JavaScript runtimes.
  LABEL.lastIndex = 0;
  const labelled = text.includes('：') || text.includes(':');
  for (let label = labelled ? LABEL.exec(text) : null; label; label = LABEL.exec(text)) {
    pushParts(text.slice(from, label.index), role, parts);
    role = ROLE_OF.get(label[1]) as UnitRole;
    from = LABEL.lastIndex;
  }
  pushParts(text.slice(from), role, parts);
  if (!parts.some((p) => p.role === 'lead')) {
    const first = parts.find((p) => p.role === 'responsible');
    if (first) first.role = 'lead';
  }
  return parts;
}

// --- collectives: 各县（市、区）, 各县区, 市直各单位, 各街道, 各乡镇（街道）, 各有关部门 ---

/** A collective is known by its form only: a name in the roster is never one. */
const isCollective = (key: string) =>
  key.startsWith('各') || key.startsWith('全') || key.includes('有关') || key.endsWith('各单位') || key.endsWith('各部门');

// After normalizeText, so （ ， are already ( , here.
const CATEGORY_NOISE = /单位|部门|类|[()[\]【】、,]/g;
const COLLECTIVE_NOISE = /各|有关|单位|部门|类|[()[\]【】、,]/g;
const BRACKETED = /\([^()]*\)/g;

/** Same first character, and the shorter one's characters in order within the longer: 县区 in 县市区. */
function namesCategory(part: string, category: string): boolean {
  if (part === '' || category === '' || part[0] !== category[0]) return false;
  const [short, long] = part.length <= category.length ? [part, category] : [category, part];
  let at = 0;
  for (const c of short) {
    at = long.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

interface Collective {
  categories: readonly string[];
  units: readonly Unit[];
  /** 有关: it does not say which units of the category it means. */
  vague: boolean;
}

function readCollective(key: string, roster: Roster): Collective {
  const groups = roster.byCategory();
  const categoryKeys = [...groups.keys()].map((c) => [c, normalizeText(c).replace(CATEGORY_NOISE, '')] as const);
  const named = (alternatives: readonly string[]) =>
    categoryKeys.filter(([, k]) => alternatives.some((a) => namesCategory(a.replace(COLLECTIVE_NOISE, ''), k))).map(([c]) => c);
  let categories = named([key]);
  // 各乡镇（街道） in a roster of 街道类: the words outside the brackets and inside them each name a category.
  if (categories.length === 0 && key.includes('(')) {
    const inside = (key.match(BRACKETED) ?? []).map((b) => b.slice(1, -1));
    categories = named([key.replace(BRACKETED, ''), ...inside]);
  }
  return { categories, units: categories.flatMap((c) => groups.get(c) ?? []), vague: key.includes('有关') };
}

// --- reading a cell ---

/** At most this many problems per cell, then one line counting the rest: a hostile cell must not bury the list. */
const MAX_CELL_PROBLEMS = 20;

class CellProblems {
  readonly list: { severity: Severity; message: string }[] = [];
  private omitted = 0;
  private omittedError = false;

  /** The message is built only when it will be shown: a suggestion searches the whole roster. */
  add(severity: Severity, message: () => string): void {
    if (this.list.length < MAX_CELL_PROBLEMS) {
      this.list.push({ severity, message: message() });
    } else {
      this.omitted++;
      this.omittedError ||= severity === '错误';
    }
  }

  done(): UnitCellReading['problems'] {
    if (this.omitted > 0) this.list.push({ severity: this.omittedError ? '错误' : '警告', message: MSG.moreUnitProblems(this.omitted) });
    return this.list;
  }
}

/** One named thing in the cell that resolved: a unit, or a collective and its units. */
interface Entry {
  text: string;
  role: UnitRole;
  units: readonly Unit[];
  collective: Collective | null;
}

/** What the names of one cell stand for. */
class CellNames {
  // A cell may repeat 各县区 thousands of times: its categories are matched once.
  private collectives: Map<string, Collective> | null = null;

  constructor(private readonly roster: Roster) {}

  /** The units a name stands for, or null when it stands for none (a collective naming no category included). */
  entry(text: string, role: UnitRole): Entry | null {
    const unit = this.roster.resolve(text);
    if (unit) return { text, role, units: [unit], collective: null };
    const key = normalizeText(text);
    if (!isCollective(key)) return null;
    this.collectives ??= new Map();
    let collective = this.collectives.get(key);
    if (!collective) this.collectives.set(key, (collective = readCollective(key, this.roster)));
    return collective.units.length > 0 ? { text, role, units: collective.units, collective } : null;
  }

  /** `市 发改委` is one unit; `县住建局 县城管局` is two: a part splits on spaces only when every piece stands for units. */
  spaced(text: string, role: UnitRole): Entry[] | null {
    const pieces = text.split(/\s+/);
    if (pieces.length < 2) return null;
    const entries: Entry[] = [];
    for (const piece of pieces) {
      const entry = this.entry(piece, role);
      if (!entry) return null;
      entries.push(entry);
    }
    return entries;
  }
}

function resolveParts(parts: readonly UnitPart[], roster: Roster, problems: CellProblems): Entry[] {
  const names = new CellNames(roster);
  const entries: Entry[] = [];
  for (const { text, role } of parts) {
    const found = names.entry(text, role);
    const resolved = found ? [found] : names.spaced(text, role);
    if (resolved) {
      for (const entry of resolved) {
        const c = entry.collective;
        if (c?.vague) problems.add('警告', () => MSG.collectiveRelevant(entry.text, c.categories, c.units.length));
        entries.push(entry);
      }
    } else if (isCollective(normalizeText(text))) {
      problems.add('警告', () => MSG.collectiveNamesNoCategory(text, [...roster.byCategory().keys()]));
    } else if (role === 'cooperating') {
      problems.add('警告', () => MSG.unknownCooperator(text, roster.suggest(text)));
    } else {
      problems.add('错误', () => MSG.unknownUnit(text, roster.suggest(text)));
    }
  }
  return entries;
}

const NONE: readonly never[] = Object.freeze([]);
const EMPTY: UnitCellReading = Object.freeze({ responsible: NONE, cooperating: NONE, problems: NONE });

// One reading per unit for the cells that name only it, shared by all of them: the reader asks
// for 100,000 of these, and the readings are never written to.
const readingsOfOne = new WeakMap<Unit, UnitCellReading>();

function alone(unit: Unit): UnitCellReading {
  let reading = readingsOfOne.get(unit);
  if (!reading) readingsOfOne.set(unit, (reading = { responsible: [unit], cooperating: NONE, problems: NONE }));
  return reading;
}

/**
 * The units scored on the item and those co-handling it, from the cells' entries in the order
 * written. 仅第一个: the lead alone is scored (the first responsible part when the lead did not
 * resolve); its 警告 about a collective lead goes to `problemsOf` the entry's cell.
 */
function assignRoles(entries: readonly Entry[], policy: MultiUnitPolicy, problemsOf: (e: Entry) => CellProblems): Pick<UnitCellReading, 'responsible' | 'cooperating'> {
  const first = policy === 'firstOnly' ? (entries.find((e) => e.role === 'lead') ?? entries.find((e) => e.role === 'responsible')) : undefined;
  const lead = first?.collective;
  if (first && lead && lead.units.length > 1) {
    problemsOf(first).add('警告', () => MSG.collectiveLeadAll(first.text, lead.categories, lead.units.length));
  }
  const roleOf = (e: Entry): UnitRole => (first === undefined ? e.role : e === first ? 'lead' : 'cooperating');

  // Strongest role first, so a unit named twice keeps the stronger one and its first place there.
  const seen = new Set<Unit>();
  const collect = (roles: readonly UnitRole[]) => {
    const units: Unit[] = [];
    for (const role of roles) {
      for (const e of entries) {
        if (roleOf(e) !== role) continue;
        for (const u of e.units) {
          if (seen.has(u)) continue;
          seen.add(u);
          units.push(u);
        }
      }
    }
    return units;
  };
  const responsible = collect(['lead', 'responsible']);
  return { responsible, cooperating: collect(['cooperating']) };
}

/**
 * The units of a cell that is roster names between separators and nothing else (`市住建局、市财政局`,
 * the usual 配合单位 cell), in the order written, each once; null for a cell with a label, a bracket
 * or a name the roster does not know, which the full reading handles. The same answer as that
 * reading, without its parts, entries and problem lists for every such cell.
 */
function plainNames(text: string, roster: Roster): Unit[] | null {
  const units: Unit[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const kind = i < text.length ? charKind(text.charCodeAt(i)) : 'separator';
    if (kind === null) continue;
    if (kind !== 'separator') return null;
    const name = text.slice(start, i).trim();
    start = i + 1;
    if (name === '') continue;
    if (name.includes('：') || name.includes(':')) return null;
    const unit = roster.resolve(name);
    if (!unit) return null;
    if (!units.includes(unit)) units.push(unit);
  }
  return units.length > 0 ? units : null;
}

/** A plain cell's reading: the first unit leads, 仅第一个 scores it alone. */
function plainReading(units: Unit[], policy: MultiUnitPolicy, column: 'responsible' | 'cooperating'): UnitCellReading {
  if (column === 'cooperating') return { responsible: NONE, cooperating: units, problems: NONE };
  if (policy === 'firstOnly') return { responsible: [units[0]], cooperating: units.slice(1), problems: NONE };
  return { responsible: units, cooperating: NONE, problems: NONE };
}

/**
 * `column` 'cooperating' reads a 配合单位 cell: every part co-handles, whatever its label, and a
 * collective (各乡镇) expands as in 责任单位; an unknown name is a 警告 only (co-handlers are not scored).
 */
export function readUnitCell(text: string, roster: Roster, policy: MultiUnitPolicy, column: 'responsible' | 'cooperating' = 'responsible'): UnitCellReading {
  if (text === '') return EMPTY;
  // Nearly every cell is one plain name: one lookup, no arrays beyond the answer's own. A cell that
  // is a roster name as a whole is never split (市委宣传部（市新闻出版局、市电影局）).
  const unit = roster.resolve(text);
  if (unit) return column === 'responsible' ? alone(unit) : { responsible: NONE, cooperating: [unit], problems: NONE };
  const plain = plainNames(text, roster);
  if (plain) return plainReading(plain, policy, column);
  const problems = new CellProblems();
  const parts = splitUnitCell(text);
  if (column === 'cooperating') for (const part of parts) part.role = 'cooperating';
  const entries = resolveParts(parts, roster, problems);
  return { ...assignRoles(entries, policy, () => problems), problems: problems.done() };
}

/** A 牵头单位 cell and the 责任单位 cell beside it, each with the problems found in it. */
export interface LeadAndUnitReading extends Pick<UnitCellReading, 'responsible' | 'cooperating'> {
  readonly leadProblems: UnitCellReading['problems'];
  readonly unitProblems: UnitCellReading['problems'];
}

/**
 * One item's units from its 牵头单位 and 责任单位 columns, read as the cell `牵头单位：A 责任单位：B`
 * would be: the 牵头单位 cell's units lead, the 责任单位 cell's are responsible beside them (a unit
 * in both counts once, as the lead); with 仅第一个 only the first of the 牵头单位 cell is scored.
 */
export function readLeadAndUnitCells(leadText: string, unitText: string, roster: Roster, policy: MultiUnitPolicy): LeadAndUnitReading {
  const leadProblems = new CellProblems();
  const unitProblems = new CellProblems();
  const leadEntries = resolveParts(splitUnitCell(leadText), roster, leadProblems);
  const unitParts = splitUnitCell(unitText);
  // The first unit of the 责任单位 cell is no lead when a 牵头单位 is written beside it.
  if (leadText !== '') for (const part of unitParts) if (part.role === 'lead') part.role = 'responsible';
  const unitEntries = resolveParts(unitParts, roster, unitProblems);
  const roles = assignRoles([...leadEntries, ...unitEntries], policy, (e) => (leadEntries.includes(e) ? leadProblems : unitProblems));
  return { ...roles, leadProblems: leadProblems.done(), unitProblems: unitProblems.done() };
}
