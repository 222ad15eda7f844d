// Revision 2 money rules, each with figures worked out by hand in the comments: charges per
// service, always-cash categories, the cliff over credit-eligible spend, runway past the horizon.
import { issueMessage, namesFrom } from '../../../shared/wording';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../shared/engine';
import { flat, workbook, type LineInput } from './fixtures';

const compute = (wb: ReturnType<typeof workbook>) => createEngine().computeScenario(wb, 's');
const codes = (r: ReturnType<typeof compute>) => r.issues.map((i) => i.code);

describe('1. credits apply to service charges, not rows', () => {
  // Pool A: general, $400, expires first (month 1). Pool B: S3 only, $1,000, expires later.
  // Month 0 charges: S3 $400 (one row, or two rows of $200) and EC2 $300.
  //   Per service (rev 2): A pays the largest service charge, S3 400, and is empty; B may pay
  //   only S3, already paid; EC2 300 is cash. Credits 400, cash 300.
  //   Per row (the old rule) the split gave: A pays EC2 300 (largest row), then 100 of an S3 row;
  //   B pays the other 300 of S3: credits 700, cash 0 - the split moved money.
  const pools = [
    { id: 'a', program: 'founders', amount: 400, startMonth: 0, validityMonths: 1 },
    { id: 'b', program: 'custom', services: ['s3'], amount: 1_000, startMonth: 0, validityMonths: 12 },
  ];
  const ec2: LineInput = { id: 'ec2', kind: 'service', service: 'other', monthlyCost: 300 };

  it.each([
    ['one S3 row of $400', [flat('s3', 400, { service: 's3' })]],
    ['two S3 rows of $200', [flat('s3a', 200, { service: 's3' }), flat('s3b', 200, { service: 's3' })]],
    ['four S3 rows of $100', [1, 2, 3, 4].map((i) => flat(`s3-${i}`, 100, { service: 's3' }))],
  ])('%s: credits 400, cash 300', (_, s3) => {
    const r = compute(workbook({ horizonMonths: 1, pools, lines: [ec2, ...s3] }));
    expect(r.credits[0]).toBe(400);
    expect(r.cash[0]).toBe(300);
    expect(r.pools.map((p) => p.used)).toEqual([400, 0]);
  });

  it('equal charges are taken in service-id order', () => {
    // A $300 pool, charges lambda $300 and s3 $300 (equal): "lambda" < "s3", so lambda is paid.
    // A custom S3-only pool B ($1,000, later expiry) then pays S3: cash 0. Were S3 paid first,
    // lambda would be cash (300).
    const r = compute(
      workbook({
        horizonMonths: 1,
        pools: [
          { id: 'a', program: 'founders', amount: 300, startMonth: 0, validityMonths: 1 },
          { id: 'b', program: 'custom', services: ['s3'], amount: 1_000, startMonth: 0, validityMonths: 12 },
        ],
        lines: [flat('s3', 300, { service: 's3' }), flat('lam', 300, { service: 'lambda' })],
      }),
    );
    expect(r.cash[0]).toBe(0);
    expect(r.pools[1].used).toBe(300);
  });
});

describe('2. always-cash categories', () => {
  it('Business Support marked credit-eligible is paid in cash and raises CREDIT_NEVER_APPLIES', () => {
    // Support $1,000 a month flagged creditEligible: true; Founders pool $5,000.
    // The pool pays nothing of it: credits 0, cash 1,000 a month, pool untouched (5,000 left).
    const r = compute(
      workbook({
        horizonMonths: 3,
        pools: [{ id: 'f', program: 'founders', amount: 5_000, startMonth: 0, validityMonths: 12 }],
        lines: [flat('sup', 1_000, { service: 'support', creditEligible: true })],
      }),
    );
    expect(r.kpis.creditsApplied).toBe(0);
    expect(r.kpis.cashCost).toBe(3_000);
    expect(r.pools[0].remaining).toBe(5_000);
    expect(codes(r)).toContain('CREDIT_NEVER_APPLIES');
    const issue = r.issues.find((i) => i.code === 'CREDIT_NEVER_APPLIES')!;
    expect(issue.lineId).toBe('sup');
    expect(issue.field).toBe('creditEligible');
  });

  it.each([
    'support',
    'savings-plan-upfront',
    'marketplace',
    'route53-domains',
    'professional-services',
    'training-certification',
  ])('%s is cash whatever its flag', (service) => {
    const r = compute(
      workbook({
        horizonMonths: 1,
        pools: [{ id: 'f', program: 'founders', amount: 5_000 }],
        lines: [flat('x', 100, { service, creditEligible: true })],
      }),
    );
    expect(r.cash[0]).toBe(100);
  });

  it('a user-marked not-eligible S3 line is cash without an issue', () => {
    const r = compute(
      workbook({
        horizonMonths: 1,
        pools: [{ id: 'f', program: 'founders', amount: 5_000 }],
        lines: [flat('x', 100, { service: 's3', creditEligible: false })],
      }),
    );
    expect(r.cash[0]).toBe(100);
    expect(codes(r)).not.toContain('CREDIT_NEVER_APPLIES');
  });
});

describe('3. the credit cliff counts credit-eligible spend only', () => {
  it('a support plan does not put the cliff at month 0', () => {
    // Support $100/month (cash always) + S3 $1,000/month; Founders $2,500 from month 0.
    // S3: months 0, 1 paid (2,000), month 2 gets 500 of 1,000 -> first eligible cash in month 2.
    const r = compute(
      workbook({
        horizonMonths: 6,
        pools: [{ id: 'f', program: 'founders', amount: 2_500, startMonth: 0, validityMonths: 12 }],
        lines: [flat('sup', 100, { service: 'support' }), flat('s3', 1_000, { service: 's3' })],
      }),
    );
    expect(r.cash[0]).toBe(100); // support only
    expect(r.kpis.creditCliffMonth).toBe(2);
  });

  it('with only always-cash spend there is no cliff', () => {
    const r = compute(workbook({ horizonMonths: 6, lines: [flat('sup', 100, { service: 'support' })] }));
    expect(r.kpis.creditCliffMonth).toBeNull();
  });
});

describe('4. runway past the horizon keeps the pools running', () => {
  // Cash on hand 3,000,000; other burn 100,000/month; AWS 50,000/month, all of it paid by a
  // $600,000 Founders-like pool valid 12 months (12 x 50,000 = 600,000: spent and expired at 12).
  //   Without credits: 3,000,000 / (100,000 + 50,000) = 20 months.
  //   With credits: 12 months at 100,000 = 1,200,000 spent, 1,800,000 left at 150,000 a month
  //   = 12 more months -> 24, extension +4.
  // The old rule, over a 12-month horizon, carried month 11's outflow (100,000, credits still
  // paying) past the horizon: 12 + 1,800,000 / 100,000 = 30, +10. It must be 24 / +4 both ways.
  const plan = (horizonMonths: number) =>
    workbook({
      horizonMonths,
      company: { cashOnHand: 3_000_000, otherMonthlyBurn: 100_000 },
      pools: [
        { id: 'big', program: 'custom', services: ['other'], amount: 600_000, startMonth: 0, validityMonths: 12 },
      ],
      lines: [flat('aws', 50_000)],
    });

  it.each([12, 24, 36])('over %i months: runway 24, +4 from credits', (h) => {
    const r = compute(plan(h));
    expect(r.kpis.cashRunwayMonths).toBeCloseTo(24, 9);
    expect(r.kpis.runwayExtensionMonths).toBeCloseTo(4, 9);
    // Over 12 months cash outlasts the horizon (extrapolated); over 36 it runs out inside it.
    expect(r.runwayExtrapolated).toBe(h < 24);
  });

  it('a pool still valid after the horizon keeps paying until it is empty', () => {
    // Pool $900,000 valid 36 months, AWS 50,000/month, horizon 12: the pool pays months 0-17
    // (18 x 50,000 = 900,000). Cash: 18 months x 100,000 = 1,800,000, 1,200,000 left at
    // 150,000 = 8 more -> 26; without credits 20 -> +6.
    const wb = workbook({
      horizonMonths: 12,
      company: { cashOnHand: 3_000_000, otherMonthlyBurn: 100_000 },
      pools: [
        { id: 'big', program: 'custom', services: ['other'], amount: 900_000, startMonth: 0, validityMonths: 36 },
      ],
      lines: [flat('aws', 50_000)],
    });
    const r = compute(wb);
    expect(r.kpis.cashRunwayMonths).toBeCloseTo(26, 9);
    expect(r.kpis.runwayExtensionMonths).toBeCloseTo(6, 9);
    expect(r.runwayExtrapolated).toBe(true);
  });

  it('is null beyond 600 months', () => {
    // 1e9 cash at 1,000 a month lasts 1,000,000 months: past the cap.
    const k = compute(
      workbook({ horizonMonths: 12, company: { cashOnHand: 1e9, otherMonthlyBurn: 1_000 }, lines: [] }),
    ).kpis;
    expect(k.cashRunwayMonths).toBeNull();
  });
});

describe('10. program rules that read the simulation', () => {
  it('DECLARED_OVER_POOL: $80K declared under a $25K POC says by how much and from when', () => {
    // Bedrock-like spend declared under the POC: 10,000/month for 8 months = 80,000 within its
    // 12-month validity; 80,000 - 25,000 = 55,000 over. Cumulative: 10k, 20k, 30k -> over 25k in
    // month 2 (2027-03).
    const r = compute(
      workbook({
        horizonMonths: 12,
        pools: [
          {
            id: 'poc',
            name: 'POC',
            program: 'custom',
            services: ['other'],
            amount: 25_000,
            startMonth: 0,
            validityMonths: 12,
          },
        ],
        lines: [flat('x', 10_000, { fundedBy: 'poc', endMonth: 7 })],
      }),
    );
    const issue = r.issues.find((i) => i.code === 'DECLARED_OVER_POOL')!;
    expect(issueMessage(issue, namesFrom(r))).toContain('$80,000');
    expect(issueMessage(issue, namesFrom(r))).toContain('$55,000 more than its $25,000');
    expect(issueMessage(issue, namesFrom(r))).toContain('2027-03 (month 2)');
    expect(issue.poolId).toBe('poc');
  });

  it('EARMARKED_STRANDED covers Build and names the cause: the declared pool was not yet valid', () => {
    // Build ($25,000, month 6, 24 months) declared for a 1,000/month line; Portfolio ($100,000,
    // month 0, 24 months) pays months 0-5 before Build starts, and - expiring sooner (24 < 30) -
    // goes on paying after. Build pays nothing and forfeits... but Build expires at 30, past a
    // 24-month horizon; so give Build 12 months (expiry 18 < 24): Build comes first from month 6
    // (expires sooner), pays 12 x 1,000 = 12,000 and forfeits 13,000. Portfolio paid months 0-5
    // (6,000) because Build was not yet valid.
    const r = compute(
      workbook({
        horizonMonths: 24,
        pools: [
          { id: 'port', name: 'Portfolio', program: 'portfolio', amount: 100_000, startMonth: 0, validityMonths: 24 },
          { id: 'build', name: 'Build', program: 'build', amount: 25_000, startMonth: 6, validityMonths: 12 },
        ],
        lines: [flat('app', 1_000, { fundedBy: 'build', workstream: 'App' })],
      }),
    );
    const issue = r.issues.find((i) => i.code === 'EARMARKED_STRANDED')!;
    expect(issue.poolId).toBe('build');
    // Portfolio paid months 0-5 (6,000) and months 18-23 after Build expired (6,000): 12,000.
    expect(issueMessage(issue, namesFrom(r))).toContain('$12,000');
    expect(issueMessage(issue, namesFrom(r))).toContain('not yet valid');
    expect(issueMessage(issue, namesFrom(r))).toContain('had expired');
    expect(issueMessage(issue, namesFrom(r))).toContain('forfeits $13,000');
  });

  it('EARMARKED_STRANDED lists each cause once, in the order the months met them', () => {
    // Build ($25,000, months 6-17, paused) is declared for a 1,000/month line; Portfolio
    // ($100,000, months 0-23) pays all 24 months: 24 x 1,000 = 24,000 diverted. Months 0-5 Build
    // was not yet valid, 6-17 it was paused, 18-23 it had expired; paused, it still forfeits its
    // whole 25,000 at expiry.
    const r = compute(
      workbook({
        horizonMonths: 24,
        pools: [
          { id: 'port', name: 'Portfolio', program: 'portfolio', amount: 100_000, startMonth: 0, validityMonths: 24 },
          {
            id: 'build',
            name: 'Build',
            program: 'build',
            amount: 25_000,
            startMonth: 6,
            validityMonths: 12,
            paused: true,
          },
        ],
        lines: [flat('app', 1_000, { fundedBy: 'build' })],
      }),
    );
    const stranded = r.issues.filter((i) => i.code === 'EARMARKED_STRANDED');
    expect(stranded).toHaveLength(1);
    expect(stranded[0].params).toEqual({
      payerPoolId: 'port',
      diverted: 24_000,
      forfeited: 25_000,
      causes: [{ cause: 'not-yet-valid', startMonth: 6 }, { cause: 'paused' }, { cause: 'expired' }],
    });
  });

  it('EARMARKED_STRANDED names AWS order: the paying pool expires sooner', () => {
    // POC (custom, 'other') $10,000 from 0 for 24 months declared for 1,000/month; Founders
    // $5,000 from 0 for 12 months expires sooner, so pays months 0-4 (5,000). POC pays months
    // 5-23 (19,000 > 10,000: it runs out in month 14) - no forfeit. Make the horizon 12: POC
    // pays months 5-11 (7,000) and... it expires at 24, past the horizon: no forfeit inside.
    // So give the POC 12 months too and a longer-lived Founders? Founders (12 months, $20,000)
    // vs POC (6 months, $10,000): POC expires sooner, pays months 0-5 fully (6,000), forfeits
    // 4,000 - and it was never diverted. Instead: POC 12 months, Founders 6 months $3,000:
    // Founders (expires 6) pays months 0-2 (3,000); POC pays months 3-11 (9,000), forfeits 1,000.
    const r = compute(
      workbook({
        horizonMonths: 12,
        pools: [
          {
            id: 'poc',
            name: 'POC',
            program: 'custom',
            services: ['other'],
            amount: 10_000,
            startMonth: 0,
            validityMonths: 12,
          },
          { id: 'fd', name: 'Founders', program: 'founders', amount: 3_000, startMonth: 0, validityMonths: 6 },
        ],
        lines: [flat('app', 1_000, { fundedBy: 'poc' })],
      }),
    );
    const issue = r.issues.find((i) => i.code === 'EARMARKED_STRANDED')!;
    expect(issueMessage(issue, namesFrom(r))).toContain('$3,000');
    expect(issueMessage(issue, namesFrom(r))).toContain('expires sooner');
    expect(issueMessage(issue, namesFrom(r))).toContain('forfeits $1,000');
  });
});
