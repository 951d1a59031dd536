/** `/kpis/<id>.csv`: one KPI's series for spreadsheets, raw values. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getReport } from '../../site/get-report.ts';
import { seriesCsv } from '../../site/model/kpi-csv.ts';

export const getStaticPaths = (async () => {
  const report = await getReport();
  return report.kpis.map((kpi) => ({ params: { id: kpi.id }, props: { kpi } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = ({
  props,
}) =>
  new Response(seriesCsv(props.kpi.series), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
