// The page's reading of a quote's own words (web/src/quote-words.js), without a browser:
// the span of the original text that the core's folded words cover, and the word diff of
// two original wordings. Table-driven; a failing row names itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spanOfWords, diffWordings, wordingKey } from '../../web/src/quote-words.js';

const SPANS = [
  { name: 'StemsAndContractions', text: 'Now we’re seeing evidence, he said', words: ['we', 'are', 'see', 'evidence'], expected: 'we’re seeing evidence' },
  { name: 'HyphenAndPlural', text: 'If they’re co-belligerents, that is serious', words: ['if', 'they', 'are', 'cobelligerent'], expected: 'If they’re co-belligerents' },
  { name: 'TruncatedStem', text: 'a war on this scale', words: ['war', 'on', 'thi', 'scale'], expected: 'war on this scale' },
  { name: 'NoMatchIsWholeText', text: 'Nothing alike here', words: ['zebra'], expected: 'Nothing alike here' },
];

for (const c of SPANS) {
  test(`spanOfWords ${c.name}`, () => {
    assert.equal(spanOfWords(c.text, c.words).text, c.expected);
  });
}

const show = (runs) => runs.map((r) => (r.op === '=' ? r.text : `[${r.op}${r.text.trim()}] `)).join('').trim();

const DIFFS = [
  { name: 'SameWordsOtherPunctuation', a: 'What, exactly, they’re doing', b: 'What exactly they are doing?', expected: 'What exactly they are doing?' },
  { name: 'ReplacedWord', a: 'The dam is safe and sound', b: 'The dam is secure and sound', expected: 'The dam is [-safe] [+secure] and sound' },
  { name: 'AddedWord', a: 'We have never seen water this high', b: 'We have never seen the water this high', expected: 'We have never seen [+the] water this high' },
  { name: 'LeftOutWord', a: 'doing is left to be seen', b: 'doing? Left to be seen', expected: 'doing? [-is] Left to be seen' },
];

for (const c of DIFFS) {
  test(`diffWordings ${c.name}`, () => {
    assert.equal(show(diffWordings(c.a, c.b)), c.expected);
  });
}

test('wordingKey: identical renderings share a key, curly and straight apostrophes alike', () => {
  assert.equal(wordingKey('The dam is safe, and the valley won’t flood.'), wordingKey("the dam is safe and the valley won't flood"));
  assert.notEqual(wordingKey('The dam is safe'), wordingKey('The dam is secure'));
});
