import { describe, expect, it } from 'vitest';
import { parseAwsExport, type AwsExport } from '../../../../shared/io/aws';
import { sampleText } from './samples';

function ok(text: string, kind: 'credits' | 'allocations' | 'usage' | null): AwsExport {
  const r = parseAwsExport(text, kind);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

function failure(text: string, kind: 'credits' | 'allocations' | 'usage' | null): string {
  const r = parseAwsExport(text, kind);
  if (r.ok) throw new Error('expected a refusal');
  return r.message;
}

const credit = (over: object) =>
  JSON.stringify({
    credits: [
      {
        creditId: '42',
        accountId: '111122223333',
        creditType: 'Promotion',
        description: 'Some credit',
        initialAmount: { currencyCode: 'USD', currencyAmount: '1000.00' },
        remainingAmount: { currencyCode: 'USD', currencyAmount: '250.5' },
        startDate: '2026-03-01T00:00:00+00:00',
        endDate: '2027-03-01T00:00:00+00:00',
        ...over,
      },
    ],
  });

describe('get-credits output', () => {
  it('reads the sample: ids, amounts, dates, status and products', () => {
    const value = ok(sampleText('get-credits.sample.json'), 'credits');
    if (value.kind !== 'credits') throw new Error(value.kind);
    expect(value.credits.map((c) => c.creditId)).toEqual(['100000000001', '100000000002', '100000000003']);
    const [portfolio, poc, bootcamp] = value.credits;
    expect(portfolio).toMatchObject({
      initialAmount: 50000,
      remainingAmount: 45949,
      startDate: '2026-09-01',
      products: [],
      enabled: true,
    });
    // endDate 2028-09-01T00:00:00Z: usable through August 2028.
    expect(portfolio.usableThrough).toBe('2028-08');
    expect(poc.products).toEqual([
      'Amazon Bedrock',
      'Amazon OpenSearch Service',
      'AWS Lambda',
      'Amazon Simple Storage Service',
    ]);
    expect(bootcamp).toMatchObject({ enabled: false, usableThrough: '2027-03', startDate: '2026-10-01' });
  });

  it('an end date not at midnight on the 1st is usable through its own month', () => {
    const value = ok(credit({ endDate: '2027-03-15T12:00:00Z' }), 'credits');
    expect(value.kind === 'credits' && value.credits[0].usableThrough).toBe('2027-03');
    const midnightSecond = ok(credit({ endDate: '2027-03-02T00:00:00Z' }), 'credits');
    expect(midnightSecond.kind === 'credits' && midnightSecond.credits[0].usableThrough).toBe('2027-03');
  });

  it('accepts epoch seconds, numbers for amounts and numeric ids', () => {
    // 1788220800 = 2026-09-01T00:00:00Z (20,697 days x 86,400 s); 1820000000 is in 2027-09.
    const value = ok(
      credit({
        creditId: 77,
        startDate: 1788220800,
        endDate: '1820000000',
        initialAmount: 1000,
        remainingAmount: '12.5',
      }),
      'credits',
    );
    if (value.kind !== 'credits') throw new Error(value.kind);
    expect(value.credits[0]).toMatchObject({
      creditId: '77',
      startDate: '2026-09-01',
      initialAmount: 1000,
      remainingAmount: 12.5,
    });
    expect(value.credits[0].usableThrough).toBe('2027-09');
  });

  it('reads a time zone offset into UTC', () => {
    // 23:30 on Aug 31 at -02:00 is 01:30 UTC on Sep 1.
    const value = ok(credit({ startDate: '2026-08-31T23:30:00-02:00' }), 'credits');
    expect(value.kind === 'credits' && value.credits[0].startDate).toBe('2026-09-01');
  });

  it('ignores fields it does not know and keeps DISABLED as not enabled', () => {
    const value = ok(credit({ creditStatus: 'DISABLED', somethingNew: { deep: [1, 2] } }), 'credits');
    expect(value.kind === 'credits' && value.credits[0].enabled).toBe(false);
  });

  it('names the field and the value that is wrong', () => {
    expect(failure(credit({ initialAmount: { currencyCode: 'USD', currencyAmount: 'lots' } }), 'credits')).toBe(
      'credits[0].initialAmount.currencyAmount: "lots" is not an amount',
    );
    expect(failure(credit({ initialAmount: { currencyCode: 'EUR', currencyAmount: '10' } }), 'credits')).toBe(
      'credits[0].initialAmount.currencyCode: is "EUR"; CreditStack plans in USD',
    );
    expect(failure(credit({ startDate: 'yesterday' }), 'credits')).toBe(
      'credits[0].startDate: "yesterday" is not a date (expected ISO 8601 or epoch seconds)',
    );
    expect(failure(credit({ creditId: 'abc' }), 'credits')).toBe(
      'credits[0].creditId: must be the digits of an AWS credit id',
    );
    expect(failure(credit({ remainingAmount: undefined }), 'credits')).toBe('credits[0].remainingAmount: is missing');
  });

  it('refuses a credit listed twice', () => {
    const twice = JSON.parse(credit({}));
    twice.credits.push(twice.credits[0]);
    expect(failure(JSON.stringify(twice), 'credits')).toBe(
      'credits[1].creditId: "42" is listed twice (also credits[0])',
    );
  });
});

describe('get-credit-allocation-history output', () => {
  it('reads the sample: negative amounts are what the credit paid; estimated bills are marked', () => {
    const value = ok(sampleText('get-credit-allocation-history.sample.json'), 'allocations');
    if (value.kind !== 'allocations') throw new Error(value.kind);
    const { entries, failedMonths } = value.history;
    expect(entries).toHaveLength(13);
    expect(failedMonths).toEqual([]);
    expect(entries[0]).toEqual({
      month: '2026-11',
      creditId: '100000000002',
      service: 'Amazon Bedrock',
      amount: 2400,
      estimated: true,
      accountId: '111122223333',
    });
    expect(entries.filter((e) => e.estimated).map((e) => e.month)).toEqual([
      '2026-11',
      '2026-11',
      '2026-11',
      '2026-11',
    ]);
  });

  it('keeps the months AWS could not return', () => {
    const text = JSON.stringify({
      creditAllocationHistoryList: [],
      partialResults: true,
      failedMonths: ['2026-10', '2026-08'],
    });
    const value = ok(text, 'allocations');
    expect(value.kind === 'allocations' && value.history.failedMonths).toEqual(['2026-08', '2026-10']);
  });

  it('names a bad billing month', () => {
    const text = JSON.stringify({
      creditAllocationHistoryList: [
        {
          creditId: '1',
          creditAmount: { currencyAmount: '-1' },
          appliedServiceName: 'Amazon Bedrock',
          billingMonth: 'Sept',
        },
      ],
    });
    expect(failure(text, 'allocations')).toBe(
      'creditAllocationHistoryList[0].billingMonth: "Sept" is not a month "YYYY-MM"',
    );
  });
});

describe('get-cost-and-usage output and the Cost Explorer CSV', () => {
  it('reads the JSON sample: cost per AWS service and month, the open month estimated', () => {
    const value = ok(sampleText('get-cost-and-usage.sample.json'), 'usage');
    if (value.kind !== 'usage') throw new Error(value.kind);
    expect(value.usage).toHaveLength(15);
    expect(value.usage.find((u) => u.month === '2026-10' && u.service === 'Amazon Bedrock')).toEqual({
      month: '2026-10',
      service: 'Amazon Bedrock',
      cost: 2100,
      estimated: false,
    });
    expect(value.usage.filter((u) => u.estimated).every((u) => u.month === '2026-11')).toBe(true);
    // Unknown services are kept with their names (mapped to "other" when computing).
    expect(value.usage.filter((u) => u.service === 'Amazon Kendra')).toHaveLength(3);
  });

  it('the console CSV gives the same costs as the JSON (total columns and rows left out)', () => {
    const csv = ok(sampleText('cost-explorer.sample.csv'), 'usage');
    const json = ok(sampleText('get-cost-and-usage.sample.json'), 'usage');
    if (csv.kind !== 'usage' || json.kind !== 'usage') throw new Error('kinds');
    const key = (u: { month: string; service: string; cost: number }) => `${u.month} ${u.service} ${u.cost}`;
    expect(csv.usage.map(key).sort()).toEqual(json.usage.map(key).sort());
    expect(csv.source).toBe('csv');
  });

  it('adds daily results up into months', () => {
    const day = (start: string, amount: string | number) => ({
      TimePeriod: { Start: start, End: start },
      Groups: [{ Keys: ['Amazon Bedrock'], Metrics: { UnblendedCost: { Amount: amount, Unit: 'USD' } } }],
      Estimated: false,
    });
    const value = ok(JSON.stringify({ ResultsByTime: [day('2026-09-01', '10.25'), day('2026-09-02', 5)] }), 'usage');
    // 10.25 + 5 = 15.25 for September.
    expect(value.kind === 'usage' && value.usage).toEqual([
      { month: '2026-09', service: 'Amazon Bedrock', cost: 15.25, estimated: false },
    ]);
  });

  it('reads a long CSV (month, service, cost columns)', () => {
    const value = ok(
      'Month,Service,Cost\r\n2026-09,Amazon Bedrock,"1,200.50"\r\n2026-09,"Amazon Kendra, Enterprise",3\r\n',
      'usage',
    );
    expect(value.kind === 'usage' && value.usage.map((u) => [u.service, u.cost])).toEqual([
      ['Amazon Bedrock', 1200.5],
      ['Amazon Kendra, Enterprise', 3],
    ]);
  });

  it('refuses costs grouped by something other than SERVICE, and costs without a breakdown', () => {
    const linked = JSON.stringify({
      GroupDefinitions: [{ Type: 'DIMENSION', Key: 'LINKED_ACCOUNT' }],
      ResultsByTime: [],
    });
    expect(failure(linked, 'usage')).toBe(
      'GroupDefinitions[0].Key: is "LINKED_ACCOUNT": group by SERVICE (--group-by Type=DIMENSION,Key=SERVICE)',
    );
    const total = JSON.stringify({
      ResultsByTime: [
        { TimePeriod: { Start: '2026-09-01' }, Total: { UnblendedCost: { Amount: '12', Unit: 'USD' } }, Groups: [] },
      ],
    });
    expect(failure(total, 'usage')).toBe(
      'ResultsByTime[0].Groups: is empty: run get-cost-and-usage with --group-by Type=DIMENSION,Key=SERVICE',
    );
  });

  it('names the CSV line of a bad amount', () => {
    expect(failure('"Service","Amazon Bedrock($)"\n"2026-09-01","12.x"\n', 'usage')).toBe(
      'line 2: "12.x" in column "Amazon Bedrock($)" is not an amount',
    );
  });
});

describe('a foreign or broken file', () => {
  it('says which AWS command printed it when it is the wrong kind', () => {
    expect(failure(sampleText('get-cost-and-usage.sample.json'), 'credits')).toBe(
      'this is the output of aws ce get-cost-and-usage (or the Cost Explorer CSV), not of aws billing get-credits: use "import usage"',
    );
  });

  it("detects the kind when none is asked for (the app's drop)", () => {
    expect(ok(sampleText('get-credits.sample.json'), null).kind).toBe('credits');
    expect(ok(sampleText('get-credit-allocation-history.sample.json'), null).kind).toBe('allocations');
    expect(ok(sampleText('cost-explorer.sample.csv'), null).kind).toBe('usage');
  });

  it('refuses other JSON, a workbook, broken JSON, prototype keys and an empty file', () => {
    expect(failure('{"Reservations": []}', 'credits')).toMatch(
      /^not an AWS export CreditStack reads: .* \(its keys: "Reservations"\)$/,
    );
    expect(failure('{"format": "creditstack.workbook", "version": 1}', null)).toBe(
      'this is a CreditStack workbook, not an AWS export',
    );
    expect(failure('{"credits": [', 'credits')).toBe('line 1 column 14: not valid JSON: unexpected end of file');
    expect(failure('{"credits": [], "__proto__": {}}', 'credits')).toMatch(/__proto__/);
    expect(failure('  \n', 'usage')).toBe('the file is empty');
    expect(failure('hello,world\n', 'credits')).toBe('not JSON: aws billing get-credits prints JSON (--output json)');
    // Nesting far deeper than any AWS output is refused before anything is built.
    expect(failure(`{"credits": ${'['.repeat(40)}${']'.repeat(40)}}`, 'credits')).toMatch(/^line 1 column \d+: .*nest/);
    expect(failure('{"credits": [], "credits": []}', 'credits')).toMatch(/credits/);
  });
});
