// `aws billing get-credit-allocation-history` output: {"creditAllocationHistoryList": [...],
// "partialResults": bool, "failedMonths": ["YYYY-MM"]} (AWS Billing API reference,
// CreditAllocationHistoryEntry). A negative creditAmount is what the credit took off the bill.
import type { CreditAllocation } from '../../model';
import { cleanText, isObject, problemAt, readList, readMonth, readText, readUsd, type JsonObject } from './aws-values';

export interface AllocationHistory {
  entries: CreditAllocation[];
  /** Months AWS could not return (never read as zero). */
  failedMonths: string[];
}

function readFlag(value: unknown, path: (string | number)[]): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  throw problemAt(path, 'must be true or false');
}

function readEntry(value: unknown, i: number): CreditAllocation {
  const path = ['creditAllocationHistoryList', i];
  if (!isObject(value)) throw problemAt(path, 'must be an object (a CreditAllocationHistoryEntry)');
  const creditId = readText(value.creditId, [...path, 'creditId']).trim();
  if (!/^[0-9]{1,32}$/.test(creditId)) throw problemAt([...path, 'creditId'], 'must be the digits of an AWS credit id');
  const applied = readUsd(value.creditAmount, [...path, 'creditAmount']);
  const service = cleanText(readText(value.appliedServiceName, [...path, 'appliedServiceName']), 500);
  if (service === '') throw problemAt([...path, 'appliedServiceName'], 'is empty');
  return {
    month: readMonth(value.billingMonth, [...path, 'billingMonth']),
    creditId,
    service,
    // AWS reports a credit that reduced the bill as a negative amount; a positive one reverses it.
    amount: applied === 0 ? 0 : -applied,
    estimated: readFlag(value.isEstimatedBill, [...path, 'isEstimatedBill']),
    accountId: cleanText(readText(value.accountId, [...path, 'accountId'], ''), 500),
  };
}

export function readAllocationOutput(root: JsonObject): AllocationHistory {
  const entries = readList(root, 'creditAllocationHistoryList', []).map(readEntry);
  const failedMonths = readList(root, 'failedMonths', [], true).map((m, i) => readMonth(m, ['failedMonths', i]));
  return { entries, failedMonths: [...new Set(failedMonths)].sort() };
}
