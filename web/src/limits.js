// The core's input limits (Options in core/include/parallax/parallax.h), so that the page
// can say beside an article, while it is being typed, that it is too large. The core
// still decides: its warnings ("... not analysed") and refusals (ok: false) are shown as
// they come, and tests/browser/limits.test.mjs checks the two agree.
export const LIMITS = Object.freeze({
  documentBytes: 5 * 1024 * 1024,
  totalBytes: 64 * 1024 * 1024,
  documents: 2000,
});

export const LIMITS_TEXT = `Limits: ${mib(LIMITS.documentBytes)} per article, ${mib(LIMITS.totalBytes)} in all, ${LIMITS.documents.toLocaleString('en')} articles.`;

function mib(bytes) {
  return `${Math.round(bytes / 1048576)} MiB`;
}

// Size of a string in UTF-8 (what the core counts), without building the encoding.
export function utf8Length(text) {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2; // a surrogate pair: 2 units, 4 bytes
      i++;
    } else bytes += 2;
  }
  return bytes;
}

export function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1048576) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1048576).toFixed(1)} MiB (${bytes.toLocaleString('en')} bytes)`;
}

// articles: [{id, text, bytes}] (only those that will be sent). Returns the message for
// each over-limit article (by id) and the messages about the input as a whole.
export function checkLimits(articles) {
  const perArticle = new Map();
  const overall = [];
  let total = 0;
  for (const a of articles) {
    total += a.bytes;
    if (a.bytes > LIMITS.documentBytes) {
      perArticle.set(a.id, `Too large to analyse: ${formatBytes(a.bytes)}, over the limit of ${mib(LIMITS.documentBytes)} per article. It will not be analysed.`);
    }
  }
  if (articles.length > LIMITS.documents) {
    overall.push(`Too many articles: ${articles.length.toLocaleString('en')}, over the limit of ${LIMITS.documents.toLocaleString('en')}. Nothing can be analysed until some are removed.`);
  }
  if (total > LIMITS.totalBytes) {
    overall.push(`Too much text in all: ${formatBytes(total)}, over the limit of ${mib(LIMITS.totalBytes)}. Nothing can be analysed until some is removed.`);
  }
  return { perArticle, overall };
}
