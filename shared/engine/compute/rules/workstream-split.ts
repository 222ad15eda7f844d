// WORKSTREAM_SPLIT: one workstream claimed under two pools, so the same workload would be
// invoiced twice. Build and Portfolio alone are BUILD_NOT_DISTINCT's case, not this one's.
import type { ProgramRule } from './rule';

export const workstreamSplit: ProgramRule = {
  code: 'WORKSTREAM_SPLIT',
  subject: 'workstream',
  check(claims) {
    const programs = new Set(claims.map((c) => c.pool.program));
    if (claims.length === 2 && programs.has('build') && programs.has('portfolio')) return null;
    const second = claims[1];
    return {
      severity: 'error',
      code: 'WORKSTREAM_SPLIT',
      lineId: second.line.id,
      poolId: second.pool.id,
      field: 'fundedBy',
      params: { workstream: claims[0].line.workstream.trim(), poolIds: claims.map((c) => c.pool.id) },
    };
  },
};
