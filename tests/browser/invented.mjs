// Invented articles for the large-input tests and the browser benchmark: the bundled
// example's sentences (examples/*.txt, a fictional event) repeated in paragraphs, with
// figures and days varied by article and paragraph, so that the articles agree on some
// figures and disagree on others, like real coverage of one event.
//
//   const articles = inventArticles(50, 20_000);   // 50 articles of about 20 KB each
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

function exampleLines() {
  const dir = path.join(root, 'examples');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .flatMap((n) => readFileSync(path.join(dir, n), 'utf8').split('\n').slice(2))
    .map((l) => l.trim())
    .filter((l) => l.length > 40);
}

// One figure of paragraph p in article a: most articles print the example's figure,
// every third paragraph's differs by article.
function vary(digits, a, p) {
  if ((a + p) % 3 !== 0) return digits;
  const n = Number(digits.replace(/,/g, ''));
  if (!Number.isFinite(n) || n === 0) return digits;
  return Math.round(n * (1 + ((a % 4) + 1) / 10)).toLocaleString('en');
}

// count articles of about `bytes` characters each (at least one paragraph).
export function inventArticles(count, bytes) {
  const lines = exampleLines();
  return Array.from({ length: count }, (_, a) => {
    const paragraphs = [`Port blaze: report ${a + 1} from the harbour`];
    let size = paragraphs[0].length;
    for (let p = 0; size < bytes || p === 0; p++) {
      const sentences = [0, 1, 2].map((k) => lines[(p * 3 + k + a) % lines.length]);
      const text = sentences
        .join(' ')
        .replace(/\d[\d,]*(\.\d+)?/g, (d) => vary(d, a, p))
        .replace(/\b(Monday|Tuesday|Wednesday|Thursday|Friday)\b/g, (d) => ((a + p) % 5 === 0 ? WEEKDAYS[(WEEKDAYS.indexOf(d) + 1) % 5] : d));
      paragraphs.push(text);
      size += text.length + 1;
    }
    return { name: `Outlet ${a + 1}`, published: a % 2 ? '2025-03-13' : '2025-03-12', text: paragraphs.join('\n') };
  });
}

// A workspace as the page stores it (parallax.workspace.v1).
export function inventedWorkspace(count, bytes) {
  return { referenceDate: '2025-03-14', articles: inventArticles(count, bytes) };
}
