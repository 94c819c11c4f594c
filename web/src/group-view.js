// What a reader is shown of one quantity, event or utterance group: its readings (the
// distinct values, days or wordings, each with the articles and sources stating it, wire
// copies counted once), which reading is the odd one out, the kind of conflict in words,
// a title and one plain sentence, all in the articles' own words (quotes are cut from the
// document text at the report's offsets, never the core's folded keys).
//
//   const view = groupView(model, group);
//   view.sentence  // "Kyiv Post says Tuesday (Oct 22); three articles say Wednesday (Oct 23)"
import { formatNumberValue } from './report-model.js';
import { spanOfWords, wordingKey, diffWordings } from './quote-words.js';

const KIND_WORDS = { contradicts: 'Contradicts', estimates_differ: 'Estimates differ by source', updated: 'Updated later' };
const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const TITLE_WORDS = 12;
const asArray = (x) => (Array.isArray(x) ? x : []);

export function conflictKindWords(kind) {
  return KIND_WORDS[kind] || '';
}

// "Kyiv Post", "Kyiv Post and Reuters", "three articles".
export function articlesPhrase(names) {
  if (names.length === 1) return names[0];
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `${NUMBER_WORDS[names.length] || names.length.toLocaleString('en')} articles`;
}

// A speaker or source as printed: no stray punctuation at either end.
export function cleanName(name) {
  return String(name || '').replace(/^[\s;:,.–—-]+|[\s;:,–—-]+$/gu, '');
}

const cache = new WeakMap();

// The view of `group` (cached per model and group).
export function groupView(model, group) {
  let byGroup = cache.get(model);
  if (!byGroup) cache.set(model, (byGroup = new Map()));
  if (!byGroup.has(group.id)) byGroup.set(group.id, build(model, group));
  return byGroup.get(group.id);
}

// A quote member's words in this group, cut from its article at the report's offsets.
function quoteSpans(model, group) {
  const spans = new Map();
  const diffs = asArray(group.diffs);
  asArray(group.members).forEach((id, k) => {
    const m = model.mentionById.get(id);
    if (!m) return;
    const di = model.docIndex.get(m.doc);
    const original = typeof m.start === 'number' && di !== undefined ? model.text(di).slice(m.start, m.end) || m.text || '' : m.text || '';
    const diff = asArray(diffs[k]);
    const words = diff.filter((d) => d && d.op !== '-').flatMap((d) => String(d.words || '').split(' ').filter(Boolean));
    const span = words.length ? spanOfWords(original, words) : { start: 0, end: original.length, text: original };
    spans.set(id, { text: span.text, start: (m.start || 0) + span.start, end: (m.start || 0) + span.end });
  });
  return spans;
}

function readingValue(model, group, reading, members, spans) {
  if (group.kind === 'quantity') {
    const unit = (members.find((m) => m.unit) || {}).unit;
    // "Twelve" starts its sentence in the article; inside ours it is "twelve".
    const value = (reading.text || formatNumberValue(reading)).replace(/^[A-Z](?=[a-z]+\b)/, (c) => c.toLowerCase());
    return [value, unit].filter(Boolean).join(' ');
  }
  if (group.kind === 'event') return reading.text || String(reading.value || 'unresolved');
  // A wording: the longest rendering among its members, as printed.
  let best = '';
  for (const m of members) {
    const t = (spans.get(m.id) || {}).text || '';
    if (t.length > best.length) best = t;
  }
  return best || reading.text || '';
}

// Identical renderings of a wording are one; a shorter one inside a longer is "partial".
function renderings(members, spans, model) {
  const byKey = new Map();
  for (const m of members) {
    const text = (spans.get(m.id) || {}).text || m.text || '';
    const key = wordingKey(text);
    if (!byKey.has(key)) byKey.set(key, { text, key, members: [], docs: [] });
    const r = byKey.get(key);
    r.members.push(m);
    if (!r.docs.includes(m.doc)) r.docs.push(m.doc);
  }
  const list = [...byKey.values()].sort((a, b) => b.key.length - a.key.length);
  const longest = list[0] ? list[0].key : '';
  for (const r of list) {
    r.partial = r.key !== longest && longest.includes(r.key);
    r.names = r.docs.map((d) => model.docName(d));
  }
  return list;
}

// A word diff of `b` against `a`, without what one of them merely leaves out at either
// end (a shorter excerpt of the same words is not a wording difference).
function wordingDiff(a, b) {
  const runs = diffWordings(a, b);
  while (runs.length > 1 && runs[0].op === '-') runs.shift();
  while (runs.length > 1 && runs[runs.length - 1].op === '-') runs.pop();
  return runs;
}

function build(model, group) {
  const kind = group.kind;
  const spans = kind === 'utterance' ? quoteSpans(model, group) : new Map();
  const members = model.members(group);
  const memberById = new Map(members.map((m) => [m.id, m]));
  let readings = asArray(group.readings).map((r, i) => {
    const rm = asArray(r.members).map((id) => memberById.get(id)).filter(Boolean);
    const docs = [...new Set(asArray(r.documents).length ? r.documents : rm.map((m) => m.doc))];
    return {
      index: i,
      raw: r,
      value: readingValue(model, group, r, rm, spans),
      members: rm,
      docs,
      names: docs.map((d) => model.docName(d)),
      sources: [...new Set(asArray(r.sources).map(cleanName).filter(Boolean))],
      count: model.sourceCount(docs),
      renderings: kind === 'utterance' ? renderings(rm, spans, model) : [],
      odd: false,
    };
  });
  if (!readings.length && members.length) {
    // An older report without readings: one reading per group, as the core would agree.
    const docs = [...new Set(members.map((m) => m.doc))];
    readings = [{ index: 0, raw: {}, value: members[0].text, members, docs, names: docs.map((d) => model.docName(d)), sources: [], count: model.sourceCount(docs), renderings: kind === 'utterance' ? renderings(members, spans, model) : [], odd: false }];
  }
  const speakers = [...new Set(members.map((m) => cleanName(m.speaker)).filter(Boolean))];
  const attribution = kind === 'utterance' && speakers.length > 1;
  // The core's verdict, unless what is left is one reading said by one speaker (two
  // spellings of a speaker that differ only by stray punctuation are one speaker).
  const conflict = !!group.conflict && (readings.length > 1 || attribution);
  const conflictKind = conflict ? group.conflict_kind || 'contradicts' : null;
  // The odd one out: where one reading has the most sources, the others are odd.
  if (conflict && conflictKind === 'contradicts' && readings.length > 1) {
    const top = Math.max(...readings.map((r) => r.count));
    if (readings.filter((r) => r.count === top).length === 1) for (const r of readings) r.odd = r.count < top;
  }
  if (kind === 'utterance' && readings.length > 1) {
    const base = readings.find((r) => !r.odd) || readings[0];
    for (const r of readings) if (r !== base) r.diff = wordingDiff(base.value, r.value);
  }
  return {
    group,
    kind,
    conflict,
    conflictKind,
    kindWords: conflictKindWords(conflictKind),
    attribution,
    readings,
    speakers,
    spans,
    title: title(model, group, readings, speakers),
    context: kind === 'utterance' ? null : context(model, members[0]),
    sentence: sentence(model, group, readings, conflictKind, attribution, members),
    docs: [...new Set(members.map((m) => m.doc))],
  };
}

const CONTEXT_BEFORE = 8;
const CONTEXT_AFTER = 6;

// The words around a figure or date in its article, cut from the document text at the
// report's offsets and kept within its sentence: {text, doc} or null.
function context(model, m) {
  if (!m || typeof m.start !== 'number') return null;
  const di = model.docIndex.get(m.doc);
  if (di === undefined) return null;
  const text = model.text(di);
  const sentence = asArray(model.documents[di].sentences).find((x) => x.start <= m.start && m.end <= x.end) || { start: 0, end: text.length };
  const before = text.slice(sentence.start, m.start).split(/(?<=\s)/);
  const after = text.slice(m.end, sentence.end).split(/(?=\s)/);
  const head = before.slice(-CONTEXT_BEFORE).join('');
  const tail = after.slice(0, CONTEXT_AFTER).join('');
  const cut = (x) => x.replace(/\s+/g, ' ');
  const excerpt = `${before.length > CONTEXT_BEFORE ? '…' : ''}${cut(head)}${text.slice(m.start, m.end)}${cut(tail)}${after.length > CONTEXT_AFTER ? '…' : ''}`.trim();
  return { text: excerpt, doc: m.doc };
}

function shorten(text, words = TITLE_WORDS) {
  const parts = String(text).trim().split(/\s+/);
  return parts.length > words ? `${parts.slice(0, words).join(' ')}…` : parts.join(' ');
}

function title(model, group, readings, speakers) {
  if (group.kind === 'utterance') {
    const base = readings.find((r) => !r.odd) || readings[0];
    const words = base ? shorten(base.value) : '';
    return `${speakers.join(' / ') || 'Unattributed'}: “${words}”`;
  }
  return group.label || group.id;
}

// "three articles (copies of one story) say": copies are named as such.
function sayers(names, count) {
  const phrase = articlesPhrase(names);
  if (!(count < names.length)) return phrase;
  return `${phrase} (${count === 1 ? 'copies of one story' : `${count} independent sources`})`;
}

const says = (names, verb = 'says', plural = 'say', count = names.length) => `${sayers(names, count)} ${names.length === 1 ? verb : plural}`;

// The articles of a figure reading, each followed by its own figure where that is not the
// reading's ("AP (1,500 to 12,000) and CNN say 3,000"): a range holding the reading
// is not the same words.
function figureNames(model, group, r) {
  if (group.kind !== 'quantity' || r.names.length > 2) return r.names;
  const same = (m) => m.value === r.raw.value && (m.low ?? null) === (r.raw.low ?? null) && (m.high ?? null) === (r.raw.high ?? null);
  return r.docs.map((doc, i) => {
    const own = r.members.filter((m) => m.doc === doc);
    if (!own.length || own.some(same)) return r.names[i];
    return `${r.names[i]} (${[...new Set(own.map((m) => m.text))].join(', ')})`;
  });
}

function sentence(model, group, readings, kind, attribution, members) {
  if (!readings.length) return group.explanation || '';
  if (attribution) {
    const bySpeaker = new Map();
    for (const m of members) {
      const who = cleanName(m.speaker) || 'no one named';
      if (!bySpeaker.has(who)) bySpeaker.set(who, []);
      const name = model.docName(m.doc);
      if (!bySpeaker.get(who).includes(name)) bySpeaker.get(who).push(name);
    }
    return `The same words are given to ${[...bySpeaker].map(([who, names]) => `${who} (${names.join(', ')})`).join(' and to ')}`;
  }
  if (readings.length === 1) {
    const r = readings[0];
    if (group.kind === 'utterance') return `${says(r.names, 'quotes', 'quote', r.count)} the same words`;
    return `${says(r.names, 'says', 'say', r.count)} ${r.value}`;
  }
  if (group.kind === 'utterance') {
    const base = readings.find((r) => !r.odd) || readings[0];
    const others = readings.filter((r) => r !== base);
    return `${others.map((r) => articlesPhrase(r.names)).join('; ')} ${others.length === 1 && others[0].names.length === 1 ? 'quotes' : 'quote'} different words from ${articlesPhrase(base.names)}`;
  }
  if (kind === 'estimates_differ') {
    return readings.map((r) => `${says(figureNames(model, group, r), 'says', 'say', r.count)} ${r.value}${r.sources.length ? `, citing ${r.sources.join(', ')}` : ''}`).join('; ');
  }
  if (kind === 'updated') {
    const dated = (r) => {
      const days = r.docs.map((d) => (model.documents[model.docIndex.get(d)] || {}).published).filter(Boolean).sort();
      return days.length ? ` (${shortDay(days[0])})` : '';
    };
    return `The figure rose: ${readings.map((r) => `${articlesPhrase(r.names)}${dated(r)} ${r.names.length === 1 ? 'says' : 'say'} ${r.value}`).join('; then ')}`;
  }
  const ordered = [...readings].sort((a, b) => a.count - b.count || a.index - b.index);
  return ordered.map((r) => `${says(figureNames(model, group, r), 'says', 'say', r.count)} ${r.value}`).join('; ');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function shortDay(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${MONTHS[Number(m[2]) - 1]} ${Number(m[3])}` : iso;
}
