import { formatNumber } from "@/lib/format";
import type { CustomerDetail } from "@/lib/metrics/customer-detail";
import { DetailSection, Empty, formatDay, td, th } from "./detail-section";

const hours = (h: number | null) => (h === null ? "—" : h < 48 ? `${formatNumber(h, 1)} h` : `${formatNumber(h / 24, 1)} d`);

export function TicketsTable({ tickets }: { tickets: CustomerDetail["tickets"] }) {
  return (
    <DetailSection title="Support tickets" count={tickets.length} id="tickets">
      {tickets.length === 0 ? (
        <Empty>No support tickets.</Empty>
      ) : (
        <div className="max-h-96 overflow-auto" tabIndex={0} role="region" aria-label="Support tickets (scrolls)">
          <table className="w-full text-sm">
            <thead className="sticky top-0 bg-white">
              <tr>
                <th className={th}>Created</th>
                <th className={th}>Ticket</th>
                <th className={th}>Priority</th>
                <th className={th}>Channel</th>
                <th className={`${th} text-right`}>First response</th>
                <th className={`${th} text-right`}>Resolved in</th>
                <th className={th}>First contact</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {tickets.map((t) => (
                <tr key={t.ticket_id}>
                  <td className={`${td} whitespace-nowrap`}>{formatDay(t.created_at)}</td>
                  <td className={`${td} whitespace-nowrap text-slate-500`}>{t.ticket_id}</td>
                  <td className={`${td} capitalize`}>{t.priority ?? "—"}</td>
                  <td className={`${td} capitalize`}>{t.channel ?? "—"}</td>
                  <td className={`${td} text-right tabular-nums`}>{hours(t.first_response_hours)}</td>
                  <td className={`${td} text-right tabular-nums`}>{t.resolved_at ? hours(t.resolution_hours) : "Open"}</td>
                  <td className={td}>{t.resolved_on_first_contact === null ? "—" : t.resolved_on_first_contact ? "Yes" : "No"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </DetailSection>
  );
}
