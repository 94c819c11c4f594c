#include "lexicon/token_classes.h"

#include <bit>
#include <cstring>

#include "lexicon/calendar_lexicon.h"
#include "lexicon/dates_lexicon.h"
#include "lexicon/key_index.h"
#include "lexicon/numbers_lexicon.h"
#include "lexicon/people_lexicon.h"

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

// Keys of up to 16 bytes (all but a few) are kept as two zero-padded 64-bit words, so a
// lookup is two loads, one multiply-shift hash and a compare of two words: no call, no
// memcmp. Longer keys go through a KeyIndex.
struct ShortKey {
  uint64_t lo = 0, hi = 0;
  uint32_t size = 0;  // 0: a free slot
  uint16_t bits = 0;
};

struct ClassIndex {
  std::vector<std::string_view> keys;
  std::vector<uint16_t> bits;  // per row of `all`
  KeyIndex all;                // every key: the first/last byte and length check, long keys
  std::vector<ShortKey> slots;
  int shift = 64;
  size_t mask = 0;  // slots.size() - 1, kept so that a lookup needs no division
};

uint64_t load_masked(const char* p, size_t n) {  // n <= 8 bytes from p, of 8 readable
  uint64_t v = 0;
  std::memcpy(&v, p, 8);
  if constexpr (std::endian::native == std::endian::little)
    return n >= 8 ? v : v & ((uint64_t{1} << (8 * n)) - 1);
  else
    return n >= 8 ? v : v & ~(~uint64_t{0} >> (8 * n));
}

size_t slot_of(uint64_t lo, uint64_t hi, size_t size, int shift) {
  const uint64_t h = (lo ^ (hi * 0x9E3779B97F4A7C15ull) ^ size) * 0xFF51AFD7ED558CCDull;
  return static_cast<size_t>(h >> shift);
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
  size_t size = 16;
  int shift = 60;
  while (size < keys.size() * 4) size *= 2, --shift;
  std::vector<ShortKey> slots(size);
  for (size_t i = 0; i < keys.size(); ++i) {
    const std::string_view k = keys[i];
    if (k.empty() || k.size() > 16) continue;
    char padded[24] = {};
    std::memcpy(padded, k.data(), k.size());
    ShortKey key;
    key.lo = load_masked(padded, k.size());
    key.hi = k.size() > 8 ? load_masked(padded + 8, k.size() - 8) : 0;
    key.size = static_cast<uint32_t>(k.size());
    key.bits = bits[i];
    size_t s = slot_of(key.lo, key.hi, key.size, shift);
    while (slots[s].size != 0 &&
           !(slots[s].lo == key.lo && slots[s].hi == key.hi && slots[s].size == key.size))
      s = (s + 1) & (size - 1);
    if (slots[s].size == 0) slots[s] = key;
  }
  return ClassIndex{std::move(keys),  std::move(bits), std::move(all),
                    std::move(slots), shift,           size - 1};
}

// The index once built. Read through a plain pointer rather than a function-local static:
// the guard's slow path, inlined into every lookup, cost each of them a stack frame.
const ClassIndex* built_index = nullptr;

[[gnu::noinline, gnu::cold]] const ClassIndex& first_class_index() {
  static const ClassIndex built = build_class_index();
  built_index = &built;
  return built;
}

inline const ClassIndex& class_index() {
  return built_index != nullptr ? *built_index : first_class_index();
}

// A word of 1..16 bytes followed by at least 16 readable bytes: two loads, one hash and a
// compare of two words per slot probed. No first-byte prefilter: the hash is about as cheap
// as the filter, and most words asked about are short common words that are in the index.
[[gnu::always_inline]] inline uint16_t classes_short(const ClassIndex& c, const char* p, size_t n) {
  const uint64_t lo = load_masked(p, n);
  const uint64_t hi = n > 8 ? load_masked(p + 8, n - 8) : 0;
  const ShortKey* slots = c.slots.data();
  for (size_t s = slot_of(lo, hi, n, c.shift);; s = (s + 1) & c.mask) {
    const ShortKey& k = slots[s];
    if (k.size == 0) return 0;
    if (k.lo == lo && k.hi == hi && k.size == n) return k.bits;
  }
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

std::vector<std::string_view> classified_words() {
  return class_index().keys;
}

}  // namespace parallax::lexicon
