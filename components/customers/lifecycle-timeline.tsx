import type { CustomerDetail } from "@/lib/metrics/customer-detail";
import { DetailSection, Empty, formatDay } from "./detail-section";

export function LifecycleTimeline({ events }: { events: CustomerDetail["lifecycle"] }) {
  return (
    <DetailSection title="Lifecycle" count={events.length} id="lifecycle">
      {events.length === 0 ? (
        <Empty>No lifecycle events.</Empty>
      ) : (
        <div className="max-h-96 overflow-auto pl-2 pt-1" tabIndex={0} role="region" aria-label="Lifecycle events (scrolls)">
          <ol className="relative border-l border-slate-200 pl-5">
            {events.map((e, i) => {
              const current = i === events.length - 1;
              return (
                <li key={`${e.stage}-${e.entered_at}`} className="relative pb-4 last:pb-1">
                  <span
                    aria-hidden="true"
                    className={`absolute -left-[1.6rem] top-1 h-3 w-3 rounded-full ring-4 ring-white ${
                      e.stage === "churn" ? "bg-red-500" : current ? "bg-indigo-600" : "bg-slate-300"
                    }`}
                  />
                  <p className={`text-sm capitalize ${current ? "font-semibold text-slate-900" : "text-slate-700"}`}>
                    {e.stage.replace(/_/g, " ")}
                    {current && <span className="ml-2 text-xs font-normal normal-case text-indigo-700">current</span>}
                  </p>
                  <time dateTime={e.entered_at} className="text-xs text-slate-500">
                    {formatDay(e.entered_at)}
                  </time>
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </DetailSection>
  );
}
