/**
 * The guide pages are built from the project's own Markdown (README.md and docs/*.md), so Storybook and the repository
 * say the same thing. Links to other repository files do not exist in the static Storybook: they become plain text,
 * except those that have a page here.
 */
import readme from '../../README.md?raw';
import languages from '../../docs/languages.md?raw';
import privacy from '../../docs/privacy.md?raw';
import theming from '../../docs/theming.md?raw';

const PAGES: Record<string, string> = {
  'docs/theming.md': '?path=/docs/guides-theming--docs',
  'theming.md': '?path=/docs/guides-theming--docs',
  'docs/languages.md': '?path=/docs/guides-languages-and-right-to-left--docs',
  'languages.md': '?path=/docs/guides-languages-and-right-to-left--docs',
  'docs/privacy.md': '?path=/docs/guides-privacy--docs',
  'privacy.md': '?path=/docs/guides-privacy--docs'
};

/** Relative links: to a page here when there is one, else plain text. */
function relink(markdown: string): string {
  return markdown.replace(/\[([^\]]+)\]\((?!https?:|#|mailto:)([^)\s]+)\)/g, (_match, text: string, target: string) => {
    const page = PAGES[target.replace(/^\.\//, '').replace(/#.*$/, '')];
    return page ? `[${text}](${page})` : text;
  });
}

/** The text under a `## heading` (up to the next `## `), without the heading line. */
export function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start === -1) throw new Error(`No "## ${heading}" section`);
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return relink(
    lines
      .slice(start + 1, end === -1 ? undefined : end)
      .join('\n')
      .trim()
  );
}

/** Everything before the first `## ` heading, without the `# title` line. */
export function opening(markdown: string): string {
  const lines = markdown.split('\n');
  const end = lines.findIndex((line) => line.startsWith('## '));
  return relink(
    lines
      .slice(0, end === -1 ? undefined : end)
      .filter((line) => !line.startsWith('# '))
      .join('\n')
      .trim()
  );
}

/** A whole guide without its `# title` line (the page has its own). */
export function body(markdown: string): string {
  return relink(
    markdown
      .split('\n')
      .filter((line, index) => !(index === 0 && line.startsWith('# ')))
      .join('\n')
      .trim()
  );
}

export { languages, privacy, readme, theming };
