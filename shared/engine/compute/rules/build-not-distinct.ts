// BUILD_NOT_DISTINCT: Build for Startups must fund a workstream of its own, not one Portfolio also funds.
import type { ProgramRule } from './rule';

export const buildNotDistinct: ProgramRule = {
  code: 'BUILD_NOT_DISTINCT',
  subject: 'workstream',
  check(claims) {
    const build = claims.find((c) => c.pool.program === 'build');
    if (build === undefined || !claims.some((c) => c.pool.program === 'portfolio')) return null;
    return {
      severity: 'error',
      code: 'BUILD_NOT_DISTINCT',
      lineId: build.line.id,
      poolId: build.pool.id,
      field: 'fundedBy',
      params: { workstream: claims[0].line.workstream.trim() },
    };
  },
};
