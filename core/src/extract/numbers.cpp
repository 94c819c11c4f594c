// Numbers: walks the tokens of each body sentence and reads every stated quantity.
//
// A figure is read in three steps. First its core: digits ("1,500", "3.5", "2 1/2", "4.7bn"),
// number words ("forty eight", "one hundred and five", "a dozen", "half a million"), vague
// amounts ("hundreds", "tens of thousands", "a few thousand") or fractions ("two-thirds"),
// with a currency before it ("$", "US$", "USD"). Then what joins or follows it: a second
// figure making a range ("1,500 to 12,000"), a unit that gives it a kind ("percent",
// "euros", "years", "km", "-year-old"). Last, the context that says what it is: a hedge
// ("as many as" -> upper), a counted noun ("10,000 North Korean troops" -> troops), or signs
// that it is no quantity at all (a date, a year, a time, a label like "Resolution 2231").
// Every word list lives in lexicon/numbers_lexicon; this file holds only the rules.
//
// The scan is linear: each token starts at most a bounded number of look-aheads, and the
// walk always moves forward.
#include "extract/numbers.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>

#include "extract/words.h"
#include "lexicon/calendar_lexicon.h"
#include "lexicon/dates_lexicon.h"
#include "lexicon/key_index.h"
#include "lexicon/numbers_lexicon.h"
#include "lexicon/token_classes.h"
#include "text/unicode.h"

namespace parallax {

namespace {
namespace lx = lexicon;
using lx::NumberWordKind;
using lx::UnitKind;
using lx::WordClass;

constexpr uint32_t kMaxIntegerDigits = 15;  // beyond this no quantity is meant (or exact)
constexpr uint32_t kMaxNounWords = 5;       // a counted noun phrase is short
constexpr uint32_t kMaxPhraseWords = 4;     // longest unit or hedge phrase

// Denominators of digit fractions ("1/2", "3/4"); "9/11" and "24/7" are names.
bool plausible_denominator(double d) {
  return d == 2 || d == 3 || d == 4 || d == 5 || d == 6 || d == 8 || d == 10 || d == 16;
}

struct Digits {
  double value = 0;
  uint32_t integer_digits = 0;
  bool plain = true;  // no separators and no decimals
};

// Reads "1,500", "3.5", "0.1"; refuses "1,50", "1.2.3", "007" and numbers too long to mean.
std::optional<Digits> parse_digits(std::string_view s) {
  Digits d;
  size_t i = 0;
  uint32_t group = 0;
  bool grouped = false;
  for (; i < s.size() && s[i] != '.'; ++i) {
    if (s[i] == ',') {
      if (group == 0 || (grouped && group != 3) || (!grouped && group > 3)) return std::nullopt;
      grouped = true;
      group = 0;
      d.plain = false;
      continue;
    }
    d.value = d.value * 10 + (s[i] - '0');  // exact: at most 15 digits
    ++group;
    if (++d.integer_digits > kMaxIntegerDigits) return std::nullopt;
  }
  if (grouped && group != 3) return std::nullopt;
  if (!grouped && d.integer_digits > 1 && s[0] == '0') return std::nullopt;
  if (i < s.size()) {
    // Decimals: an integer mantissa divided once, so "1.78" is the double nearest 1.78.
    d.plain = false;
    double mantissa = d.value;
    double divisor = 1;
    for (++i; i < s.size(); ++i) {
      if (s[i] < '0' || s[i] > '9') return std::nullopt;  // a second '.' or ','
      if (divisor < 1e15) {
        mantissa = mantissa * 10 + (s[i] - '0');
        divisor *= 10;
      }
    }
    d.value = mantissa / divisor;
  }
  return d;
}

// Removes the binary noise of scaling a decimal ("1.78 billion" is 1780000000, not
// 1780000000.0000002).
double tidy(double v) {
  return v >= 1e9 ? std::round(v) : std::round(v * 1e6) / 1e6;
}

// A byte loop, not a string_view compare: the tails are a few bytes, and a memcmp call cost
// more than the compare (asked of most words after a figure).
bool ends_with(std::string_view s, std::string_view tail) {
  if (s.size() < tail.size()) return false;
  const char* end = s.data() + s.size() - tail.size();
  for (size_t b = 0; b < tail.size(); ++b)
    if (end[b] != tail[b]) return false;
  return true;
}

// Equality of short strings (the words compared here are a few bytes) as a byte loop: GCC
// turns `==` of string_views into an outlined compare and a memcmp call.
bool same(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t k = 0; k < a.size(); ++k)
    if (a[k] != b[k]) return false;
  return true;
}

// The rows of a phrase table (words joined by one space) grouped by their first or their last
// word, each group in table order: a phrase lookup reads only the rows that can match the
// word at hand instead of the whole table, and picks the same row as a scan of it would.
class PhraseIndex {
 public:
  enum class Key : uint8_t { kFirst, kLast };

  template <class T>
  PhraseIndex(std::span<const T> table, Key key) : all_(table.size()) {
    for (uint32_t r = 0; r < table.size(); ++r) all_[r] = r;
    std::vector<std::string_view> words;
    for (uint32_t r = 0; r < table.size(); ++r) {
      const std::string_view text = table[r].text;
      // A row with an empty word ("", " x", "x ", "x  y") is read differently by the
      // scanners: keep the plain scan over every row.
      if (text.empty() || text.front() == ' ' || text.back() == ' ' ||
          text.find("  ") != std::string_view::npos)
        return;
      const size_t space = key == Key::kFirst ? text.find(' ') : text.rfind(' ');
      const std::string_view word = space == std::string_view::npos ? text
                                    : key == Key::kFirst            ? text.substr(0, space)
                                                                    : text.substr(space + 1);
      size_t w = std::find(words.begin(), words.end(), word) - words.begin();
      if (w == words.size()) {
        words.push_back(word);
        rows_.emplace_back();
      }
      rows_[w].push_back(r);
    }
    index_.emplace(std::move(words));
  }

  // The rows that can match where `word` is the first (or last) word, in table order.
  std::span<const uint32_t> rows(std::string_view word) const {
    if (!index_) return all_;
    const int32_t w = index_->find(word);
    return w < 0 ? std::span<const uint32_t>()
                 : std::span<const uint32_t>(rows_[static_cast<size_t>(w)]);
  }

 private:
  std::vector<uint32_t> all_;
  std::optional<lx::KeyIndex> index_;
  std::vector<std::vector<uint32_t>> rows_;  // per distinct word
};

// A row's text split at each space once, when the table is built, so that matching a row
// compares words without searching its text for spaces each time.
struct PhraseWords {
  uint32_t begin = 0;  // the row's words are PhraseTable::words[begin, end)
  uint32_t end = 0;
  uint32_t tokens = 0;  // spaces + 1: the tokens a phrase ending at a word spans
};

template <class T>
struct PhraseTable {
  explicit PhraseTable(std::span<const T> table)
      : rows(table),
        by_first(table, PhraseIndex::Key::kFirst),
        by_last(table, PhraseIndex::Key::kLast),
        whole([&] {
          std::vector<std::string_view> keys;
          for (const T& row : table) keys.push_back(row.text);
          return lx::KeyIndex(std::move(keys));
        }()) {
    for (const T& row : table) {
      PhraseWords p;
      p.begin = static_cast<uint32_t>(words.size());
      // Split as a word-by-word scan of the text reads it: "a  b" has an empty middle word,
      // a final space adds none.
      std::string_view rest = row.text;
      while (!rest.empty()) {
        const size_t space = rest.find(' ');
        words.push_back(rest.substr(0, space));
        rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
      }
      p.end = static_cast<uint32_t>(words.size());
      p.tokens = static_cast<uint32_t>(std::count(row.text.begin(), row.text.end(), ' ')) + 1;
      split.push_back(p);
    }
  }
  std::span<const std::string_view> words_of(uint32_t row) const {
    return std::span<const std::string_view>(words).subspan(split[row].begin,
                                                            split[row].end - split[row].begin);
  }
  std::span<const T> rows;
  PhraseIndex by_first;
  PhraseIndex by_last;
  lx::KeyIndex whole;  // the first row whose text is a given phrase
  std::vector<std::string_view> words;
  std::vector<PhraseWords> split;  // per row
};

// What may_start_figure asks of a word token that is no number word and no figure lead
// word (those are token class bits): whether any word may lead (a vague amount with an
// empty first word), and where a number word that may start a figure would end in a word
// with its first byte, so that a hyphen after it ("twenty-one", "two-thirds") is looked for
// only there, not searched for in every word.
struct FigureStarts {
  FigureStarts() {
    for (std::string_view w : lx::figure_lead_words()) any_word = any_word || w.empty();
    for (const lx::NumberWord& n : lx::number_words()) {
      // A word read as a scale only after digits ("m", "bn") starts no figure of words.
      if (n.after_digits_only) continue;
      const uint32_t bit = uint32_t{1} << std::min<size_t>(n.text.size(), kLongBit);
      if (n.text.empty())
        for (uint32_t& lengths : prefix_lengths) lengths |= bit;
      else
        prefix_lengths[static_cast<unsigned char>(n.text[0])] |= bit;
    }
  }
  static constexpr size_t kLongBit = 31;  // number words of 31 bytes or more share a bit
  bool any_word = false;
  // Per first byte: bit n is set when a number word of n bytes starts with that byte.
  uint32_t prefix_lengths[256] = {};
};

// An index per numbers_lexicon word class (kNounStop, kLabel, ...), held by the reader so
// that asking a class is an inline lookup rather than a call that first finds the class's
// index. Each class keeps its own index: its first and last bytes and lengths turn most
// words away before any hash. Classes from kMaxClasses on are asked of the lexicon itself.
struct WordClassIndex {
  static constexpr size_t kMaxClasses = 32;
  WordClassIndex() {
    for (size_t c = 0; c < kMaxClasses; ++c) {
      const std::span<const std::string_view> words = lx::words_of(static_cast<WordClass>(c));
      index.emplace_back(std::vector<std::string_view>(words.begin(), words.end()));
    }
  }
  std::vector<lx::KeyIndex> index;  // per class
};

// Every table the reader asks, built on first use; a reader holds one reference to them
// rather than asking a guarded static for each lookup.
struct Tables {
  PhraseTable<lx::UnitPhrase> units{lx::unit_phrases()};
  PhraseTable<lx::Hedge> hedges_before{lx::hedges_before()};
  PhraseTable<lx::Hedge> hedges_after{lx::hedges_after()};
  PhraseTable<lx::VagueAmount> vague{lx::vague_amounts()};
  FigureStarts starts;
  WordClassIndex classes;
};

const Tables& tables() {
  static const Tables t;
  return t;
}

// Finds where a document's sentences hold a character that unicode::fold turns into '-' (a
// hyphen, a dash, a minus sign): a sentence without one has no hyphenated word, and the
// reader looks for no hyphen in its words. A byte search (memchr) per kind of dash runs ahead
// through the document, each resumed only once a sentence has passed its last find, so the
// whole document is searched about once. A dash other than '-' starts with byte 0xE2 or 0xEF;
// there the code point is decoded (within the whole text: a doubtful case says yes).
class DashFinder {
 public:
  explicit DashFinder(std::string_view text) : text_(text) {}

  // Whether a dash starts in the bytes [begin, end). Sentences come in order; an earlier
  // `begin` than the last one starts the searches again.
  bool any_in(size_t begin, size_t end) {
    const bool restart = !started_ || begin < last_begin_;
    started_ = true;
    last_begin_ = begin;
    if (restart || hyphen_ < begin) hyphen_ = find_byte(begin, '-');
    if (restart || e2_ < begin) e2_ = find_dash(begin, '\xE2');
    if (restart || ef_ < begin) ef_ = find_dash(begin, '\xEF');
    return std::min({hyphen_, e2_, ef_}) < end;
  }

 private:
  // The first `byte` at or after `from`; the text's size if none.
  size_t find_byte(size_t from, char byte) const {
    const size_t at = text_.find(byte, from);
    return at == std::string_view::npos ? text_.size() : at;
  }
  // The first dash with three-byte lead `lead` at or after `from`. Most finds are quotation
  // marks (U+2018-U+201D): the code point is put together here as unicode::decode_at does,
  // without a call.
  size_t find_dash(size_t from, char lead) const {
    for (size_t at = find_byte(from, lead); at < text_.size(); at = find_byte(at + 1, lead)) {
      if (at + 3 > text_.size()) break;  // decode_at reads a cut sequence as one byte
      const auto byte = [&](size_t k) { return static_cast<char32_t>(text_[at + k] & 0x3F); };
      const char32_t cp = (static_cast<char32_t>(lead & 0x0F) << 12) | (byte(1) << 6) | byte(2);
      if (unicode::is_dash(cp)) return at;
    }
    return text_.size();
  }

  std::string_view text_;
  bool started_ = false;
  size_t last_begin_ = 0;
  size_t hyphen_ = 0;
  size_t e2_ = 0;
  size_t ef_ = 0;
};

// A core figure: the tokens [begin, end) that state one number (or a vague amount).
struct Figure {
  uint32_t begin = 0;
  uint32_t end = 0;
  double value = 0;
  bool vague = false;
  double low = 0;
  double high = 0;
  double scale = 0;            // the scale word applied ("million"), 0 if none
  bool digits = false;         // read from a digit token
  bool plain_integer = false;  // one bare digit token: "1500", not "1,500" or "1.5" or "2m"
  uint32_t integer_digits = 0;
  bool fraction_only = false;  // "half", "two-thirds", "3/4": a share of something
  bool lone_one = false;       // the word "one" alone: mostly a pronoun or article
  bool capitalised = false;    // a number word written with a capital ("Group of Seven")
  bool reject = false;         // the tokens are no quantity (a date, a code): skip them
  bool negative = false;       // a minus sign glued before the digits: "-4", "−12.5"
  std::string_view currency;   // ISO code from a symbol or code before the figure
  // The rest of a hyphenated word: "day" of "three-day", a view of the folded token (a
  // Figure owns no string, so making and dropping one per candidate costs nothing).
  std::string_view tail;
  bool tail_spaced = false;  // its hyphens read as spaces ("three-day-old" -> "day old")
};

class SentenceReader {
 public:
  SentenceReader(const DocumentText& doc, const words::FoldedTokens& folded, const Tables& tables,
                 const Sentence& sentence, bool dashes, uint32_t doc_index, uint32_t sentence_index,
                 std::vector<NumberMention>& out)
      : doc_(doc),
        folded_(folded),
        t_(tables),
        lo_(sentence.first_token),
        hi_(sentence.end_token),
        headline_(sentence.headline),
        paragraph_begin_(doc.paragraphs[sentence.paragraph].span.begin),
        any_word_(tables.starts.any_word),
        hyphens_(dashes),
        doc_index_(doc_index),
        sentence_index_(sentence_index),
        out_(out) {}

  void run() {
    for (uint32_t i = next_start(lo_); i < hi_; i = next_start(i)) {
      std::optional<Figure> f = parse_figure(i);
      if (!f) {
        ++i;
        continue;
      }
      const uint32_t next = f->reject ? f->end : read_mention(std::move(*f));
      i = std::max(next, i + 1);
    }
  }

 private:
  // ---- token access ----
  std::string_view raw(uint32_t i) const { return doc_.slice(doc_.tokens[i].span); }
  std::string_view word(uint32_t i) const {
    return i >= lo_ && i < hi_ ? folded_[i] : std::string_view();
  }
  TokenKind kind(uint32_t i) const { return doc_.tokens[i].kind; }
  bool in(uint32_t i) const { return i >= lo_ && i < hi_; }
  bool is_word(uint32_t i) const { return in(i) && kind(i) == TokenKind::kWord; }
  bool is_number(uint32_t i) const { return in(i) && kind(i) == TokenKind::kNumber; }
  bool is(uint32_t i, std::string_view folded) const { return in(i) && same(word(i), folded); }
  bool is_dash(uint32_t i) const {
    return in(i) && kind(i) == TokenKind::kPunct && same(word(i), "-");
  }
  bool in_class(WordClass c, uint32_t i) const {
    if (!in(i)) return false;
    const auto n = static_cast<size_t>(c);
    if (n >= WordClassIndex::kMaxClasses) return lx::is_word(c, word(i));
    return t_.classes.index[n].find(word(i)) >= 0;
  }
  // find_number_word of token i's folded text, looked up only when its class bit says it is
  // one (most words after "a" or "half" are not).
  const lx::NumberWord* number_word(uint32_t i) const {
    if (!in(i)) return lx::find_number_word(std::string_view());
    return folded_.is(i, lx::token_class::kNumberWord) ? lx::find_number_word(word(i)) : nullptr;
  }
  // Whether token i ends exactly where token i + 1 begins (no space between).
  bool glued(uint32_t i) const {
    return in(i) && in(i + 1) && doc_.tokens[i].span.end == doc_.tokens[i + 1].span.begin;
  }
  bool capitalised(uint32_t i) const {
    if (!is_word(i)) return false;
    const std::string_view w = raw(i);
    if (w.empty()) return false;  // no word token is empty
    const auto c = static_cast<unsigned char>(w[0]);
    if (c < 0x80) return c >= 'A' && c <= 'Z';  // unicode::is_upper of an ASCII letter
    int len = 0;
    return unicode::is_upper(unicode::decode_at(w, 0, len));
  }
  // A capital anywhere: names like "iPhone" and "eBay" too.
  bool has_capital(uint32_t i) const {
    if (!is_word(i)) return false;
    const std::string_view w = raw(i);
    for (size_t b = 0; b < w.size();) {
      int len = 1;
      if (unicode::is_upper(unicode::decode_at(w, b, len))) return true;
      b += static_cast<size_t>(len);
    }
    return false;
  }
  // The first word of a sentence or of a quotation, where capitals say nothing.
  bool clause_start(uint32_t i) const {
    uint32_t j = i;
    while (j > lo_ && kind(j - 1) == TokenKind::kPunct &&
           (same(word(j - 1), "\"") || same(word(j - 1), "'") || same(word(j - 1), "(")))
      --j;
    return j == lo_ || same(word(j - 1), ":") || same(word(j - 1), "-");
  }
  bool is_month(uint32_t i) const {
    // The class bit answers month_number: a month name is ASCII, so its folded text is its
    // lowercase text.
    if (!is_word(i) || !folded_.is(i, lx::token_class::kMonth)) return false;
    return !lx::month_is_ambiguous(raw(i)) || capitalised(i);
  }
  // The word before token i, stepping over an abbreviation's period ("Oct. 23", "No. 5").
  uint32_t word_before(uint32_t i) const {
    if (i > lo_ && same(word(i - 1), ".") && i - 1 > lo_ && glued(i - 2)) return i - 2;
    return i - 1;
  }

  // ---- phrases ----
  // Longest table phrase (words separated by one space) that starts at token i; sets `used`.
  template <class T>
  const T* phrase_at(const PhraseTable<T>& table, uint32_t i, uint32_t& used) const {
    const T* best = nullptr;
    used = 0;
    for (const uint32_t row : table.by_first.rows(word(i))) {
      const std::span<const std::string_view> parts = table.words_of(row);
      const auto n = static_cast<uint32_t>(parts.size());
      if (n > kMaxPhraseWords || n <= used || !words_match(parts, i)) continue;
      best = &table.rows[row];
      used = n;
    }
    return best;
  }
  // Longest table phrase that ends just before token i.
  template <class T>
  const T* phrase_before(const PhraseTable<T>& table, uint32_t i, uint32_t& used) const {
    const T* best = nullptr;
    used = 0;
    for (const uint32_t row : table.by_last.rows(word(i - 1))) {
      const uint32_t n = table.split[row].tokens;
      if (n > kMaxPhraseWords || i < lo_ + n || n <= used) continue;
      if (words_match(table.words_of(row), i - n)) {
        best = &table.rows[row];
        used = n;
      }
    }
    return best;
  }
  // Whether the tokens from i on are the words of a table row (split when the table was made).
  bool words_match(std::span<const std::string_view> parts, uint32_t i) const {
    for (uint32_t n = 0; n < parts.size(); ++n)
      if (!in(i + n) || !same(word(i + n), parts[n])) return false;
    return true;
  }
  const lx::UnitPhrase* unit_named(std::string_view folded) const {
    const int32_t row = t_.units.whole.find(folded);
    return row < 0 ? nullptr : &t_.units.rows[static_cast<size_t>(row)];
  }

  // ---- core figures ----
  // The first token from i on where parse_figure may find a figure (hi_ if none; it may
  // still find none there): digits, a symbol (currency or "½"), or a word that is a number
  // word, opens a vague amount, "a hundred" or "half a million" (class bits), starts with a
  // number word before a hyphen ("twenty-one", "two-thirds"), or is a currency before digits
  // ("USD 5") or glued to a symbol ("US$"). Asked of every token, in a tight loop: most words
  // are turned away by their kind and class bits, before parse_figure builds a Figure and
  // makes its several lookups.
  uint32_t next_start(uint32_t i) const { return hyphens_ ? scan<true>(i) : scan<false>(i); }
  template <bool kHyphens>
  uint32_t scan(const uint32_t from) const {
    const Token* tokens = doc_.tokens.data();
    constexpr uint16_t kStarts = lx::token_class::kNumberWord | lx::token_class::kFigureLead;
    for (uint32_t i = from; i < hi_; ++i) {
      const TokenKind k = tokens[i].kind;
      if (k == TokenKind::kWord) {
        if (folded_.is(i, kStarts) || any_word_) return i;
        if (kHyphens && hyphen_start(word(i))) return i;
        continue;
      }
      if (k == TokenKind::kPunct) continue;
      // Digits or a symbol: the word just before may be its currency (currency_at), which no
      // word without class bits or a hyphen otherwise is. Asked here, of the few tokens after
      // which a figure can follow, rather than of every word.
      if (i > from && tokens[i - 1].kind == TokenKind::kWord) {
        if (k == TokenKind::kSymbol && tokens[i - 1].span.end == tokens[i].span.begin) return i - 1;
        if (k == TokenKind::kNumber && lx::find_currency_code(raw(i - 1))) return i - 1;
      }
      return i;
    }
    return hi_;
  }
  // Whether a word may start with a number word before its first hyphen: a hyphen sits where
  // a number word with the word's first byte would end (most words have no such place).
  bool hyphen_start(std::string_view w) const {
    if (w.empty()) return false;
    const FigureStarts& starts = t_.starts;
    uint32_t lengths = starts.prefix_lengths[static_cast<unsigned char>(w[0])];
    if (lengths >> FigureStarts::kLongBit) return w.find('-') != std::string_view::npos;
    if (w.size() < FigureStarts::kLongBit) lengths &= (uint32_t{1} << w.size()) - 1;
    for (; lengths != 0; lengths &= lengths - 1)
      if (w[static_cast<size_t>(std::countr_zero(lengths))] == '-') return true;
    return false;
  }

  // A currency written before a figure at token i: "$", "US$" (a word glued to "$"), "€",
  // or a code ("USD") followed by digits. Returns the tokens it takes, 0 if none.
  uint32_t currency_at(uint32_t i, std::string_view& code) const {
    if (is_word(i) && in(i + 1) && kind(i + 1) == TokenKind::kSymbol && glued(i)) {
      // Built with append: GCC 12 warns falsely (-Wrestrict) on chained string +.
      std::string joined(raw(i));
      joined.append(raw(i + 1));
      if (const lx::Currency* c = lx::find_currency_symbol(joined)) {
        code = c->code;
        return 2;
      }
    }
    if (in(i) && kind(i) == TokenKind::kSymbol) {
      if (const lx::Currency* c = lx::find_currency_symbol(raw(i))) {
        code = c->code;
        return 1;
      }
    }
    if (is_word(i) && is_number(i + 1)) {
      if (const lx::Currency* c = lx::find_currency_code(raw(i))) {
        code = c->code;
        return 1;
      }
    }
    return 0;
  }

  std::optional<Figure> parse_figure(uint32_t i) const {
    Figure f;
    f.begin = i;
    uint32_t j = i + currency_at(i, f.currency);
    if (!in(j)) return std::nullopt;
    bool ok = false;
    if (kind(j) == TokenKind::kNumber) {
      ok = parse_digit_figure(j, f);
    } else if (f.currency.empty() || is_word(j)) {
      ok = parse_word_figure(j, f);
    }
    if (!ok) return std::nullopt;
    return f;
  }

  // Multiplies by scale words after the figure: "1.5 million", "two hundred thousand".
  void read_scales(uint32_t& j, Figure& f) const {
    if (in(j) && is_dash(j)) {
      read_hyphened_scale(j, f);
      return;
    }
    while (is_word(j)) {
      if (!folded_.is(j, lx::token_class::kNumberWord)) {
        read_hyphened_scale(j, f);
        break;
      }
      const lx::NumberWord* w = lx::find_number_word(word(j));
      if (!w || (w->kind != NumberWordKind::kScale && w->kind != NumberWordKind::kHundred &&
                 w->kind != NumberWordKind::kDozen))
        break;
      if (w->after_digits_only && !(f.digits && glued(j - 1) && j - 1 == f.end - 1)) break;
      // "1m high": a metre, not a million, before a word of dimension.
      if (w->after_digits_only && f.currency.empty() && lx::find_measure_letter(word(j)) &&
          is_word(j + 1) && lx::is_dimension_word(word(j + 1)))
        break;
      if (f.scale != 0 && w->value >= f.scale && w->kind != NumberWordKind::kScale) break;
      f.value = tidy(f.value * w->value);
      f.scale = w->value;
      ++j;
      f.end = j;
    }
  }

  // "1.25M-vehicle", "a $2bn-a-year", "1.2-million-vehicle": a scale that opens a hyphenated
  // word glued to the digits; the rest of the word is read as the figure's tail ("vehicle").
  void read_hyphened_scale(uint32_t& j, Figure& f) const {
    if (!f.digits || f.scale != 0 || !f.tail.empty()) return;
    uint32_t w = j;
    // "1.2-million-vehicle": a dash glued to the digits and to the word.
    if (is_dash(j) && j == f.end && glued(j - 1) && glued(j) && is_word(j + 1))
      w = j + 1;
    else if (!(j == f.end && glued(j - 1)))
      return;
    const std::string_view token = word(w);
    const size_t dash = token.find('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 >= token.size()) return;
    const lx::NumberWord* n = lx::find_number_word(token.substr(0, dash));
    if (!n || n->kind != NumberWordKind::kScale) return;
    if (n->after_digits_only && w != j) return;  // "1.2-m-vehicle" is no scale
    f.value = tidy(f.value * n->value);
    f.scale = n->value;
    f.tail = token.substr(dash + 1);
    j = w + 1;
    f.end = j;
  }

  // "and a half" after a whole number: "two and a half years".
  void read_and_a_half(uint32_t& j, Figure& f) const {
    if (is(j, "and") && (is(j + 1, "a") || is(j + 1, "one")) && is(j + 2, "half")) {
      f.value += 0.5;
      j += 3;
      f.end = j;
    }
  }

  // Skips a run of numbers joined by separators with no space ("2024-10-23", "10:30",
  // "9/11", "555-0100"); returns the token after it.
  uint32_t skip_joined_numbers(uint32_t j) const {
    while (glued(j) && glued(j + 1) && is_number(j + 2) && kind(j + 1) == TokenKind::kPunct) j += 2;
    return j + 1;
  }

  bool parse_digit_figure(uint32_t j, Figure& f) const {
    const std::optional<Digits> d = parse_digits(raw(j));
    f.digits = true;
    if (!d) {
      f.reject = true;
      f.end = skip_joined_numbers(j);
      return true;
    }
    f.value = d->value;
    f.integer_digits = d->integer_digits;
    f.plain_integer = d->plain;
    f.end = j + 1;
    // A sign or a decimal point glued before the digits and set off before them ("-4",
    // "−12.5", ".75"); "5-4" and "v1.2" are not.
    const bool set_off = f.begin == j && j > lo_ && glued(j - 1) &&
                         kind(j - 1) == TokenKind::kPunct && (j - 1 == lo_ || !glued(j - 2));
    if (set_off && f.currency.empty() && is_dash(j - 1)) {
      f.begin = j - 1;
      f.negative = true;
    } else if (set_off && same(word(j - 1), ".") && d->plain) {
      f.begin = j - 1;
      f.value = d->value / std::pow(10.0, static_cast<double>(raw(j).size()));
      f.plain_integer = false;
    }
    // Numbers glued by ':' or chained by separators are times, ratios, dates or phones.
    const std::string_view sep =
        glued(j) && glued(j + 1) && is_number(j + 2) ? word(j + 1) : std::string_view();
    if (same(sep, ":") || same(sep, ".") || same(sep, ",") ||
        (!sep.empty() && glued(j + 2) && glued(j + 3) && is_number(j + 4) &&
         kind(j + 3) == TokenKind::kPunct && kind(j + 1) == TokenKind::kPunct)) {
      f.reject = true;
      f.end = skip_joined_numbers(j);
      return true;
    }
    if (same(sep, "/")) {
      const std::optional<Digits> den = parse_digits(raw(j + 2));
      if (d->plain && den && den->plain && f.value < den->value &&
          plausible_denominator(den->value)) {
        f.value /= den->value;
        f.fraction_only = true;
        f.plain_integer = false;
        f.end = j + 3;
        return true;
      }
      f.reject = true;
      f.end = skip_joined_numbers(j);
      return true;
    }
    // A phone number: 555-0100.
    if (same(sep, "-") && d->plain && d->integer_digits == 3 && raw(j + 2).size() == 4) {
      f.reject = true;
      f.end = j + 3;
      return true;
    }
    uint32_t k = j + 1;
    // Mixed numbers: "2 1/2", "2½".
    if (d->plain && is_number(k) && in(k + 2) && same(word(k + 1), "/") && glued(k) &&
        glued(k + 1) && is_number(k + 2)) {
      const auto num = parse_digits(raw(k));
      const auto den = parse_digits(raw(k + 2));
      if (num && den && num->value < den->value && plausible_denominator(den->value)) {
        f.value += num->value / den->value;
        f.plain_integer = false;
        k += 3;
        f.end = k;
      }
    } else if (in(k) && kind(k) == TokenKind::kSymbol) {
      if (const lx::FractionSymbol* fs = lx::find_fraction_symbol(raw(k))) {
        f.value += fs->value;
        f.plain_integer = false;
        ++k;
        f.end = k;
      }
    }
    read_scales(k, f);
    if (f.scale != 0) f.plain_integer = false;
    read_and_a_half(k, f);
    return true;
  }

  bool parse_word_figure(uint32_t j, Figure& f) const {
    if (in(j) && kind(j) == TokenKind::kSymbol) {
      const lx::FractionSymbol* fs = lx::find_fraction_symbol(raw(j));
      if (!fs) return false;
      f.value = fs->value;
      f.fraction_only = true;
      f.end = j + 1;
      return true;
    }
    if (!is_word(j)) return false;
    const std::string_view w = word(j);
    // Vague amounts: "hundreds", "tens of thousands", "a few thousand", "several hundred".
    for (const uint32_t row : t_.vague.by_first.rows(w)) {
      const lx::VagueAmount& v = t_.vague.rows[row];
      if (!words_match(t_.vague.words_of(row), j)) continue;
      uint32_t k = j + t_.vague.split[row].tokens;
      double scale = 1;
      if (v.needs_scale) {
        const bool of = is(k, "of");
        const lx::NumberWord* s = nullptr;
        if (of && is_word(k + 1) && ends_with(word(k + 1), "s")) {
          const std::string_view plural = word(k + 1);
          s = lx::find_number_word(plural.substr(0, plural.size() - 1));
          k += 2;
        } else if (!of && is_word(k)) {
          s = number_word(k);
          ++k;
        }
        if (!s || s->after_digits_only ||
            (s->kind != NumberWordKind::kScale && s->kind != NumberWordKind::kHundred &&
             s->kind != NumberWordKind::kDozen))
          return false;
        scale = s->value;
      } else if (is(k, "of") && is_word(k + 1) && ends_with(word(k + 1), "s")) {
        // "hundreds of thousands"
        const std::string_view plural = word(k + 1);
        const lx::NumberWord* s = lx::find_number_word(plural.substr(0, plural.size() - 1));
        if (s && s->kind == NumberWordKind::kScale && !s->after_digits_only) {
          scale = s->value;
          k += 2;
        }
      }
      f.vague = true;
      f.low = v.low * scale;
      f.high = (v.high + 1) * scale - 1;  // "tens of thousands" ends at 99,999
      f.end = k;
      return true;
    }
    // "a penny", "a cent": one of a money sub-unit (read_unit takes the word).
    if ((same(w, "a") || same(w, "one")) && is_word(j + 1) && lx::find_sub_unit(word(j + 1))) {
      f.value = 1;
      f.end = j + 1;
      return true;
    }
    // "another million": one more of a scale (the figure is the scale word).
    if (same(w, "another")) {
      const lx::NumberWord* n = number_word(j + 1);
      if (!n || n->after_digits_only || n->kind != NumberWordKind::kScale) return false;
      f.begin = j + 1;
      f.value = n->value;
      f.scale = n->value;
      f.end = j + 2;
      return true;
    }
    // "up to an hour", "more than a year": one of a period after a hedge (read_unit takes
    // the word). Without a hedge "a day" is a rate or a manner ("twice a day").
    if ((same(w, "a") || same(w, "an")) && is_word(j + 1)) {
      uint32_t used = 0;
      const lx::UnitPhrase* period = phrase_at(t_.units, j + 1, used);
      if (period && period->kind == UnitKind::kDuration &&
          phrase_before(t_.hedges_before, j, used)) {
        f.value = 1;
        f.end = j + 1;
        return true;
      }
    }
    // "a hundred", "a dozen", "a million", "a third of".
    if (same(w, "a") || same(w, "an")) {
      const lx::NumberWord* n = number_word(j + 1);
      if (!n || n->after_digits_only) return false;
      if (n->kind == NumberWordKind::kFraction) {
        // "a third of", a change by it ("rose by almost a quarter") or a comparison with it
        // ("a third more than").
        uint32_t lead = j;
        if (lead > 0 && (is(lead - 1, "almost") || is(lead - 1, "nearly") ||
                         is(lead - 1, "about") || is(lead - 1, "roughly")))
          --lead;
        const bool by = lead > 0 && is(lead - 1, "by");
        const bool compared =
            is(j + 2, "more") || is(j + 2, "less") || is(j + 2, "higher") || is(j + 2, "lower");
        if (!is(j + 2, "of") && !by && !compared) return false;
        // "a quarter of a million", "a third of a billion": that part of the scale.
        if (is(j + 2, "of") && (is(j + 3, "a") || is(j + 3, "an")) && is_word(j + 4)) {
          const lx::NumberWord* s = number_word(j + 4);
          if (s && !s->after_digits_only &&
              (s->kind == NumberWordKind::kScale || s->kind == NumberWordKind::kHundred)) {
            f.value = n->value * s->value;
            f.scale = s->value;
            f.end = j + 5;
            return true;
          }
        }
        f.value = n->value;
        f.fraction_only = true;
        f.end = j + 2;
        return true;
      }
      if (n->kind != NumberWordKind::kScale && n->kind != NumberWordKind::kHundred &&
          n->kind != NumberWordKind::kDozen)
        return false;
      f.value = n->value;
      f.scale = n->value;
      f.end = j + 2;
      uint32_t k = j + 2;
      read_scales(k, f);
      return true;
    }
    // "a quarter-point rise", "the half-point hike": a fraction of one percentage point.
    if (const size_t dash = w.find('-'); dash != std::string_view::npos) {
      const std::string_view whole = w.substr(0, dash), rest = w.substr(dash + 1);
      if ((rest == "point" || rest == "percentage-point") &&
          (same(whole, "half") || same(whole, "quarter"))) {
        f.value = same(whole, "half") ? 0.5 : 0.25;
        f.fraction_only = true;
        f.tail = rest.substr(rest.rfind('-') + 1);
        f.end = j + 1;
        return true;
      }
    }
    // "half a million", and "half" alone as a share.
    if (same(w, "half")) {
      f.end = j + 1;
      f.value = 0.5;
      // "half a percentage point": the unit after "a" is read as the figure's own; "half a
      // point" (of a rate) is half a percentage point.
      if (is(j + 1, "a") && is(j + 2, "percentage") &&
          (is(j + 3, "point") || is(j + 3, "points"))) {
        f.end = j + 2;
        return true;
      }
      if (is(j + 1, "a") && is(j + 2, "point")) {
        f.fraction_only = true;
        f.tail = word(j + 2);
        f.end = j + 3;
        return true;
      }
      if ((is(j + 1, "a") || is(j + 1, "an")) && is_word(j + 2)) {
        const lx::NumberWord* s = number_word(j + 2);
        if (s && !s->after_digits_only &&
            (s->kind == NumberWordKind::kScale || s->kind == NumberWordKind::kDozen ||
             s->kind == NumberWordKind::kHundred)) {
          f.value = 0.5 * s->value;
          f.scale = s->value;
          f.end = j + 3;
          return true;
        }
      }
      f.fraction_only = true;
      return true;
    }
    return parse_number_words(j, f);
  }

  // "six", "twenty-one", "forty eight", "one hundred and five", "two million", "two-thirds",
  // "three-day" (tail "day").
  bool parse_number_words(uint32_t j, Figure& f) const {
    // Most words are no number word and have no hyphen to split at: none can start here.
    if (!folded_.is(j, lx::token_class::kNumberWord) && word(j).find('-') == std::string_view::npos)
      return false;
    double total = 0;
    double current = 0;
    double last_scale = 0;  // 0: none yet
    bool any = false;
    bool after_multiplier = false;  // just read "hundred" or a scale: "and" may follow
    uint32_t parts = 0;
    uint32_t k = j;
    while (is_word(k)) {
      if (any && same(word(k), "and") && after_multiplier && is_word(k + 1)) {
        // "two hundred and forty-one": the word after "and" up to its hyphen.
        const std::string_view next = word(k + 1);
        const lx::NumberWord* n = lx::find_number_word(next.substr(0, next.find('-')));
        if (n && (n->kind == NumberWordKind::kSmall || n->kind == NumberWordKind::kTeen ||
                  n->kind == NumberWordKind::kTens)) {
          ++k;
          continue;
        }
        break;
      }
      // Split hyphenated words into parts: "twenty-one", "two-thirds", "three-day".
      const std::string_view token = word(k);
      size_t start = 0;
      bool consumed_token = false;
      bool stop = false;
      while (start <= token.size()) {
        const size_t dash = token.find('-', start);
        const std::string_view part = token.substr(
            start, dash == std::string_view::npos ? std::string_view::npos : dash - start);
        const lx::NumberWord* n = lx::find_number_word(part);
        bool took = false;
        if (n && !n->after_digits_only) {
          switch (n->kind) {
            case NumberWordKind::kSmall:
            case NumberWordKind::kTeen:
            case NumberWordKind::kTens: {
              // Adds below what is there: "hundred [five]", "forty [eight]", not "six two".
              const double below_hundred = std::fmod(current, 100);
              if (current == 0 || below_hundred == 0 ||
                  (n->kind == NumberWordKind::kSmall && below_hundred >= 20 &&
                   std::fmod(below_hundred, 10) == 0 && n->value > 0)) {
                current += n->value;
                took = true;
              }
              break;
            }
            case NumberWordKind::kHundred:
            case NumberWordKind::kDozen:
              if (current > 0 && current < 100 && !after_multiplier) {
                current *= n->value;
                took = true;
              }
              break;
            case NumberWordKind::kScale:
              if (current > 0 && (last_scale == 0 || n->value < last_scale)) {
                total += current * n->value;
                current = 0;
                last_scale = n->value;
                took = true;
              }
              break;
            case NumberWordKind::kFraction:
              // "two-thirds", "three quarters": a numerator then its fraction word.
              if (current > 0 && total == 0 && current < 20) {
                f.value = current * n->value;
                f.fraction_only = true;
                f.end = k + 1;
                if (dash != std::string_view::npos) f.tail = token.substr(dash + 1);
                return true;
              }
              break;
          }
        }
        if (!took) {
          if (parts > 0 && start > 0) {
            // The rest of a hyphenated word that began with a number: "day" of "three-day".
            f.tail = token.substr(start);
            f.tail_spaced = true;
            consumed_token = true;
          }
          stop = true;
          break;
        }
        any = true;
        ++parts;
        after_multiplier = n->kind == NumberWordKind::kHundred || n->kind == NumberWordKind::kScale;
        if (dash == std::string_view::npos) {
          consumed_token = true;
          break;
        }
        start = dash + 1;
      }
      if (consumed_token) {
        f.end = k + 1;
        if (k == j) f.capitalised = capitalised(k);
      }
      if (stop || !consumed_token) break;
      ++k;
      if (!f.tail.empty()) break;
    }
    if (!any) return false;
    f.value = total + current;
    f.scale = last_scale;
    f.lone_one = parts == 1 && f.value == 1;
    if (f.tail.empty()) {
      const uint32_t before = f.end;
      uint32_t e = f.end;
      read_and_a_half(e, f);
      if (e != before) {
        f.lone_one = false;
        // "one and a half million"
        if (f.scale == 0) read_scales(e, f);
      }
    }
    return true;
  }

  // ---- context ----
  bool year_like(const Figure& f, double v) const {
    return f.digits && f.plain_integer && f.integer_digits == 4 && v >= 1800 && v <= 2100;
  }
  // Whether token i starts a plural noun phrase head soon ("troops", "people").
  bool plural_noun_near(uint32_t i) const {
    for (uint32_t n = 0; n < 3 && is_word(i + n); ++n) {
      const std::string_view w = word(i + n);
      if (in_class(WordClass::kNounStop, i + n) || is_month(i + n)) return false;
      // Past a word, an "-ed" word is the verb that ends the phrase ("a 1960 tsunami killed
      // 61"): "killed" counts as a plural noun only right after the figure ("61 killed").
      if (n > 0 && ends_with(w, "ed")) return false;
      if (in_class(WordClass::kPluralNoun, i + n) || looks_plural(w)) return true;
    }
    return false;
  }
  // Whether the noun phrase at token i ends in "year" or "years" within two words ("years",
  // "model years", "fiscal year"): after a range of years, what the years are.
  bool names_years(uint32_t i) const {
    for (uint32_t n = 0; n < 2 && is_word(i + n); ++n)
      if (same(word(i + n), "years") || same(word(i + n), "year")) return true;
    return false;
  }
  static bool looks_plural(std::string_view w) {
    return w.size() > 2 && ends_with(w, "s") && !ends_with(w, "ss") && !ends_with(w, "us") &&
           !ends_with(w, "is") && !ends_with(w, "'s");
  }
  // A bare 4-digit number read as a year: after a month or a year word ("since 2022",
  // "mid-2023", "February 2022"), or with no plural noun after it.
  bool is_year(const Figure& f, double v, uint32_t after, bool hedged) const {
    if (!year_like(f, v)) return false;
    uint32_t b = f.begin;
    if (b > lo_ && is_dash(b - 1) && glued(b - 1)) --b;  // "mid-2023"
    const uint32_t prev = word_before(b);
    if (in(prev) && (is_month(prev) || in_class(WordClass::kYearContext, prev))) return true;
    if (in(prev) && same(word(prev), ",") && in(prev - 1) && is_number(prev - 1)) return true;
    if (hedged) return false;
    return !plural_noun_near(after);
  }
  // A day of the month: "Oct. 23", "23 October", "Mar/4", "March twenty first".
  bool is_day_of_month(const Figure& f, uint32_t after) const {
    uint32_t prev = word_before(f.begin);
    if (in(prev) && same(word(prev), "/") && glued(prev) && prev > lo_ && glued(prev - 1))
      prev = prev - 1;  // "Mar/4"
    if (!f.digits)
      return (f.value == 20 || f.value == 30) && is_month(prev) && is_word(after) &&
             lx::ordinal_day(word(after)) != 0;
    if (!f.plain_integer || f.value < 1 || f.value > 31) return false;
    return is_month(prev) || is_month(after);
  }
  // A number before a capitalised name that ends in a street or train word: an address or
  // a train's number ("10 Downing Street", "the 12841 Coromandel Express"). Not in a
  // headline, where every word is capitalised ("12 Dead On Main Street").
  bool is_numbered_name(const Figure& f, uint32_t end) const {
    if (!f.digits || !f.plain_integer || headline_) return false;
    uint32_t k = end;
    while (k < end + 5 && capitalised(k)) ++k;
    if (k == end) return false;
    // A name, then its head: capitalised ("Castle Street") or not ("Bengaluru-Howrah express").
    return (k > end + 1 && in_class(WordClass::kNumberedNameHead, k - 1)) ||
           in_class(WordClass::kNumberedNameHead, k);
  }
  // The first token of the capitalised name of at most four words that ends right before
  // token `end` ("the Farmers' Party 11": "Farmers"), or `end` when no name does. An
  // apostrophe glued to a word ("Farmers'") belongs to the name.
  uint32_t name_start(uint32_t end) const {
    constexpr uint32_t kMaxNameWords = 4;
    uint32_t k = end, words = 0;
    while (k > lo_ && words < kMaxNameWords) {
      const std::string_view r = raw(k - 1);
      if ((r == "'" || r == "\u2019") && k - 1 > lo_ && glued(k - 2) && capitalised(k - 2)) {
        --k;
        continue;
      }
      if (!capitalised(k - 1)) break;
      --k;
      ++words;
    }
    return k;
  }
  // "Labour won 52 seats and the Greens 17.": a figure closing its clause after "and" and a
  // name, with a figure before it in the sentence, is that figure's elided parallel, not a
  // label.
  bool elided_after_name(const Figure& f, uint32_t end) const {
    if (!f.digits || out_.empty() || out_.back().doc != doc_index_ ||
        out_.back().sentence != sentence_index_)
      return false;
    // The figure closes its clause or opens a bracket ("the Greens 17 (11.3%)") or the
    // list's last item ("the Greens 17 and the Farmers 11").
    if (in(end) && !(same(word(end), ".") || same(word(end), ",") || same(word(end), ";") ||
                     same(word(end), "(") || same(word(end), "and")))
      return false;
    uint32_t k = name_start(f.begin);
    // "Flight 370", "the Boeing 747 and two A380s": labels and models stay labels.
    if (k == f.begin || in_class(WordClass::kLabel, f.begin - 1) ||
        in_class(WordClass::kModelMaker, f.begin - 1))
      return false;
    if (k > lo_ && is(k - 1, "the")) --k;
    // An item of a list: after "and", "while", "but" or a comma.
    return k > lo_ &&
           (is(k - 1, "and") || is(k - 1, "while") || is(k - 1, "but") || same(word(k - 1), ","));
  }
  // Whether a storm word stands within a few words of token k ("a Category 4 storm",
  // "Hurricane Erin, a Category 3").
  bool storm_near(uint32_t k) const {
    constexpr uint32_t kReach = 6;
    for (uint32_t j = k > lo_ + kReach ? k - kReach : lo_; j <= k + kReach && in(j); ++j)
      if (is_word(j) && in_class(WordClass::kStormWord, j)) return true;
    return false;
  }
  // A number naming something: "Resolution 2231", "Article 5", "Boeing 747".
  bool is_label(const Figure& f) const {
    // Labels are never scaled ("Halvex 1.4 million") nor written with thousands separators:
    // "and Ms Varga 1,382,900" is a count.
    if (!f.digits || !f.currency.empty() || f.scale != 0) return false;
    if (raw(f.begin).find(',') != std::string_view::npos) return false;
    const uint32_t prev = word_before(f.begin);
    if (!is_word(prev)) return false;
    if (in_class(WordClass::kLabel, prev))
      return !(same(word(prev), "category") && storm_near(prev));
    // "gave New Centre 48 seats": a name after a verb of giving, then what it was given.
    if (in_class(WordClass::kModelMaker, prev)) return true;  // "Boeing 737", after anything
    if (uint32_t k = name_start(prev + 1); k <= prev) {
      if (k > lo_ && is(k - 1, "the")) --k;
      if (k > lo_ && in_class(WordClass::kGivingVerb, k - 1)) return false;
    }
    if (headline_ || !has_capital(prev) || (capitalised(prev) && clause_start(prev)) ||
        is_month(prev))
      return false;
    if (raw(prev).find('.') != std::string_view::npos) return false;  // "U.S."
    if (ends_with(word(prev), "'s")) return false;                    // "Trump's 232"
    uint32_t used = 0;
    return !phrase_before(t_.hedges_before, f.begin, used);
  }

  // A rate written with a slash after the unit word at token k ("185 km/h", "185km/h",
  // "90 km/hr"): points `u` at the whole rate (a speed is no distance) and returns the
  // tokens it adds; 0 when none follows.
  uint32_t rate_after(const lx::UnitPhrase*& u, uint32_t k) const {
    const uint32_t slash = k + 1;
    if (!in(slash + 1) || !glued(k) || !glued(slash) || !same(raw(slash), "/") ||
        !is_word(slash + 1))
      return 0;
    std::string rate(word(k));
    rate.append("/").append(word(slash + 1));
    const lx::UnitPhrase* per = unit_named(rate);
    if (!per) return 0;
    u = per;
    return 2;
  }

  // Whether two figures joined by "to" or a dash, the first the larger, are a vote tally:
  // a vote verb right before them or before the text voted on ("passed 214-198", "passed
  // the bill 214-198", "split 6-1", "carried by 214 to 198"), a vote noun and its verb ("the vote
  // was 5-2") or a vote noun after them ("a 6-3 ruling"). Not a score (a verb's object or another
  // noun after them: "defeated Lenmark 3-1", "carried a 2-0 lead", "were defeated 2-0 by"), a span
  // of years ("approved the 2025-26 budget") nor two shares of a whole ("the referendum passed
  // 55-45").
  bool is_tally(const Figure& f, const Figure& g) const {
    bool tally = in_class(WordClass::kTallyNoun, g.end);
    if (!tally && f.begin > lo_) {
      const uint32_t b = f.begin - 1;
      // "passed the bill 214-198": a vote verb and the text voted on.
      const bool voted_on = b >= lo_ + 2 && in_class(WordClass::kTallyObject, b) &&
                            (is(b - 1, "the") || is(b - 1, "a")) &&
                            in_class(WordClass::kTallyLead, b - 2);
      tally = in_class(WordClass::kTallyLead, b) || voted_on ||
              (is(b, "by") && b > lo_ && in_class(WordClass::kTallyLead, b - 1)) ||
              ((is(b, "was") || is(b, "is") || is(b, "went") || is(b, "ended")) && b > lo_ &&
               in_class(WordClass::kTallyNoun, b - 1));
    }
    if (!tally) return false;
    const uint32_t next = g.end;
    if (in(next) && is_word(next) &&
        (is(next, "by") ||
         (!in_class(WordClass::kTallyNoun, next) && !in_class(WordClass::kNounStop, next))))
      return false;
    constexpr double kFirstYear = 1900, kLastYear = 2100, kWhole = 100, kNearWhole = 98;
    if (f.value >= kFirstYear && f.value <= kLastYear &&
        (g.value == f.value + 1 || g.value == std::fmod(f.value + 1, kWhole)))
      return false;
    // "the referendum passed 55-45", "voters split 50-50" are shares; "the senate voted 61 to
    // 38" is a chamber's count.
    if (f.value <= kWhole && f.value + g.value >= kNearWhole && f.value + g.value <= kWhole)
      for (uint32_t k = lo_; k < hi_; ++k)
        if (in_class(WordClass::kShareContext, k)) return false;
    return true;
  }

  // What follows a figure (or range) ending at token `end`: a percent sign, a unit of
  // money, time or measure, an age, glued letters or a hyphenated unit.
  struct UnitReading {
    NumberKind kind = NumberKind::kCount;
    std::string unit;
    bool has_unit = false;
    uint32_t unit_end = 0;        // where the span ends when the unit belongs to it
    uint32_t next = 0;            // the first token after the unit
    bool not_a_quantity = false;  // "10am", "2nd", "one-sided", "10-point": skip to `resume`
    uint32_t resume = 0;
    double factor = 1;  // a money sub-unit: "50 cents" is 0.5 of the currency
  };
  UnitReading read_unit(const Figure& f, uint32_t end) const {
    UnitReading r;
    r.unit_end = end;
    r.next = end;
    uint32_t& k = r.next;
    auto take_unit = [&](const lx::UnitPhrase& u, uint32_t next) {
      r.has_unit = true;
      r.next = next;
      r.unit_end = next;
      switch (u.kind) {
        case UnitKind::kMoney:
          r.kind = NumberKind::kMoney;
          break;
        case UnitKind::kPercent:
          r.kind = NumberKind::kPercent;
          break;
        case UnitKind::kDuration:
          r.kind = NumberKind::kDuration;
          break;
        case UnitKind::kMeasure:
          r.kind = NumberKind::kMeasure;
          break;
        case UnitKind::kAge:
          r.kind = NumberKind::kAge;
          break;
        case UnitKind::kCount:
          r.unit_end = end;  // "10,000-strong": the count's span stays the figure
          break;
      }
      r.unit = std::string(u.unit);
    };
    auto reject = [&](uint32_t resume) {
      r.not_a_quantity = true;
      r.resume = resume;
      return r;
    };
    // "50 cents", "15-cent", "a penny": a sub-unit makes money of its hundredths.
    auto take_sub_unit = [&](const lx::SubUnit& s, uint32_t next) {
      r.has_unit = true;
      r.kind = NumberKind::kMoney;
      r.unit = std::string(s.code);
      r.factor = s.factor;
      r.next = next;
      r.unit_end = next;
    };
    // "a quarter-point rise", "half a point": a fraction of one percentage point.
    if (f.fraction_only && (f.tail == "point" || f.tail == "points")) {
      if (const lx::UnitPhrase* u = unit_named("percentage point")) take_unit(*u, end);
      return r;
    }
    if (!f.tail.empty()) {
      std::string tail(f.tail);
      if (f.tail_spaced) std::replace(tail.begin(), tail.end(), '-', ' ');
      const lx::UnitPhrase* u = unit_named(std::string("-").append(tail));  // "three-train"
      if (!u) u = unit_named(tail);
      if (!u) return reject(end);  // "one-sided", "two-state": not a quantity
      take_unit(*u, end);
    } else if (in(k) && kind(k) == TokenKind::kSymbol && same(raw(k), "%")) {
      r.kind = NumberKind::kPercent;
      r.unit = "%";
      r.has_unit = true;
      r.unit_end = k = k + 1;
    } else if (f.digits && glued(end - 1) && is_word(end) &&
               doc_.tokens[end - 1].kind == TokenKind::kNumber) {
      // Letters glued to digits: "300km" is a measure; "10am", "2nd", "1990s", "7G" are not
      // quantities.
      const lx::UnitPhrase* u = unit_named(word(end));
      if (!u && lx::is_dimension_word(word(end + 1))) u = lx::find_measure_letter(word(end));
      if (!u) return reject(end + 1);
      take_unit(*u, end + 1 + rate_after(u, end));
    } else if (is_dash(k) && glued(k - 1) && glued(k) && is_word(k + 1)) {
      // "42-year-old", "5-mile", "10,000-strong", "12-month"; "10-point plan" is no quantity.
      std::string joined(word(k + 1));
      // A unit that reads differently inside an adjective: "a 500-pound bomb" (weight).
      const lx::UnitPhrase* u = unit_named(std::string("-").append(joined));
      if (!u) u = unit_named(joined);
      if (!u) {
        const size_t dash = joined.find('-');
        if (dash != std::string::npos) {
          std::string spaced = joined;
          std::replace(spaced.begin(), spaced.end(), '-', ' ');
          u = unit_named(spaced);
          if (!u) u = unit_named(joined.substr(0, dash));
        }
      }
      if (u) {
        take_unit(*u, k + 2);
      } else if (const lx::SubUnit* sub = lx::find_sub_unit(joined); sub && f.currency.empty()) {
        take_sub_unit(*sub, k + 2);
      } else if (!f.currency.empty() &&
                 (joined == "a" || joined == "per" || joined.rfind("a-", 0) == 0 ||
                  joined.rfind("per-", 0) == 0)) {
        // "a $33-a-share offer": a price of one unit; the sum keeps its own span.
      } else if (!same(word(k + 1), "plus")) {
        return reject(k + 2);
      }
    } else {
      uint32_t used = 0;
      const lx::UnitPhrase* u = phrase_at(t_.units, k, used);
      // "40 BP petrol stations": the oil company in capitals, not basis points ("25 bp").
      if (u && used == 1 && u->unit == "basis points" && capitalised(k)) u = nullptr;
      if (u) {
        // A rate written with a slash ("185 km/h", "90 km/hr"): the unit is the whole
        // rate, not its first word (a speed is no distance).
        if (used == 1) used += rate_after(u, k);
        take_unit(*u, k + used);
      } else if (is_word(k) && f.currency.empty()) {
        if (const lx::SubUnit* sub = lx::find_sub_unit(word(k))) take_sub_unit(*sub, k + 1);
      }
    }
    if (in_class(WordClass::kTimeMarker, end) && !r.has_unit) return reject(end + 1);  // "10 a.m."
    if (!f.currency.empty()) {
      if (r.kind != NumberKind::kMoney) {
        // "$5 million" with no currency word after; keep the unit's tokens out of the span.
        k = end;
        r.unit_end = end;
      }
      r.kind = NumberKind::kMoney;
      r.unit = std::string(f.currency);
    }
    return r;
  }

  // A list's item number opening a paragraph: "2. The rescue ended", "3) Trains were
  // cancelled" (one or two digits, a glued "." or ")", a space, then a capital).
  bool list_item_number(const Figure& f) const {
    if (!f.digits || f.scale != 0 || f.end != f.begin + 1 || f.value >= 100) return false;
    const std::vector<Token>& tokens = doc_.tokens;
    if (tokens[f.begin].span.begin != paragraph_begin_ || raw(f.begin).size() > 2) return false;
    const uint32_t mark = f.end, next = f.end + 1;
    if (next >= tokens.size() || tokens[mark].kind != TokenKind::kPunct) return false;
    const std::string_view m = doc_.slice(tokens[mark].span);
    if ((m != "." && m != ")") || tokens[f.begin].span.end != tokens[mark].span.begin) return false;
    if (tokens[next].kind != TokenKind::kWord || tokens[next].span.begin == tokens[mark].span.end)
      return false;
    const auto c = static_cast<unsigned char>(doc_.text[tokens[next].span.begin]);
    return c >= 'A' && c <= 'Z';
  }

  // Reads a figure's range partner, unit, context and counted noun; emits the mention.
  // Returns the token to continue from.
  uint32_t read_mention(Figure f) {
    if (list_item_number(f)) return f.end + 1;
    // A phone number or code in parentheses: "(202) 555 0100".
    if (f.digits && is_number(f.end) && f.scale == 0) return skip_number_run(f.end);
    if (f.digits && f.begin > lo_ && same(word(f.begin - 1), "+") && glued(f.begin - 1))
      return skip_number_run(f.end);
    if (f.digits && f.begin > lo_ && same(word(f.begin - 1), "(") && same(word(f.end), ")") &&
        is_number(f.end + 1))
      return skip_number_run(f.end + 1);

    // Ranges: "1,500 to 12,000", "1,500-12,000", "between 200 and 300", "two or three".
    bool range = false;
    double low = f.value;
    double high = f.value;
    const bool opened = f.begin > lo_ && in_class(WordClass::kRangeOpener, f.begin - 1);
    // "rose from 5% to 10%", "raise the retirement age from 62 to 64" state two values, a
    // change, not a range of estimates: a change word a few words before "from", within its
    // clause (no punctuation or figure between).
    constexpr uint32_t kChangeReach = 6;
    bool change = false;
    if (opened && same(word(f.begin - 1), "from")) {
      for (uint32_t k = f.begin - 1; k-- > lo_ && f.begin - 1 - k <= kChangeReach;) {
        if (!is_word(k)) break;
        if (in_class(WordClass::kChangeVerb, k)) {
          change = true;
          break;
        }
      }
    }
    uint32_t end = f.end;  // end of the figure (with its range partner)
    // "4.5% to 4.75%": the first figure may carry its own percent sign.
    const bool percent_first = in(f.end) && same(raw(f.end), "%");
    const uint32_t connector = percent_first ? f.end + 1 : f.end;
    if (!f.vague && !f.fraction_only && f.tail.empty() && !change &&
        in_class(WordClass::kRangeConnector, connector) &&
        (!same(word(connector), "and") || (opened && same(word(f.begin - 1), "between")))) {
      std::optional<Figure> g = parse_figure(connector + 1);
      if (g && !g->reject && !g->vague && !g->fraction_only &&
          (!percent_first || (in(g->end) && same(raw(g->end), "%"))) &&
          (g->currency.empty() || f.currency.empty() || g->currency == f.currency)) {
        double a = f.value;
        if (f.scale == 0 && g->scale != 0 && a * g->scale < g->value) a *= g->scale;
        if (a < g->value) {
          range = true;
          low = a;
          high = g->value;
          end = g->end;
          if (f.currency.empty()) f.currency = g->currency;
          f.tail = g->tail;
          f.tail_spaced = g->tail_spaced;
        } else if (f.digits && g->digits && !same(word(connector), "or") &&
                   !same(word(connector), "and")) {
          // "Parliament voted 212 to 87", "passed 214-198", "a 6-3 ruling": a vote tally
          // states two counts of votes, for and against (a score elsewhere: "won 3-2").
          if ((same(word(connector), "to") || same(word(connector), "-")) && f.currency.empty() &&
              f.tail.empty() && g->currency.empty() && g->tail.empty() && is_tally(f, *g)) {
            for (const Figure* x : {&f, &*g}) {
              NumberMention m;
              m.doc = doc_index_;
              m.sentence = sentence_index_;
              m.span = {doc_.tokens[x->begin].span.begin, doc_.tokens[x->end - 1].span.end};
              m.kind = NumberKind::kCount;
              m.unit = "votes";
              m.value = x->value;
              out_.push_back(std::move(m));
            }
            return g->end;
          }
          return g->end;  // "3-2", "2022-23", "won 5 to 4": a score or a season
        }
      }
    }

    // "one in five", "3 in 10": a share, read as a percent.
    if (!range && !f.vague && !f.fraction_only && f.currency.empty() && f.tail.empty() &&
        f.value > 0 && is(end, "in")) {
      std::optional<Figure> g = parse_figure(end + 1);
      if (g && !g->reject && !g->vague && !g->fraction_only && g->currency.empty() &&
          g->tail.empty() && !year_like(*g, g->value) && g->value > f.value) {
        NumberMention m;
        m.doc = doc_index_;
        m.sentence = sentence_index_;
        m.span = {doc_.tokens[f.begin].span.begin, doc_.tokens[g->end - 1].span.end};
        m.kind = NumberKind::kPercent;
        m.unit = "%";
        m.value = tidy(f.value / g->value * 100);
        uint32_t used = 0;
        if (const lx::Hedge* h = phrase_before(t_.hedges_before, f.begin, used))
          m.qualifier = h->qualifier;
        out_.push_back(std::move(m));
        return g->end;
      }
    }

    // Units and kinds.
    UnitReading u = read_unit(f, end);
    if (u.not_a_quantity) return u.resume;
    NumberKind number_kind = u.kind;
    std::string unit = std::move(u.unit);
    const bool has_unit = u.has_unit;
    uint32_t unit_end = u.unit_end;
    uint32_t k = u.next;
    if (u.factor != 1) {
      f.value = tidy(f.value * u.factor);
      low = tidy(low * u.factor);
      high = tidy(high * u.factor);
    }
    // "4 dollars 20 cents", "twelve euros and fifty cents": the sub-units join the amount.
    if (number_kind == NumberKind::kMoney && !range && !f.vague && u.factor == 1 &&
        f.currency.empty()) {
      const uint32_t at = is(k, "and") ? k + 1 : k;
      std::optional<Figure> g = in(at) ? parse_figure(at) : std::nullopt;
      if (g && !g->reject && !g->vague && g->currency.empty() && g->tail.empty() && g->value > 0 &&
          g->value < 100 && is_word(g->end)) {
        if (const lx::SubUnit* sub = lx::find_sub_unit(word(g->end))) {
          f.value = tidy(f.value + g->value * sub->factor);
          unit_end = g->end + 1;
          k = unit_end;
        }
      }
    }
    const uint32_t prev = word_before(f.begin - (opened ? 1 : 0));
    if (number_kind == NumberKind::kCount && in_class(WordClass::kAgeMarker, prev)) {
      number_kind = NumberKind::kAge;
      unit = "years";
    }
    // "magnitude 6.9", "a magnitude 5.8 tremor": a unit written before the figure.
    if (number_kind == NumberKind::kCount && !has_unit && !range && f.currency.empty() &&
        !f.vague && is_word(prev)) {
      // "a Category 4 storm" is a measure; "a Category 2 listed building" stays a label.
      if (const lx::UnitPhrase* before = lx::find_unit_before(word(prev));
          before && before->kind == UnitKind::kMeasure &&
          (!same(word(prev), "category") || storm_near(prev))) {
        number_kind = NumberKind::kMeasure;
        unit = std::string(before->unit);
      }
    }

    // Hedges.
    Qualifier qualifier = Qualifier::kExact;
    uint32_t used = 0;
    const uint32_t hedge_at = f.begin - (opened ? 1 : 0);
    if (const lx::Hedge* h = phrase_before(t_.hedges_before, hedge_at, used)) {
      if (number_kind != NumberKind::kDuration || h->before_durations) qualifier = h->qualifier;
    }
    const bool hedged = used > 0;
    if (const lx::Hedge* h = phrase_at(t_.hedges_after, k, used)) {
      if (qualifier == Qualifier::kExact) qualifier = h->qualifier;
      k += used;
    }

    // What is no quantity: dates, years, labels, pronouns, names.
    const bool bare = number_kind == NumberKind::kCount && !has_unit;
    if (bare && !f.vague) {
      if (is_day_of_month(f, end)) {
        uint32_t next = end;
        if (is_month(next)) ++next;
        // "Oct. 23, 2024": the year after the comma is the date's; "As of 5 March, 12% of
        // ..." opens a figure of its own.
        if (same(word(next), ",") && is_number(next + 1) && raw(next + 1).size() == 4 &&
            !plural_noun_near(next + 2))
          next += 2;
        return next;
      }
      // "from 2022 to 2025", "the 2022 to 2025 model years": a span of years.
      if (range ? (year_like(f, low) && year_like(f, high) &&
                   (!plural_noun_near(k) || names_years(k)))
                : is_year(f, f.value, k, hedged))
        return end;
      if ((is_label(f) || is_numbered_name(f, end)) && !elided_after_name(f, end)) return end;
      if (f.lone_one && !range) return end;
      if (f.capitalised && !headline_ && !clause_start(f.begin)) return end;
    }
    if (f.fraction_only && !range) {
      const uint32_t before = f.begin - 1;
      // "the second half" is no share; "the half-point hike" is half a percentage point.
      if (in_class(WordClass::kFractionBlocker, before) && !has_unit) return end;
      const bool shared =
          is(k, "of") || in_class(WordClass::kDeterminer, k) || is(k, "a") || is(k, "an");
      // "rose by a third", "a third higher than": a change or a comparison by the share.
      const bool compared =
          is(before, "by") || is(k, "more") || is(k, "less") || is(k, "higher") || is(k, "lower");
      if (!has_unit && !hedged && !shared && !compared) return end;
      if (!has_unit) {
        number_kind = NumberKind::kPercent;
        unit.clear();  // not `unit = "%"`: GCC 12 -O3 warns falsely (-Wrestrict) on that
        unit.push_back('%');
        f.value *= 100;
      }
    }

    // "The suspect, 34, was arrested": an age set off by commas after a noun.
    if (bare && !range && f.plain_integer && f.value >= 1 && f.value < 120 &&
        same(word(f.begin - 1), ",") && is_word(f.begin - 2) && same(word(end), ",")) {
      number_kind = NumberKind::kAge;
      unit = "years";
    }

    // The counted noun.
    if (number_kind == NumberKind::kCount && unit.empty()) {
      // "hundreds of millions of dollars": a vague amount of money.
      uint32_t money_used = 0;
      const lx::UnitPhrase* money = is(k, "of") ? phrase_at(t_.units, k + 1, money_used) : nullptr;
      if (money && money->kind == UnitKind::kMoney) {
        number_kind = NumberKind::kMoney;
        unit = std::string(money->unit);
      } else {
        unit = counted_noun(k);
      }
    }
    // "more than four times the €96m", "three times higher", "five times as many": a
    // multiplier, no quantity (GUIDELINES §1); "delayed four times" counts occurrences.
    if (number_kind == NumberKind::kCount && !range && !f.vague && is(k, "times")) {
      static constexpr std::string_view kCompared[] = {
          "as",    "bigger", "faster",  "greater", "higher", "its",   "larger", "less",
          "lower", "more",   "smaller", "that",    "the",    "their", "what",
      };
      bool compared = is_number(k + 1);
      for (std::string_view w : kCompared) compared = compared || is(k + 1, w);
      if (compared) return k + 1;
    }

    NumberMention m;
    m.doc = doc_index_;
    m.sentence = sentence_index_;
    // A count's span is the figure ("10,000"); other kinds take their unit ("$175 billion",
    // "2 1/2 years", "42-year-old").
    const uint32_t span_end = number_kind == NumberKind::kCount ? end : std::max(end, unit_end);
    m.span = {doc_.tokens[f.begin].span.begin, doc_.tokens[span_end - 1].span.end};
    m.kind = number_kind;
    m.unit = std::move(unit);
    if (f.vague) {
      m.low = f.low;
      m.high = f.high;
      m.qualifier = Qualifier::kVague;
    } else if (range) {
      m.low = low;
      m.high = high;
      m.qualifier = Qualifier::kRange;
    } else {
      // "minus 5 degrees", "-5 degrees"
      const bool negative = f.negative || in_class(WordClass::kNegation, word_before(f.begin));
      m.value = negative ? -f.value : f.value;
      m.qualifier = qualifier;
    }
    out_.push_back(std::move(m));
    return std::max(end, unit_end);
  }

  uint32_t skip_number_run(uint32_t j) const {
    while (is_number(j) || (in(j) && kind(j) == TokenKind::kPunct && is_number(j + 1) &&
                            (same(word(j), "-") || same(word(j), ")") || same(word(j), "."))))
      ++j;
    return j;
  }

  // The noun a count counts: "10,000 North Korean troops" -> troops, "1,500 special forces"
  // -> special forces. Reads past closing quotes, "more", and "of (the)"; stops at verbs,
  // prepositions and punctuation; prefers the first plural word.
  std::string counted_noun(uint32_t k) const {
    while (in(k) && kind(k) == TokenKind::kPunct && (same(word(k), "\"") || same(word(k), "'")))
      ++k;
    while (in_class(WordClass::kNounSkip, k)) ++k;
    if (is(k, "of")) {
      ++k;
      while (in_class(WordClass::kDeterminer, k)) ++k;
      // An owner's whole counts the same: "cut 1,900 of Brisca's 8,200 jobs", "20 of
      // insolvent Brisca Air's 52 aircraft", "4,100 of the Ardenian carrier's 8,200 staff".
      if (const uint32_t owned = after_possessor(k);
          owned != k && is_number(owned) && is_word(owned + 1))
        k = owned;
      // A part of a stated whole counts what the whole does: "won 71 of the 150 seats".
      if (is_number(k) && is_word(k + 1)) k = skip_number_run(k);
    }
    uint32_t first = k;
    uint32_t plural_head = kNone;  // "troops" in "10,000 North Korean troops"
    uint32_t first_lower = kNone;  // "earthquake" in "a 7.8 earthquake struck Turkey"
    uint32_t first_word = kNone;   // "Koreans" in "10 Koreans were hurt"
    uint32_t name_plural = kNone;  // "Armenians" in "100,000 Armenians fled"
    uint32_t n = 0;
    for (; n < kMaxNounWords && is_word(k); ++n, ++k) {
      const std::string_view w = word(k);
      // "1.2 million Tarrow and Kestrel vehicles": names joined before the counted noun.
      if ((same(w, "and") || same(w, "or")) && k > first && !headline_ && capitalised(k - 1) &&
          is_word(k + 1) && capitalised(k + 1))
        continue;
      if (in_class(WordClass::kPastVerb, k) && (headline_ || !capitalised(k)) &&
          !plural_noun_near(k + 1))
        break;
      if (in_class(WordClass::kNounStop, k) || is_month(k) ||
          folded_.is(k, lx::token_class::kWeekday | lx::token_class::kNumberWord) ||
          ends_with(w, "'s"))
        break;
      if (in_class(WordClass::kNounSkip, k)) {
        if (k == first) ++first;
        continue;
      }
      // "not the 1,900 announced by management": a participle with its agent is what was
      // done to the figure, no counted noun (the sentence's earlier figure says what it is).
      // Not a participle that counts people itself: "1,200 displaced by the floods", "45
      // killed by the blast".
      if (k == first && !capitalised(k) && w.size() >= 4 && ends_with(w, "ed") && is(k + 1, "by") &&
          !in_class(WordClass::kPluralNoun, k))
        return std::string();
      // Capitalised words are names ("Abrams", "Paris"), never plural common nouns.
      const bool lower = headline_ || !capitalised(k);
      const bool plural_form = in_class(WordClass::kPluralNoun, k) || looks_plural(w);
      const bool plural = lower && plural_form;
      if (k > first && !plural && w.size() >= 4 && (ends_with(w, "ed") || ends_with(w, "ing")))
        break;
      if (!lower && plural_form && name_plural == kNone) name_plural = k;
      if (first_word == kNone) first_word = k;
      if (lower && first_lower == kNone) first_lower = k;
      if (plural) {
        plural_head = k;
        // "2,000 missing ballots", "63 police officers", "1,200 missing persons reports": a
        // plural before another plural modifies it; the last one is the head.
        while (plural_head + 1 < k + kMaxNounWords && is_word(plural_head + 1) &&
               (headline_ || !capitalised(plural_head + 1)) &&
               !in_class(WordClass::kNounStop, plural_head + 1) &&
               (in_class(WordClass::kPluralNoun, plural_head + 1) ||
                looks_plural(word(plural_head + 1))))
          ++plural_head;
        break;
      }
    }
    const uint32_t head = plural_head != kNone   ? plural_head
                          : name_plural != kNone ? name_plural
                          : first_lower != kNone ? first_lower
                                                 : first_word;
    if (head == kNone) return std::string();
    if (head > first) {
      std::string two(word(head - 1));  // appended: GCC 12 warns falsely on chained +
      two.append(" ").append(word(head));
      if (lx::is_compound_noun(two)) return two;
    }
    return std::string(word(head));
  }

  // The token after a possessor starting at token k: "its", "their", or up to four words
  // whose last ends in "'s" ("Brisca's", "insolvent Brisca Air's", "Ardenian carrier's");
  // k when there is none.
  uint32_t after_possessor(uint32_t k) const {
    constexpr uint32_t kMaxPossessorWords = 4;
    if (is(k, "its") || is(k, "their")) return k + 1;
    uint32_t words = 0;
    for (uint32_t j = k; in(j); ++j) {
      if (!is_word(j)) {
        if (same(word(j), "'") || same(word(j), "\u2019")) continue;
        break;
      }
      if (++words > kMaxPossessorWords) break;
      const std::string_view w = word(j);
      if (ends_with(w, "'s") || ends_with(w, "\u2019s")) return j + 1;
      if (same(w, "s") && j > k && !is_word(j - 1)) return j + 1;
    }
    return k;
  }

  static constexpr uint32_t kNone = UINT32_MAX;

  const DocumentText& doc_;
  const words::FoldedTokens& folded_;  // every token of the document, folded for comparison
  const Tables& t_;
  uint32_t lo_;
  uint32_t hi_;
  bool headline_;
  uint32_t paragraph_begin_;  // byte offset of the sentence's paragraph
  bool any_word_;             // FigureStarts::any_word
  bool hyphens_;              // the sentence may hold a hyphenated word

  uint32_t doc_index_;
  uint32_t sentence_index_;
  std::vector<NumberMention>& out_;
};

// "rose from 12 to 15 percent", "the retirement age from 62 to 64", "from 40 to 52 people":
// the two levels of a change are one measure, and the one written bare reads the unit the
// other states.
void share_unit_of_levels(const DocumentText& doc, std::span<NumberMention> sentence) {
  auto bare = [](const NumberMention& m) { return m.kind == NumberKind::kCount && m.unit.empty(); };
  for (size_t i = 0; i + 1 < sentence.size(); ++i) {
    NumberMention &from = sentence[i], &to = sentence[i + 1];
    if (bare(from) == bare(to) || from.span.end > to.span.begin) continue;
    if (doc.slice({from.span.end, to.span.begin}) != " to ") continue;
    constexpr std::string_view kFrom = "from ";
    if (from.span.begin < kFrom.size()) continue;
    const std::string_view before =
        doc.slice({static_cast<uint32_t>(from.span.begin - kFrom.size()), from.span.begin});
    if (!std::equal(before.begin(), before.end(), kFrom.begin(),
                    [](char a, char b) { return (a | 0x20) == b || a == b; }))
      continue;
    NumberMention& level = bare(from) ? from : to;
    const NumberMention& named = bare(from) ? to : from;
    level.kind = named.kind;
    level.unit = named.unit;
  }
}

}  // namespace

std::vector<NumberMention> extract_numbers(const DocumentText& doc, uint32_t doc_index) {
  return extract_numbers(doc, doc_index, words::FoldedTokens(doc));
}

std::vector<NumberMention> extract_numbers(const DocumentText& doc, uint32_t doc_index,
                                           const words::FoldedTokens& folded) {
  std::vector<NumberMention> out;
  append_numbers(doc, doc_index, folded, out);
  return out;
}

void append_numbers(const DocumentText& doc, uint32_t doc_index, const words::FoldedTokens& folded,
                    std::vector<NumberMention>& out) {
  const Tables& t = tables();
  DashFinder dashes(doc.text);
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    if (doc.is_furniture(sentence) || sentence.first_token >= sentence.end_token) continue;
    const bool hyphens = dashes.any_in(doc.tokens[sentence.first_token].span.begin,
                                       doc.tokens[sentence.end_token - 1].span.end);
    const size_t first = out.size();
    SentenceReader(doc, folded, t, sentence, hyphens, doc_index, s, out).run();
    share_unit_of_levels(doc, std::span<NumberMention>(out).subspan(first));
  }
}

}  // namespace parallax
