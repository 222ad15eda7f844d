// The three things a user can fetch from AWS for CreditStack, and the AWS CLI v2 command that
// writes each (dates and the account id are examples to change).
export interface AwsInput {
  kind: 'credits' | 'allocations' | 'usage';
  title: string;
  gives: string;
  command: string;
}

export const AWS_INPUTS: readonly AwsInput[] = [
  {
    kind: 'credits',
    title: 'Credits',
    gives: 'each credit becomes (or updates) a pool: amount, balance left, dates, services, paused',
    command:
      'aws billing get-credits --account-id 111122223333 --start-date 2025-12-01T00:00:00Z --region us-east-1 --output json > credits.json',
  },
  {
    kind: 'allocations',
    title: 'What each credit paid',
    gives: 'per service and month, to check the plan and our billing rule against AWS',
    command:
      'aws billing get-credit-allocation-history --account-id 111122223333 --start-date 2026-09-01T00:00:00Z --end-date 2026-11-30T23:59:59Z --region us-east-1 --output json > allocations.json',
  },
  {
    kind: 'usage',
    title: 'Actual cost by service',
    gives: 'per month (or Cost Explorer → Download as CSV)',
    command:
      'aws ce get-cost-and-usage --time-period Start=2026-09-01,End=2026-12-01 --granularity MONTHLY --metrics UnblendedCost --group-by Type=DIMENSION,Key=SERVICE --output json > costs.json',
  },
];
