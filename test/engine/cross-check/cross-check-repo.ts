/** Writes a throwaway Pacer repository with one KPI per measure and grain, over copied data files. */
import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Grain } from '../../../src/engine/calendar/grain.ts';
import type { Measure } from './measures.ts';

export const kpiId = (measure: Measure, grain: Grain) => `${measure.id}-${grain}`;

export async function writeCrossCheckRepo(
  dataFolder: string,
  measures: readonly Measure[],
): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'pacer-cross-check-'));
  await mkdir(join(root, 'kpis'), { recursive: true });
  await mkdir(join(root, 'data'), { recursive: true });
  await writeFile(join(root, 'kpis', 'site.yaml'), 'title: Cross-check\ntimeZone: UTC\n');

  const files = new Set(measures.flatMap((measure) => measure.files));
  for (const file of files) await copyFile(join(dataFolder, file), join(root, 'data', file));

  for (const measure of measures) {
    for (const grain of measure.grains) {
      const definition = [
        '---',
        `title: ${measure.id} per ${grain}`,
        'owner: Tests',
        'category: operational',
        `grain: ${grain}`,
        measure.yaml,
        'alerts: false',
        '---',
        '',
      ].join('\n');
      await writeFile(join(root, 'kpis', `${kpiId(measure, grain)}.md`), definition);
    }
  }
  return root;
}
