// `aws billing get-credits` output: {"credits": [CreditData, ...]} (AWS Billing API reference,
// CreditData). Each credit keeps its id, amounts, dates, status and the services it applies to.
import type { ImportedCredit } from '../../model';
import {
  cleanText,
  dayText,
  isObject,
  monthText,
  previousMonth,
  problemAt,
  readList,
  readText,
  readTimestamp,
  readUsd,
  type JsonObject,
} from './aws-values';

const CREDIT_ID = /^[0-9]{1,32}$/;

function readCredit(value: unknown, i: number): ImportedCredit {
  const path = ['credits', i];
  if (!isObject(value)) throw problemAt(path, 'must be an object (a CreditData)');
  const creditId = readText(value.creditId, [...path, 'creditId']).trim();
  if (!CREDIT_ID.test(creditId)) throw problemAt([...path, 'creditId'], 'must be the digits of an AWS credit id');
  const initialAmount = readUsd(value.initialAmount, [...path, 'initialAmount']);
  const remainingAmount = readUsd(value.remainingAmount, [...path, 'remainingAmount']);
  if (initialAmount < 0) throw problemAt([...path, 'initialAmount'], 'must not be negative');
  if (remainingAmount < 0) throw problemAt([...path, 'remainingAmount'], 'must not be negative');
  const start = readTimestamp(value.startDate, [...path, 'startDate']);
  let usableThrough: string | null = null;
  if (value.endDate !== undefined && value.endDate !== null) {
    const end = readTimestamp(value.endDate, [...path, 'endDate']);
    // An end at midnight UTC on the 1st means the credit was usable through the month before.
    usableThrough = end.day === 1 && end.midnight ? previousMonth(monthText(end)) : monthText(end);
  }
  const exhaust =
    value.exhaustDate === undefined || value.exhaustDate === null
      ? null
      : readTimestamp(value.exhaustDate, [...path, 'exhaustDate']);
  const products = readList(value, 'applicableProductNames', path, true).map((name, k) =>
    cleanText(readText(name, [...path, 'applicableProductNames', k]), 500),
  );
  const status =
    value.creditStatus === undefined || value.creditStatus === null
      ? 'ENABLED'
      : readText(value.creditStatus, [...path, 'creditStatus']);
  return {
    creditId,
    accountId: cleanText(readText(value.accountId, [...path, 'accountId'], ''), 500),
    description: cleanText(readText(value.description, [...path, 'description'], ''), 500),
    creditType: cleanText(readText(value.creditType, [...path, 'creditType'], ''), 500),
    initialAmount,
    remainingAmount,
    startDate: dayText(start),
    usableThrough,
    exhaustDate: exhaust === null ? null : dayText(exhaust),
    enabled: status.trim().toUpperCase() !== 'DISABLED',
    products: [...new Set(products.filter((p) => p !== ''))],
    sharing:
      value.creditSharingType === undefined || value.creditSharingType === null
        ? null
        : cleanText(readText(value.creditSharingType, [...path, 'creditSharingType']), 500),
  };
}

export function readCreditsOutput(root: JsonObject): ImportedCredit[] {
  const credits = readList(root, 'credits', []).map(readCredit);
  const seen = new Map<string, number>();
  credits.forEach((c, i) => {
    const first = seen.get(c.creditId);
    if (first !== undefined)
      throw problemAt(['credits', i, 'creditId'], `"${c.creditId}" is listed twice (also credits[${first}])`);
    seen.set(c.creditId, i);
  });
  return credits;
}
