// The few fields of a line that every computation reads (eligibility, claims, results), copied
// once per line object into records of one shape. Lines arrive in many hidden classes (a parsed
// file can give hundreds), so reading a field straight from them costs a slow generic lookup;
// the engine keeps these records between computations and reads them instead.
import { lineService } from '../../model/lines';
import { isAlwaysCash } from '../../model/aws-services';
import type { Line } from '../../model';

export interface LineFacts {
  /** Whether a credit may pay the line: its flag, and never for an always-cash category (rev 2). */
  readonly creditEligible: boolean;
  readonly kind: Line['kind'];
  /** The AWS service the line bills under. */
  readonly service: string;
  /** The line a service line supports, else null. */
  readonly supports: string | null;
  readonly id: string;
  readonly name: string;
  readonly fundedBy: string | null;
  readonly workstream: string;
  /** The workstream as claims compare it: trimmed, lower case. */
  readonly workstreamKey: string;
  /** The line's own creditEligible flag, which an always-cash category overrules. */
  readonly flaggedEligible: boolean;
}

/** What eligibility needs to know about a line. */
export type PayableLine = Pick<LineFacts, 'creditEligible' | 'kind' | 'service' | 'supports'>;

export function lineFacts(line: Line): LineFacts {
  const service = lineService(line);
  return {
    // The line's flag, overruled for the categories no credit pays (support, upfront fees, ...).
    creditEligible: line.creditEligible && !isAlwaysCash(service),
    kind: line.kind,
    service,
    supports: line.kind === 'service' ? line.supports : null,
    id: line.id,
    name: line.name,
    fundedBy: line.fundedBy,
    workstream: line.workstream,
    workstreamKey: line.workstream.trim().toLowerCase(),
    flaggedEligible: line.creditEligible,
  };
}

/**
 * Whether two lines look the same to the claims rules: every fact equal (ids, names, claims,
 * workstreams, eligibility), so a fact added to lineFacts is compared without a second list.
 */
export function sameForClaims(a: LineFacts, b: LineFacts): boolean {
  for (const key in a) if (a[key as keyof LineFacts] !== b[key as keyof LineFacts]) return false;
  return true;
}
