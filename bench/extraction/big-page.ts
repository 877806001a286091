// A synthetic 5 MB page (the extractor's input cap): a long article between thousands of menu links and
// teaser lists, to show that time grows with the page and not worse.

const SENTENCE = 'The committee reviewed the figures again on Thursday, and its members said the numbers still did not add up. ';

export function bigPage(targetBytes = 5_000_000): string {
  const parts: string[] = ['<html><head><title>Big page</title></head><body><nav><ul>'];
  for (let i = 0; i < 2000; i++) parts.push(`<li><a href="/s/${i}">Section ${i}</a></li>`);
  parts.push('</ul></nav><main><article>');
  let size = parts.join('').length;
  let i = 0;
  while (size < targetBytes) {
    const chunk =
      i % 10 === 9
        ? `<aside class="related"><ul>${'<li><a href="/t">A teaser headline for another story</a></li>'.repeat(10)}</ul></aside>`
        : `<p>${SENTENCE.repeat(4)}</p>`;
    parts.push(chunk);
    size += chunk.length;
    i++;
  }
  parts.push('</article></main></body></html>');
  return parts.join('');
}
