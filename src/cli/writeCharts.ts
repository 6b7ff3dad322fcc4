// `rank|bulletin --charts DIR`: the charts of the sheets the command makes, as SVG files in DIR,
// for a Word 通报 or a slide; ExcelJS cannot put a chart into the workbook itself.
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Bulletin, Period, UnitScore } from '../engine/model';
import { completionChart, scoreCharts } from '../engine/report/chartSpecs';
import { bulletinRanking } from '../engine/report/monthOutputs';
import { bulletinSheetName, rankingSheetName } from '../engine/report/sheetLayout';
import { barChartSvg, lineChartSvg } from './chartSvg';
import { WorkbookFileError, isFileSystemError } from './workbookFileError';

export interface ChartFile {
  /** File name: the sheet's name and what the chart shows, 2026年10月排名-县（市、区）.svg. */
  name: string;
  svg: string;
}

// Characters Windows refuses in a file name; a category could hold one.
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|]/g;
const fileName = (...parts: string[]): string => `${parts.join('-').replace(UNSAFE_IN_FILE_NAME, '_')}.svg`;

/** The ranking sheet's charts: each category's scores. */
export function rankingChartFiles(period: Pick<Period, 'year' | 'month'>, scores: readonly UnitScore[]): ChartFile[] {
  return scoreCharts(period, scores).map((spec) => ({ name: fileName(rankingSheetName(period), spec.category), svg: barChartSvg(spec) }));
}

/** The bulletin's completion-rate chart, then the charts of its ranking sheet. */
export function bulletinChartFiles(bulletin: Bulletin): ChartFile[] {
  const chart = completionChart(bulletin.period, bulletin.trend);
  return [
    { name: fileName(bulletinSheetName(bulletin.period), chart.valueAxis), svg: lineChartSvg(chart) },
    ...rankingChartFiles(bulletin.period, bulletinRanking(bulletin)),
  ];
}

/** Writes the files into `dir` (made when missing), replacing files of the same names; gives their paths. */
export async function writeChartFiles(dir: string, files: readonly ChartFile[]): Promise<string[]> {
  const written: string[] = [];
  for (const file of files) {
    const target = path.resolve(dir, file.name);
    try {
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.writeFile(target, file.svg, 'utf8');
    } catch (error) {
      if (isFileSystemError(error)) throw new WorkbookFileError('unwritable', target);
      throw error;
    }
    written.push(target);
  }
  return written;
}
