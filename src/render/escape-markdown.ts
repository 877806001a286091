// Article text is untrusted: in Markdown it must stay literal text, so that a viewer that turns
// Markdown into HTML neither renders markup from it (`<script>`) nor links, emphasis or tables.
// CommonMark lets any ASCII punctuation be backslash-escaped; we escape what can start markup.
const inline = /[\\`*_[\]<>|!&]/g;

export function escapeMarkdown(text: string): string {
  return text
    .replace(inline, (c) => `\\${c}`)
    .replace(/^(\s*)([#+-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** One line of escaped text: newlines inside a list item or heading would break the structure. */
export function escapeMarkdownLine(text: string): string {
  return escapeMarkdown(text.replace(/\s+/g, ' ').trim());
}
