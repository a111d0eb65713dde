"use client";

import { forwardRef, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { AnimationControllerProvider } from "recharts";
import { ChartSizeContext } from "@/components/charts/chart";
import { instantAnimation } from "@/components/charts/instant-animation";

/** CSS width of the export frame: close to the cards' on-screen width, so text keeps its size; 1600 px at 2×. */
export const EXPORT_WIDTH = 800;
/** px-8 on each side of the frame. */
const FRAME_PADDING_X = 32;

export interface ExportFrameProps {
  title: string;
  subtitle: string | null;
  footnote: string;
  chartHeight: number;
  /** Light unless a dark image was asked for, whatever the screen shows. */
  theme?: "light" | "dark";
  children: ReactNode;
}

/**
 * The chart as it appears in an image: title, subtitle, the chart with its legend, footnote.
 * Rendered off-screen at a fixed width; the outer wrapper does the hiding so the captured node
 * itself carries no off-screen position.
 */
export const ExportFrame = forwardRef<HTMLDivElement, ExportFrameProps>(function ExportFrame(props, ref) {
  return createPortal(
    <div aria-hidden="true" inert style={{ position: "fixed", left: -20000, top: 0, pointerEvents: "none" }}>
      <div
        ref={ref}
        data-export-frame
        data-theme={props.theme ?? "light"}
        className="flex flex-col bg-white px-8 pb-5 pt-6 font-sans text-slate-900"
        style={{ width: EXPORT_WIDTH }}
      >
        <h2 className="text-xl font-semibold tracking-tight">{props.title}</h2>
        {props.subtitle && <p className="mt-0.5 text-sm text-slate-600">{props.subtitle}</p>}
        <div className="mt-4" style={{ height: props.chartHeight }}>
          <ChartSizeContext.Provider value={{ width: EXPORT_WIDTH - 2 * FRAME_PADDING_X, height: props.chartHeight }}>
            <AnimationControllerProvider value={instantAnimation}>{props.children}</AnimationControllerProvider>
          </ChartSizeContext.Provider>
        </div>
        <p className="mt-4 border-t border-slate-200 pt-2.5 text-xs leading-snug text-slate-500">{props.footnote}</p>
      </div>
    </div>,
    document.body,
  );
});
