// 通知单 and 催办单 placed on the print grid: one A4 portrait page each, a page break between them.
import type { ItemDocument, DocumentField } from './notices';
import { THIN_BOX, formCell, formRow, type FormCell, type FormRow } from './formGrid';
import { NOTICE_TEXT } from './noticeText';
import { GRID_COLUMNS } from './printGrid';
import { HEADER_FILL } from './sheetStyle';

export interface DocumentSheet {
  rows: FormRow[];
  /** 0-based rows that begin a printed page (every document but the first). */
  pageStarts: number[];
}

/** Grid columns of a field's label; the value takes the rest of the width (or of half of it). */
const LABEL_SPAN = 6;
const HALF = GRID_COLUMNS / 2;
/** A bordered row's least height, in points: a line of 11 pt text with room above and below. */
const FIELD_POINTS = 28;
/** The 催办单's colour band: a tall bar that catches the eye. */
const BAND_POINTS = 40;
/** Two full-width spaces: the first-line indent of a Chinese paragraph. */
const INDENT = '\u3000\u3000';

/** Builds one document's rows from `top` on. */
class Rows {
  readonly rows: FormRow[] = [];
  constructor(private next: number) {}

  add(cells: FormCell[], minPoints?: number): void {
    this.rows.push(formRow(this.next, cells, minPoints));
    this.next += 1;
  }

  text(text: string, style: FormCell['style'], horizontal: FormCell['horizontal'] = 'left'): void {
    this.add([formCell({ text, style, horizontal })]);
  }

  blank(): void {
    this.add([]);
  }

  /** Bordered label | value rows; two short fields in a row go side by side. */
  fields(fields: readonly DocumentField[]): void {
    for (let i = 0; i < fields.length; i += 1) {
      const pair = fields[i].pair && fields[i + 1]?.pair;
      if (pair) {
        this.add([...fieldCells(fields[i], 0, HALF), ...fieldCells(fields[i + 1], HALF, HALF)], FIELD_POINTS);
        i += 1;
      } else this.add(fieldCells(fields[i], 0, GRID_COLUMNS), FIELD_POINTS);
    }
  }

  get row(): number {
    return this.next;
  }
}

function fieldCells(field: DocumentField, column: number, span: number): FormCell[] {
  return [
    formCell({ text: field.label, style: 'label', column, span: LABEL_SPAN, horizontal: 'center', fill: HEADER_FILL, border: THIN_BOX }),
    formCell({ text: field.value, style: 'value', column: column + LABEL_SPAN, span: span - LABEL_SPAN, border: THIN_BOX }),
  ];
}

function head(rows: Rows, doc: ItemDocument): void {
  rows.text(doc.issuer, 'issuer', 'center');
  if (doc.band) {
    // Thick edges and the colour's name in large type: the level reads in black and white too.
    rows.add([
      formCell({ text: doc.band.text, style: 'band', horizontal: 'center', wrap: false, fill: doc.band.fill, border: { edges: 'box', weight: 'thick', color: '000000' } }),
    ], BAND_POINTS);
  } else rows.text(doc.title, 'title', 'center');
  rows.text(doc.number, 'number', 'right');
  rows.text(NOTICE_TEXT.addressee(doc.unit), 'body');
  rows.text(INDENT + doc.intro, 'body');
}

/** Room above the signature for a hand signature and the seal. */
const SIGNATURE_POINTS = 36;

function foot(rows: Rows, doc: ItemDocument): void {
  const signer = doc.signer === null ? NOTICE_TEXT.signedBy : NOTICE_TEXT.signer(doc.signer);
  rows.add([
    formCell({ text: signer, style: 'sign', span: HALF }),
    formCell({ text: `${doc.issuer}${NOTICE_TEXT.seal}`, style: 'sign', column: HALF, span: HALF, horizontal: 'right' }),
  ], SIGNATURE_POINTS);
  rows.add([formCell({ text: NOTICE_TEXT.dateLine(doc.date), style: 'sign', column: HALF, span: HALF, horizontal: 'right' })]);
  if (doc.copyTo) {
    rows.blank();
    rows.add([formCell({ text: NOTICE_TEXT.copyTo(doc.copyTo), style: 'body', border: { edges: 'top', weight: 'thin', color: '000000' } })]);
  }
}

function receipt(rows: Rows, doc: ItemDocument, fields: readonly DocumentField[]): void {
  rows.blank();
  rows.text(NOTICE_TEXT.cutLine, 'cut', 'center');
  rows.text(NOTICE_TEXT.receiptTitle, 'title', 'center');
  rows.text(NOTICE_TEXT.receiptNumber(doc.number), 'body');
  rows.fields(fields);
  rows.text(NOTICE_TEXT.receiptNote(doc.issuer), 'cut');
}

/** The documents one below the other, each starting a page. */
export function documentSheet(docs: readonly ItemDocument[]): DocumentSheet {
  const sheet: DocumentSheet = { rows: [], pageStarts: [] };
  let top = 0;
  docs.forEach((doc, i) => {
    if (i > 0) sheet.pageStarts.push(top);
    const rows = new Rows(top);
    head(rows, doc);
    rows.fields(doc.fields);
    foot(rows, doc);
    if (doc.receipt) receipt(rows, doc, doc.receipt);
    sheet.rows.push(...rows.rows);
    top = rows.row;
  });
  return sheet;
}
