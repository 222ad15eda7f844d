export function findElectronBinary(
  root: string,
  env?: Record<string, string | undefined>,
): { path: string } | { path: null; reason: string };
