// The few fields of a line that every computation reads (eligibility, claims, results), copied
// once per line object into records of one shape. Lines arrive in many hidden classes (a parsed
// file can give hundreds), so reading a field straight from them costs a slow generic lookup;
// the engine keeps these records between computations and reads them instead.
import { lineService } from '../../model/lines';
import { isAlwaysCash } from '../../model/aws-services';
import type { Line } from '../../model';

/** What eligibility needs to know about a line. */
export interface PayableLine {
  /** Whether a credit may pay the line: its flag, and never for an always-cash category (rev 2). */
  readonly creditEligible: boolean;
  readonly kind: Line['kind'];
  /** The AWS service the line bills under. */
  readonly service: string;
  /** The line a service line supports, else null. */
  readonly supports: string | null;
}

export interface LineFacts extends PayableLine {
  readonly id: string;
  readonly name: string;
  readonly fundedBy: string | null;
  readonly workstream: string;
  /** The workstream as claims compare it: trimmed, lower case. */
  readonly workstreamKey: string;
  /** The line's own creditEligible flag, which an always-cash category overrules. */
  readonly flaggedEligible: boolean;
}

/** A line's flag, overruled for the categories no credit pays (support, upfront fees, ...). */
function creditEligible(line: Line, service: string): boolean {
  return line.creditEligible && !isAlwaysCash(service);
}

export function payableLine(line: Line): PayableLine {
  const service = lineService(line);
  return {
    creditEligible: creditEligible(line, service),
    kind: line.kind,
    service,
    supports: line.kind === 'service' ? line.supports : null,
  };
}

export function lineFacts(line: Line): LineFacts {
  const service = lineService(line);
  return {
    creditEligible: creditEligible(line, service),
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

/** Whether two lines look the same to the claims rules (ids, names, claims, workstreams, eligibility). */
export function sameForClaims(a: LineFacts, b: LineFacts): boolean {
  return (
    a.id === b.id &&
    a.name === b.name &&
    a.fundedBy === b.fundedBy &&
    a.workstream === b.workstream &&
    a.creditEligible === b.creditEligible &&
    a.flaggedEligible === b.flaggedEligible &&
    a.kind === b.kind &&
    a.service === b.service &&
    a.supports === b.supports
  );
}
