import { describe, expect, it } from 'vitest';
import { moneyInputText, parseMoneyInput } from '../../../renderer/src/features/company/money-input';
import { buildExportText, exportFileName } from '../../../renderer/src/features/export/export-file';
import {
  parseDaysPerMonth,
  parseHorizon,
  parseHoursPerMonth,
  parseStartMonth,
} from '../../../renderer/src/features/scenarios/settings-input';
import { renameScenario, updateCompanyProfile, updateScenarioSettings } from '../../../shared/engine';
import { compute, sonnetWorkbook } from './fixtures';

describe('scenario settings input', () => {
  it('accepts calendar months and pads the month', () => {
    expect(parseStartMonth(' 2027-3 ')).toBe('2027-03');
    expect(parseStartMonth('2028-12')).toBe('2028-12');
    expect(() => parseStartMonth('2027-13')).toThrow('"2027-13" is not a month; use YYYY-MM, like 2027-01');
    expect(() => parseStartMonth('March')).toThrow(/not a month/);
  });

  it('keeps horizon, days and hours inside their ranges', () => {
    expect(parseHorizon('120')).toBe(120);
    expect(() => parseHorizon('121')).toThrow('must be a whole number of months from 1 to 120');
    expect(() => parseHorizon('12.5')).toThrow(/whole number/);
    expect(() => parseHorizon('abc')).toThrow('"abc" is not a number');
    expect(parseDaysPerMonth('30.4')).toBe(30.4);
    expect(() => parseDaysPerMonth('0')).toThrow(/more than 0/);
    expect(parseHoursPerMonth('730')).toBe(730);
    expect(() => parseHoursPerMonth('745')).toThrow(/at most 744/);
  });
});

describe('money input', () => {
  it('reads grouped numbers and k/M suffixes', () => {
    expect(parseMoneyInput('4,000,000')).toBe(4_000_000);
    expect(parseMoneyInput('4M')).toBe(4_000_000);
    expect(parseMoneyInput('250k')).toBe(250_000);
    expect(parseMoneyInput('$1.5M')).toBe(1_500_000);
    expect(parseMoneyInput('', { optional: true })).toBeNull();
    expect(parseMoneyInput('')).toBe(0);
  });

  it('refuses what is not an amount, with a readable reason', () => {
    expect(() => parseMoneyInput('lots')).toThrow('"lots" is not an amount; type e.g. 4,000,000, 4M or 250k');
    expect(() => parseMoneyInput('-5')).toThrow('must not be negative');
    expect(() => parseMoneyInput('2000B')).toThrow(/at most/);
  });

  it('shows stored amounts with grouping', () => {
    expect(moneyInputText(4_000_000)).toBe('4,000,000');
    expect(moneyInputText(1234.5)).toBe('1,234.5');
    expect(moneyInputText(null)).toBe('');
  });
});

describe('checked scenario and company edits', () => {
  const wb = sonnetWorkbook();

  it('rename trims and refuses an empty name', () => {
    expect(renameScenario(wb, 's', '  Opus what-if ').scenarios[0].name).toBe('Opus what-if');
    expect(() => renameScenario(wb, 's', '   ')).toThrow('a scenario needs a name');
  });

  it('records nothing when nothing changes, and names the field when the schema refuses', () => {
    expect(updateScenarioSettings(wb, 's', { horizonMonths: 24 })).toBe(wb);
    const longer = updateScenarioSettings(wb, 's', { horizonMonths: 36 });
    expect(longer.scenarios[0].horizonMonths).toBe(36);
    expect(longer.scenarios[0].lines).toBe(wb.scenarios[0].lines);
    expect(() => updateScenarioSettings(wb, 's', { horizonMonths: 0 })).toThrow(/^Horizon \(months\): /);
  });

  it('validates the company profile', () => {
    expect(updateCompanyProfile(wb, { aiFirst: wb.company.aiFirst })).toBe(wb);
    expect(updateCompanyProfile(wb, { cashOnHand: 4_000_000 }).company.cashOnHand).toBe(4_000_000);
    expect(() => updateCompanyProfile(wb, { otherMonthlyBurn: -1 })).toThrow(/^Other monthly burn: /);
  });
});

describe('CSV export', () => {
  it('suggests "<title> - <scenario> - <table>.csv" without characters a file system refuses', () => {
    expect(exportFileName('Series A plan', 'Base', 'monthly')).toBe('Series A plan - Base - monthly.csv');
    expect(exportFileName('Plan: A/B', 'Opus?  "high"', 'pools')).toBe('Plan- A-B - Opus- -high- - pools.csv');
    expect(exportFileName('', '', 'summary')).toBe('CreditStack - summary.csv');
  });

  it('writes the chosen table, with a byte-order mark when asked', () => {
    const wb = sonnetWorkbook();
    const result = compute(wb);
    const monthly = buildExportText('monthly', result, wb.scenarios[0]).split('\r\n');
    expect(monthly[0]).toBe('index,month,cost,credits,cash,Bedrock POC draw,Bedrock POC balance');
    // Month 0: 1,800 cost, all credits; 25,000 - 1,800 = 23,200 left.
    expect(monthly[1]).toBe('0,2027-01,1800,1800,0,1800,23200');
    // Month 13: 1,600 from the pool, 200 cash, nothing left.
    expect(monthly[14]).toBe('13,2028-02,1800,1600,200,1600,0');
    const summary = buildExportText('summary', result, wb.scenarios[0], { bom: true });
    expect(summary.startsWith('\uFEFFkpi,value\r\n')).toBe(true);
    expect(summary).toContain('\r\ncreditCliffCalendarMonth,2028-02\r\n');
  });
});
