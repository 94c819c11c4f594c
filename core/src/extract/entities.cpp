// Entities: capitalised word sequences, read against the people lexicon.
//
// A sequence is a run of capitalised words, joined by name connectors (of, for, de, bin),
// initials ("J.") and title abbreviations ("Gen."); a possessive ("Korea’s") ends it.
// Then, in order: common words that happen to be capitalised are dropped (The, However,
// a sentence-initial word the document also writes in lowercase); a known alias names it
// (DPRK -> North Korea); a title prefix is stripped (U.S. Defense Secretary, Maj. Gen.);
// organisation cues, the gazetteer, place cues and acronyms give the type; person names
// lose initials and suffixes (Lloyd J. Austin III -> Lloyd Austin). Last, one-word
// mentions are resolved to a full name the document gives (Austin -> Lloyd Austin;
// Lee -> Lee Seong-kweun), and acronyms defined in parentheses take the defined name.
// Title-case headlines are read last and only for names the body or the lexicon knows.
#include "extract/entities.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "extract/words.h"
#include "lexicon/calendar_lexicon.h"
#include "lexicon/key_index.h"
#include "lexicon/people_lexicon.h"
#include "lexicon/short_key.h"
#include "lexicon/text_lexicon.h"
#include "lexicon/token_classes.h"
#include "text/unicode.h"

namespace parallax {

namespace {

enum class Guess : uint8_t { kKnown, kSingle, kDrop };

struct Candidate {
  Span span;
  EntityType type = EntityType::kOther;
  std::string canonical;
  Guess guess = Guess::kKnown;  // kSingle: one unknown word, resolved at the end
  bool initial = false;         // a single word at the start of a sentence or quotation
  bool before_verb = false;     // followed by a reporting verb: a person's surname
  // A plural after "the" ("the Greens", "the Democrats"): a party or a group, no person.
  bool group_plural = false;
  std::string_view key;  // folded word for kSingle (a view of the folded tokens)
};

// A multi-word person name; `first` and `last` are its folded first and last words (views
// of the folded tokens), empty if it has one word. `fold_whole`: they must be read from
// the folded name instead.
struct FullName {
  std::string name;
  std::string_view first, last;
  bool fold_whole = false;
};

struct Known {
  std::string canonical;
  EntityType type;
};

namespace tc = lexicon::token_class;

using Words = std::span<const uint32_t>;  // word tokens of a capitalised sequence

bool is_abbreviation_word(std::string_view folded) {
  const auto* a = lexicon::find_abbreviation(folded);
  return a != nullptr && a->kind != lexicon::AbbreviationKind::kMonth;
}

// What the people lexicon says of one folded word, as bits: process() and strip_title ask
// up to a dozen single-word tables about every word of a capitalised sequence, often
// several times. One probe of an index over the keys of all those tables answers them all,
// once per token (Extractor::facts). Each bit is asked of the table's own lookup, so the
// index can only agree with it; adding a word to a table needs no code here.
namespace fact {
inline constexpr uint16_t kPlace = 1 << 0;            // is_place
inline constexpr uint16_t kDemonym = 1 << 1;          // is_demonym
inline constexpr uint16_t kOrganizationCue = 1 << 2;  // is_organization_cue
inline constexpr uint16_t kPlaceCue = 1 << 3;         // is_place_cue
inline constexpr uint16_t kAlias = 1 << 4;            // find_alias
inline constexpr uint16_t kPlaceAlias = 1 << 5;       // find_alias, of type kPlace
inline constexpr uint16_t kStartsAlias = 1 << 6;      // starts_multiword_alias
inline constexpr uint16_t kStartsPlace = 1 << 7;      // starts_multiword_place
inline constexpr uint16_t kTitle = 1 << 8;            // find_title
inline constexpr uint16_t kHeadTitle = 1 << 9;        // is_head_title (below)
inline constexpr uint16_t kNameSuffix = 1 << 10;      // is_name_suffix
inline constexpr uint16_t kNameHead = 1 << 11;        // find_name_head
inline constexpr uint16_t kKnown = 1 << 15;           // the token's facts are filled in
}  // namespace fact

// A head title, or a singular role noun used as one ("Analyst Liam Doyle").
bool is_head_title(std::string_view f) {
  if (const auto* title = lexicon::find_title(f)) return title->kind == lexicon::TitleKind::kHead;
  const auto* role = lexicon::find_role_noun(f);
  return role && role->referent == lexicon::Referent::kPerson;
}

uint16_t facts_of(std::string_view f) {
  uint16_t bits = 0;
  if (lexicon::is_place(f)) bits |= fact::kPlace;
  if (lexicon::is_demonym(f)) bits |= fact::kDemonym;
  if (lexicon::is_organization_cue(f)) bits |= fact::kOrganizationCue;
  if (lexicon::is_place_cue(f)) bits |= fact::kPlaceCue;
  if (const auto* alias = lexicon::find_alias(f)) {
    bits |= fact::kAlias;
    if (alias->type == EntityType::kPlace) bits |= fact::kPlaceAlias;
  }
  if (lexicon::starts_multiword_alias(f)) bits |= fact::kStartsAlias;
  if (lexicon::starts_multiword_place(f)) bits |= fact::kStartsPlace;
  if (lexicon::find_title(f)) bits |= fact::kTitle;
  if (is_head_title(f)) bits |= fact::kHeadTitle;
  if (lexicon::is_name_suffix(f)) bits |= fact::kNameSuffix;
  if (lexicon::find_name_head(f)) bits |= fact::kNameHead;
  return bits;
}

using lexicon::short_key;
using lexicon::ShortKey;

uint64_t short_hash(ShortKey k, size_t n) {
  return (k.lo ^ (k.hi * 0x9E3779B97F4A7C15ull) ^ n) * 0xFF51AFD7ED558CCDull;
}

// Every key of the fact tables with its bits. Capitalised words are often keys or near
// them (names of places, people, titles), so a KeyIndex lookup rarely stops at the shape
// test and hashes, probes and compares. Keys of up to 16 bytes (all but a few) are also
// kept open-addressed in slots with a tag byte each: a word read from the padded folded
// text is two loads and a hash, and a miss usually ends at the first free tag, without
// reading a key.
struct FactIndex {
  lexicon::KeyIndex keys;      // every key: the lookup of empty and longer words
  std::vector<uint16_t> bits;  // per row of keys
  std::vector<uint8_t> tags;   // per slot: 0 if free, else bits of the key's hash (odd)
  std::vector<ShortKey> slots;
  std::vector<uint32_t> found;  // per slot: the key's bits | its size << 16
  int shift = 63;               // a hash's slot is hash >> shift
};

uint8_t tag_of(uint64_t hash, int shift) {
  return static_cast<uint8_t>(hash >> (shift - 8)) | 1;
}

// Fills the slots of `index` with the keys of 1..16 bytes; `keys` are the rows of its bits.
// A repeated key keeps one slot: every row of a key has the same bits.
void place_short_keys(FactIndex& index, const std::vector<std::string_view>& keys) {
  int bits = 4;
  while ((size_t{1} << bits) < keys.size() * 2) ++bits;  // at most half full
  index.shift = 64 - bits;
  const size_t mask = (size_t{1} << bits) - 1;
  index.tags.assign(mask + 1, 0);
  index.slots.assign(mask + 1, ShortKey{});
  index.found.assign(mask + 1, 0);
  for (size_t row = 0; row < keys.size(); ++row) {
    const std::string_view k = keys[row];
    if (k.empty() || k.size() > 16) continue;
    char padded[32] = {};
    std::memcpy(padded, k.data(), k.size());
    const ShortKey key = short_key(padded, k.size());
    const uint64_t hash = short_hash(key, k.size());
    size_t s = static_cast<size_t>(hash >> index.shift);
    while (index.tags[s] != 0 && !(index.slots[s].lo == key.lo && index.slots[s].hi == key.hi &&
                                   index.found[s] >> 16 == k.size()))
      s = (s + 1) & mask;
    if (index.tags[s] != 0) continue;
    index.tags[s] = tag_of(hash, index.shift);
    index.slots[s] = key;
    index.found[s] = index.bits[row] | static_cast<uint32_t>(k.size()) << 16;
  }
}

const FactIndex& fact_index() {
  static const FactIndex index = [] {
    // Every single word some bit stands for: a word outside them all has no bit set.
    std::vector<std::string_view> keys;
    const auto first_word = [](std::string_view phrase) {
      return phrase.substr(0, phrase.find(' '));
    };
    for (std::string_view w : lexicon::places()) keys.push_back(first_word(w));
    for (std::string_view w : lexicon::demonyms()) keys.push_back(w);
    for (std::string_view w : lexicon::organization_cues()) keys.push_back(w);
    for (std::string_view w : lexicon::place_cues()) keys.push_back(w);
    for (const lexicon::Alias& a : lexicon::aliases()) keys.push_back(first_word(a.phrase));
    for (const lexicon::TitleWord& t : lexicon::titles()) keys.push_back(t.word);
    for (const lexicon::RoleNoun& r : lexicon::role_nouns()) keys.push_back(r.word);
    for (std::string_view w : lexicon::name_suffixes()) keys.push_back(w);
    for (const lexicon::NameHead& h : lexicon::name_heads()) keys.push_back(h.word);
    std::vector<uint16_t> bits;
    bits.reserve(keys.size());
    for (std::string_view k : keys) bits.push_back(facts_of(k));
    FactIndex built{lexicon::KeyIndex(keys), std::move(bits), {}, {}, {}};
    place_short_keys(built, keys);
    return built;
  }();
  return index;
}

// words::is_all_caps, answered here for an ASCII word (nearly all are): most words are
// turned away at their second letter.
bool is_all_caps(std::string_view w) {
  int upper = 0;
  for (const char c : w) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80) return words::is_all_caps(w);
    if (static_cast<unsigned>(u - 'a') < 26u) return false;
    upper += static_cast<unsigned>(u - 'A') < 26u;
  }
  return upper >= 2;
}

// The fact bits of folded word f: a view of words::FoldedTokens, whose text is padded so
// that at least 16 readable bytes follow every token.
uint16_t indexed_facts(const FactIndex& index, std::string_view f) {
  if (f.size() - 1 < 16) {  // 1..16 bytes
    const ShortKey key = short_key(f.data(), f.size());
    const uint64_t hash = short_hash(key, f.size());
    const uint8_t tag = tag_of(hash, index.shift);
    const size_t mask = index.tags.size() - 1;
    for (size_t s = static_cast<size_t>(hash >> index.shift);; s = (s + 1) & mask) {
      const uint8_t t = index.tags[s];
      if (t == tag && index.slots[s].lo == key.lo && index.slots[s].hi == key.hi &&
          index.found[s] >> 16 == f.size())
        return static_cast<uint16_t>(index.found[s]);
      if (t == 0) return 0;
    }
  }
  const int32_t row = index.keys.find(f);
  return row < 0 ? uint16_t{0} : index.bits[static_cast<size_t>(row)];
}

// 1 for a byte that may start a capitalised word: an ASCII capital or the lead byte of a
// multibyte character (is_cap_word decides those).
constexpr auto kMayStartCapital = [] {
  std::array<uint8_t, 256> table{};
  for (int c = 'A'; c <= 'Z'; ++c) table[static_cast<size_t>(c)] = 1;
  for (size_t c = 0x80; c < 256; ++c) table[c] = 1;
  return table;
}();
static_assert(static_cast<int>(TokenKind::kWord) == 0 && static_cast<int>(TokenKind::kSymbol) < 8,
              "may_be_capitalised() shifts by the token kind");

class Extractor {
 public:
  Extractor(const DocumentText& doc, uint32_t doc_index, const words::FoldedTokens& folded)
      : doc_(doc),
        doc_index_(doc_index),
        folded_(folded),
        gathered_(new uint32_t[2 * (doc.tokens.size() + 1)]),
        caps_(may_be_capitalised()),
        asked_(words_asked_lowercase()) {
    // Which of the asked words the document also writes in lowercase. Only words that are
    // no never-name, calendar or title word are asked (process): the others, the commonest
    // words of any text, are left out. Most words are rejected by asked_ on their first
    // and last byte and length, without a hash.
    const size_t n = doc.tokens.size();
    facts_.assign(n, 0);
    // The shape test first: it rejects nearly every token on bytes already at hand. The
    // tokens that pass are gathered without a branch.
    uint32_t* shaped = gathered_.get() + n + 1;
    size_t kept = 0;
    for (size_t t = 0; t < n; ++t) {
      const std::string_view f = folded_[t];
      // The folded text is padded: an empty word reads a zero byte and no key's length.
      const char* p = f.data();
      shaped[kept] = static_cast<uint32_t>(t);
      kept += asked_.shape_bits(p[0], p[f.size() - (f.size() != 0)], f.size()) != 0;
    }
    for (size_t i = 0; i < kept; ++i) {
      const uint32_t t = shaped[i];
      const std::string_view f = folded_[t];
      const Token& tok = doc.tokens[t];
      if (tok.kind != TokenKind::kWord || folded_.is(t, kNeverAskedLowercase)) continue;
      const auto first = static_cast<unsigned char>(doc.text[tok.span.begin]);
      // An ASCII first byte is read here; words::is_capitalised decodes the others.
      if (first < 0x80 ? static_cast<unsigned>(first - 'A') < 26u
                       : words::is_capitalised(doc.slice(tok.span)))
        continue;
      if (const int32_t row = asked_.find(f); row >= 0)
        written_lowercase_[static_cast<size_t>(row)] = true;
    }
  }

  std::vector<EntityMention> run() {
    // News text has about one candidate per ten tokens: half of that spares the early
    // regrowths (moving candidates and their strings) without reserving much unused memory.
    candidates_.reserve(doc_.tokens.size() / 20 + 8);
    std::vector<uint32_t> headlines;
    size_t cap = 0;  // caps_ from the sentence being read on: sentences come in order
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      const Sentence& sentence = doc_.sentences[s];
      if (doc_.is_furniture(sentence)) continue;
      if (sentence.headline && is_title_case(sentence)) {
        headlines.push_back(s);
        continue;
      }
      cap = scan_sentence(sentence, cap);
    }
    apply_acronyms();
    resolve_singles(!headlines.empty());
    for (uint32_t s : headlines) scan_title_case(doc_.sentences[s]);

    std::vector<EntityMention> out;
    out.reserve(candidates_.size());
    for (Candidate& c : candidates_) {
      if (c.guess == Guess::kDrop || c.span.empty()) continue;
      out.push_back({doc_index_, c.span, c.type, std::move(c.canonical)});
    }
    // Mentions are mostly found in order. Where every start is greater than the one before
    // the order is already the sorted one (no two keys equal, so no sort could place them
    // otherwise); only a list with a repeated or earlier start is sorted.
    const auto earlier = [](const EntityMention& a, const EntityMention& b) {
      return a.span.begin < b.span.begin;
    };
    const bool in_order =
        std::adjacent_find(out.begin(), out.end(), [&](const auto& a, const auto& b) {
          return !earlier(a, b);
        }) == out.end();
    if (!in_order) std::sort(out.begin(), out.end(), earlier);
    // Overlapping mentions (an alias inside a longer sequence) keep the first: compacted in
    // place rather than moved into a second vector.
    size_t kept = 0;
    for (size_t i = 0; i < out.size(); ++i) {
      if (kept > 0 && out[kept - 1].span.end > out[i].span.begin) continue;
      if (kept != i) out[kept] = std::move(out[i]);
      ++kept;
    }
    out.erase(out.begin() + static_cast<std::ptrdiff_t>(kept), out.end());
    return out;
  }

 private:
  // The tokens that may be capitalised words, in order: word tokens whose first byte is an
  // ASCII capital or starts a multibyte character (is_cap_word decides those). The scans of
  // capitalised words visit only these. Gathered in one pass without a branch per token:
  // which word is capitalised is not predictable.
  std::span<const uint32_t> may_be_capitalised() const {
    const size_t n = doc_.tokens.size();
    uint32_t* caps = gathered_.get();
    size_t kept = 0;
    for (size_t t = 0; t < n; ++t) {
      const Token& tok = doc_.tokens[t];
      const auto first = static_cast<unsigned char>(doc_.text[tok.span.begin]);
      caps[kept] = static_cast<uint32_t>(t);
      // 1 >> kind is 1 for a word (kind 0) and 0 for any other token.
      kept += kMayStartCapital[first] >> static_cast<unsigned>(tok.kind);
    }
    return {caps, kept};
  }

  // Every word process() may ask lowercase() about (a superset): the capitalised words of
  // a run that starts a sentence, a quotation or a clause after a colon or dash, and goes
  // on as far as collect() could. Only a sequence collected from such a start is processed
  // with `initial` set, and it lies within that run. A document has a few dozen of them.
  // Sizes written_lowercase_ to match.
  lexicon::KeyIndex words_asked_lowercase() {
    std::vector<std::string_view> asked;
    asked.reserve(32);  // a few dozen words: one allocation, not a regrowth per doubling
    size_t cap = 0;     // caps_ from the sentence being read on: sentences come in order
    for (const Sentence& s : doc_.sentences) {
      if (doc_.is_furniture(s)) continue;
      uint32_t resume = s.first_token;  // a run read below ends before this token
      cap = first_cap_of(s, cap);
      for (; cap < caps_.size() && caps_[cap] < s.end_token; ++cap) {
        uint32_t t = caps_[cap];
        // A start is the sentence's first token or follows a punctuation token.
        if (t < resume || (t > s.first_token && doc_.tokens[t - 1].kind != TokenKind::kPunct))
          continue;
        if (!is_cap_word(t) || !sentence_initial(s, t)) continue;
        for (; t < s.end_token; ++t) {
          if (!is_cap_word(t)) {
            // collect() goes on past a period and past a connector before a capitalised
            // word; anything else ends the sequence.
            const bool period = is_punct(t, '.');
            if (period || (is_word(t) && t + 1 < s.end_token && is_cap_word(t + 1))) continue;
            break;
          }
          const std::string_view f = strip_possessive_folded(t);
          // Words of these classes are never asked: "The", "But", "October".
          const uint16_t classes =
              f.size() == folded_[t].size() ? folded_.classes(t) : lexicon::token_classes(f);
          if (!(classes & kNeverAskedLowercase)) asked.push_back(f);
        }
        resume = t + 1;
      }
    }
    written_lowercase_.assign(asked.size(), false);
    return lexicon::KeyIndex(std::move(asked));
  }
  // Whether the document writes this folded word in lowercase; `f` is one of the words
  // words_asked_lowercase() gathered.
  bool lowercase(std::string_view f) const {
    const int32_t row = asked_.find(f);
    return row >= 0 && written_lowercase_[static_cast<size_t>(row)];
  }

  // The fact bits of token t's folded word, possessive removed (strip_possessive_folded),
  // looked up once per token.
  // Asked a few times of every word of a sequence: the cached answer is read inline, the
  // lookup is made out of line.
  [[gnu::always_inline]] uint16_t facts(uint32_t t) const {
    const uint16_t f = facts_[t];
    return (f & fact::kKnown) ? f : look_up_facts(t);
  }
  [[gnu::noinline]] uint16_t look_up_facts(uint32_t t) const {
    return facts_[t] = indexed_facts(index_, strip_possessive_folded(t)) | fact::kKnown;
  }
  [[gnu::always_inline]] bool has(uint32_t t, uint16_t bits) const {
    return (facts(t) & bits) != 0;
  }
  // The same for the whole folded word: differs from facts(t) only on a possessive.
  bool has_folded(uint32_t t, uint16_t bits) const {
    const std::string_view f = folded_[t];
    if (strip_possessive_folded(t).size() != f.size())
      return (indexed_facts(index_, f) & bits) != 0;
    return has(t, bits);
  }

  // The token tests below are asked of every word of a sequence, often several times: each
  // is a load or two, kept inline.
  [[gnu::always_inline]] bool is_word(uint32_t t) const {
    return doc_.tokens[t].kind == TokenKind::kWord;
  }
  [[gnu::always_inline]] bool is_cap_word(uint32_t t) const {
    return is_word(t) && words::is_capitalised(doc_.slice(doc_.tokens[t].span));
  }
  bool is_punct(uint32_t t, char c) const {
    const Token& tok = doc_.tokens[t];
    return tok.kind == TokenKind::kPunct && tok.span.size() == 1 && doc_.text[tok.span.begin] == c;
  }
  [[gnu::always_inline]] std::string_view raw(uint32_t t) const {
    return doc_.slice(doc_.tokens[t].span);
  }

  // Most long words capitalised: "Russia Claims Capture of Two More Villages".
  bool is_title_case(const Sentence& s) const {
    int long_words = 0, capitalised = 0;
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      if (!is_word(t) || raw(t).size() < 4) continue;
      ++long_words;
      if (is_cap_word(t)) ++capitalised;
    }
    return long_words >= 3 && capitalised * 5 >= long_words * 4;
  }

  // A word token after which a "." belongs to the name: initials, Gen., Co., Jr.
  bool takes_period(uint32_t t) const {
    const std::string_view w = raw(t);
    int len = 0;
    unicode::decode_at(w, 0, len);
    return static_cast<size_t>(len) == w.size() || is_abbreviation_word(folded_[t]);
  }

  // Folded phrase of tokens [a, b): words joined by spaces, periods attached. Written into
  // a reused buffer: strip_title asks for several phrases at every word.
  std::string_view phrase_into(std::string& out, Words ws, size_t a, size_t b) const {
    out.clear();
    for (size_t i = a; i < b; ++i) {
      if (!out.empty()) out += ' ';
      out += strip_possessive_folded(ws[i]);
    }
    return out;
  }
  // Asked several times of every word of a sequence: inlined, it rejects nearly every word
  // on its last byte without a call.
  [[gnu::always_inline]] std::string_view strip_possessive_folded(uint32_t t) const {
    const std::string_view f = folded_[t];
    if (f.size() > 2 && f.back() == 's' && f[f.size() - 2] == '\'' &&
        words::possessive_suffix(raw(t)) > 0)
      return f.substr(0, f.size() - 2);
    return f;
  }
  // Original text of word tokens ws[a, b), possessive removed, joined by single spaces.
  std::string surface(Words ws, size_t a, size_t b, bool drop_minor) const {
    // Words the text already writes with one space between them are copied at once.
    if (!drop_minor || b - a == 1) {
      bool plain = true;
      for (size_t i = a + 1; i < b && plain; ++i) {
        const uint32_t end = doc_.tokens[ws[i - 1]].span.end;
        plain = doc_.tokens[ws[i]].span.begin == end + 1 && doc_.text[end] == ' ';
      }
      if (plain) return std::string(doc_.slice(span_of(ws, a, b)));
    }
    std::string out;
    for (size_t i = a; i < b; ++i) {
      const uint32_t t = ws[i];
      std::string_view w = raw(t);
      if (i + 1 == b) w.remove_suffix(words::possessive_suffix(w));
      if (drop_minor && b - a > 1 && is_minor_word(t, w)) continue;
      if (!out.empty()) out += ' ';
      out += w;
    }
    return out;
  }
  // An initial ("J") or a name suffix ("Jr."): left out of a person's name. `w` is the
  // word's text as surface() reads it.
  bool is_minor_word(uint32_t t, std::string_view w) const {
    int len = 0;
    unicode::decode_at(w, 0, len);
    const bool initial = static_cast<size_t>(len) == w.size() && words::is_capitalised(w);
    return initial || has_folded(t, fact::kNameSuffix);
  }
  // A person's full name, surface(ws, a, b, true), with the folded first and last of its
  // words, as resolve_singles matches one-word mentions against them.
  FullName full_name(Words ws, size_t a, size_t b, std::string name) const {
    FullName out{std::move(name), {}, {}, false};
    size_t first = b, last = b, kept = 0;
    for (size_t i = a; i < b; ++i) {
      std::string_view w = raw(ws[i]);
      if (i + 1 == b) w.remove_suffix(words::possessive_suffix(w));
      if (b - a > 1 && is_minor_word(ws[i], w)) continue;
      if (first == b) first = i;
      last = i;
      ++kept;
    }
    if (kept < 2) return out;  // one word: no first and last name
    // The folded words of a token are the folds of its text (words::FoldedTokens): the
    // name's first and last words are read there rather than folding the name again. A
    // word whose fold holds a space would split otherwise: such a name is folded whole.
    out.first = folded_[ws[first]];
    out.last = last + 1 == b ? strip_possessive_folded(ws[last]) : folded_[ws[last]];
    if (out.first.find(' ') != std::string_view::npos ||
        out.last.find(' ') != std::string_view::npos)
      out.fold_whole = true;
    return out;
  }

  Span span_of(Words ws, size_t a, size_t b) const {
    const Token& last = doc_.tokens[ws[b - 1]];
    const uint32_t end = last.span.end - words::possessive_suffix(raw(ws[b - 1]));
    return {doc_.tokens[ws[a]].span.begin, end};
  }

  bool sentence_initial(const Sentence& s, uint32_t t) const {
    if (t == s.first_token) return true;
    const Token& prev = doc_.tokens[t - 1];
    if (prev.kind != TokenKind::kPunct) return false;
    const char32_t cp = words::first_cp(doc_, prev);
    if (cp == ':' || unicode::is_dash(cp)) return true;  // "ROME (AP) — Heavy rain ..."
    return unicode::is_open_quote(cp) && prev.span.end == doc_.tokens[t].span.begin;
  }

  // The first index of caps_ at or after `from` that holds a token of s or a later one.
  // Sentences are read in order: a short walk from where the last one ended, no search.
  size_t first_cap_of(const Sentence& s, size_t from) const {
    while (from < caps_.size() && caps_[from] < s.first_token) ++from;
    return from;
  }

  // Reads sentence s, whose capitalised words start at caps_[cap] or later; returns the
  // index of caps_ after them.
  size_t scan_sentence(const Sentence& s, size_t cap) {
    uint32_t t = s.first_token;  // the next token to read
    for (cap = first_cap_of(s, cap); cap < caps_.size() && caps_[cap] < s.end_token; ++cap) {
      if (caps_[cap] < t) continue;
      t = caps_[cap];
      if (!is_cap_word(t) || folded_.is(t, tc::kNonName)) continue;
      // A multi-word alias may hold a possessive ("Democratic People’s Republic of Korea").
      if (uint32_t n = match_alias_at(t, s.end_token); n > 0) {
        t += n;
        continue;
      }
      // One buffer for every sequence: process() only reads it.
      ws_.clear();
      bool possessive = false;
      uint32_t next = collect(t, s.end_token, ws_, possessive);
      process(s, ws_, next, sentence_initial(s, t));
      t = next;
    }
    return cap;
  }

  // The longest alias of two or more words starting at token t; returns tokens used.
  uint32_t match_alias_at(uint32_t t, uint32_t end) {
    // Most capitalised words start no alias of two or more words: one lookup rejects them.
    if (t + 1 >= end || !is_word(t + 1) || !has_folded(t, fact::kStartsAlias)) return 0;
    uint32_t best = 0;
    const lexicon::Alias* found = nullptr;
    std::string& p = phrase_buffer_;  // the folded words t..k-1, joined by spaces
    p.assign(folded_[t]);
    for (uint32_t k = t + 1; k < end && k - t < lexicon::kMaxAliasWords; ++k) {
      if (!is_word(k)) break;
      const size_t before = p.size();
      p += ' ';
      p += strip_possessive_folded(k);
      if (const auto* a = lexicon::find_alias(p)) {
        found = a;
        best = k + 1 - t;
      }
      p.resize(before + 1);
      p += folded_[k];
    }
    if (!found) return 0;
    Candidate c;
    const uint32_t last = t + best - 1;
    c.span = {doc_.tokens[t].span.begin,
              doc_.tokens[last].span.end - words::possessive_suffix(raw(last))};
    c.type = found->type;
    c.canonical = std::string(found->canonical);
    candidates_.push_back(std::move(c));
    return best;
  }

  // Collects a capitalised sequence from t; returns the token after it.
  uint32_t collect(uint32_t t, uint32_t end, std::vector<uint32_t>& ws, bool& possessive) const {
    bool had_connector = false;
    uint32_t j = t;
    while (true) {
      ws.push_back(j);
      if (words::possessive_suffix(raw(j)) > 0) {
        // "People's Party", "Workers' Union": a possessive inside an organisation's name.
        const uint32_t after = j + 1;
        const bool inside =
            after < end && is_word(after) && is_cap_word(after) && j > t &&
            (lexicon::is_organization_cue(folded_[after]) || folded_[after] == "republic");
        if (!inside) {
          possessive = true;
          return j + 1;
        }
        j = after;
        continue;
      }
      // "Farmers' Party", "Teachers’ Union": a plural's possessive apostrophe, a token of
      // its own, inside an organisation's name (the canonical name leaves it out).
      if (const uint32_t mark = j + 1;
          mark + 1 < end && !is_word(mark) && (raw(mark) == "'" || raw(mark) == "\u2019") &&
          doc_.tokens[mark].span.begin == doc_.tokens[j].span.end && folded_[j].ends_with('s') &&
          is_word(mark + 1) && is_cap_word(mark + 1) &&
          lexicon::is_organization_cue(folded_[mark + 1])) {
        j = mark + 1;
        continue;
      }
      uint32_t next = j + 1;
      if (next < end && is_punct(next, '.') &&
          doc_.tokens[next].span.begin == doc_.tokens[j].span.end && takes_period(j))
        ++next;
      if (next >= end || !is_word(next)) return next;
      if (is_cap_word(next)) {
        if (folded_.is(next, tc::kCalendar) && next + 1 < end &&
            doc_.tokens[next + 1].kind == TokenKind::kNumber)
          return next;
        j = next;
        continue;
      }
      const std::string_view f = folded_[next];
      // A direct lookup: most words asked are lowercase words that need no facts.
      const bool connector = lexicon::is_name_connector(f) || (f == "and" && had_connector);
      if (connector && next + 1 < end && is_cap_word(next + 1) &&
          !folded_.is(next + 1, tc::kCalendar)) {
        had_connector = had_connector || f != "and";
        ws.push_back(next);
        j = next + 1;
        continue;
      }
      return next;
    }
  }

  void process(const Sentence& s, Words ws, uint32_t next, bool initial) {
    // Capitalised common words are not names.
    size_t a = 0;
    while (a < ws.size()) {
      const std::string_view f = strip_possessive_folded(ws[a]);
      const uint16_t classes =
          f.size() == folded_[ws[a]].size() ? folded_.classes(ws[a]) : lexicon::token_classes(f);
      // A group opening a sentence ("Analysts said ...") is a description, not a name.
      const lexicon::RoleNoun* group = a == 0 && initial ? lexicon::find_role_noun(f) : nullptr;
      const bool common = (classes & (tc::kNonName | tc::kCalendar)) ||
                          (a == 0 && initial && !(classes & tc::kTitle) && lowercase(f) &&
                           !has(ws[a], fact::kPlace | fact::kAlias)) ||
                          (group && group->referent == lexicon::Referent::kGroup);
      if (!common) break;
      ++a;
      initial = false;
    }
    // "Residents of Ostrava": a sentence-initial plain word and its connector.
    if (a == 0 && initial && ws.size() > 2 && !is_cap_word(ws[1])) {
      if (!has_folded(ws[0], fact::kOrganizationCue | fact::kTitle | fact::kPlace | fact::kAlias |
                                 fact::kHeadTitle))
        a = 2;
    }
    // A connector can't start a name.
    while (a < ws.size() && !is_cap_word(ws[a])) ++a;
    const size_t b = ws.size();
    if (a >= b) return;
    // "Matteo Lepore of Bologna": a person's name, then where they are from; "Priya Sandhu of
    // Keswick Securities": then where they work ("Bank of England" is no person's name).
    for (size_t c = a + 2; c + 1 < b; ++c) {
      if (folded_[ws[c]] != "of" || !looks_like_person(ws, a, c)) continue;
      if (has_folded(ws[c - 1], fact::kHeadTitle | fact::kTitle)) break;
      bool organisation = false;
      for (size_t i = a; i < c; ++i)
        organisation = organisation || has_folded(ws[i], fact::kOrganizationCue);
      if (organisation) break;
      process(s, ws.subspan(a, c - a), ws[c], initial);
      process(s, ws.subspan(c + 1), next, false);
      return;
    }
    // A phrase of several words is built only when its first word starts a longer alias.
    const auto* whole_alias =
        b - a == 1 ? (has(ws[a], fact::kAlias) ? lexicon::find_alias(strip_possessive_folded(ws[a]))
                                               : nullptr)
        : has(ws[a], fact::kStartsAlias)
            ? lexicon::find_alias(phrase_into(phrase_buffer_, ws, a, b))
            : nullptr;
    if (const auto* alias = whole_alias) {
      add(span_of(ws, a, b), alias->type, std::string(alias->canonical));
      check_acronym(ws, a, b, next, alias->type, candidates_.back().canonical);
      return;
    }
    // "Front Street", "Coromandel Express", "Camp Fire", "Hurricane Dora": a street, a train,
    // an event; never a person, and "Front" does not make it an organisation.
    if (b - a >= 2) {
      const lexicon::NameHead* head = nullptr;
      if (has_folded(ws[b - 1], fact::kNameHead))
        head = lexicon::find_name_head(strip_possessive_folded(ws[b - 1]));
      else if (b - a == 2 && has_folded(ws[a], fact::kNameHead) &&
               !has_folded(ws[a + 1], fact::kTitle | fact::kHeadTitle))
        head = lexicon::find_name_head(strip_possessive_folded(ws[a]));
      if (head) {
        add(span_of(ws, a, b), head->type, surface(ws, a, b, false));
        return;
      }
    }
    // An organisation keeps its whole name: "Russian Defense Ministry".
    bool organisation = false;
    for (size_t i = a; i < b; ++i)
      if (has(ws[i], fact::kOrganizationCue) && (b - a > 1 || i > a)) organisation = true;
    size_t start = a;
    // "Maui Police Chief John Pelletier": an organisation's title, then a person's name.
    bool titled_person = false;
    if (organisation) {
      for (size_t i = b - 2; i > a && i < b; --i) {
        if (!has_folded(ws[i], fact::kTitle | fact::kHeadTitle)) continue;
        if (b - (i + 1) >= 2 && looks_like_person(ws, i + 1, b)) {
          start = i + 1;
          organisation = false;
          titled_person = true;
        }
        break;
      }
    }
    if (!organisation && !titled_person) start = strip_title(ws, a, b);
    if (start >= b) return;  // a title alone ("Defense Secretary")
    // Read only before anything else fills phrase_buffer_. A phrase of several words can be
    // an alias or a place only if its first word starts one: else it is not built.
    const std::string_view first = strip_possessive_folded(ws[start]);
    const bool single = b - start == 1;
    const bool may_be_known = single || has(ws[start], fact::kStartsAlias | fact::kStartsPlace);
    const std::string_view rest = b - start == 1 ? first
                                  : may_be_known ? phrase_into(phrase_buffer_, ws, start, b)
                                                 : "";
    const Span span = span_of(ws, start, b);
    EntityType type = EntityType::kOther;
    // The surface of the words unless a rule below names the entity otherwise (`named`):
    // built only when it is the name.
    std::string canonical;
    bool named = false;
    // One word's facts say whether it is an alias at all: the lookup then only finds its row.
    const bool may_be_alias = single ? has(ws[start], fact::kAlias) : may_be_known;
    if (const auto* alias = may_be_alias ? lexicon::find_alias(rest) : nullptr) {
      type = alias->type;
      canonical = std::string(alias->canonical);
      named = true;
    } else if (organisation) {
      type = EntityType::kOrganization;
    } else if ((single ? has(ws[start], fact::kPlace) : may_be_known && lexicon::is_place(rest)) ||
               place_cue_after(next, s.end_token) || place_cue_before(ws[start], s.first_token)) {
      type = EntityType::kPlace;
    } else if (b - start == 1 && is_all_caps(raw(ws[start]))) {
      auto it = acronyms_.find(std::string(raw(ws[start])));
      if (it != acronyms_.end()) {
        type = it->second.type;
        canonical = it->second.canonical;
        named = true;
      } else if (dateline(s, ws[start], next)) {
        type = EntityType::kPlace;  // "OSLAND — Norvik Motors said ...": where it was filed
      } else if (lexicon::is_term_abbreviation(folded_[ws[start]])) {
        type = EntityType::kOther;  // "EPS: $1.38", "GDP grew": a term, no one
      } else {
        type = EntityType::kOrganization;
      }
    } else if (b - start == 1) {
      if (has(ws[start], fact::kOrganizationCue)) {
        type = EntityType::kOrganization;
      } else if (has(ws[start], fact::kDemonym)) {
        // "North", "Western" alone name no one: "the North" is a way of writing, not a name.
        static constexpr std::string_view kCompass[] = {
            "central", "east",     "eastern", "north",   "northern",
            "south",   "southern", "west",    "western",
        };
        if (std::find(std::begin(kCompass), std::end(kCompass), first) != std::end(kCompass))
          return;
        type = EntityType::kOther;
      } else {
        Candidate c;
        c.span = span;
        c.canonical = surface(ws, start, b, false);
        c.guess = Guess::kSingle;
        c.key = strip_possessive_folded(ws[start]);  // `rest`, as a view that outlives the buffer
        c.initial = initial && start == a;
        // "Officials in Tarsk said": a word right after a locative preposition is where
        // they are, not who speaks.
        const uint32_t w = ws[start];
        const bool after_locative =
            start == a && w > s.first_token && is_word(w - 1) && is_locative(folded_[w - 1]);
        c.before_verb = !after_locative && (verb_follows(next, s.end_token) || start > a);
        constexpr size_t kMinPluralName = 5;  // "the Ones" and "the Pas" name nothing sure
        // Not a people ("the Americans"), a range or region ("the Himalayas") nor an event
        // ("the Olympics").
        c.group_plural = start == a && w > s.first_token && folded_[w - 1] == "the" &&
                         c.key.size() >= kMinPluralName && c.key.back() == 's' &&
                         !c.key.ends_with("ss") &&
                         !lexicon::is_demonym(c.key.substr(0, c.key.size() - 1)) &&
                         !lexicon::is_plural_non_group(c.key);
        candidates_.push_back(std::move(c));
        return;
      }
    } else if (looks_like_person(ws, start, b) ||
               (start > a && b - start == 2 && has(ws[start], fact::kPlace) &&
                looks_like_person(ws, start + 1, b))) {  // "Minister Sofia Dranek"
      type = EntityType::kPerson;
      canonical = surface(ws, start, b, true);
      named = true;
      full_names_.push_back(full_name(ws, start, b, canonical));
    } else {
      bool place_word = false;
      for (size_t i = start; i < b; ++i) place_word = place_word || has_folded(ws[i], fact::kPlace);
      type = place_word ? EntityType::kOrganization : EntityType::kOther;
    }
    add(span, type, named ? std::move(canonical) : surface(ws, start, b, false));
    check_acronym(ws, start, b, next, type, candidates_.back().canonical);
  }

  // Index of the first word after a title prefix (U.S. Defense Secretary, Maj. Gen.), or `a`
  // if the prefix names no role. Places named in the prefix become mentions of their own.
  size_t strip_title(Words ws, size_t a, size_t b) {
    size_t i = a;
    bool head = false;
    std::vector<std::pair<size_t, size_t>>& places = places_;
    places.clear();
    while (i < b) {
      size_t matched = 0;
      const std::string_view f = strip_possessive_folded(ws[i]);
      // Phrases of several words only after a word that starts a longer place or alias.
      const size_t longest = has(ws[i], fact::kStartsPlace | fact::kStartsAlias)
                                 ? std::min<size_t>(lexicon::kMaxPlaceWords, b - i)
                                 : 1;
      for (size_t n = longest; n > 1 && !matched; --n) {
        const std::string_view p = phrase_into(phrase_buffer_, ws, i, i + n);
        const auto* alias = lexicon::find_alias(p);
        if (lexicon::is_place(p) || (alias && alias->type == EntityType::kPlace)) matched = n;
      }
      if (!matched && has(ws[i], fact::kPlace | fact::kPlaceAlias | fact::kDemonym)) matched = 1;
      // After a head title, a place word followed by one more name word is a first name:
      // "Interior Minister Sofia Dranek", not a minister of Sofia.
      if (matched == 1 && head && i + 2 == b && !has(ws[i + 1], fact::kTitle | fact::kHeadTitle) &&
          !has(ws[i + 1], fact::kPlace | fact::kPlaceAlias | fact::kDemonym))
        break;
      if (matched) {
        places.push_back({i, i + matched});
        i += matched;
        continue;
      }
      if (has(ws[i], fact::kTitle)) {
        // A title's kHeadTitle bit is its kind: kHead.
        head = head || has(ws[i], fact::kHeadTitle);
        ++i;
        continue;
      }
      if (has(ws[i], fact::kHeadTitle)) {
        head = true;
        ++i;
        continue;
      }
      if (i > a && (f == "of" || f == "the")) {
        ++i;
        continue;
      }
      break;
    }
    // An unknown word may lead the title: "Harbor Minister Elena Vask". Strip through the
    // last head title that a name still follows.
    for (size_t h = b - 1; h > i && h > a; --h) {
      if (!has(ws[h - 1], fact::kHeadTitle)) continue;
      head = true;
      i = h;
      while (i < b && i + 1 < b && has(ws[i], fact::kTitle) && !has(ws[i], fact::kHeadTitle)) ++i;
      break;
    }
    if (!head || i >= b) return head ? b : a;
    for (auto [p, q] : places) {
      const std::string_view name = phrase_into(phrase_buffer_, ws, p, q);
      const auto* alias = lexicon::find_alias(name);
      if (alias) {
        add(span_of(ws, p, q), alias->type, std::string(alias->canonical));
      } else if (lexicon::is_place(name)) {
        add(span_of(ws, p, q), EntityType::kPlace, surface(ws, p, q, false));
      }
    }
    return i;
  }

  bool looks_like_person(Words ws, size_t a, size_t b) const {
    if (b - a > 5) return false;
    for (size_t i = a; i < b; ++i) {
      const std::string_view f = strip_possessive_folded(ws[i]);
      // Particles belong to names ("Michele de Pascale"); "of", "for", "and" do not.
      if (!is_cap_word(ws[i]) && (f == "of" || f == "for" || f == "and")) return false;
      if (has(ws[i], fact::kPlace | fact::kDemonym | fact::kPlaceCue | fact::kOrganizationCue))
        return false;
      const std::string_view w = raw(ws[i]);
      // A surname in capitals after a first name ("Gerald DARMANIN") is still a name.
      const bool caps_surname = i + 1 == b && i > a && !is_all_caps(raw(ws[a])) && w.size() > 2;
      if (is_all_caps(w) && !has(ws[i], fact::kNameSuffix) && !caps_surname) return false;
    }
    return true;
  }

  // A word in capitals that opens its paragraph and is followed by a dash, a comma or a
  // parenthesis ("OSLAND —", "OSLAND, Velor (AP) —") is a dateline's place.
  bool dateline(const Sentence& s, uint32_t t, uint32_t next) const {
    if (t != s.first_token || s.paragraph >= doc_.paragraphs.size()) return false;
    if (doc_.paragraphs[s.paragraph].span.begin != doc_.tokens[t].span.begin) return false;
    if (next >= doc_.tokens.size() || doc_.tokens[next].kind != TokenKind::kPunct) return false;
    const std::string_view mark = doc_.slice(doc_.tokens[next].span);
    return mark == "," || mark == "(" || mark == "-" || mark == "\u2014" || mark == "\u2013";
  }

  bool verb_follows(uint32_t t, uint32_t end) const {
    for (int skipped = 0; t < end && skipped < 3; ++t, ++skipped) {
      if (!is_word(t)) return false;
      if (folded_.is(t, tc::kReportingVerb)) return true;
      if (!folded_.is(t, tc::kSubjectSkip)) return false;
    }
    return false;
  }
  bool place_cue_after(uint32_t t, uint32_t end) const {
    // The cue table itself: has_folded(t, fact::kPlaceCue) says the same, but this small
    // table turns most words away on their shape, where the index of all facts probes.
    return t < end && is_word(t) && !is_cap_word(t) && lexicon::is_place_cue(folded_[t]);
  }
  // "the city of Vladivostok", "the port city of ..."
  static bool is_locative(std::string_view folded) {
    // Not "from": "a man from Bihar told NDTV" is where he comes from, and he is unnamed.
    static constexpr std::string_view kLocatives[] = {"at", "in", "inside", "near", "outside"};
    return std::find(std::begin(kLocatives), std::end(kLocatives), folded) != std::end(kLocatives);
  }

  bool place_cue_before(uint32_t t, uint32_t first) const {
    return t >= first + 2 && folded_[t - 1] == "of" && lexicon::is_place_cue(folded_[t - 2]);
  }

  // "National Intelligence Service (NIS)": the acronym names the same entity from now on.
  void check_acronym(Words ws, size_t a, size_t b, uint32_t next, EntityType type,
                     const std::string& canonical) {
    (void)ws;
    if (next + 2 >= doc_.tokens.size() || !is_punct(next, '(') || !is_punct(next + 2, ')')) return;
    const std::string_view acronym = raw(next + 1);
    // "ROME (AP)" is a dateline and its agency, not a definition.
    if (has_folded(next + 1, fact::kAlias) || (b - a < 2 && type != EntityType::kOrganization))
      return;
    // All capitals, digits allowed: NIS, HUR, G7.
    const bool capitals =
        std::none_of(acronym.begin(), acronym.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (!is_word(next + 1) || !capitals || !words::is_capitalised(acronym) || acronym.size() < 2 ||
        acronym.size() > 10)
      return;
    if (type == EntityType::kOther) type = EntityType::kOrganization;
    acronyms_[std::string(acronym)] = {canonical, type};
    add(doc_.tokens[next + 1].span, type, canonical);
  }

  // Uses of an acronym before its definition (a headline) take the defined name too.
  void apply_acronyms() {
    if (acronyms_.empty()) return;
    for (Candidate& c : candidates_) {
      if (doc_.slice(c.span) != c.canonical) continue;
      auto it = acronyms_.find(c.canonical);
      if (it == acronyms_.end()) continue;
      c.canonical = it->second.canonical;
      c.type = it->second.type;
    }
  }

  void add(Span span, EntityType type, std::string canonical) {
    Candidate& c = candidates_.emplace_back();
    c.span = span;
    c.type = type;
    c.canonical = std::move(canonical);
  }

  // One-word mentions: a surname (or a Korean-style family name) of a full name in the
  // document, a place, an organisation or a person known only by one name. `headlines`:
  // whether scan_title_case will run, the only reader of known_.
  void resolve_singles(bool headlines) {
    // (word, name) pairs rather than hash maps of strings: a document has few full names.
    // The first name of a repeated word is the one found, as emplace would keep it.
    std::vector<std::string> folded_names;  // only of names full_name() could not split
    std::vector<std::pair<std::string_view, uint32_t>> by_last, by_first;
    by_last.reserve(full_names_.size());
    by_first.reserve(full_names_.size());
    for (uint32_t i = 0; i < full_names_.size(); ++i) {
      std::string_view first = full_names_[i].first, last = full_names_[i].last;
      if (full_names_[i].fold_whole) {
        // Few names if any: reserved once, so the views of earlier ones stay valid.
        if (folded_names.empty()) folded_names.reserve(full_names_.size());
        const std::string_view f = folded_names.emplace_back(unicode::fold(full_names_[i].name));
        const size_t sp = f.find(' ');
        if (sp == std::string::npos) continue;
        first = f.substr(0, sp);
        last = f.substr(f.rfind(' ') + 1);
      }
      if (last.empty()) continue;  // a name of one word
      by_last.emplace_back(last, i);
      if (headlines)
        known_.emplace(std::string(last), Known{full_names_[i].name, EntityType::kPerson});
      by_first.emplace_back(first, i);
    }
    // The first pair of a word, in the order of the names. A few names are searched in
    // order; many are sorted first (a stable sort keeps that order among equal words).
    const bool sorted = full_names_.size() > kFewNames;
    if (sorted) {
      const auto by_word = [](const auto& x, const auto& y) { return x.first < y.first; };
      std::stable_sort(by_last.begin(), by_last.end(), by_word);
      std::stable_sort(by_first.begin(), by_first.end(), by_word);
    }
    const auto find = [&](const std::vector<std::pair<std::string_view, uint32_t>>& v,
                          std::string_view key) -> const std::string* {
      auto it =
          sorted ? std::lower_bound(v.begin(), v.end(), key,
                                    [](const auto& x, std::string_view k) { return x.first < k; })
                 : std::find_if(v.begin(), v.end(), [&](const auto& x) { return x.first == key; });
      return it != v.end() && it->first == key ? &full_names_[it->second].name : nullptr;
    };
    // A word that is once the subject of a reporting verb names a person everywhere. Most
    // documents have few such words or none: the set is made for the first.
    std::optional<words::WordSet> speakers;
    for (const Candidate& c : candidates_) {
      if (c.guess != Guess::kSingle || !c.before_verb) continue;
      if (!speakers) speakers.emplace(16);
      speakers->insert(c.key);
    }
    for (Candidate& c : candidates_) {
      if (c.guess != Guess::kSingle) continue;
      c.guess = Guess::kKnown;
      c.before_verb = c.before_verb || (speakers && speakers->contains(c.key));
      if (const std::string* last = find(by_last, c.key)) {
        c.type = EntityType::kPerson;
        c.canonical = *last;
      } else if (const std::string* first = find(by_first, c.key)) {
        c.type = EntityType::kPerson;
        c.canonical = *first;
      } else if (c.group_plural) {
        c.type = EntityType::kOrganization;
      } else if (c.before_verb) {
        c.type = EntityType::kPerson;
      } else if (c.initial) {
        c.guess = Guess::kDrop;  // "Signs of ...", "Speaking at ...": a capitalised common word
      } else {
        c.type = EntityType::kOther;
      }
      if (headlines) known_.emplace(c.key, Known{c.canonical, c.type});
    }
    if (!headlines) return;
    for (const Candidate& c : candidates_)
      if (c.guess == Guess::kKnown)
        known_.emplace(unicode::fold(doc_.slice(c.span)), Known{c.canonical, c.type});
  }

  // Title-case headlines: only names the body or the lexicon knows, longest first.
  void scan_title_case(const Sentence& s) {
    uint32_t t = s.first_token;
    while (t < s.end_token) {
      if (!is_cap_word(t)) {
        ++t;
        continue;
      }
      uint32_t best = 0;
      Known found{};
      std::string p;
      for (uint32_t k = t; k < s.end_token && k - t < lexicon::kMaxAliasWords; ++k) {
        if (!is_word(k)) break;
        if (!p.empty()) p += ' ';
        p += strip_possessive_folded(k);
        if (const auto* alias = lexicon::find_alias(p)) {
          best = k + 1 - t;
          found = {std::string(alias->canonical), alias->type};
        } else if (auto it = known_.find(p); it != known_.end()) {
          best = k + 1 - t;
          found = it->second;
        } else if (lexicon::is_place(p)) {
          best = k + 1 - t;
          found = {std::string(doc_.slice({doc_.tokens[t].span.begin, doc_.tokens[k].span.end})),
                   EntityType::kPlace};
        }
      }
      if (best == 0) {
        ++t;
        continue;
      }
      const uint32_t last = t + best - 1;
      add({doc_.tokens[t].span.begin,
           doc_.tokens[last].span.end - words::possessive_suffix(raw(last))},
          found.type, found.canonical);
      t += best;
    }
  }

  // Up to this many full names, resolve_singles searches them in order rather than sorting.
  static constexpr size_t kFewNames = 16;

  const DocumentText& doc_;
  uint32_t doc_index_;
  // Classes of the words process() never asks lowercase_ about.
  static constexpr uint16_t kNeverAskedLowercase = tc::kNonName | tc::kCalendar | tc::kTitle;

  const words::FoldedTokens& folded_;
  const FactIndex& index_ = fact_index();
  mutable std::vector<uint16_t> facts_;  // per token: facts(), once known
  // Room for the tokens may_be_capitalised() gathers (the first n + 1 entries) and for those
  // the constructor's shape test gathers (the rest). Not initialised: every entry is written
  // before it is read.
  std::unique_ptr<uint32_t[]> gathered_;
  std::span<const uint32_t> caps_;       // may_be_capitalised(), before asked_ that reads it
  std::vector<bool> written_lowercase_;  // per row of asked_ (declared first: sized with it)
  lexicon::KeyIndex asked_;              // words process() may ask lowercase() about
  std::vector<Candidate> candidates_;
  std::vector<FullName> full_names_;  // multi-word person names, in order
  std::unordered_map<std::string, Known> acronyms_;
  std::unordered_map<std::string, Known> known_;  // folded surface -> entity, for headlines
  std::string phrase_buffer_;  // reused by match_alias_at, process and strip_title
  std::vector<uint32_t> ws_;   // reused by scan_sentence
  std::vector<std::pair<size_t, size_t>> places_;  // reused by strip_title
};

}  // namespace

std::vector<EntityMention> extract_entities(const DocumentText& doc, uint32_t doc_index) {
  return extract_entities(doc, doc_index, words::FoldedTokens(doc));
}

std::vector<EntityMention> extract_entities(const DocumentText& doc, uint32_t doc_index,
                                            const words::FoldedTokens& folded) {
  return Extractor(doc, doc_index, folded).run();
}

}  // namespace parallax
