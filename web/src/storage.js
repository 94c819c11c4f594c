// Keeps the articles in localStorage so they survive a reload or a crashed tab. Storage
// may be unavailable or full; the page then works without it.
const KEY = 'parallax.workspace.v1';

export function loadWorkspace() {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const data = JSON.parse(raw);
    if (!data || !Array.isArray(data.articles)) return null;
    const str = (x) => (typeof x === 'string' ? x : '');
    return {
      referenceDate: str(data.referenceDate),
      articles: data.articles
        .filter((a) => a && typeof a === 'object')
        .map((a) => ({ name: str(a.name), published: str(a.published), text: str(a.text) })),
    };
  } catch {
    return null;
  }
}

export function saveWorkspace(workspace) {
  try {
    localStorage.setItem(
      KEY,
      JSON.stringify({
        referenceDate: workspace.referenceDate,
        articles: workspace.articles.map(({ name, published, text }) => ({ name, published, text })),
      }),
    );
    return true;
  } catch {
    return false;
  }
}

// The last analysis, kept beside the articles so that a reload shows the results again.
// It is stored with a fingerprint of exactly what was analysed (the non-empty articles in
// order, and the reference date); on load it is shown only if the articles still match.
const REPORT_KEY = 'parallax.report.v1';

// FNV-1a over the analysed inputs: cheap, and enough to tell edited articles apart.
export function fingerprint(articles, referenceDate) {
  let hash = 0x811c9dc5;
  const feed = (s) => {
    for (let i = 0; i < s.length; i++) {
      hash ^= s.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    hash ^= 0x1f;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  };
  feed(referenceDate || '');
  for (const a of articles) {
    feed(a.name || '');
    feed(a.published || '');
    feed(a.text || '');
  }
  return `${articles.length}:${articles.reduce((n, a) => n + (a.text || '').length, 0)}:${hash.toString(16)}`;
}

export function loadReport() {
  try {
    const raw = localStorage.getItem(REPORT_KEY);
    if (!raw) return null;
    const data = JSON.parse(raw);
    if (!data || typeof data.fingerprint !== 'string') return null;
    if (data.rerun) return { fingerprint: data.fingerprint, report: null, rerun: true };
    return data.report && typeof data.report === 'object' ? data : null;
  } catch {
    return null;
  }
}

// No browser gives a page more than 10 MiB of localStorage, and Chromium stores a string
// with a character beyond Latin-1 in UTF-16, two bytes a character: a report longer than
// this cannot be stored, and trying (copying it for a write that fails) holds the page
// for 50-100 ms.
const STORAGE_BYTES = 10 * 1024 * 1024;

function cannotFit(pieces) {
  let length = 0;
  let wide = false;
  for (const piece of pieces) {
    length += piece.length;
    if (!wide && /[^\u0000-\u00ff]/.test(piece)) wide = true;
  }
  return length * (wide ? 2 : 1) > STORAGE_BYTES;
}

// Returns false when the report does not fit (the page then re-analyses on load). `json`,
// when given, is the report already serialised (the worker's text, or its pieces): not
// stringified again.
export function saveReport(fingerprintValue, report, json = '') {
  try {
    if (!report) {
      localStorage.removeItem(REPORT_KEY);
      return true;
    }
    const pieces = Array.isArray(json) ? json : [json];
    if (json.length && cannotFit(pieces)) throw new RangeError('the report is too large to store');
    localStorage.setItem(REPORT_KEY, json.length ? `{"fingerprint":${JSON.stringify(fingerprintValue)},"report":${pieces.join('')}}` : JSON.stringify({ fingerprint: fingerprintValue, report }));
    return true;
  } catch {
    try {
      localStorage.setItem(REPORT_KEY, JSON.stringify({ fingerprint: fingerprintValue, report: null, rerun: true }));
    } catch {
      /* storage unavailable: nothing to restore */
    }
    return false;
  }
}
