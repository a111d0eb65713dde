/**
 * The computed styles a capture copies onto each cloned node. Copying only these (instead of
 * every property) makes a capture several times faster; the list covers what the charts, the
 * heatmap grid and the frame use. Add a property here if an export ever renders differently.
 */
export const CAPTURE_STYLE_PROPERTIES: string[] = [
  "display", "position", "top", "right", "bottom", "left", "z-index", "box-sizing",
  "width", "height", "min-width", "min-height", "max-width", "max-height",
  "margin-top", "margin-right", "margin-bottom", "margin-left",
  "padding-top", "padding-right", "padding-bottom", "padding-left",
  "border-top-width", "border-right-width", "border-bottom-width", "border-left-width",
  "border-top-style", "border-right-style", "border-bottom-style", "border-left-style",
  "border-top-color", "border-right-color", "border-bottom-color", "border-left-color",
  "border-top-left-radius", "border-top-right-radius", "border-bottom-left-radius", "border-bottom-right-radius",
  "background-color", "background-image", "color", "opacity", "visibility", "box-shadow",
  "font-family", "font-size", "font-weight", "font-style", "font-variant-numeric", "font-feature-settings",
  "line-height", "letter-spacing", "text-align", "text-transform", "text-decoration-line",
  "white-space", "text-overflow", "overflow-x", "overflow-y", "vertical-align", "-webkit-font-smoothing",
  "flex-direction", "flex-wrap", "flex-grow", "flex-shrink", "flex-basis",
  "align-items", "align-self", "justify-content", "justify-items", "row-gap", "column-gap",
  "grid-template-columns", "grid-template-rows", "grid-column-start", "grid-column-end",
  "grid-row-start", "grid-row-end", "grid-auto-flow", "grid-auto-columns", "grid-auto-rows",
  "transform", "transform-origin", "clip-path",
  "fill", "fill-opacity", "stroke", "stroke-width", "stroke-opacity", "stroke-dasharray",
  "stroke-linecap", "stroke-linejoin", "text-anchor", "dominant-baseline",
  "border-collapse", "border-spacing", "table-layout",
];
