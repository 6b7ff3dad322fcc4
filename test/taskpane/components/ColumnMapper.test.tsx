// The 列对应 step and the folded 读取说明 in the pane, against the test double of the actions, on
// how the engine really reads the field ledger of test/taskpane/fieldLedger.ts. Text and label
// queries rather than role queries: the step lists eighteen drop-downs, and jsdom's role queries
// over that many elements are slow.
import { screen, waitFor } from '@testing-library/react';
import { periodOf } from '../../../src/engine/calendar/period';
import type { WorkbookInput } from '../../../src/engine/model';
import { readLedger } from '../../../src/engine/read/readLedger';
import { LEDGER_COLUMNS } from '../../../src/engine/read/schema';
import { App } from '../../../src/taskpane/App';
import { FIELD_LEDGER } from '../fieldLedger';
import { memoryActions, validationOf } from './memoryActions';
import { renderPane } from './renderPane';

const TODAY = new Date(2026, 10, 5);

// A flow here is a dozen clicks and selections on a pane of eighteen drop-downs: seconds each on a
// busy two-core machine, past the default 20 s, and a test that times out keeps running into the next.
jest.setTimeout(90_000);

/** The field ledger as the engine reads it, with the 规则 rows given: the validate the pane would get. */
function validated(rules: (string | null)[][] | null) {
  const sheets = FIELD_LEDGER.sheets.map((s) => ({ name: s.name, values: s.values.map((row) => row.map((v) => v ?? null)), merged: s.merged }));
  const book: WorkbookInput = { sheets: rules ? [...sheets, { name: '规则', values: rules }] : sheets };
  const { problems, readings } = readLedger(book, { reportYear: 2026, asOf: periodOf('2026-10')!.asOf });
  return validationOf(problems, readings);
}

const BEFORE = validated(null);
const AFTER = validated([
  ['参数', '值'],
  ['列名:办理时限', '完成时间'],
]);

const select = (label: string) => screen.getByLabelText<HTMLSelectElement>(label);
const optionTexts = (element: HTMLSelectElement) => [...element.options].map((o) => o.textContent);
const buttonWithText = (text: string) => screen.getByText(text).closest('button') as HTMLButtonElement;
const mapperHeading = (container: HTMLElement) => container.querySelector('#duban-columns-heading');

describe('列对应', () => {
  it('opens after a 校验 that misses a required column: each DUBAN column, the sheet’s headers, the guess chosen, required ones marked', async () => {
    const { user, container } = renderPane(<App actions={memoryActions({ validations: [BEFORE] })} today={TODAY} />);
    await user.click(buttonWithText('校验台账'));
    await screen.findByText('缺少必填列「办理时限」：请在下面选择表中对应的列。');
    expect(mapperHeading(container)?.textContent).toBe('列对应');

    const deadline = select('办理时限（必填）');
    expect(deadline.value).toBe('');
    // Marked where it sits in the long list, and only there.
    expect(screen.getAllByText('没有按列名或别名找到这一项：请选择表中对应的列。')).toHaveLength(1);
    expect(deadline.getAttribute('aria-invalid')).toBe('true');
    expect(optionTexts(deadline)).toEqual([
      '（无）',
      'A 列「序号」',
      'B 列「督办事项」',
      'C 列「责任单位」',
      'D 列「交办时间」',
      'E 列「完成时间」',
      'F 列「是否办结」',
      'G 列「办结时间」',
      'H 列「进展情况」',
      'I 列「备注」',
    ]);
    // Found by an alias: chosen, and with no 无 to pick (a 列名 row cannot take a column away).
    expect(select('事项内容（必填）').value).toBe('1');
    expect(optionTexts(select('事项内容（必填）'))[0]).toBe('A 列「序号」');
    // 编号 and 交办日期 may be missing (the row number, 1 January stand in): not marked.
    expect(select('编号').value).toBe('0');
    expect(select('交办日期').value).toBe('3');
    // One drop-down per DUBAN column of the 台账.
    expect(container.querySelectorAll('#duban-columns-heading ~ div select')).toHaveLength(LEDGER_COLUMNS.length);
  });

  it('previews exactly what would be written, writes only on 确认写入, then validates again', async () => {
    const actions = memoryActions({ validations: [BEFORE, AFTER] });
    const { user, container } = renderPane(<App actions={actions} today={TODAY} />);
    await user.click(buttonWithText('校验台账'));
    await user.selectOptions(await screen.findByLabelText('办理时限（必填）'), '4');
    expect(screen.queryByText('没有按列名或别名找到这一项：请选择表中对应的列。')).toBeNull();
    await user.click(buttonWithText('预览写入内容'));

    await screen.findByText('将写入「规则」表');
    expect(actions.calls.filter((c) => c.name === 'planColumnMap')).toEqual([{ name: 'planColumnMap', args: [[{ key: 'deadline', header: '完成时间' }]] }]);
    const items = [...container.querySelectorAll('#duban-columns-heading ~ ul li')].map((li) => li.textContent);
    expect(items).toEqual(['新建「规则」工作表，第 1 行写表头「参数｜值」。', '第 2 行：参数「列名:办理时限」，值「完成时间」。']);
    // The preview took the focus from the drop-downs it replaced.
    expect(document.activeElement?.textContent).toBe('将写入「规则」表');
    expect(actions.calls.some((c) => c.name === 'applyColumnMap')).toBe(false);

    await user.click(buttonWithText('确认写入'));
    await screen.findByText(/^共有错误 0 条、警告 \d+ 条/);
    // 校验台账 reads through the overview (after the one the pane made on opening), and so does the validation after the write.
    expect(actions.calls.map((c) => c.name)).toEqual(['presets', 'overview', 'overview', 'planColumnMap', 'applyColumnMap', 'overview']);
    expect(actions.calls[4].args[0]).toEqual({
      sheet: '规则',
      choices: [{ key: 'deadline', header: '完成时间' }],
      plan: { createSheet: true, writes: [{ row: 1, values: ['列名:办理时限', '完成时间'], replaces: null }] },
    });
    // Nothing is missing any more: the step closes.
    await waitFor(() => expect(mapperHeading(container)).toBeNull());
  });

  it('shows a changed 值 as a change, and says when nothing would change', async () => {
    const rules = [
      ['参数', '值'],
      ['列名:办理时限', '完成时间'],
    ];
    const actions = memoryActions({ validations: [AFTER], rules });
    const { user } = renderPane(<App actions={actions} today={TODAY} />);
    await user.click(buttonWithText('列对应'));
    // Asked for: opens with nothing missing.
    await user.selectOptions(await screen.findByLabelText('办结日期'), '4');
    await user.selectOptions(select('办理时限（必填）'), '6');
    await user.click(buttonWithText('预览写入内容'));
    await screen.findByText('第 2 行的值：「完成时间」改为「办结时间」。');
    expect(screen.getByText('第 3 行：参数「列名:办结日期」，值「完成时间」。')).toBeTruthy();

    await user.click(buttonWithText('返回修改'));
    await user.selectOptions(screen.getByLabelText('办结日期'), '6');
    await user.selectOptions(select('办理时限（必填）'), '4');
    await user.click(buttonWithText('预览写入内容'));
    await screen.findByText('所选的对应与现在相同，不需要写入。');
    expect(screen.queryByText('确认写入')).toBeNull();
  });

  it('flags a sheet column picked for two DUBAN columns, and will not preview', async () => {
    const actions = memoryActions({ validations: [BEFORE] });
    const { user } = renderPane(<App actions={actions} today={TODAY} />);
    await user.click(buttonWithText('校验台账'));
    await user.selectOptions(await screen.findByLabelText('办理时限（必填）'), '6');
    // Flagged on the later of the two in the list, 办结日期, naming the one above it.
    expect(screen.getByText('G 列「办结时间」已对应「办理时限」：一列只能对应一项。')).toBeTruthy();
    await user.click(buttonWithText('预览写入内容'));
    expect(actions.calls.some((c) => c.name === 'planColumnMap')).toBe(false);
  });

  it('a refused write (the 规则 sheet changed) is reported, and the choices stay to be previewed again', async () => {
    const refusal = new Error('「规则」表在预览之后有了改动，没有写入任何内容：请重新打开「列对应」，核对预览后再确认。');
    const { user, container } = renderPane(<App actions={memoryActions({ validations: [BEFORE], applyError: refusal })} today={TODAY} />);
    await user.click(buttonWithText('校验台账'));
    await user.selectOptions(await screen.findByLabelText('办理时限（必填）'), '4');
    await user.click(buttonWithText('预览写入内容'));
    await user.click(await screen.findByText('确认写入'));
    await screen.findByText(refusal.message);
    expect(mapperHeading(container)).not.toBeNull();
    expect(select('办理时限（必填）').value).toBe('4');
  });

  it('关闭 closes the step; a sheet without a header row cannot be mapped, and the pane says why', async () => {
    const noHeader = validationOf([{ sheet: '台账', cell: 'A1', severity: '错误', message: '「台账」表前 15 行中找不到表头行' }]);
    const { user, container } = renderPane(<App actions={memoryActions({ validations: [BEFORE, noHeader] })} today={TODAY} />);
    await user.click(buttonWithText('校验台账'));
    await screen.findByLabelText('办理时限（必填）');
    await user.click(buttonWithText('关闭'));
    expect(mapperHeading(container)).toBeNull();
    await user.click(buttonWithText('列对应'));
    await screen.findByText('找不到台账的表头行，无法列对应：请先按校验结果改正台账的表头。');
    expect(mapperHeading(container)).toBeNull();
  });
});

describe('读取说明', () => {
  it('is folded under 校验结果, and opens to the lines `duban validate --explain` prints', async () => {
    const { user } = renderPane(<App actions={memoryActions({ validations: [AFTER] })} today={TODAY} />);
    await user.click(buttonWithText('校验台账'));
    const header = (await screen.findByText(/^读取说明/)).closest('button') as HTMLButtonElement;
    expect(header.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('表头：第 3 行')).toBeNull();

    await user.click(header);
    expect(header.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('「督查台账」表')).toBeTruthy();
    expect(screen.getAllByText('表头：第 3 行')).toHaveLength(1);
    expect(screen.getByText('办理时限 ← E 列「完成时间」（「规则」表的列名对应）')).toBeTruthy();
    expect(screen.getByText('第 11 行 备注、说明行「备注：本台账每月5日前更新。」')).toBeTruthy();
    expect(screen.getByText('合并单元格：4 处跨行合并，其值用于所跨的每一行')).toBeTruthy();
  });
});
