// What a workbook keeps of the AWS data imported into it (an optional part of the file):
// the credits as AWS describes them, what each credit paid per service and month, and the
// actual cost per service and month. Amounts are USD; months are calendar months "YYYY-MM".
// The AWS names of services are kept as AWS spells them; which plan service they bill under
// is worked out when computing (aws-services.ts), so a better mapping applies to old imports.
import { z } from 'zod';

const MONTH = /^(19|20|21)\d\d-(0[1-9]|1[0-2])$/;
const month = z.string().regex(MONTH, { message: 'must be a calendar month "YYYY-MM"' });
const day = z
  .string()
  .regex(/^(19|20|21)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'must be a date "YYYY-MM-DD"' });
// Names and descriptions come from AWS but pass through a user's hands: no control characters.
const awsText = z
  .string()
  .max(500, { message: 'must be at most 500 characters' })
  .refine((s) => !/[\u0000-\u001F\u007F]/.test(s), { message: 'contains control characters' });
const creditId = z.string().regex(/^[0-9]{1,32}$/, { message: 'must be an AWS credit id (digits)' });
const finite = z
  .number()
  .refine(Number.isFinite, { message: 'must be a finite number' })
  .transform((n) => (Object.is(n, -0) ? 0 : n));
const usd = finite.refine((n) => Math.abs(n) <= 1e12, { message: 'must be at most 1,000,000,000,000 in size' });

const importedCreditSchema = z.strictObject({
  creditId,
  accountId: awsText.default(''),
  description: awsText.default(''),
  creditType: awsText.default(''),
  initialAmount: usd,
  remainingAmount: usd,
  startDate: day,
  /** The last calendar month the credit may pay for (null: AWS gave no end date). */
  usableThrough: month.nullable().default(null),
  /** AWS's projection of the day the balance runs out, when it gives one. */
  exhaustDate: day.nullable().default(null),
  /** DISABLED in AWS: the credit pays nothing until enabled again. */
  enabled: z.boolean().default(true),
  /** applicableProductNames; empty means general AWS usage. */
  products: z.array(awsText).max(1000).default([]),
  sharing: awsText.nullable().default(null),
});

const creditAllocationSchema = z.strictObject({
  month,
  creditId,
  /** appliedServiceName, as AWS spells it. */
  service: awsText,
  /** What the credit paid (positive; AWS reports it as a negative creditAmount). */
  amount: usd,
  /** Applied to a bill not yet finalised. */
  estimated: z.boolean().default(false),
  accountId: awsText.default(''),
});

const serviceCostSchema = z.strictObject({
  month,
  /** Cost Explorer's SERVICE name. */
  service: awsText,
  cost: usd,
  estimated: z.boolean().default(false),
});

export const actualsSchema = z.strictObject({
  credits: z.array(importedCreditSchema).max(1000).default([]),
  /** Months the allocation history covers (first and last imported); gaps are listed below. */
  allocationMonths: z.strictObject({ first: month, last: month }).nullable().default(null),
  /** Months AWS could not return allocations for (failedMonths): unknown, never zero. */
  allocationGaps: z.array(month).max(600).default([]),
  allocations: z.array(creditAllocationSchema).max(200_000).default([]),
  usage: z.array(serviceCostSchema).max(200_000).default([]),
});

export type ImportedCredit = z.output<typeof importedCreditSchema>;
export type CreditAllocation = z.output<typeof creditAllocationSchema>;
export type ServiceCost = z.output<typeof serviceCostSchema>;
export type Actuals = z.output<typeof actualsSchema>;

export const EMPTY_ACTUALS: Actuals = {
  credits: [],
  allocationMonths: null,
  allocationGaps: [],
  allocations: [],
  usage: [],
};
