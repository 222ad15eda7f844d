// The nonce the page's CSP gives <style> elements (style-src has no 'unsafe-inline'). AG Grid's
// theming and AG Charts inject <style> elements and put this nonce on them (their styleNonce
// options). The desktop app serves every page load with a new random nonce (electron/main/
// app-protocol.ts); the static browser edition cannot, so there it is the fixed placeholder.
// The browser hides a nonce from attribute reads; only the .nonce property gives it.
export function styleNonce(): string | undefined {
  const meta = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]');
  return meta?.nonce || undefined;
}
