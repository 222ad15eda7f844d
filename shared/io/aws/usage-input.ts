// Actual cost per service and month, from `aws ce get-cost-and-usage --granularity MONTHLY
// --metrics UnblendedCost --group-by Type=DIMENSION,Key=SERVICE` (JSON: ResultsByTime[] with
// TimePeriod.Start, Estimated, Groups[].Keys[0] and Groups[].Metrics.UnblendedCost.Amount), or
// from the Cost Explorer console's CSV download (one column per service, one row per month).
// Finer granularity (DAILY) is added up into months.
import type { ServiceCost } from '../../model';
import { readCsv } from './csv-read';
import {
  cleanText,
  describe,
  ImportProblem,
  isObject,
  problemAt,
  readList,
  readMonth,
  readNumber,
  readText,
  readUsd,
  type JsonObject,
} from './aws-values';

// UnblendedCost is what the command asks for; the others are taken when it is absent.
const COST_METRICS = ['UnblendedCost', 'NetUnblendedCost', 'AmortizedCost', 'NetAmortizedCost', 'BlendedCost'];

/** Sums rows of the same month and service (daily rows, or a CSV listing a service twice). */
function summed(rows: ServiceCost[]): ServiceCost[] {
  const byKey = new Map<string, ServiceCost>();
  for (const row of rows) {
    const key = `${row.month}\u0000${row.service}`;
    const had = byKey.get(key);
    if (had === undefined) byKey.set(key, { ...row });
    else {
      had.cost += row.cost;
      had.estimated ||= row.estimated;
    }
  }
  return [...byKey.values()].sort((a, b) =>
    a.month === b.month ? (a.service < b.service ? -1 : 1) : a.month < b.month ? -1 : 1,
  );
}

function checkGroupedByService(root: JsonObject): void {
  const definitions = readList(root, 'GroupDefinitions', [], true);
  definitions.forEach((d, i) => {
    if (isObject(d) && d.Key !== undefined && String(d.Key).toUpperCase() !== 'SERVICE')
      throw problemAt(
        ['GroupDefinitions', i, 'Key'],
        `is ${describe(d.Key)}: group by SERVICE (--group-by Type=DIMENSION,Key=SERVICE)`,
      );
  });
}

function costOf(metrics: unknown, path: (string | number)[]): number {
  if (!isObject(metrics)) throw problemAt(path, 'is missing (expected UnblendedCost)');
  const metric = COST_METRICS.find((m) => m in metrics);
  if (metric === undefined)
    throw problemAt(path, `has no UnblendedCost (found ${Object.keys(metrics).slice(0, 4).join(', ') || 'nothing'})`);
  return readUsd(metrics[metric], [...path, metric]);
}

export function readUsageJson(root: JsonObject): ServiceCost[] {
  checkGroupedByService(root);
  const rows: ServiceCost[] = [];
  readList(root, 'ResultsByTime', []).forEach((result, i) => {
    const path = ['ResultsByTime', i];
    if (!isObject(result)) throw problemAt(path, 'must be an object');
    if (!isObject(result.TimePeriod)) throw problemAt([...path, 'TimePeriod'], 'is missing');
    const month = readMonth(result.TimePeriod.Start, [...path, 'TimePeriod', 'Start']);
    const estimated = result.Estimated === true;
    const groups = readList(result, 'Groups', path, true);
    if (groups.length === 0 && isObject(result.Total)) {
      // No breakdown: a month without usage is fine, a cost without services is not.
      const total = Object.keys(result.Total).length === 0 ? 0 : costOf(result.Total, [...path, 'Total']);
      if (Math.abs(total) > 0.005)
        throw problemAt(
          [...path, 'Groups'],
          'is empty: run get-cost-and-usage with --group-by Type=DIMENSION,Key=SERVICE',
        );
    }
    groups.forEach((group, g) => {
      const gPath = [...path, 'Groups', g];
      if (!isObject(group)) throw problemAt(gPath, 'must be an object');
      const keys = readList(group, 'Keys', gPath);
      const service = cleanText(readText(keys[0], [...gPath, 'Keys', 0]), 500);
      if (service === '') throw problemAt([...gPath, 'Keys', 0], 'is empty');
      rows.push({ month, service, cost: costOf(group.Metrics, [...gPath, 'Metrics']), estimated });
    });
  });
  return summed(rows);
}

const WIDE_COST = /^(.*?)\s*\(\$\)\s*$/;
const MONTH_HEADER = /^(date|month|billing month|usage date|start|time period|period)/i;
const COST_HEADER = /(cost|amount)/i;

/** A CSV row's month, or null for summary rows ("Service total", "Total"). */
function csvMonth(cell: string, line: number): string | null {
  const text = cell.trim();
  if (!/^\d{4}-\d{2}/.test(text)) {
    if (/total/i.test(text) || text === '') return null;
    throw new ImportProblem(`${describe(text)} is not a month`, `line ${line}`);
  }
  return readMonth(text, []);
}

function csvCost(cell: string, line: number, column: string): number {
  const text = cell.trim().replace(/^\$/, '').replace(/,/g, '');
  if (text === '') return 0;
  try {
    return readNumber(text, []);
  } catch {
    throw new ImportProblem(`${describe(cell)} in column ${describe(column)} is not an amount`, `line ${line}`);
  }
}

export function readUsageCsv(text: string): ServiceCost[] {
  const rows = readCsv(text);
  if (rows.length < 2) throw new ImportProblem('the CSV has no rows of costs');
  const header = rows[0].map((h) => h.trim());
  const rowsOut: ServiceCost[] = [];
  if (header.slice(1).some((h) => WIDE_COST.test(h))) {
    // The console's layout: "Service", then "<service>($)" columns, then "Total costs($)".
    const services = header.map((h) => WIDE_COST.exec(h)?.[1].trim() ?? null);
    rows.slice(1).forEach((row, r) => {
      const month = csvMonth(row[0] ?? '', r + 2);
      if (month === null) return;
      services.forEach((service, c) => {
        if (c === 0 || service === null || /^total costs?$/i.test(service)) return;
        const cost = csvCost(row[c] ?? '', r + 2, header[c]);
        if (cost !== 0) rowsOut.push({ month, service: cleanText(service, 500), cost, estimated: false });
      });
    });
  } else {
    // A long table: a month column, a service column and a cost column.
    const monthAt = header.findIndex((h) => MONTH_HEADER.test(h));
    const serviceAt = header.findIndex((h) => /^service/i.test(h));
    const costAt = header.findIndex((h, i) => i !== serviceAt && COST_HEADER.test(h));
    if (monthAt < 0 || serviceAt < 0 || costAt < 0)
      throw new ImportProblem(
        'not a Cost Explorer CSV: expected "<service>($)" columns, or month, service and cost columns',
        'line 1',
      );
    rows.slice(1).forEach((row, r) => {
      const month = csvMonth(row[monthAt] ?? '', r + 2);
      if (month === null) return;
      const service = cleanText(row[serviceAt] ?? '', 500);
      if (service === '') throw new ImportProblem('the service is empty', `line ${r + 2}`);
      rowsOut.push({ month, service, cost: csvCost(row[costAt] ?? '', r + 2, header[costAt]), estimated: false });
    });
  }
  if (rowsOut.length === 0) throw new ImportProblem('the CSV has no monthly costs (no row starts with a month)');
  return summed(rowsOut);
}
