// EU_RESIDENCY: the company requires EU data residency and a line runs outside eu-*, or uses a
// global Bedrock endpoint that may serve requests outside the EU.
import type { ProgramRule } from './rule';

export const euResidency: ProgramRule = {
  code: 'EU_RESIDENCY',
  subject: 'scenario',
  needs: ['company', 'lines'],
  check({ scenario, company }, issues) {
    if (!company.euDataResidency) return;
    for (const line of scenario.lines) {
      if (!line.region.startsWith('eu-'))
        issues.push({
          severity: 'warning',
          code: 'EU_RESIDENCY',
          lineId: line.id,
          field: 'region',
          params: { reason: 'region', region: line.region },
        });
      else if (line.kind === 'bedrock' && line.endpointScope === 'global')
        issues.push({
          severity: 'warning',
          code: 'EU_RESIDENCY',
          lineId: line.id,
          field: 'endpointScope',
          params: { reason: 'global-endpoint' },
        });
    }
  },
};
