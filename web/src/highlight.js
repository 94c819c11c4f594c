// Lays out overlapping highlight intervals (sentences, claims, quotes, numbers, dates,
// entities) as a tree that can be rendered as nested elements around text nodes, the
// mark.js way. Offsets are UTF-16 units, i.e. JavaScript string indices.
//
//   const tree = nestIntervals([{start: 0, end: 9, rank: 1, item: s}, ...], 0, text.length);
//   // tree.children[i] = {start, end, rank, item, children}
//
// Lower rank = outer layer. Where two intervals cross, the inner one (higher rank, or the
// later one of equal rank) is split at the outer one's end; an outer one that starts inside
// an inner one splits the inner one instead, so sentences stay whole where they can.
// Every piece keeps its `item`; pieces of one item share it. O(n log n) in the intervals.

class MinHeap {
  constructor(less) {
    this._less = less;
    this._a = [];
  }
  get size() {
    return this._a.length;
  }
  push(x) {
    const a = this._a;
    a.push(x);
    for (let i = a.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (!this._less(a[i], a[p])) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }
  pop() {
    const a = this._a;
    const top = a[0];
    const last = a.pop();
    if (a.length) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this._less(a[l], a[m])) m = l;
        if (r < a.length && this._less(a[r], a[m])) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}

const before = (a, b) => a.start - b.start || a.rank - b.rank || b.end - a.end || a.seq - b.seq;

export function nestIntervals(intervals, lo, hi) {
  const heap = new MinHeap((a, b) => before(a, b) < 0);
  let seq = 0;
  for (const iv of intervals) {
    const start = Math.max(lo, iv.start);
    const end = Math.min(hi, iv.end);
    if (end > start) heap.push({ start, end, rank: iv.rank, item: iv.item, seq: seq++ });
  }
  const root = { start: lo, end: hi, rank: -Infinity, item: null, children: [] };
  const stack = [root];
  while (heap.size) {
    const x = heap.pop();
    while (stack.length > 1 && stack[stack.length - 1].end <= x.start) stack.pop();
    let top = stack[stack.length - 1];
    while (x.end > top.end) {
      if (x.rank >= top.rank) {
        heap.push({ ...x, start: top.end, seq: seq++ });
        x.end = top.end;
      } else {
        // An outer interval starts inside an inner one: cut the inner one here.
        heap.push({ start: x.start, end: top.end, rank: top.rank, item: top.item, seq: seq++ });
        top.end = x.start;
        stack.pop();
        top = stack[stack.length - 1];
      }
    }
    const node = { start: x.start, end: x.end, rank: x.rank, item: x.item, children: [] };
    top.children.push(node);
    stack.push(node);
  }
  return root;
}

// Buckets intervals by the paragraph(s) they overlap. paragraphs: sorted {start, end}.
export function bucketByParagraph(intervals, paragraphs) {
  const bucketer = paragraphBuckets(paragraphs);
  for (const iv of intervals) bucketer.add(iv);
  return bucketer.buckets;
}

// The same, an interval at a time: add(iv) puts it in bucketer.buckets (a long article's
// tens of thousands of intervals can then be bucketed a slice at a time).
export function paragraphBuckets(paragraphs) {
  const buckets = paragraphs.map(() => []);
  const starts = paragraphs.map((p) => p.start);
  return { buckets, add: (iv) => addToBuckets(buckets, starts, paragraphs, iv) };
}

function addToBuckets(buckets, starts, paragraphs, iv) {
  // The last paragraph starting at or before iv.start (or the first one).
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= iv.start) lo = mid;
    else hi = mid - 1;
  }
  for (let i = lo; i < paragraphs.length && paragraphs[i].start < iv.end; i++) {
    if (paragraphs[i].end > iv.start) buckets[i].push(iv);
  }
}
