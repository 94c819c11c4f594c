// Word-level diff for quote variants: which words of `b` are not in `a` (LCS over words).
// Quotes are short; inputs are capped so the quadratic table stays small.
const MAX_WORDS = 400;
const norm = (w) => w.toLowerCase().replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}']/gu, '');

// Returns b split into [{text, changed}] runs (whitespace kept with the word before it).
export function diffWords(a, b) {
  const aw = a.split(/\s+/).filter(Boolean).slice(0, MAX_WORDS).map(norm);
  const bTokens = b.match(/\S+\s*/g) || [];
  if (bTokens.length > MAX_WORDS) return [{ text: b, changed: false }];
  const bw = bTokens.map((t) => norm(t));
  const n = aw.length;
  const m = bw.length;
  const dp = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i][j] = aw[i] === bw[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
    }
  }
  const kept = new Array(m).fill(false);
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (aw[i] === bw[j]) {
      kept[j] = true;
      i++;
      j++;
    } else if (dp[i + 1][j] >= dp[i][j + 1]) i++;
    else j++;
  }
  const runs = [];
  bTokens.forEach((t, j) => {
    const changed = !kept[j] && bw[j] !== '';
    const last = runs[runs.length - 1];
    if (last && last.changed === changed) last.text += t;
    else runs.push({ text: t, changed });
  });
  return runs;
}
