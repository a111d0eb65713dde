import { formatMonth } from "@/lib/format";
import { formatMoney } from "@/lib/format";
import type { CustomerDetail } from "@/lib/metrics/customer-detail";
import { DetailSection, Empty, td, th } from "./detail-section";
import { MOVEMENT_LABELS, MOVEMENT_SIGN } from "./movement-labels";

export function MovementsTable({ movements }: { movements: CustomerDetail["movements"] }) {
  const newestFirst = [...movements].reverse();
  return (
    <DetailSection title="MRR movements" count={movements.length} id="movements">
      {movements.length === 0 ? (
        <Empty>No MRR movements.</Empty>
      ) : (
        <div className="max-h-96 overflow-auto" tabIndex={0} role="region" aria-label="MRR movements (scrolls)">
          <table className="w-full text-sm">
            <thead className="sticky top-0 bg-white">
              <tr>
                <th className={th}>Month</th>
                <th className={th}>Movement</th>
                <th className={`${th} text-right`}>Amount</th>
                <th className={`${th} text-right`}>MRR after</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {newestFirst.map((m) => (
                <tr key={m.month}>
                  <td className={`${td} whitespace-nowrap`}>{formatMonth(m.month)}</td>
                  <td className={td}>{MOVEMENT_LABELS[m.movement]}</td>
                  <td className={`${td} text-right tabular-nums ${MOVEMENT_SIGN[m.movement] > 0 ? "text-emerald-700" : "text-red-700"}`}>
                    {MOVEMENT_SIGN[m.movement] > 0 ? "+" : "−"}
                    {formatMoney(m.amount)}
                  </td>
                  <td className={`${td} text-right tabular-nums`}>{formatMoney(m.mrr_after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </DetailSection>
  );
}
