// Turns dropped or opened files into articles. HTML is parsed by DOMParser into an inert
// document (no scripts run, nothing loads), boilerplate is dropped and the text of the
// headline and paragraphs is kept. Nothing from the file ever reaches the page as HTML.
const BOILERPLATE = 'script, style, noscript, template, iframe, object, embed, svg, canvas, nav, footer, header:not(article header), aside, form, button, figure figcaption, [aria-hidden="true"], [hidden]';

const squash = (s) => s.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();

function isoDay(value) {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value || '');
  return m ? m[1] : '';
}

export function htmlToArticle(html, fallbackName) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const meta = (sel) => {
    const el = doc.querySelector(sel);
    return el ? (el.getAttribute('content') || '').trim() : '';
  };
  const name = meta('meta[property="og:site_name"]') || fallbackName;
  const published = isoDay(
    meta('meta[property="article:published_time"]') ||
      meta('meta[name="date"]') ||
      (doc.querySelector('time[datetime]') || { getAttribute: () => '' }).getAttribute('datetime'),
  );
  for (const el of doc.querySelectorAll(BOILERPLATE)) el.remove();
  const scope = doc.querySelector('article') || doc.querySelector('main') || doc.body || doc.documentElement;
  const lines = [];
  const headline = doc.querySelector('h1');
  if (headline && squash(headline.textContent)) lines.push(squash(headline.textContent));
  for (const el of scope.querySelectorAll('p, h2, h3, li, blockquote')) {
    // Nested blocks (a <p> in a <blockquote>) are read once, through the outer one.
    if (el.parentElement && el.parentElement.closest('p, h2, h3, li, blockquote')) continue;
    const text = squash(el.textContent);
    if (text && lines[lines.length - 1] !== text) lines.push(text);
  }
  if (lines.length <= 1) {
    const text = (scope.textContent || '').split(/\n\s*\n|\n/).map(squash).filter(Boolean);
    lines.push(...text);
  }
  return { name, published, text: lines.join('\n') };
}

export async function fileToArticle(file) {
  const base = file.name.replace(/\.[^.]*$/, '') || file.name;
  const text = await file.text();
  const isHtml = /\.html?$/i.test(file.name) || /html/.test(file.type) || /^\s*<(!doctype html|html)/i.test(text);
  if (isHtml) return htmlToArticle(text, base);
  return { name: base, published: '', text: text.replace(/\r\n?/g, '\n') };
}
