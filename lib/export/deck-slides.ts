import type PptxGenJS from "pptxgenjs";
import type { DeckCartesian, DeckChartData, DeckSeries, DeckTable, DeckValueFormat } from "./deck-chart";
import { splitRows } from "./deck-chart";
import { SLIDE, tileGrid } from "./deck-layout";
import { formatMonth } from "@/lib/format";
import { dataThroughText, exportFootnote, exportSubtitle, generatedOnText, type ExportFilters, type ExportPeriod } from "./labels";

export interface DeckKpi {
  label: string;
  value: string;
  change?: string;
  tone?: "good" | "bad" | "flat" | "none";
}

export interface DeckChartSlide {
  id: string;
  title: string;
  definition: string;
  isEmpty: boolean;
  emptyMessage?: string;
  /** Replaces the period in the subtitle when the chart covers another range (the cohorts). */
  exportPeriod?: string;
  deck?: DeckChartData;
  /** What happened in the months the chart marks, listed on the slide. */
  annotations?: { month: string; text: string }[];
}

export interface DeckInput {
  dashboard: string;
  period: ExportPeriod;
  filters: ExportFilters;
  dataThrough: string;
  kpis: DeckKpi[];
  charts: DeckChartSlide[];
  generatedAt: Date;
  /** A theme colour name as RRGGBB (the browser resolves the CSS variables). */
  color: (name: string) => string;
  /** A blank commentary box beside every chart (the board pack). */
  commentary?: boolean;
}

type Pptx = InstanceType<typeof PptxGenJS>;
type Slide = ReturnType<Pptx["addSlide"]>;

const FONT = "Arial";
const INK = "0F172A";
const MUTED = "64748B";
const GRID = "E2E8F0";
const TONE_COLOR: Record<NonNullable<DeckKpi["tone"]>, string> = { good: "047857", bad: "B91C1C", flat: MUTED, none: "94A3B8" };
/** Table slides hold this many rows; more are split over further slides. */
const TABLE_ROWS_PER_SLIDE = 12;

const FORMAT_CODE: Record<DeckValueFormat, string> = {
  money: '"$"#,##0',
  percent: '0"%"',
  number: "#,##0",
  decimal: "#,##0.0",
  hours: '#,##0.0" h"',
};

const FULL_BOX = { x: 0.4, y: 1.05, w: SLIDE.width - 0.8, h: 3.7 };
const COMMENTARY_W = 2.6;

function chartBox(input: Pick<DeckInput, "commentary">) {
  return input.commentary ? { ...FULL_BOX, w: FULL_BOX.w - COMMENTARY_W - 0.2 } : FULL_BOX;
}

/** Title, subtitle and footnote of a chart slide; the footnote also goes to the speaker notes. */
function frameSlide(pptx: Pptx, input: DeckInput, chart: DeckChartSlide, part?: string): Slide {
  const slide = pptx.addSlide();
  const title = part ? `${chart.title} (${part})` : chart.title;
  slide.addText(title, {
    x: 0.4,
    y: 0.2,
    w: SLIDE.width - 0.8,
    h: 0.5,
    fontFace: FONT,
    fontSize: 20,
    bold: true,
    color: INK,
    fit: "shrink",
  });
  slide.addText(exportSubtitle(input.period, input.filters, chart.exportPeriod), {
    x: 0.4,
    y: 0.68,
    w: SLIDE.width - 0.8,
    h: 0.3,
    fontFace: FONT,
    fontSize: 11,
    color: MUTED,
  });
  const notes = chart.annotations?.length
    ? `Annotations: ${chart.annotations.map((a) => `${formatMonth(a.month)}: ${a.text}`).join(" · ")}.\n`
    : "";
  const footnote = `${notes}${exportFootnote(chart.definition, input.dataThrough)}`;
  slide.addText(footnote, {
    x: 0.4,
    y: SLIDE.height - 0.78,
    w: SLIDE.width - 0.8,
    h: 0.6,
    fontFace: FONT,
    fontSize: 9,
    color: MUTED,
    valign: "top",
    fit: "shrink",
  });
  slide.addNotes(`${title}. ${footnote}`);
  if (input.commentary) addCommentaryBox(slide);
  return slide;
}

/** An empty, bordered box titled "Commentary" for whoever presents the slide. */
function addCommentaryBox(slide: Slide) {
  const box = { x: SLIDE.width - 0.4 - COMMENTARY_W, y: FULL_BOX.y, w: COMMENTARY_W, h: FULL_BOX.h };
  slide.addShape("rect", { ...box, fill: { color: "F8FAFC" }, line: { color: "CBD5E1", width: 0.75 } });
  slide.addText("Commentary", {
    x: box.x + 0.1,
    y: box.y + 0.05,
    w: box.w - 0.2,
    h: 0.3,
    fontFace: FONT,
    fontSize: 10,
    bold: true,
    color: MUTED,
  });
  slide.addText("", {
    x: box.x + 0.1,
    y: box.y + 0.4,
    w: box.w - 0.2,
    h: box.h - 0.5,
    fontFace: FONT,
    fontSize: 11,
    color: INK,
    valign: "top",
    objectName: "commentary",
  });
}

interface Group {
  kind: "bar" | "line";
  axis: "left" | "right";
  dashed: boolean;
  series: DeckSeries[];
}

function groups(chart: DeckCartesian): Group[] {
  const out: Group[] = [];
  for (const s of chart.series) {
    const dashed = s.kind === "line" && Boolean(s.dashed);
    let group = out.find((g) => g.kind === s.kind && g.axis === s.axis && g.dashed === dashed);
    if (!group) out.push((group = { kind: s.kind, axis: s.axis, dashed, series: [] }));
    group.series.push(s);
  }
  // Bars first, so lines are drawn over them.
  return out.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "bar" ? -1 : 1));
}

function addCartesian(pptx: Pptx, slide: Slide, chart: DeckCartesian, input: DeckInput, title: string) {
  const all = groups(chart);
  const hasRight = all.some((g) => g.axis === "right");
  const typeOf = (g: Group) => (g.kind === "bar" ? pptx.ChartType.bar : pptx.ChartType.line);
  const groupOptions = (g: Group) => ({
    chartColors:
      g.series.length === 1 && chart.pointColors && g.kind === "bar"
        ? order(chart.pointColors).map(input.color)
        : g.series.map((s) => input.color(s.color)),
    barGrouping: chart.stacked && g.kind === "bar" ? "stacked" : "clustered",
    barDir: chart.horizontal ? "bar" : "col",
    barGapWidthPct: 60,
    lineSize: g.dashed ? 1.5 : 2.25,
    lineDash: g.dashed ? ("dash" as const) : ("solid" as const),
    lineDataSymbol: "none" as const,
    secondaryValAxis: g.axis === "right",
    secondaryCatAxis: g.axis === "right",
  });
  // A horizontal bar chart lists its first category at the bottom; reversed, it reads top-down like the screen.
  const order = <T>(list: readonly T[]) => (chart.horizontal ? [...list].reverse() : [...list]);
  const data = (g: Group) => g.series.map((s) => ({ name: s.label, labels: order(chart.categories), values: order(s.values) as number[] }));
  const axisText = {
    catAxisLabelColor: MUTED,
    valAxisLabelColor: MUTED,
    catAxisLabelFontSize: 9,
    valAxisLabelFontSize: 9,
    catAxisLabelFontFace: FONT,
    valAxisLabelFontFace: FONT,
  };
  const common = {
    ...chartBox(input),
    altText: title,
    showLegend: chart.series.length > 1 && !chart.pointColors,
    legendPos: "b" as const,
    legendFontSize: 9,
    legendFontFace: FONT,
    legendColor: MUTED,
    valGridLine: { color: GRID, size: 0.75 },
    catGridLine: { style: "none" as const },
    ...axisText,
  };
  if (all.length === 1) {
    const g = all[0];
    slide.addChart(typeOf(g), data(g), {
      ...common,
      ...groupOptions(g),
      secondaryValAxis: false,
      secondaryCatAxis: false,
      valAxisLabelFormatCode: FORMAT_CODE[chart.format],
    });
    return;
  }
  // A multi-type chart takes its options in place of the data (pptxgenjs's own signature).
  slide.addChart(
    all.map((g) => ({ type: typeOf(g), data: data(g), options: groupOptions(g) })),
    null as unknown as [],
    {
      ...common,
      valAxes: hasRight
        ? [
            { valAxisLabelFormatCode: FORMAT_CODE[chart.format], ...axisText },
            { valAxisLabelFormatCode: FORMAT_CODE[chart.rightFormat ?? chart.format], valGridLine: { style: "none" }, ...axisText },
          ]
        : undefined,
      catAxes: hasRight ? [{ ...axisText }, { catAxisHidden: true }] : undefined,
      valAxisLabelFormatCode: FORMAT_CODE[chart.format],
    } as PptxGenJS.IChartOpts,
  );
}

/** White mixed with `share` of a colour, as RRGGBB. */
function mix(hex: string, share: number): string {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16);
    return Math.round(255 + (c - 255) * share)
      .toString(16)
      .padStart(2, "0");
  };
  return `${channel(0)}${channel(2)}${channel(4)}`.toUpperCase();
}

function addTableSlides(pptx: Pptx, input: DeckInput, chart: DeckChartSlide, table: DeckTable) {
  const pages = splitRows(table.rows, TABLE_ROWS_PER_SLIDE);
  pages.forEach((rows, page) => {
    const part = pages.length > 1 ? `${page + 1} of ${pages.length}` : undefined;
    const shown = table.rowsPeriod?.(rows.map((r) => r.key ?? ""));
    const slide = frameSlide(pptx, input, shown ? { ...chart, exportPeriod: shown } : chart, part);
    const header = table.header.map((text) => ({ text, options: { bold: true, color: MUTED, fill: { color: "F8FAFC" } } }));
    const body = rows.map((row) =>
      row.cells.map((text, i) => {
        const fill = row.fills?.[i];
        const strong = fill && fill.share > 0.47;
        return {
          text,
          options: fill ? { fill: { color: mix(input.color(fill.color), fill.share) }, color: strong ? "FFFFFF" : INK } : { color: INK },
        };
      }),
    );
    const first = [0.75, 0.75, 0.85];
    const box = chartBox(input);
    const rest = (box.w - first.reduce((a, b) => a + b, 0)) / Math.max(1, table.header.length - first.length);
    slide.addTable([header, ...body], {
      ...box,
      h: undefined,
      colW: table.header.map((_, i) => first[i] ?? rest),
      fontFace: FONT,
      fontSize: 9,
      align: "center",
      valign: "middle",
      rowH: 0.25,
      border: { type: "solid", pt: 0.5, color: "FFFFFF" },
      margin: 0.02,
    });
  });
}

function addChartSlides(pptx: Pptx, input: DeckInput, chart: DeckChartSlide) {
  if (chart.deck?.type === "table" && !chart.isEmpty) return addTableSlides(pptx, input, chart, chart.deck);
  const slide = frameSlide(pptx, input, chart);
  if (chart.isEmpty || chart.deck?.type !== "cartesian") {
    slide.addText(chart.emptyMessage ?? "No data for this period and filters.", {
      ...chartBox(input),
      fontFace: FONT,
      fontSize: 14,
      color: MUTED,
      align: "center",
      valign: "middle",
    });
    return;
  }
  addCartesian(pptx, slide, chart.deck, input, chart.title);
}

function addTitleSlide(pptx: Pptx, input: DeckInput, kicker: string, heading: string, subtitle: string) {
  const title = pptx.addSlide();
  title.addText(kicker, { x: 0.7, y: 1.4, w: 8.6, h: 0.4, fontFace: FONT, fontSize: 16, bold: true, color: input.color("chart-1") });
  title.addText(heading, { x: 0.7, y: 1.85, w: 8.6, h: 0.9, fontFace: FONT, fontSize: 40, bold: true, color: INK });
  title.addText(subtitle, { x: 0.7, y: 2.85, w: 8.6, h: 0.45, fontFace: FONT, fontSize: 18, color: "475569" });
  title.addText(`${dataThroughText(input.dataThrough)} · ${generatedOnText(input.generatedAt)}`, {
    x: 0.7,
    y: 3.4,
    w: 8.6,
    h: 0.35,
    fontFace: FONT,
    fontSize: 12,
    color: MUTED,
  });
}

/** Title slide, headline-numbers slide, then one slide per chart holding a native, editable chart (or a table). */
export function buildPresentation(Pptx: typeof PptxGenJS, input: DeckInput): Pptx {
  const pptx = new Pptx();
  pptx.layout = "LAYOUT_16x9";
  pptx.title = `${input.dashboard} · Customer metrics`;
  const subtitle = exportSubtitle(input.period, input.filters);
  addTitleSlide(pptx, input, input.dashboard, "Customer metrics", subtitle);
  addKpiSlide(pptx, "Headline numbers", subtitle, input.kpis);
  for (const chart of input.charts) addChartSlides(pptx, input, chart);
  return pptx;
}

export interface BoardPackInput extends Omit<DeckInput, "kpis" | "dashboard" | "commentary"> {
  /** The pack's month (YYYY-MM) and its name, e.g. "October 2026". */
  month: string;
  monthName: string;
  kpiTable: { header: string[]; rows: string[][] };
  annotations: { date: string; label: string; segment: string | null }[];
}

/**
 * The monthly board pack: title, KPI table (this month, last month, a year before, plan), the
 * Executive and CS charts of the twelve months to date, the period's annotations, each with a blank
 * commentary box.
 */
export function buildBoardPack(Pptx: typeof PptxGenJS, input: BoardPackInput): Pptx {
  const pptx = new Pptx();
  pptx.layout = "LAYOUT_16x9";
  pptx.title = `Board pack · ${input.monthName}`;
  const deck: DeckInput = { ...input, dashboard: "Board pack", kpis: [], commentary: true };
  addTitleSlide(pptx, deck, "Board pack", input.monthName, exportSubtitle(input.period, input.filters));

  const kpis = pptx.addSlide();
  kpis.addText(`Headline numbers · ${input.monthName}`, {
    x: 0.4,
    y: 0.2,
    w: 9.2,
    h: 0.5,
    fontFace: FONT,
    fontSize: 20,
    bold: true,
    color: INK,
  });
  kpis.addText(exportSubtitle({ from: input.month, to: input.month }, input.filters), {
    x: 0.4,
    y: 0.68,
    w: 9.2,
    h: 0.3,
    fontFace: FONT,
    fontSize: 11,
    color: MUTED,
  });
  const header = input.kpiTable.header.map((text) => ({ text, options: { bold: true, color: MUTED, fill: { color: "F8FAFC" } } }));
  const rows = input.kpiTable.rows.map((row) =>
    row.map((text, i) => ({ text, options: { color: INK, bold: i === 1, align: i === 0 ? ("left" as const) : ("right" as const) } })),
  );
  kpis.addTable([header, ...rows], {
    x: 0.4,
    y: 1.05,
    w: 6.2,
    colW: [1.8, 1.1, 1.1, 1.2, 1.0],
    fontFace: FONT,
    fontSize: 10,
    rowH: 0.26,
    border: { type: "solid", pt: 0.5, color: GRID },
    margin: 0.04,
  });
  addCommentaryBox(kpis);
  kpis.addNotes(`Headline numbers for ${input.monthName}. ${dataThroughText(input.dataThrough)}.`);

  for (const chart of input.charts) addChartSlides(pptx, deck, chart);

  const notes = pptx.addSlide();
  notes.addText("What happened", { x: 0.4, y: 0.2, w: 9.2, h: 0.5, fontFace: FONT, fontSize: 20, bold: true, color: INK });
  notes.addText(`Annotations · ${exportSubtitle(input.period, input.filters)}`, {
    x: 0.4,
    y: 0.68,
    w: 9.2,
    h: 0.3,
    fontFace: FONT,
    fontSize: 11,
    color: MUTED,
  });
  const items = input.annotations.length
    ? input.annotations.map((a) => ({
        text: `${a.date} · ${a.label}${a.segment ? ` (${a.segment})` : ""}`,
        options: { bullet: true, breakLine: true },
      }))
    : [{ text: "No annotations in this period.", options: { color: MUTED } }];
  notes.addText(items, { x: 0.4, y: 1.05, w: 6.2, h: 3.7, fontFace: FONT, fontSize: 12, color: INK, valign: "top", fit: "shrink" });
  addCommentaryBox(notes);
  return pptx;
}

function addKpiSlide(pptx: Pptx, heading: string, subtitle: string, kpis: DeckKpi[]): Slide {
  const summary = pptx.addSlide();
  summary.addText(heading, { x: 0.5, y: 0.3, w: 9, h: 0.5, fontFace: FONT, fontSize: 24, bold: true, color: INK });
  summary.addText(subtitle, { x: 0.5, y: 0.8, w: 9, h: 0.3, fontFace: FONT, fontSize: 12, color: MUTED });
  const dense = kpis.length > 16;
  const boxes = tileGrid(kpis.length, { x: 0.5, y: 1.25, w: 9, h: SLIDE.height - 1.6 }, dense ? 6 : 4, dense ? 0.1 : 0.15);
  kpis.forEach((kpi, i) => {
    const b = boxes[i];
    summary.addShape(pptx.ShapeType.roundRect, {
      x: b.x,
      y: b.y,
      w: b.w,
      h: b.h,
      fill: { color: "F8FAFC" },
      line: { color: GRID, width: 0.75 },
      rectRadius: 0.06,
    });
    const rows = [
      { text: kpi.label, options: { fontSize: dense ? 8 : 10, color: MUTED, breakLine: true } },
      { text: kpi.value, options: { fontSize: dense ? 15 : 22, bold: true, color: INK, breakLine: Boolean(kpi.change) } },
      ...(kpi.change ? [{ text: kpi.change, options: { fontSize: dense ? 7 : 9, color: TONE_COLOR[kpi.tone ?? "flat"] } }] : []),
    ];
    summary.addText(rows, { x: b.x + 0.05, y: b.y, w: b.w - 0.1, h: b.h, fontFace: FONT, valign: "middle", margin: 4, fit: "shrink" });
  });
  return summary;
}
