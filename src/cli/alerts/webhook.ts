/**
 * Posts alert changes to a chat webhook (Slack, Teams, Mattermost and most
 * others accept a JSON body with a `text` field). Plain text, one line per
 * KPI, so it reads the same in every chat client.
 */
import type { KpiAlertChange } from './compare-alerts.ts';
import { plural } from '../../engine/format/plural.ts';

/** One line per KPI: "Paid orders: on-track → off-track, 2 new alerts (https://…/kpis/orders/)". */
export function webhookText(
  changes: readonly KpiAlertChange[],
  siteTitle: string,
  asOf: string,
): string {
  const lines = changes.map((change) => {
    const { before, after } = change.status;
    const status =
      after === null
        ? 'removed'
        : before !== null && before !== after
          ? `${before} → ${after}`
          : after;
    const counts = [
      change.newAlerts.length > 0 ? plural(change.newAlerts.length, 'new alert') : '',
      change.action === 'close' ? 'recovered' : '',
    ].filter(Boolean);
    return `• ${change.title}: ${status}${counts.length > 0 ? `, ${counts.join(', ')}` : ''}`;
  });
  return [`${siteTitle}: KPI alerts as of ${asOf}`, ...lines].join('\n');
}

/** Posts `text` and fails loudly when the webhook does not accept it. */
export async function postWebhook(
  url: string,
  text: string,
  fetchImpl: typeof fetch = fetch,
): Promise<void> {
  const response = await fetchImpl(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
    signal: AbortSignal.timeout(15_000),
  });
  if (!response.ok)
    throw new Error(`the webhook answered ${response.status} ${response.statusText}`);
}
