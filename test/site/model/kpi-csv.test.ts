import { describe, expect, it } from 'vitest';
import { csvField, seriesCsv } from '../../../src/site/model/kpi-csv.ts';
import { monthlySeries } from '../../engine/support/make-kpi.ts';

describe('seriesCsv', () => {
  it('writes raw values, empty for a gap, and the partial flag, with CRLF line ends', () => {
    expect(seriesCsv(monthlySeries([1234.5, null, 0.034], true))).toBe(
      'period,start,end,value,partial\r\n' +
        '2026-01,2026-01-01,2026-01-31,1234.5,false\r\n' +
        '2026-02,2026-02-01,2026-02-28,,false\r\n' +
        '2026-03,2026-03-01,2026-03-31,0.034,true\r\n',
    );
  });

  it('quotes fields with commas, quotes or line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });
});
