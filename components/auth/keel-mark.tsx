export function KeelMark({ size = 22 }: { size?: number }) {
  return (
    <svg aria-hidden="true" width={size} height={size} viewBox="0 0 24 24" fill="none">
      <path d="M3 14h18l-3 6H6l-3-6Z" fill="#4f46e5" />
      <path d="M12 3v11M12 4l6 8h-6" stroke="#4f46e5" strokeWidth="1.8" strokeLinejoin="round" />
    </svg>
  );
}
