import { expect, it } from 'vitest';
import { kpiChartSpec } from '../../../src/engine/charts/kpi-chart-spec.ts';
import { kpiReport, seriesFrom } from './chart-kpis.ts';

// The whole spec of a small KPI, so that any change to layers, encodings or data reads as a diff.
it('writes the spec of a two-month KPI with a target and a review', () => {
  const kpi = kpiReport({
    title: 'Signups',
    grain: 'month',
    series: seriesFrom('2026-10', [40, 55]),
    baseline: { period: '2026-10', value: 40, given: false, end: '2026-10-31' },
    target: { value: 80, by: '2026-12', deadline: '2026-12-31' },
  });
  const spec = kpiChartSpec(kpi, {
    locale: 'en-US',
    width: 480,
    height: 240,
    reviewPeriods: [{ period: '2026-11', title: 'November review' }],
  });
  expect(spec).toMatchInlineSnapshot(`
    {
      "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
      "autosize": {
        "contains": "padding",
        "type": "fit",
      },
      "background": "#ffffff",
      "config": {
        "aria": false,
        "axis": {
          "domainColor": "#6b7280",
          "labelColor": "#374151",
          "labelFontSize": 11,
          "labelPadding": 6,
        },
        "font": "system-ui, -apple-system, "Segoe UI", Roboto, sans-serif",
        "text": {
          "color": "#374151",
          "fontSize": 11,
        },
        "view": {
          "stroke": null,
        },
      },
      "datasets": {
        "actuals": [
          {
            "period": "2026-10",
            "text": "40",
            "x": "2026-10-31",
            "y": 40,
          },
          {
            "period": "2026-11",
            "text": "55",
            "x": "2026-11-30",
            "y": 55,
          },
        ],
        "forecast": [],
        "frame": [
          {
            "t": 1793404800000,
            "t2": 1798675200000,
          },
        ],
        "legend": [
          {
            "color": "#1d5fa8",
            "dash": [],
            "fill": "#1d5fa8",
            "kind": "line",
            "name": "Actual",
            "pc": 9,
            "px": 0,
            "px2": 18,
            "py": -20,
            "shape": "circle",
            "size": 0,
            "strokeWidth": 2,
            "tx": 23,
          },
          {
            "color": "#6b7280",
            "dash": [],
            "fill": "transparent",
            "kind": "point",
            "name": "Baseline",
            "pc": 85,
            "px": 76,
            "px2": 94,
            "py": -20,
            "shape": "square",
            "size": 77,
            "strokeWidth": 1.5,
            "tx": 99,
          },
          {
            "color": "#111827",
            "dash": [],
            "fill": "#111827",
            "kind": "point",
            "name": "Target",
            "pc": 174,
            "px": 165,
            "px2": 183,
            "py": -20,
            "shape": "diamond",
            "size": 77,
            "strokeWidth": 1.5,
            "tx": 188,
          },
          {
            "color": "#6b7280",
            "dash": [
              6,
              4,
            ],
            "fill": "#6b7280",
            "kind": "line",
            "name": "Pace",
            "pc": 250,
            "px": 241,
            "px2": 259,
            "py": -20,
            "shape": "circle",
            "size": 0,
            "strokeWidth": 1.5,
            "tx": 264,
          },
          {
            "color": "#7c3aed",
            "dash": [],
            "fill": "#7c3aed",
            "kind": "line",
            "name": "Review",
            "pc": 313,
            "px": 304,
            "px2": 322,
            "py": -20,
            "shape": "circle",
            "size": 0,
            "strokeWidth": 1,
            "tx": 327,
          },
        ],
        "markers": [
          {
            "fill": "transparent",
            "name": "Baseline",
            "period": "2026-10",
            "shape": "square",
            "size": 110,
            "stroke": "#6b7280",
            "text": "40",
            "x": "2026-10-31",
            "y": 40,
          },
          {
            "fill": "#111827",
            "name": "Target",
            "period": "2026-12",
            "shape": "diamond",
            "size": 110,
            "stroke": "#111827",
            "text": "80",
            "x": "2026-12-31",
            "y": 80,
          },
        ],
        "notes": [],
        "pace": [
          {
            "x": "2026-10-31",
            "y": 40,
          },
          {
            "x": "2026-12-31",
            "y": 80,
          },
        ],
        "reviews": [
          {
            "period": "2026-11",
            "title": "November review",
            "x": "2026-11-30",
          },
        ],
        "toDate": [],
        "xTicks": [
          {
            "label": "October 2026",
            "t": 1793404800000,
          },
          {
            "label": "November 2026",
            "t": 1795996800000,
          },
          {
            "label": "December 2026",
            "t": 1798675200000,
          },
        ],
        "yTicks": [
          {
            "label": "40",
            "y": 40,
          },
          {
            "label": "60",
            "y": 60,
          },
          {
            "label": "80",
            "y": 80,
          },
        ],
        "zones": [],
      },
      "description": "Line chart of Signups by month from October 2026 to November 2026; latest 55 in November 2026, target 80 by December 2026.",
      "encoding": {
        "x": {
          "axis": {
            "domain": false,
            "grid": false,
            "labelExpr": "data('xTicks')[indexof(pluck(data('xTicks'), 't'), +datum.value)].label",
            "labelFlush": false,
            "labelOverlap": false,
            "ticks": false,
            "values": {
              "expr": "pluck(data('xTicks'), 't')",
            },
          },
          "field": "x",
          "scale": {
            "domain": {
              "expr": "length(data('frame')) ? [data('frame')[0].t, data('frame')[0].t2] : [0, 1]",
            },
            "nice": false,
            "padding": 10,
            "type": "utc",
          },
          "title": null,
          "type": "temporal",
        },
        "y": {
          "axis": {
            "domain": false,
            "grid": false,
            "labelExpr": "data('yTicks')[indexof(pluck(data('yTicks'), 'y'), +datum.value)].label",
            "labelOverlap": false,
            "ticks": false,
            "values": {
              "expr": "pluck(data('yTicks'), 'y')",
            },
          },
          "field": "y",
          "scale": {
            "domain": {
              "expr": "length(data('yTicks')) ? extent(pluck(data('yTicks'), 'y')) : [0, 1]",
            },
          },
          "title": null,
          "type": "quantitative",
        },
      },
      "height": 240,
      "layer": [
        {
          "data": {
            "name": "zones",
          },
          "encoding": {
            "color": {
              "field": "color",
              "scale": null,
              "type": "nominal",
            },
            "tooltip": [
              {
                "field": "name",
                "title": "Zone",
              },
              {
                "field": "text",
                "title": "Values",
              },
            ],
            "x": {
              "value": 0,
            },
            "x2": {
              "value": "width",
            },
            "y2": {
              "field": "y2",
            },
          },
          "mark": {
            "opacity": 0.45,
            "type": "rect",
          },
        },
        {
          "data": {
            "name": "frame",
          },
          "encoding": {
            "x": {
              "field": "t",
              "type": "temporal",
            },
            "x2": {
              "field": "t2",
            },
            "y": {
              "value": "height",
            },
          },
          "mark": {
            "color": "#6b7280",
            "type": "rule",
          },
        },
        {
          "data": {
            "name": "yTicks",
          },
          "encoding": {
            "x": {
              "value": 0,
            },
            "x2": {
              "value": "width",
            },
          },
          "mark": {
            "color": "#e5e7eb",
            "strokeWidth": 1,
            "type": "rule",
          },
        },
        {
          "data": {
            "name": "xTicks",
          },
          "encoding": {
            "x": {
              "field": "t",
              "type": "temporal",
            },
            "y": {
              "value": "height",
            },
            "y2": {
              "value": "height",
            },
          },
          "mark": {
            "color": "#6b7280",
            "type": "rule",
            "y2Offset": 4,
          },
        },
        {
          "data": {
            "name": "reviews",
          },
          "encoding": {
            "tooltip": [
              {
                "field": "title",
                "title": "Review",
              },
              {
                "field": "period",
                "title": "Period",
              },
            ],
            "y": {
              "value": 0,
            },
            "y2": {
              "value": "height",
            },
          },
          "mark": {
            "color": "#7c3aed",
            "opacity": 0.8,
            "strokeWidth": 1,
            "type": "rule",
          },
        },
        {
          "data": {
            "name": "reviews",
          },
          "encoding": {
            "tooltip": [
              {
                "field": "title",
                "title": "Review",
              },
              {
                "field": "period",
                "title": "Period",
              },
            ],
            "y": {
              "value": 0,
            },
          },
          "mark": {
            "color": "#7c3aed",
            "filled": true,
            "opacity": 1,
            "shape": "triangle-down",
            "size": 40,
            "type": "point",
          },
        },
        {
          "data": {
            "name": "pace",
          },
          "mark": {
            "color": "#6b7280",
            "strokeDash": [
              6,
              4,
            ],
            "strokeWidth": 1.5,
            "type": "line",
          },
        },
        {
          "data": {
            "name": "forecast",
          },
          "mark": {
            "color": "#b45309",
            "strokeDash": [
              2,
              3,
            ],
            "strokeWidth": 2,
            "type": "line",
          },
        },
        {
          "data": {
            "name": "actuals",
          },
          "mark": {
            "color": "#1d5fa8",
            "invalid": "break-paths-show-domains",
            "strokeWidth": 2,
            "type": "line",
          },
        },
        {
          "data": {
            "name": "actuals",
          },
          "encoding": {
            "tooltip": [
              {
                "field": "period",
                "title": "Period",
              },
              {
                "field": "text",
                "title": "Value",
              },
            ],
          },
          "mark": {
            "color": "#1d5fa8",
            "filled": true,
            "invalid": "filter",
            "opacity": 1,
            "size": 28,
            "type": "point",
          },
        },
        {
          "data": {
            "name": "toDate",
          },
          "mark": {
            "color": "#1d5fa8",
            "opacity": 0.8,
            "strokeDash": [
              3,
              3,
            ],
            "strokeWidth": 1.5,
            "type": "line",
          },
        },
        {
          "data": {
            "name": "toDate",
          },
          "encoding": {
            "tooltip": [
              {
                "field": "period",
                "title": "Period",
              },
              {
                "field": "text",
                "title": "Value",
              },
            ],
          },
          "mark": {
            "fill": "#ffffff",
            "filled": true,
            "opacity": 1,
            "size": 40,
            "stroke": "#1d5fa8",
            "strokeWidth": 1.5,
            "type": "point",
          },
          "transform": [
            {
              "filter": "datum.partial",
            },
          ],
        },
        {
          "data": {
            "name": "markers",
          },
          "encoding": {
            "fill": {
              "field": "fill",
              "scale": null,
              "type": "nominal",
            },
            "shape": {
              "field": "shape",
              "scale": null,
              "type": "nominal",
            },
            "size": {
              "field": "size",
              "scale": null,
              "type": "quantitative",
            },
            "stroke": {
              "field": "stroke",
              "scale": null,
              "type": "nominal",
            },
            "tooltip": [
              {
                "field": "name",
                "title": "Mark",
              },
              {
                "field": "period",
                "title": "Period",
              },
              {
                "field": "text",
                "title": "Value",
              },
            ],
          },
          "mark": {
            "opacity": 1,
            "strokeWidth": 1.5,
            "type": "point",
          },
        },
        {
          "data": {
            "name": "legend",
          },
          "encoding": {
            "color": {
              "field": "color",
              "scale": null,
              "type": "nominal",
            },
            "strokeDash": {
              "field": "dash",
              "scale": null,
              "type": "nominal",
            },
            "strokeWidth": {
              "field": "strokeWidth",
              "scale": null,
              "type": "quantitative",
            },
            "x": {
              "field": "px",
              "scale": null,
              "type": "quantitative",
            },
            "x2": {
              "field": "px2",
            },
            "y": {
              "field": "py",
              "scale": null,
              "type": "quantitative",
            },
          },
          "mark": {
            "type": "rule",
          },
          "transform": [
            {
              "filter": "datum.kind === 'line'",
            },
          ],
        },
        {
          "data": {
            "name": "legend",
          },
          "encoding": {
            "fill": {
              "field": "fill",
              "scale": null,
              "type": "nominal",
            },
            "shape": {
              "field": "shape",
              "scale": null,
              "type": "nominal",
            },
            "size": {
              "field": "size",
              "scale": null,
              "type": "quantitative",
            },
            "stroke": {
              "field": "color",
              "scale": null,
              "type": "nominal",
            },
            "x": {
              "field": "pc",
              "scale": null,
              "type": "quantitative",
            },
            "y": {
              "field": "py",
              "scale": null,
              "type": "quantitative",
            },
          },
          "mark": {
            "opacity": 1,
            "strokeWidth": 1.5,
            "type": "point",
          },
          "transform": [
            {
              "filter": "datum.kind === 'point'",
            },
          ],
        },
        {
          "data": {
            "name": "legend",
          },
          "encoding": {
            "text": {
              "field": "name",
            },
            "x": {
              "field": "tx",
              "scale": null,
              "type": "quantitative",
            },
            "y": {
              "field": "py",
              "scale": null,
              "type": "quantitative",
            },
          },
          "mark": {
            "align": "left",
            "baseline": "middle",
            "type": "text",
          },
        },
        {
          "data": {
            "name": "notes",
          },
          "encoding": {
            "text": {
              "field": "text",
            },
            "x": {
              "value": {
                "expr": "width / 2",
              },
            },
            "y": {
              "value": {
                "expr": "height / 2",
              },
            },
          },
          "mark": {
            "align": "center",
            "baseline": "middle",
            "fontSize": 14,
            "type": "text",
          },
        },
      ],
      "padding": 6,
      "width": 480,
    }
  `);
});
