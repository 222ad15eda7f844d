// The page's Trusted Types policies. The CSP says `require-trusted-types-for 'script'`, so a plain
// string can no longer become a script URL, a script or HTML markup by itself: it has to pass the
// "default" policy below, which the browser applies to every such sink.
// - Script URLs: only the app's own origin (the engine and simulation workers, whose URLs Vite
//   builds from `new URL(..., import.meta.url)`); never blob:, data: or another site.
// - Scripts (eval-like sinks): none; there is no createScript.
// - HTML: AG Charts 14 writes markup strings with innerHTML (its DOM layout template, its style
//   element, legends and tooltips), so HTML cannot simply be refused. It is sanitised instead:
//   parsed into an inert document (scripts never run there), stripped of script-bearing elements,
//   event-handler attributes and javascript: URLs, and serialised again. Text with no "<" (the
//   CSS AG Charts writes into its <style>) cannot make an element and passes unchanged.
// The policy is named "default" so the browser applies it without each library call site asking;
// "creditstack-parse" exists only to hand the inert parser its input and is used nowhere else.

interface TrustedTypePolicy {
  createHTML(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: { createHTML?: (input: string) => string; createScriptURL?: (input: string) => string },
  ): TrustedTypePolicy;
}

/** Same origin and scheme as the page, or nothing: never blob: (which shares the page's origin), data: or another site. */
function allowedScriptUrl(input: string, pageUrl: string): string {
  const url = new URL(input, pageUrl);
  const page = new URL(pageUrl);
  if (url.protocol !== page.protocol || url.origin !== page.origin || url.origin === 'null')
    throw new TypeError(`CreditStack refused to load script ${input}`);
  return url.href;
}

const SCRIPT_BEARING = 'script, iframe, frame, frameset, object, embed, base, meta, link, form, template, noscript';
const URL_ATTRIBUTES = /^(href|src|xlink:href|action|formaction|srcdoc|data)$/i;
const SCRIPT_URL = /^\s*(javascript|vbscript|data\s*:\s*text\/html)/i;

/** The markup with everything that could run script removed. */
function sanitizeHtml(html: string, parse: (html: string) => Document): string {
  if (!html.includes('<')) return html;
  const doc = parse(html);
  for (const element of doc.body.querySelectorAll(SCRIPT_BEARING)) element.remove();
  for (const element of doc.body.querySelectorAll('*')) {
    for (const attribute of [...element.attributes]) {
      // Control characters inside "java\tscript:" are ignored by URL parsing: drop them before looking.
      const value = attribute.value.replace(/[\u0000-\u0020]/g, '');
      if (/^on/i.test(attribute.name) || (URL_ATTRIBUTES.test(attribute.name) && SCRIPT_URL.test(value)))
        element.removeAttribute(attribute.name);
    }
  }
  return doc.body.innerHTML;
}

const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
if (factory !== undefined) {
  const forParser = factory.createPolicy('creditstack-parse', { createHTML: (input) => input });
  // DOMParser documents are inert: no script runs and nothing loads while we look at them.
  const parse = (html: string) =>
    new DOMParser().parseFromString(forParser.createHTML(`<!doctype html><body>${html}`) as string, 'text/html');
  factory.createPolicy('default', {
    createScriptURL: (input) => allowedScriptUrl(input, location.href),
    createHTML: (input) => sanitizeHtml(input, parse),
  });
}
