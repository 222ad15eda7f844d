// The sample workbooks, bundled into the CLI so that `creditstack new` works from any folder.
// The index names them; the file texts are imported verbatim (esbuild's text loader).
import index from '../assets/templates/index.json';
import modelComparison from '../assets/templates/model-comparison.creditstack' with { type: 'text' };
import seedMl from '../assets/templates/seed-ml.creditstack' with { type: 'text' };
import seriesA from '../assets/templates/series-a.creditstack' with { type: 'text' };

interface TemplateInfo {
  name: string;
  file: string;
  title: string;
  description: string;
}

const TEXT_BY_FILE: Record<string, string> = {
  'series-a.creditstack': seriesA,
  'seed-ml.creditstack': seedMl,
  'model-comparison.creditstack': modelComparison,
};

const TEMPLATES: readonly TemplateInfo[] = index;

export function templateNames(): string[] {
  return TEMPLATES.map((t) => t.name);
}

/** The template's file text, or undefined for an unknown name. */
export function templateText(name: string): string | undefined {
  const info = TEMPLATES.find((t) => t.name === name);
  return info === undefined ? undefined : TEXT_BY_FILE[info.file];
}
