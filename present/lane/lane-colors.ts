/**
 * The lane diagram's colours, one set for the editor's stylesheet and the report's SVG:
 * ordinary routes slate, alarm routes and the secondary stations they lead to in
 * Okabe–Ito vermillion (told apart from the slate by colour-blind readers too, and dashed
 * besides, so the difference never rests on colour alone).
 */
export const LANE_COLORS = {
  edge: '#64748b',
  alarm: '#d55e00',
  /** Darker vermillion for text on white (contrast ≥ 4.5:1). */
  alarmText: '#a04600',
  labelText: '#1e293b',
  labelBorder: '#cbd5e1',
  secondaryFill: '#fff7ed',
} as const;
