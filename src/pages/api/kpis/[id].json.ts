/** `/api/kpis/<id>.json`: one KPI of the report model. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getReport } from '../../../site/get-report.ts';

export const getStaticPaths = (async () => {
  const report = await getReport();
  return report.kpis.map((kpi) => ({ params: { id: kpi.id }, props: { kpi } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = ({
  props,
}) =>
  new Response(JSON.stringify(props.kpi), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
