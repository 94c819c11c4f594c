// A quotation's words in the article's own text. The core compares quotes by folded words
// ("now we are see evidence": lowercased, stemmed, contractions expanded); the page must
// show what the article printed. This finds, in a quote's original text, the span that a
// list of folded words covers, and diffs two original wordings word by word.
//
//   const span = spanOfWords('Now we’re seeing evidence, he said', ['we', 'are', 'see', 'evidence']);
//   // {start: 4, end: 25, text: 'we’re seeing evidence'}
const MAX_WORDS = 400;
// The second half of a contraction, as the core spells it out.
const CONTRACTIONS = { re: 'are', s: 'is', ll: 'will', ve: 'have', d: 'would', m: 'am', t: 'not' };

// The words of `text` with their offsets (UTF-16) and a loose key: lowercase, letters and
// digits only ("co-belligerents" → "cobelligerents"); "they’re" gives "they" and "are",
// both spanning the whole word.
export function wordsOf(text) {
  const out = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’\-‐.]*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let word = m[0].replace(/[.\-‐'’]+$/u, '');
    const start = m.index;
    const end = start + word.length;
    re.lastIndex = end || re.lastIndex + 1;
    const parts = word.toLowerCase().split(/['’]/);
    const head = parts[0].replace(/[^\p{L}\p{N}]/gu, '');
    if (head) out.push({ start, end, key: head });
    for (const tail of parts.slice(1)) {
      const key = CONTRACTIONS[tail] || tail.replace(/[^\p{L}\p{N}]/gu, '');
      if (key) out.push({ start, end, key });
    }
  }
  return out;
}

// Whether a folded word of the core and a word key of ours are the same word: equal, or
// one the stem of the other ("see"/"seeing", "thi"/"this", "troop"/"troops").
export function sameWord(a, b) {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.startsWith(short);
}

// Longest common subsequence of two lists under `eq`: pairs [i, j] in order.
function lcsPairs(a, b, eq) {
  const n = Math.min(a.length, MAX_WORDS);
  const m = Math.min(b.length, MAX_WORDS);
  const dp = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) dp[i][j] = eq(a[i], b[j]) ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  }
  const pairs = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (eq(a[i], b[j])) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (dp[i + 1][j] >= dp[i][j + 1]) i++;
    else j++;
  }
  return pairs;
}

// The span of `text` that the folded `words` cover (first to last matched word), or the
// whole text when none match.
export function spanOfWords(text, words) {
  const tokens = wordsOf(text);
  const pairs = lcsPairs(words, tokens, (w, t) => sameWord(w, t.key));
  if (!pairs.length) return { start: 0, end: text.length, text };
  const start = tokens[pairs[0][1]].start;
  const end = tokens[pairs[pairs.length - 1][1]].end;
  return { start, end, text: text.slice(start, end) };
}

// A key under which two renderings of a quote are the same words (case, punctuation and
// curly/straight apostrophes aside).
export function wordingKey(text) {
  return wordsOf(text).map((t) => t.key).join(' ');
}

// Word diff of two original wordings: runs of {text, op} where op is '=' (both), '-' (only
// in `a`) or '+' (only in `b`), in the order a reader compares them. Words are compared
// by their loose keys, contractions spelt out ("they’re" is "they are"); whitespace is
// kept with the word before it.
export function diffWordings(a, b) {
  const split = (s) => (s.match(/\S+\s*/g) || []).slice(0, MAX_WORDS).map((t) => ({ t, keys: wordsOf(t).map((w) => w.key), matched: 0 }));
  const aw = split(a);
  const bw = split(b);
  const flat = (tokens) => tokens.flatMap((tok, i) => tok.keys.map((key) => ({ key, i })));
  const af = flat(aw);
  const bf = flat(bw);
  const pairs = lcsPairs(af, bf, (x, y) => sameWord(x.key, y.key));
  for (const [i, j] of pairs) {
    aw[af[i].i].matched++;
    bw[bf[j].i].matched++;
  }
  const same = (tok) => tok.matched >= tok.keys.length;
  const runs = [];
  const push = (text, op) => {
    const last = runs[runs.length - 1];
    if (last && last.op === op) last.text += text;
    else runs.push({ text, op });
  };
  let i = 0;
  let j = 0;
  // Walk the matched word pairs; tokens between them are left out (-) or added (+).
  for (const [pi, pj] of [...pairs.map(([x, y]) => [af[x].i, bf[y].i]), [aw.length, bw.length]]) {
    for (; i < pi; i++) push(aw[i].t, same(aw[i]) || !aw[i].keys.length ? '=' : '-');
    for (; j < pj; j++) {
      if (same(bw[j]) || !bw[j].keys.length) push(bw[j].t, '=');
      else push(bw[j].t, '+');
    }
    if (pi < aw.length && i === pi) {
      if (!same(aw[i])) push(aw[i].t, '-');
      i++;
    }
    if (pj < bw.length && j === pj) {
      push(bw[j].t, same(bw[j]) ? '=' : '+');
      j++;
    }
  }
  return runs;
}
