/**
 * ECharts as the workbench's on-screen charts use it: the core with the chart types and
 * components the Results view draws, and the SVG renderer (crisp at any zoom, and what the
 * end-to-end tests read). Imported by the chart component and by the warm-up.
 */
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, VisualMapPiecewiseComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);
// Level of service and utilisation heat maps (piecewise colour scale by band).
echarts.use([HeatmapChart, VisualMapPiecewiseComponent]);

export { echarts };
