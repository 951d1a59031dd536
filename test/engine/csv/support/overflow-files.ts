/** A data file with a systematic mistake: more problems of one kind than are listed. */
import { sumKpi } from '../../load/support/temp-repo.ts';

/** 1,300 rows whose amount is written with a decimal comma, and one bad date. */
function salesFile(): string {
  const rows = ['date,amount'];
  for (let index = 0; index < 1300; index++) {
    const day = new Date(Date.UTC(2023, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
    rows.push(index === 5 ? '31/12/2025,1' : `${day},"12,5"`);
  }
  return `${rows.join('\n')}\n`;
}

export const OVERFLOW_FILES = {
  'kpis/revenue.md': sumKpi('data/sales.csv'),
  'data/sales.csv': salesFile(),
};
