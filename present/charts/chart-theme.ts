/** Colours and text styles shared by every chart, matching the stylesheet's variables. */
export const SERIES_COLORS = ['#2563eb', '#d97706', '#059669', '#9333ea', '#dc2626', '#0891b2', '#4d7c0f', '#be185d'];
export const AXIS_COLOR = '#64748b';
export const GRID_COLOR = '#e2e8f0';
export const FONT_FAMILY = "'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', system-ui, sans-serif";

export const baseTextStyle = { fontFamily: FONT_FAMILY, fontSize: 12, color: '#334155' };

export function valueAxis(name: string) {
  return {
    type: 'value' as const,
    name,
    nameGap: 10,
    nameTextStyle: { color: AXIS_COLOR, align: 'left' as const },
    axisLabel: { color: AXIS_COLOR },
    splitLine: { lineStyle: { color: GRID_COLOR } },
  };
}

export const grid = { left: 56, right: 20, top: 36, bottom: 40, containLabel: false };
