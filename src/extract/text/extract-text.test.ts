import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.js';

// Invented articles in the shape of real plain-text pages: one paragraph per line or blank lines between.
const LONG_A =
  'The council of Harbor Town voted on Monday to open a ferry route to the outer islands, ending a dispute that has divided the town for a decade. The first boat is due to sail in May, the harbour master said.';
const LONG_B =
  'Islanders had asked for a direct link since the old bridge closed in 2016, and the vote passed by nine to four after a debate that ran late into the night. Opponents said the route would cost more than the town can afford.';
const LONG_C =
  'The ferry company will run four crossings a day in summer and two in winter, with tickets sold at the quay and online. Prices have not been set, but the council said they would be lower than the bus fare to the mainland.';

function paragraphs(text: string): string[] {
  return text.split('\n\n');
}

function removed(result: ReturnType<typeof extractText>): string[] {
  return result.messages.filter((m) => m.rule === 'boilerplate-removed').map((m) => m.text ?? '');
}

describe('extractText: header', () => {
  it('reads a leading date line, the title and an agency line, and keeps them out of the body', () => {
    const page = ['Tuesday, March 3, 2026', 'Harbor Town Approves New Ferry Route to the Islands', 'NWA-Baltic Press', LONG_A, LONG_B].join('\n\n');
    const result = extractText(page);
    expect(result.published).toEqual({ value: '2026-03-03', from: 'text' });
    expect(result.title).toBe('Harbor Town Approves New Ferry Route to the Islands');
    expect(result.byline).toBe('NWA-Baltic Press');
    expect(paragraphs(result.text)).toEqual([LONG_A, LONG_B]);
    expect(result.messages.map((m) => m.rule)).toEqual(['date-from-text', 'title-from-text', 'byline-from-text']);
  });

  it('reads a date line with a time under the title, and keeps a standfirst in the body', () => {
    const dek = "Mayor calls the vote 'a new start'";
    const page = ['Harbor Town opens ferry route to the outer islands', 'Mar 3, 2026 14:05', dek, LONG_A].join('\n\n');
    const result = extractText(page);
    expect(result.published).toEqual({ value: '2026-03-03T14:05', from: 'text' });
    expect(result.title).toBe('Harbor Town opens ferry route to the outer islands');
    expect(paragraphs(result.text)).toEqual([dek, LONG_A]);
  });

  it('reads a "By" line as the byline and removes a short credit line above the body', () => {
    const page = ['Ferry vote splits the harbour council', 'By Jane Doe', 'Town hall archive', LONG_A].join('\n');
    const result = extractText(page);
    expect(result.byline).toBe('Jane Doe');
    expect(result.text).toBe(LONG_A);
    expect(removed(result)).toEqual(['Town hall archive']);
  });

  it('removes a section label above the title, and joins a byline and its agency line', () => {
    const page = ['WORLD NEWS', 'Storm Closes Ports Along the Northern Coast', 'By MARIA OLSEN and TOM BRICK', 'Associated Press', LONG_A].join('\n\n');
    const result = extractText(page);
    expect(result.title).toBe('Storm Closes Ports Along the Northern Coast');
    expect(result.byline).toBe('MARIA OLSEN and TOM BRICK, Associated Press');
    expect(removed(result)).toEqual(['WORLD NEWS']);
    expect(result.text).toBe(LONG_A);
  });

  it('reads a markdown heading as the title', () => {
    const result = extractText(['# Harbor Town opens ferry route to the islands', LONG_A, '## What happens next', LONG_B].join('\n\n'));
    expect(result.title).toBe('Harbor Town opens ferry route to the islands');
    expect(paragraphs(result.text)).toEqual([LONG_A, 'What happens next', LONG_B]);
  });

  it('prefers the publication date to an update time', () => {
    const page = ['Ferry vote splits the harbour council', 'Updated: June 4, 2026 08:10', 'Published June 3, 2026', LONG_A].join('\n\n');
    const result = extractText(page);
    expect(result.published).toEqual({ value: '2026-06-03', from: 'text' });
    expect(removed(result)).toEqual(['Updated: June 4, 2026 08:10']);
    expect(result.text).toBe(LONG_A);
  });

  it('reads a date line under a one-sentence standfirst', () => {
    const standfirst = 'The ferry link was approved after a decade of debate in the council and two failed votes on the subsidy.';
    const result = extractText(['Harbor Town opens ferry route to the islands', standfirst, 'THURSDAY, APRIL 11, 2026, 12:12 AM', LONG_A].join('\n\n'));
    expect(result.published).toEqual({ value: '2026-04-11T00:12', from: 'text' });
    expect(paragraphs(result.text)).toEqual([standfirst, LONG_A]);
  });

  it('reads a byline and a date from one line', () => {
    const result = extractText(['Ferry vote splits the harbour council', 'By Jane Doe | Published June 3, 2026', LONG_A].join('\n\n'));
    expect(result.byline).toBe('Jane Doe');
    expect(result.published).toEqual({ value: '2026-06-03', from: 'text' });
    expect(result.text).toBe(LONG_A);
  });

  it('finds no date when the page states none, and does not take a sentence for a title', () => {
    const result = extractText([LONG_A, LONG_B].join('\n'));
    expect(result.published.value).toBeNull();
    expect(result.title).toBeNull();
    expect(paragraphs(result.text)).toEqual([LONG_A, LONG_B]);
  });
});

describe('extractText: boilerplate in the text', () => {
  it('removes ad markers and share widgets, but keeps sentences that mention them', () => {
    const mention = 'The advertisement campaign for the route cost the ferry company two million crowns.';
    const page = ['Advertisement', LONG_A, 'Share via', mention, 'ADVERTISEMENT', LONG_B].join('\n\n');
    const result = extractText(page);
    expect(paragraphs(result.text)).toEqual([LONG_A, mention, LONG_B]);
    expect(removed(result)).toEqual(['Advertisement', 'Share via', 'ADVERTISEMENT']);
  });

  it('removes a teaser block (a sentence and its date line) inserted mid-article', () => {
    const teaser = 'The city library extends its weekend opening hours after a petition from students.';
    const page = [LONG_A, teaser, 'February 20, 2026', LONG_B, 'Old Harbor Lighthouse Reopens After Repairs', 'Jan. 9, 2026', LONG_C].join('\n\n');
    const result = extractText(page);
    expect(paragraphs(result.text)).toEqual([LONG_A, LONG_B, LONG_C]);
    expect(removed(result)).toEqual([`${teaser}\nFebruary 20, 2026`, 'Old Harbor Lighthouse Reopens After Repairs\nJan. 9, 2026']);
  });

  it('removes a teaser of headline, summary and date, and keeps a sentence-case subheading above a lone date', () => {
    const teaser = ['Lighthouse Keeper Retires After Forty Years', 'The last keeper of the North Rock light hands over the keys in June.', 'May 2, 2026'];
    const promo = ['Storm damages fishing boats in the harbour.', 'Jan. 9, 2026'];
    const page = [LONG_A, ...teaser, LONG_B, 'What the council decided', ...promo, LONG_C].join('\n\n');
    const result = extractText(page);
    expect(paragraphs(result.text)).toEqual([LONG_A, LONG_B, 'What the council decided', LONG_C]);
    expect(removed(result)).toEqual([teaser.join('\n'), promo.join('\n')]);
  });

  it('keeps body paragraphs that start with a date, and short one-line paragraphs', () => {
    const dated = 'March 2 was the last day of the old timetable, and many islanders took the bus one final time.';
    const onDate = 'On March 2, 2026, the mayor signed the contract.';
    const short = 'He declined to comment.';
    const quote = '“We have waited ten years for this boat, and it is finally here.”';
    const page = [LONG_A, dated, short, onDate, quote, LONG_B].join('\n\n');
    const result = extractText(page);
    expect(paragraphs(result.text)).toEqual([LONG_A, dated, short, onDate, quote, LONG_B]);
    expect(removed(result)).toEqual([]);
  });

  it('removes a photo caption and its credit, but keeps brackets in the text', () => {
    const caption = ['The new ferry, left, at the quay in Harbor Town on Monday.', '(Lena Berg / Nordic Photo)'];
    const bracketed = 'The crossing takes forty minutes (in calm weather) and the boat carries 200 people.';
    const page = [LONG_A, caption.join('\n'), bracketed, LONG_B].join('\n\n');
    const result = extractText(page);
    expect(paragraphs(result.text)).toEqual([LONG_A, bracketed, LONG_B]);
    expect(removed(result)).toEqual([caption.join('\n')]);
  });

  it('keeps a sentence made of a widget\'s words', () => {
    const sentence = 'Subscribe to the ferry alerts.';
    expect(paragraphs(extractText([LONG_A, sentence, LONG_B].join('\n\n')).text)).toEqual([LONG_A, sentence, LONG_B]);
  });

  it('removes the second copy of a repeated line, and a copy of the title', () => {
    const quote = '“We have waited ten years for this boat,” the mayor said.';
    const page = ['Harbor Town opens ferry route to the islands', LONG_A, quote, LONG_B, quote, 'Harbor Town opens ferry route to the islands', LONG_C].join('\n\n');
    const result = extractText(page);
    expect(paragraphs(result.text)).toEqual([LONG_A, quote, LONG_B, LONG_C]);
    expect(removed(result)).toEqual([quote, 'Harbor Town opens ferry route to the islands']);
  });

  it('removes a caption line that ends with its credit, but not a sentence ending with an acronym in brackets', () => {
    const caption = 'The new ferry at the quay in Harbor Town on Monday. (Photo: Lena Berg / Nordic Photo)';
    const acronym = 'The ferry will be run by the Northern Shipping Company (NSC)';
    const result = extractText([LONG_A, caption, acronym, LONG_B].join('\n\n'));
    expect(paragraphs(result.text)).toEqual([LONG_A, acronym, LONG_B]);
  });

  it('removes a block of Title Case headlines inside the text, but keeps questions and a list in a row', () => {
    const links = ['More from Harbor Town', 'Island School to Close in June After Pupil Numbers Fall', 'Storm Damages Fishing Boats in the North Harbour'];
    const result = extractText([LONG_A, ...links, LONG_B].join('\n\n'));
    expect(paragraphs(result.text)).toEqual([LONG_A, LONG_B]);
    expect(removed(result)).toEqual([links.join('\n')]);
    const questions = ['What if the new ferry is late and the islanders lose their bus connection?', 'Who pays for the extra crossings in winter?'];
    expect(paragraphs(extractText([LONG_A, ...questions, LONG_B].join('\n\n')).text)).toEqual([LONG_A, ...questions, LONG_B]);
    const plan = ['Sell the old boat to the island cooperative first', 'Build the new quay before the winter storms'];
    expect(paragraphs(extractText([LONG_A, ...plan, LONG_B].join('\n\n')).text)).toEqual([LONG_A, ...plan, LONG_B]);
  });

  it('removes "Read more:" links to other stories', () => {
    const result = extractText([LONG_A, 'Read more: Island school to close in June', LONG_B].join('\n\n'));
    expect(paragraphs(result.text)).toEqual([LONG_A, LONG_B]);
  });

  it('joins the lines of a hard-wrapped paragraph', () => {
    const page = 'The council voted on Monday to open a ferry route to the outer\nislands, ending a long dispute.\n\nThe first boat sails in May.';
    expect(paragraphs(extractText(page).text)).toEqual([
      'The council voted on Monday to open a ferry route to the outer islands, ending a long dispute.',
      'The first boat sails in May.',
    ]);
  });
});

describe('extractText: the end of the page', () => {
  const list = [
    'Most read',
    'Island School to Close in June After Pupil Numbers Fall',
    'The last six pupils will move to the mainland school in August.',
    'Storm Damages Fishing Boats in the North Harbour',
    'Three boats sank and a pier was damaged in Sunday night’s storm.',
    'Related stories',
    'Old Harbor Lighthouse Reopens After Repairs',
  ];

  it('removes a trailing list of headlines and summaries with its headings', () => {
    const result = extractText([LONG_A, LONG_B, ...list].join('\n\n'));
    expect(paragraphs(result.text)).toEqual([LONG_A, LONG_B]);
    expect(removed(result)).toEqual([list.join('\n')]);
  });

  it('keeps a subheading that is followed by article paragraphs', () => {
    const page = [LONG_A, 'What happens next', LONG_B, 'The first boat sails in May.'].join('\n\n');
    expect(paragraphs(extractText(page).text)).toEqual([LONG_A, 'What happens next', LONG_B, 'The first boat sails in May.']);
  });

  it('keeps a bulleted list of facts under a short heading at the end', () => {
    const facts = ['Key facts about the ferry', '- Four crossings a day in summer', '- Two crossings a day in winter', '- Tickets sold at the quay'];
    expect(paragraphs(extractText([LONG_A, ...facts].join('\n\n')).text)).toEqual([LONG_A, ...facts]);
  });

  it('keeps a list the article introduces with a colon, a table under a heading, and a cut last line', () => {
    const injuries = ['The injury report for Wednesday is as follows:', 'Did not practice:', 'S Jon Berg (knee)', 'TE Ola Moe (ankle)'];
    expect(paragraphs(extractText([LONG_A, ...injuries].join('\n\n')).text)).toEqual([LONG_A, ...injuries]);
    const table = ['MOST TITLE DEFENCES', 'Jon Berg 26 - 1', 'Ola Moe 22 - 3', 'Per Holm 21 - 5'];
    expect(paragraphs(extractText([LONG_A, ...table, LONG_B].join('\n\n')).text)).toEqual([LONG_A, ...table, LONG_B]);
    const cut = 'The jury deliberated for seven hours before convicting the driver,';
    expect(paragraphs(extractText([LONG_A, cut].join('\n\n')).text)).toEqual([LONG_A, cut]);
  });

  it('reads a labelled or timed date line at the end as the publication date', () => {
    const result = extractText([LONG_A, LONG_B, 'Date published: Tuesday, November 15, 2011'].join('\n\n'));
    expect(result.published).toEqual({ value: '2011-11-15', from: 'text' });
    expect(paragraphs(result.text)).toEqual([LONG_A, LONG_B]);
  });

  it('keeps a correction note with a date, and the quote above it', () => {
    const quote = '"The ferry is not the problem," he said. "The timetable is."';
    const note = 'Correction: October 2, 2026, Sunday.';
    expect(paragraphs(extractText([LONG_A, quote, note].join('\n\n')).text)).toEqual([LONG_A, quote, note]);
  });

  it('reads a source line, and removes tags, post navigation and an end credit', () => {
    const credit = 'Reporters Anna Lind and Per Holm contributed to this report.';
    const page = [LONG_A, LONG_B, credit, '© 2026 The Harbor Daily. All rights reserved.', 'source: The Harbor Daily', 'harbor town, ferries, local politics', 'Previous post Next post', 'Up'].join('\n\n');
    const result = extractText(page);
    expect(result.outlet).toBe('The Harbor Daily');
    expect(paragraphs(result.text)).toEqual([LONG_A, LONG_B]);
    expect(removed(result)).toEqual(expect.arrayContaining([credit, 'harbor town, ferries, local politics', 'Previous post Next post', 'Up']));
  });

  it('leaves a "Source:" line inside the body to the body', () => {
    const result = extractText([LONG_A, 'Source: harbour office figures', LONG_B].join('\n\n'));
    expect(result.outlet).toBeNull();
    expect(paragraphs(result.text)).toEqual([LONG_A, 'Source: harbour office figures', LONG_B]);
  });

  it('leaves a page of short lines whole', () => {
    const lines = ['Ferry timetable for the summer season', 'Monday to Friday four crossings', 'Saturday two crossings', 'Sunday no service'];
    expect(paragraphs(extractText(lines.join('\n')).text)).toEqual(lines.slice(1));
  });

  it('reads a "written by the team of" line as byline and outlet', () => {
    const result = extractText([LONG_A, LONG_B, '✍️ This article is written by the team of Harbor Weekly.'].join('\n'));
    expect(result.byline).toBe('Harbor Weekly');
    expect(result.outlet).toBe('Harbor Weekly');
    expect(paragraphs(result.text)).toEqual([LONG_A, LONG_B]);
  });

  it('keeps a last paragraph that mentions reporting but is not a credit', () => {
    const last = 'The harbour master said the crossing was the smoothest she had seen in years.';
    expect(paragraphs(extractText([LONG_A, last].join('\n\n')).text)).toEqual([LONG_A, last]);
  });
});
