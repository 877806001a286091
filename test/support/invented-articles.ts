// Invented articles for collection tests and benchmarks: varied enough that no two share a body,
// with declared outlet, date and URL, as JSON Lines that `corroborate ingest` reads.
const PLACES = ['Velmora', 'Ostrava Bay', 'Lindqvist', 'Port Amara', 'Kestrel Point', 'Marrowfield'];
const EVENTS = ['a ferry ran aground', 'the river burst its banks', 'a power cut hit the old town', 'the harbour bridge closed', 'a warehouse fire spread'];
const OUTLETS = ['Coast Daily', 'Bay Herald', 'Northern Wire', 'Evening Post'];

export interface InventedArticle {
  url: string;
  outlet: string;
  title: string;
  published: string;
  text: string;
}

export function inventedArticle(index: number): InventedArticle {
  const place = PLACES[index % PLACES.length]!;
  const event = EVENTS[Math.floor(index / PLACES.length) % EVENTS.length]!;
  const outlet = OUTLETS[index % OUTLETS.length]!;
  const day = String(1 + (index % 28)).padStart(2, '0');
  const count = 3 + (index % 40);
  return {
    url: `https://news.example/${outlet.toLowerCase().replace(/\s+/g, '-')}/${index}`,
    outlet,
    title: `In ${place}, ${event} (report ${index})`,
    published: `2024-05-${day}`,
    text: [
      `Officials in ${place} said on Tuesday that ${event}, affecting at least ${count} households in report number ${index}.`,
      `"We are doing everything we can to restore normal life," the mayor of ${place} told reporters.`,
      `Residents described long queues and closed shops. Emergency crews worked through the night, according to the council.`,
    ].join('\n\n'),
  };
}

export function inventedJsonLines(from: number, count: number): string {
  return Array.from({ length: count }, (_, i) => JSON.stringify(inventedArticle(from + i))).join('\n') + '\n';
}
