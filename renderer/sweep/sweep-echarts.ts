/**
 * Registers the ECharts parts the sweep charts use beyond the workbench's shared set (heat
 * map and its colour scale), in the same `echarts/core` registry the shared chart component
 * renders with. Imported for its effect by the sweep view only.
 */
import * as echarts from 'echarts/core';
import { HeatmapChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, VisualMapContinuousComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([HeatmapChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, VisualMapContinuousComponent, SVGRenderer]);
