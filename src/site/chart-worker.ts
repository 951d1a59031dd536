/** Worker thread entry: draws the charts of each KPI page it is sent and posts them back. */
import { parentPort, workerData } from 'node:worker_threads';
import { useChartCache } from '../engine/charts/chart-cache.ts';
import type { ChartReply, ChartTask } from './chart-prerender.ts';
import { drawKpiPageCharts } from './charts.ts';

const { chartCache } = workerData as { chartCache: string | null };
if (chartCache !== null) useChartCache(chartCache);

const port = parentPort!;
port.on('message', (task: ChartTask) => {
  drawKpiPageCharts(task.request).then(
    (charts) => port.postMessage({ id: task.id, charts } satisfies ChartReply),
    (error: unknown) =>
      port.postMessage({
        id: task.id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies ChartReply),
  );
});
