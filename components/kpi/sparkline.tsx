/** A tiny trend line that scales to its box; nulls break the line instead of dropping to zero. */
export function Sparkline({ values, color, height = 28 }: { values: readonly (number | null)[]; color: string; height?: number }) {
  const numbers = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (values.length < 2 || numbers.length === 0) return <div style={{ height }} aria-hidden="true" />;
  const min = Math.min(...numbers);
  const max = Math.max(...numbers);
  const span = max - min || 1;
  const w = 100;
  const h = 100;
  const x = (i: number) => (i / (values.length - 1)) * w;
  const y = (v: number) => h - 8 - ((v - min) / span) * (h - 16);
  let path = "";
  let pen = false;
  const dots: [number, number][] = [];
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      pen = false;
      return;
    }
    const isolated = (i === 0 || values[i - 1] === null) && (i === values.length - 1 || values[i + 1] === null);
    if (isolated) dots.push([x(i), y(v)]);
    path += `${pen ? "L" : "M"}${x(i).toFixed(2)},${y(v).toFixed(2)}`;
    pen = true;
  });
  return (
    <svg aria-hidden="true" viewBox={`0 0 ${w} ${h}`} preserveAspectRatio="none" className="block w-full" style={{ height }}>
      <path d={path} fill="none" stroke={color} strokeWidth={1.75} vectorEffect="non-scaling-stroke" strokeLinejoin="round" />
      {dots.map(([cx, cy]) => (
        <path key={`${cx}`} d={`M${cx},${cy}l0,0`} stroke={color} strokeWidth={4} strokeLinecap="round" vectorEffect="non-scaling-stroke" />
      ))}
    </svg>
  );
}
