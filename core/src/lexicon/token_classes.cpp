#include "lexicon/token_classes.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cstring>

#include "lexicon/calendar_lexicon.h"
#include "lexicon/dates_lexicon.h"
#include "lexicon/key_index.h"
#include "lexicon/numbers_lexicon.h"
#include "lexicon/people_lexicon.h"
#include "lexicon/short_key.h"
#include "text/unicode.h"

namespace parallax::lexicon {

namespace {

// The bits of one key, asked of the tables' own lookups: the combined index can only
// agree with them.
uint16_t classes_of(std::string_view w) {
  namespace tc = token_class;
  uint16_t bits = 0;
  if (find_number_word(w)) bits |= tc::kNumberWord;
  if (may_start_date(w)) bits |= tc::kDateStart;
  if (month_number(w) != 0) bits |= tc::kMonth;
  if (weekday_number(w) >= 0) bits |= tc::kWeekday;
  if (find_reporting_verb(w)) bits |= tc::kReportingVerb;
  if (is_non_name(w)) bits |= tc::kNonName;
  if (find_title(w)) bits |= tc::kTitle;
  if (is_subject_skip(w)) bits |= tc::kSubjectSkip;
  if (is_figure_lead_word(w)) bits |= tc::kFigureLead;
  if (is_date_anchor(w)) bits |= tc::kDateAnchor;
  return bits;
}

// Keys of up to 16 bytes (all but a few) are kept as two zero-padded 64-bit words with their
// size, so a lookup is two loads, a hash and a compare of three words: no call, no memcmp.
// The hash is perfect on the keys (hash and displace: each bucket of keys has a displacement
// that moves them all to free slots), so a lookup reads exactly one slot and has no branch
// on whether the word is a key: about even odds, which no predictor learns. Longer keys go
// through a KeyIndex.
struct ClassIndex {
  std::vector<std::string_view> keys;
  std::vector<uint16_t> bits;          // per row of `all`
  KeyIndex all;                        // every key: the first/last byte and length check, long keys
  std::vector<uint16_t> displacement;  // per bucket
  std::vector<ShortKey> slots;
  std::vector<uint32_t> found;  // per slot: the key's bits | its size << 16; 0 for a free slot
  int bucket_shift = 63;
  int slot_shift = 63;
  // Some key starts with a character other than a letter: only then can a token that is no
  // word (a number, punctuation, a symbol) be in a table.
  bool keys_not_words = false;
};

uint64_t hash_of(uint64_t lo, uint64_t hi, size_t size) {
  return (lo ^ (hi * 0x9E3779B97F4A7C15ull) ^ size) * 0xFF51AFD7ED558CCDull;
}

size_t slot_of(uint64_t hash, uint16_t displacement, int slot_shift) {
  return static_cast<size_t>(((hash ^ displacement) * 0xC4CEB9FE1A85EC53ull) >> slot_shift);
}

struct ShortEntry {
  uint64_t lo = 0, hi = 0, hash = 0;
  uint32_t found = 0;
};

// Places every entry in a table of 2^slot_bits slots: the buckets, largest first, each take
// the first displacement that puts all of their keys on free slots. False if some bucket
// finds none (the caller tries a larger table).
bool place(const std::vector<ShortEntry>& entries, int slot_bits, ClassIndex& c) {
  int bucket_bits = 1;
  while ((size_t{1} << bucket_bits) * 4 < entries.size()) ++bucket_bits;
  c.bucket_shift = 64 - bucket_bits;
  c.slot_shift = 64 - slot_bits;
  std::vector<std::vector<size_t>> buckets(size_t{1} << bucket_bits);
  for (size_t i = 0; i < entries.size(); ++i)
    buckets[static_cast<size_t>(entries[i].hash >> c.bucket_shift)].push_back(i);
  std::vector<size_t> order(buckets.size());
  for (size_t b = 0; b < order.size(); ++b) order[b] = b;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t x, size_t y) { return buckets[x].size() > buckets[y].size(); });
  c.displacement.assign(buckets.size(), 0);
  c.slots.assign(size_t{1} << slot_bits, ShortKey{});
  c.found.assign(c.slots.size(), 0);
  std::vector<size_t> at;
  for (const size_t b : order) {
    if (buckets[b].empty()) break;
    bool placed = false;
    for (uint32_t d = 0; d <= 0xFFFF && !placed; ++d) {
      at.clear();
      placed = true;
      for (const size_t i : buckets[b]) {
        const size_t s = slot_of(entries[i].hash, static_cast<uint16_t>(d), c.slot_shift);
        if (c.found[s] != 0 || std::find(at.begin(), at.end(), s) != at.end()) {
          placed = false;
          break;
        }
        at.push_back(s);
      }
      if (!placed) continue;
      c.displacement[b] = static_cast<uint16_t>(d);
      for (size_t k = 0; k < at.size(); ++k) {
        const ShortEntry& e = entries[buckets[b][k]];
        c.slots[at[k]] = {e.lo, e.hi};
        c.found[at[k]] = e.found;
      }
    }
    if (!placed) return false;
  }
  return true;
}

// Built out of line, so that class_index() inlines to a guard check into each lookup.
[[gnu::noinline]] ClassIndex build_class_index() {
  // Every key of every table a bit stands for: a word outside them all is in none.
  std::vector<std::string_view> keys;
  for (const NumberWord& w : number_words()) keys.push_back(w.text);
  for (std::string_view w : date_start_words()) keys.push_back(w);
  for (std::string_view w : calendar_words()) keys.push_back(w);
  for (const ReportingVerb& v : reporting_verbs()) keys.push_back(v.form);
  for (std::string_view w : non_names()) keys.push_back(w);
  for (const TitleWord& t : titles()) keys.push_back(t.word);
  for (std::string_view w : subject_skips()) keys.push_back(w);
  for (std::string_view w : figure_lead_words()) keys.push_back(w);
  for (std::string_view w : date_anchor_words()) keys.push_back(w);
  std::vector<uint16_t> bits;
  bits.reserve(keys.size());
  for (std::string_view k : keys) bits.push_back(classes_of(k));
  // A repeated key keeps its first row, which has the same bits as any other.
  KeyIndex all(keys);
  ClassIndex c{std::move(keys), std::move(bits), std::move(all), {}, {}, {}};
  std::vector<ShortEntry> entries;
  for (size_t i = 0; i < c.keys.size(); ++i) {
    const std::string_view k = c.keys[i];
    int len = 0;
    if (k.empty() || !unicode::is_letter(unicode::decode_at(k, 0, len))) c.keys_not_words = true;
    if (k.empty() || k.size() > 16) continue;
    char padded[24] = {};
    std::memcpy(padded, k.data(), k.size());
    ShortEntry e;
    e.lo = load_masked(padded, k.size());
    e.hi = k.size() > 8 ? load_masked(padded + 8, k.size() - 8) : 0;
    e.hash = hash_of(e.lo, e.hi, k.size());
    e.found = c.bits[i] | static_cast<uint32_t>(k.size()) << 16;
    if (std::none_of(entries.begin(), entries.end(), [&](const ShortEntry& o) {
          return o.lo == e.lo && o.hi == e.hi && o.found >> 16 == k.size();
        }))
      entries.push_back(e);
  }
  // About 1.3 slots per key (1024 slots, 16 KB, for the tables as they are): small enough to
  // stay in the L1 cache beside the text, loose enough to be placed in well under a millisecond.
  int slot_bits = 4;
  while ((size_t{1} << slot_bits) < entries.size() + entries.size() / 4) ++slot_bits;
  while (!place(entries, slot_bits, c)) ++slot_bits;
  return c;
}

// The index once built. Read through a pointer rather than a function-local static: the
// guard's slow path, inlined into every lookup, cost each of them a stack frame. Analyses may
// run on several threads at once (`parallax batch --jobs`), so the pointer is atomic: the
// static is built once under its guard and published with release (an acquire load is a
// plain load on x86).
std::atomic<const ClassIndex*> built_index{nullptr};

[[gnu::noinline, gnu::cold]] const ClassIndex& first_class_index() {
  static const ClassIndex built = build_class_index();
  built_index.store(&built, std::memory_order_release);
  return built;
}

inline const ClassIndex& class_index() {
  const ClassIndex* built = built_index.load(std::memory_order_acquire);
  return built != nullptr ? *built : first_class_index();
}

// A word of 1..16 bytes followed by at least 16 readable bytes: two loads, one hash and the
// compare of one slot. A free slot has size 0 and matches no word.
[[gnu::always_inline]] inline uint16_t classes_short(const ClassIndex& c, const char* p, size_t n) {
  const uint64_t lo = load_masked(p, n);
  const uint64_t hi = n > 8 ? load_masked(p + 8, n - 8) : 0;
  const uint64_t hash = hash_of(lo, hi, n);
  const size_t s =
      slot_of(hash, c.displacement[static_cast<size_t>(hash >> c.bucket_shift)], c.slot_shift);
  const ShortKey& k = c.slots[s];
  const uint32_t found = c.found[s];
  const uint64_t differs = (k.lo ^ lo) | (k.hi ^ hi) | ((found >> 16) ^ n);
  return differs == 0 ? static_cast<uint16_t>(found) : uint16_t{0};
}

// Empty words and words of more than 16 bytes: rare, out of line so that the short path
// keeps a small frame.
[[gnu::noinline]] uint16_t classes_long(std::string_view w) {
  if (w.empty()) return 0;
  const ClassIndex& c = class_index();
  const int32_t row = c.all.find(w);
  return row < 0 ? uint16_t{0} : c.bits[static_cast<size_t>(row)];
}

}  // namespace

uint16_t token_classes(std::string_view folded) {
  const size_t n = folded.size();
  if (n - 1 >= 16) return classes_long(folded);
  // Copied into a padded buffer, the word takes the path of token_classes_padded.
  char padded[24] = {};
  std::memcpy(padded, folded.data(), n);
  return classes_short(class_index(), padded, n);
}

uint16_t token_classes_padded(std::string_view folded) {
  const size_t n = folded.size();
  if (n - 1 >= 16) return classes_long(folded);  // n == 0 wraps around
  return classes_short(class_index(), folded.data(), n);
}

void token_classes_of_tokens(const char* text, std::span<const Token> tokens,
                             std::span<const Span> views, std::span<uint16_t> out) {
  const ClassIndex& c = class_index();
  for (size_t t = 0; t < tokens.size(); ++t) {
    // Numbers, punctuation and symbols start with no letter, nor do their folded forms
    // (folding maps no other character to a letter): about one token in seven is passed
    // over without a lookup when every key starts with a letter.
    if (tokens[t].kind != TokenKind::kWord && !c.keys_not_words) {
      out[t] = 0;
      continue;
    }
    const size_t n = views[t].size();
    out[t] = n - 1 >= 16 ? classes_long(std::string_view(text + views[t].begin, n))
                         : classes_short(c, text + views[t].begin, n);
  }
}

std::vector<std::string_view> classified_words() {
  return class_index().keys;
}

}  // namespace parallax::lexicon
