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
