// The words of every issue, composed from its code, target and parameters (the engine reports
// no text). The app's issues panel shows `text` beside the row and field it points to; the CLI
// and the grid tooltips show `message`, which names the row itself.
import { calendarMonth, type Issue, type IssueOf, type StrandedCause } from '../engine';
import { PROGRAMS, type StageNote } from '../model';
import { expressionProblemText } from './expression-errors';
import { issueFieldLabel } from './issue-help';
import { wholeUsd } from './numbers';
import { formatMonthDetail } from './format-month';

/** How rows are called (their name, or their id when unnamed), and the scenario's first month. */
export interface IssueNames {
  line(id: string): string;
  pool(id: string): string;
  /** Month offsets in an issue count from it. */
  readonly startMonth: string;
}

interface NamedRows {
  startMonth: string;
  lines: readonly { id: string; name: string }[];
  pools: readonly { id: string; name: string }[];
}

const nameMaps = new WeakMap<readonly { id: string; name: string }[], Map<string, string>>();

/**
 * `name || id` by id, made once per list: the grids, the issues panel and the rows of a
 * 12,500-line scenario all read the same lists, and each map of them costs milliseconds.
 */
export function namesById(list: readonly { id: string; name: string }[]): ReadonlyMap<string, string> {
  let names = nameMaps.get(list);
  if (names === undefined) {
    names = new Map();
    for (const row of list) names.set(row.id, row.name || row.id);
    nameMaps.set(list, names);
  }
  return names;
}

/** Names from a computed scenario's lines and pools (as `name || id`). */
export function namesFrom(rows: NamedRows): IssueNames {
  return {
    startMonth: rows.startMonth,
    line: (id) => namesById(rows.lines).get(id) ?? id,
    pool: (id) => namesById(rows.pools).get(id) ?? id,
  };
}

export interface IssueWords {
  /** The whole sentence, naming the row (and field) it is about: "Chat: Input tokens/day: must not be negative (is -5)". */
  message: string;
  /** The same without the row and field the panel already shows beside it. */
  text: string;
}

const STAGE_NOTES: Record<StageNote, string> = {
  'self-serve-only': 'pre-seed companies usually get self-serve Activate Founders credits only',
  'enterprise-agreement': 'Series B companies usually move to an enterprise agreement instead of Activate',
  'aged-out': 'Series B companies have usually aged out of the accelerator',
};

/** "<row>: <text>" - the panel shows the row beside the text. */
const about = (row: string, text: string): IssueWords => ({ message: `${row}: ${text}`, text });
/** A sentence that names its rows itself. */
const sentence = (text: string): IssueWords => ({ message: text, text });

function exprWords(issue: IssueOf<'EXPR_ERROR'>, names: IssueNames): IssueWords {
  const p = issue.params;
  if (issue.assumption !== undefined)
    return about(issue.assumption, expressionProblemText(p, issue.assumption, names.startMonth));
  const line = names.line(issue.lineId ?? '');
  const text = expressionProblemText(p, undefined, names.startMonth);
  // A problem of one quantity names the field (by its label); the line-wide ones do not.
  const field = issueFieldLabel(issue);
  if (p.problem === 'unusable-cost' || p.problem === 'needs-cost' || field === null) return about(line, text);
  return { message: `${line}: ${field}: ${text}`, text };
}

const ORDER_CRITERIA: Record<Extract<StrandedCause, { cause: 'order' }>['criterion'], string> = {
  'expires-sooner': 'it expires sooner, and AWS uses the credit that expires first',
  'fewer-services': 'it covers fewer services, and AWS uses the narrower credit first',
  older: 'it is older, and AWS uses the older credit first',
  'listed-first': 'it is listed first and AWS tells them apart no other way',
  'tried-first': 'AWS tried it first',
};

/** Why the declared pool could not come first in a month another pool paid its spend. */
function strandedCauseText(c: StrandedCause, startMonth: string): string {
  switch (c.cause) {
    case 'not-yet-valid':
      return `it was not yet valid (it starts in ${calendarMonth(startMonth, c.startMonth)})`;
    case 'expired':
      return 'it had expired';
    case 'paused':
      return 'it is paused';
    case 'cannot-pay':
      return 'it cannot pay that spend';
    case 'order':
      return ORDER_CRITERIA[c.criterion];
  }
}

function poolIneligibleWhy(p: IssueOf<'POOL_INELIGIBLE'>['params']): string {
  switch (p.reason) {
    case 'always-cash-category':
      return 'no AWS credit pays for this category of spend';
    case 'not-credit-eligible':
      return 'the line is marked as not credit-eligible';
    case 'bedrock-workload':
      return 'Bedrock POC credits pay only for Bedrock and for OpenSearch Serverless, Lambda or S3 lines that support a Bedrock line';
    case 'listed-services':
      return `this pool covers only ${p.services.join(', ') || 'no services'}`;
  }
}

/** The issue in words. */
export function issueWords(issue: Issue, names: IssueNames): IssueWords {
  const line = () => names.line(issue.lineId ?? '');
  const pool = () => names.pool(issue.poolId ?? '');
  switch (issue.code) {
    case 'EXPR_ERROR':
      return exprWords(issue, names);
    case 'PRICE_MISSING': {
      const p = issue.params;
      return about(
        line(),
        p.reason === 'lookup' ? p.detail : `no cache-read price for ${p.model}; cached tokens are priced as input`,
      );
    }
    case 'POOL_INELIGIBLE':
      return sentence(
        `${line()} is claimed under ${pool()}, which cannot pay for it: ${poolIneligibleWhy(issue.params)}`,
      );
    case 'WORKSTREAM_SPLIT': {
      const pools = issue.params.poolIds.map((id) => names.pool(id)).join(' and ');
      return sentence(
        `Workstream "${issue.params.workstream}" is claimed under ${pools}; the same workload would be invoiced twice`,
      );
    }
    case 'BUILD_NOT_DISTINCT':
      return sentence(
        `Build for Startups must fund a workstream of its own, but "${issue.params.workstream}" is also claimed under Portfolio`,
      );
    case 'ACCELERATOR_NOT_AI_FIRST':
      return about(pool(), `the ${PROGRAMS[issue.params.program].name} accepts AI-first companies only`);
    case 'AMOUNT_ATYPICAL': {
      const p = issue.params;
      if (p.reason === 'stage') return about(pool(), STAGE_NOTES[p.note]);
      const range = `${wholeUsd(p.typicalMin)}-${wholeUsd(p.typicalMax)}`;
      return about(pool(), `${wholeUsd(p.amount)} is outside the usual ${PROGRAMS[p.program].name} range (${range})`);
    }
    case 'CREDITS_FORFEITED': {
      const { forfeited, amount } = issue.params;
      return sentence(
        `${pool()} expires with ${wholeUsd(forfeited)} unused (${((100 * forfeited) / amount).toFixed(1)}% of the award)`,
      );
    }
    case 'EARMARKED_STRANDED': {
      const { payerPoolId, diverted, forfeited, causes } = issue.params;
      const declared = pool();
      const why = causes.map((c) => strandedCauseText(c, names.startMonth)).join('; ');
      return sentence(
        `AWS will pay ${wholeUsd(diverted)} of spend declared under ${declared} from ${names.pool(payerPoolId)}, because in those months ${declared} could not come first: ${why}. ${declared} then forfeits ${wholeUsd(forfeited)}`,
      );
    }
    case 'CREDIT_NEVER_APPLIES':
      return sentence(
        `${line()} is marked credit-eligible, but no AWS credit pays for ${issue.params.service} spend: it is paid in cash`,
      );
    case 'DECLARED_OVER_POOL': {
      const { declared, over, amount, shortFrom } = issue.params;
      return sentence(
        `The lines declared under ${pool()} cost ${wholeUsd(declared)} while it is valid, ${wholeUsd(over)} more than its ${wholeUsd(amount)}: the declared plan runs short in ${calendarMonth(names.startMonth, shortFrom)} (month ${shortFrom})`,
      );
    }
    case 'PRICE_REGION_FALLBACK':
      return about(
        line(),
        `no ${issue.params.region} price for ${issue.params.priceKey}; the ${issue.params.usedRegion} price is used`,
      );
    case 'PRICE_DATED': {
      const { priceKey, status, month, note } = issue.params;
      return about(
        line(),
        `${formatMonthDetail(names.startMonth, month)} uses a ${status} price for ${priceKey}${note === null ? '' : ` (${note})`}`,
      );
    }
    case 'EU_RESIDENCY':
      return sentence(
        issue.params.reason === 'region'
          ? `${line()} runs in ${issue.params.region}, outside the EU, but the company requires EU data residency`
          : `${line()} uses a global Bedrock endpoint, which may serve requests outside the EU`,
      );
    case 'LINK_BASE_MISSING':
      return sentence(
        issue.params.baseUnresolved
          ? `This scenario is based on "${issue.params.basedOn}", which has no usable base itself; detach or delete it`
          : `This scenario is based on "${issue.params.basedOn}", which is not in this workbook; detach or delete it`,
      );
    case 'LINK_CYCLE':
      return sentence(
        `This scenario is based on "${issue.params.basedOn}", which is itself (through its base) based on this scenario; detach one of them`,
      );
    case 'LINK_TARGET_MISSING': {
      const p = issue.params;
      if (p.via === 'fundedBy')
        return sentence(
          `${line()} is funded by pool "${p.id}", which this scenario removed; it is computed as funded by none`,
        );
      if (p.via === 'supports')
        return sentence(`${line()} supports line "${p.id}", which this scenario removed; it supports none here`);
      return sentence(
        `Change ${(p.change ?? 0) + 1} of this scenario is for ${p.target} "${p.id}", which its base no longer has, so it does nothing`,
      );
    }
    case 'LINK_CHANGE_INVALID': {
      const p = issue.params;
      const which = `Change ${(p.change ?? 0) + 1} of this scenario`;
      if (p.reason === 'already-in-base')
        return sentence(`${which} adds ${p.target} "${p.id}", which its base now has too; the base's is used`);
      return sentence(
        `${which} cannot be applied to ${p.target === 'scenario' ? `the setting ${p.id}` : `${p.target} "${p.id}"`}: ${p.detail ?? 'the value is not valid there'}; the base's value is used`,
      );
    }
  }
}

/** The issue's whole sentence (see IssueWords.message). */
export function issueMessage(issue: Issue, names: IssueNames): string {
  return issueWords(issue, names).message;
}
