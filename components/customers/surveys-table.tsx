import type { CustomerDetail } from "@/lib/metrics/customer-detail";
import { DetailSection, Empty, formatDay, td, th } from "./detail-section";

type Survey = CustomerDetail["surveys"][number];

const SCALE = { nps: "0–10", csat: "1–5", ces: "1–7" } as const;

/** Colour by what the score means: NPS groups, CSAT 4–5 good, CES lower is better. */
function tone(s: Survey): string {
  const good = s.survey === "nps" ? s.score >= 9 : s.survey === "csat" ? s.score >= 4 : s.score <= 3;
  const bad = s.survey === "nps" ? s.score <= 6 : s.survey === "csat" ? s.score <= 2 : s.score >= 5;
  return good ? "bg-emerald-50 text-emerald-800" : bad ? "bg-red-50 text-red-800" : "bg-amber-50 text-amber-800";
}

export function SurveysTable({ surveys }: { surveys: CustomerDetail["surveys"] }) {
  return (
    <DetailSection title="Survey responses" count={surveys.length} id="surveys">
      {surveys.length === 0 ? (
        <Empty>No survey responses.</Empty>
      ) : (
        <div className="max-h-96 overflow-auto" tabIndex={0} role="region" aria-label="Survey responses (scrolls)">
          <table className="w-full text-sm">
            <thead className="sticky top-0 bg-white">
              <tr>
                <th className={th}>Date</th>
                <th className={th}>Survey</th>
                <th className={`${th} text-right`}>Score</th>
                <th className={`${th} w-full`}>Comment</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {surveys.map((s) => (
                <tr key={s.response_id}>
                  <td className={`${td} whitespace-nowrap`}>{formatDay(s.responded_at)}</td>
                  <td className={`${td} uppercase`}>{s.survey}</td>
                  <td className={`${td} whitespace-nowrap text-right`}>
                    <span className={`rounded px-1.5 py-0.5 font-medium tabular-nums ${tone(s)}`}>{s.score}</span>
                    <span className="ml-1 text-xs text-slate-500">/{SCALE[s.survey].split("–")[1]}</span>
                  </td>
                  <td className={`${td} ${s.comment ? "" : "text-slate-500"}`}>{s.comment ? `“${s.comment}”` : "No comment"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </DetailSection>
  );
}
