/** `/api/report.json`: the whole report model, exactly as computed. */
import type { APIRoute } from 'astro';
import { getReport } from '../../site/get-report.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getReport()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
