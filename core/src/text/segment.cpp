// Paragraphs, sentences and furniture. A paragraph is a line (hard-wrapped lines that
// continue in lowercase are joined); sentences end at . ! ? … followed by a space and
// a new start, unless the period closes an abbreviation or an initial.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <unordered_map>

#include "lexicon/text_lexicon.h"
#include "parallax/text.h"
#include "text/tokenize.h"
#include "text/unicode.h"

namespace parallax {

namespace {
using unicode::decode_at;

char32_t first_cp(std::string_view text, Span s) {
  int len = 0;
  return s.empty() ? 0 : decode_at(text, s.begin, len);
}

bool is_closer(std::string_view text, const Token& t) {
  if (t.kind != TokenKind::kPunct) return false;
  char32_t cp = first_cp(text, t.span);
  return cp == ')' || cp == ']' || (unicode::is_close_quote(cp) && cp != '\'');
}

// A paragraph whose text does not end in sentence-final punctuation (a headline, a
// label, a list item): its last sentence is marked so.
bool ends_without_final_punctuation(std::string_view text, Span s) {
  size_t end = s.end;
  while (end > s.begin) {
    size_t start = unicode::previous_start(text, end);
    int len = 0;
    char32_t cp = decode_at(text, start, len);
    if (unicode::is_close_quote(cp) || cp == ')' || unicode::is_space(cp)) {
      end = start;
      continue;
    }
    return !(unicode::is_sentence_final(cp) || cp == ':');
  }
  return true;
}

bool is_sentence_starter(std::string_view word) {
  auto starters = lexicon::sentence_starters();
  return std::binary_search(starters.begin(), starters.end(), word);
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

// Whether the sentence-final token at `t` (with closers up to `last`) ends a sentence,
// given the next token in the paragraph.
bool ends_sentence(std::string_view text, const std::vector<Token>& tokens, size_t t, size_t last,
                   size_t next) {
  const Token& end_token = tokens[t];
  const Token& following = tokens[next];
  if (following.span.begin == tokens[last].span.end) return false;  // no space: "example.com"
  const char32_t next_cp = first_cp(text, following.span);
  if (following.kind == TokenKind::kWord && !unicode::is_upper(next_cp)) return false;
  if (following.kind == TokenKind::kPunct && !unicode::is_open_quote(next_cp) && next_cp != '(' &&
      next_cp != '[' && !unicode::is_dash(next_cp))
    return false;  // , ; : after the stop
  const std::string_view next_word = text.substr(following.span.begin, following.span.size());

  const std::string_view stop = text.substr(end_token.span.begin, end_token.span.size());
  if (stop == "\xE2\x80\xA6" || stop == "...") {
    // An ellipsis usually marks words left out inside a sentence or a quotation.
    return is_sentence_starter(next_word) && last == t;
  }
  if (end_token.kind == TokenKind::kWord) {
    // An initialism carrying its own final period ("U.S."): it ends a sentence only
    // before a word that typically starts one.
    return is_sentence_starter(next_word) || unicode::is_open_quote(next_cp);
  }
  if (stop != "." || t == 0) return true;
  const Token& before = tokens[t - 1];
  if (before.span.end != end_token.span.begin || before.kind != TokenKind::kWord) return true;
  const std::string_view word = text.substr(before.span.begin, before.span.size());
  int len = 0;
  const char32_t c0 = decode_at(word, 0, len);
  if (static_cast<size_t>(len) == word.size() && unicode::is_upper(c0)) return false;  // "J."
  if (const auto* abbreviation = lexicon::find_abbreviation(lower_ascii(word))) {
    if (abbreviation->kind != lexicon::AbbreviationKind::kFinal) return false;
    return is_sentence_starter(next_word) || unicode::is_open_quote(next_cp);
  }
  return true;
}

// A straight double quote set off from the stop before it and touching the word after it
// ('... did not match. "A result ...'): it opens the next sentence's quotation, it does not
// close this one.
bool opens_straight_quote(std::string_view text, const std::vector<Token>& tokens, size_t k,
                          size_t end) {
  const Token& mark = tokens[k];
  return mark.kind == TokenKind::kPunct && mark.span.size() == 1 && text[mark.span.begin] == '"' &&
         k > 0 && tokens[k - 1].span.end < mark.span.begin && k + 1 < end &&
         tokens[k + 1].span.begin == mark.span.end;
}

// A word token that ends with its own abbreviation period ("U.S.").
bool is_dotted_word(std::string_view text, const Token& t) {
  return t.kind == TokenKind::kWord && t.span.size() > 2 && text[t.span.end - 1] == '.';
}

// Asked of every token: an ASCII first byte is answered without decoding.
inline bool is_stop(std::string_view text, const Token& t) {
  if (t.kind != TokenKind::kPunct) return is_dotted_word(text, t);
  const char c = text[t.span.begin];
  if (static_cast<unsigned char>(c) < 0x80) return c == '.' || c == '!' || c == '?';
  return unicode::is_sentence_final(first_cp(text, t.span));
}

// `stops`: the tokens of the paragraph that may end a sentence (is_stop), in order, as the
// tokenizer found them; no other token needs a look.
void split_sentences(DocumentText& doc, uint32_t paragraph_index, size_t first, size_t end,
                     const std::vector<uint32_t>& stops) {
  Paragraph& p = doc.paragraphs[paragraph_index];
  p.first_sentence = static_cast<uint32_t>(doc.sentences.size());
  const std::string_view text = doc.text;
  size_t sentence_first = first;
  auto emit = [&](size_t token_end) {
    Sentence s;
    s.paragraph = paragraph_index;
    s.first_token = static_cast<uint32_t>(sentence_first);
    s.end_token = static_cast<uint32_t>(token_end);
    s.span = {doc.tokens[sentence_first].span.begin, doc.tokens[token_end - 1].span.end};
    doc.sentences.push_back(s);
    sentence_first = token_end;
  };
  size_t next = first;  // the first token not yet passed over
  for (const size_t t : stops) {
    if (t < next) continue;  // a stop among the closers of the one before
    size_t last = t;
    while (last + 1 < end &&
           (is_closer(text, doc.tokens[last + 1]) || is_stop(text, doc.tokens[last + 1])) &&
           !opens_straight_quote(text, doc.tokens, last + 1, end))
      ++last;
    if (last + 1 >= end) break;
    if (ends_sentence(text, doc.tokens, t, last, last + 1)) emit(last + 1);
    next = last + 1;
  }
  if (sentence_first < end) emit(end);
  p.end_sentence = static_cast<uint32_t>(doc.sentences.size());
  if (p.end_sentence > p.first_sentence && ends_without_final_punctuation(text, p.span))
    doc.sentences.back().headline = true;
}

// Trimmed line spans, with hard-wrapped continuation lines joined.
std::vector<Span> paragraph_spans(std::string_view text) {
  std::vector<Span> spans;
  bool blank_before = true;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    size_t b = pos, e = nl;
    int len = 0;
    while (b < e && unicode::is_space(decode_at(text, b, len))) b += len;
    while (e > b) {
      size_t s = unicode::previous_start(text, e);
      if (!unicode::is_space(decode_at(text, s, len))) break;
      e = s;
    }
    if (b < e) {
      Span line{static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
      const char32_t c0 = first_cp(text, line);
      const bool continues = !blank_before && !spans.empty() && unicode::is_letter(c0) &&
                             !unicode::is_upper(c0) &&
                             ends_without_final_punctuation(text, spans.back());
      if (continues)
        spans.back().end = line.end;
      else
        spans.push_back(line);
      blank_before = false;
    } else {
      blank_before = true;
    }
    pos = nl + 1;
  }
  return spans;
}

// The number of words of unicode::fold(text) (runs of bytes other than ' '), counted up to
// `cap` straight from the text: the rules only ask whether a line is short, and a paragraph
// can be long. fold writes ' ' for exactly the code points that are ' ' or a non-ASCII
// space, and at least one byte for every code point.
size_t count_words_unfolded(std::string_view text, size_t cap) {
  size_t n = 0;
  bool in_word = false;
  for (size_t i = 0; i < text.size();) {
    bool space = false;
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      space = text[i] == ' ';
      ++i;
    } else {
      int len = 1;
      const char32_t cp = decode_at(text, i, len);
      i += static_cast<size_t>(len);
      space = cp < 0x80 ? cp == ' ' : unicode::is_space(cp);
    }
    if (!space && !in_word && ++n >= cap) return cap;
    in_word = !space;
  }
  return n;
}

// Furniture lines are short: word counts above this are never compared.
constexpr size_t kWordCountCap = 31;

bool matches_at_word_boundary(std::string_view line, std::string_view prefix) {
  if (line.substr(0, prefix.size()) != prefix) return false;
  if (line.size() == prefix.size()) return true;
  const char next = line[prefix.size()];
  const char last = prefix.back();
  return !(std::isalnum(static_cast<unsigned char>(next)) &&
           std::isalnum(static_cast<unsigned char>(last)));
}

// A paragraph's word count (up to kWordCountCap), counted the first time a rule asks: most
// paragraphs match no pattern and are never counted.
class WordCount {
 public:
  explicit WordCount(std::string_view original) : original_(original) {}
  size_t operator()() {
    if (words_ == kUncounted) words_ = count_words_unfolded(original_, kWordCountCap);
    return words_;
  }

 private:
  static constexpr size_t kUncounted = ~size_t{0};
  std::string_view original_;
  size_t words_ = kUncounted;
};

// `first`: the start of the folded line (all of it, or more than three bytes).
bool is_byline(std::string_view first, std::string_view original, WordCount& words) {
  // "By Ryan Morgan", "By Jane Doe and John Roe, Reuters": short, names capitalised.
  if (first.substr(0, 3) != "by " || words() > 8) return false;
  if (original.size() < 4 || !unicode::is_upper(static_cast<unsigned char>(original[3])))
    return false;
  return original.back() != '.';
}
}  // namespace

const char* furniture_name(FurnitureKind kind) {
  switch (kind) {
    case FurnitureKind::kNone:
      return "none";
    case FurnitureKind::kByline:
      return "byline";
    case FurnitureKind::kAdvertisement:
      return "advertisement";
    case FurnitureKind::kSubscribe:
      return "subscribe";
    case FurnitureKind::kRelated:
      return "related";
    case FurnitureKind::kCredit:
      return "credit";
    case FurnitureKind::kMedia:
      return "media";
    case FurnitureKind::kSection:
      return "section";
    case FurnitureKind::kEditorial:
      return "editorial";
    case FurnitureKind::kDuplicate:
      return "duplicate";
  }
  return "none";
}

namespace {

// The rules on the folded paragraph (trailing spaces removed, not empty) of `words` words
// (counted up to kWordCountCap), given as its `first` and `last` bytes: either both the
// whole line (`whole`), or a start longer than every pattern and an end at least as long
// as every pattern, with more than the longest pattern left once its final periods and
// colons are taken off, so that no exact pattern can match.
FurnitureKind classify_folded(std::string_view first, std::string_view last, bool whole,
                              std::string_view original, WordCount& words) {
  if (is_byline(first, original, words)) return FurnitureKind::kByline;
  std::string_view bare = last;
  while (!bare.empty() && (bare.back() == '.' || bare.back() == ':')) bare.remove_suffix(1);
  for (const auto& pattern : lexicon::furniture_patterns()) {
    const auto kind = static_cast<FurnitureKind>(pattern.kind);
    switch (pattern.match) {
      case lexicon::FurnitureMatch::kExact:
        if (whole && bare == pattern.text) return kind;
        break;
      case lexicon::FurnitureMatch::kPrefix:
        if (matches_at_word_boundary(first, pattern.text) && words() <= 30) return kind;
        break;
      case lexicon::FurnitureMatch::kSuffix: {
        if (last.size() >= pattern.text.size() &&
            last.substr(last.size() - pattern.text.size()) == pattern.text &&
            (kind != FurnitureKind::kMedia || (last.back() != '.' && words() <= 6)))
          return kind;
        break;
      }
    }
  }
  return FurnitureKind::kNone;
}

// Whether a decode from the start of `text` has a code point start at byte i: no lead
// byte among the three before it can reach it (a code point is at most four bytes).
bool starts_code_point(std::string_view text, size_t i) {
  for (size_t k = 1; k <= 3 && k <= i; ++k)
    if (static_cast<unsigned char>(text[i - k]) >= 0xC0) return false;
  return true;
}

size_t longest_pattern() {
  static const size_t longest = [] {
    size_t n = 3;  // "by "
    for (const auto& pattern : lexicon::furniture_patterns()) n = std::max(n, pattern.text.size());
    return n;
  }();
  return longest;
}

// Up to the first (or last) eight bytes of every pattern that can match at a paragraph's
// start (or end), bucketed by its first (or last) byte: a paragraph whose ends are ASCII can
// be ruled out from its first and last eight bytes without folding it (most paragraphs).
struct EndKeys {
  struct Key {
    uint64_t bytes = 0;  // the pattern's first/last `size` bytes, in the low bytes
    uint64_t mask = 0;   // the low `size` bytes
  };
  std::array<std::vector<Key>, 256> by_byte;
};

constexpr size_t kKeyBytes = 8;

uint64_t load8(std::string_view s) {  // s.size() <= 8
  uint64_t v = 0;
  for (size_t k = 0; k < s.size(); ++k) v |= uint64_t{static_cast<unsigned char>(s[k])} << (8 * k);
  return v;
}

uint64_t low_mask(size_t n) {
  return n >= 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * n)) - 1;
}

void add_key(EndKeys& keys, std::string_view key) {
  keys.by_byte[static_cast<unsigned char>(key[0])].push_back({load8(key), low_mask(key.size())});
}

// Head keys: "by " (bylines), and every exact and prefix pattern. Tail keys: every suffix.
// Empty when some pattern is empty (no key can stand for it): nothing is ruled out then.
struct FurnitureKeys {
  EndKeys head, tail;
  bool usable = true;
};

const FurnitureKeys& furniture_keys() {
  static const FurnitureKeys keys = [] {
    FurnitureKeys k;
    add_key(k.head, "by ");
    for (const auto& pattern : lexicon::furniture_patterns()) {
      const std::string_view text = pattern.text;
      if (text.empty()) {
        k.usable = false;
        continue;
      }
      if (pattern.match == lexicon::FurnitureMatch::kSuffix) {
        // Tail keys are read back to front: the key's first byte is the pattern's last.
        std::string reversed(text.substr(text.size() - std::min(text.size(), kKeyBytes)));
        std::reverse(reversed.begin(), reversed.end());
        add_key(k.tail, reversed);
      } else {
        add_key(k.head, text.substr(0, std::min(text.size(), kKeyBytes)));
      }
    }
    return k;
  }();
  return keys;
}

bool any_key_matches(const EndKeys& keys, uint64_t bytes) {
  for (const EndKeys::Key& key : keys.by_byte[bytes & 0xFF])
    if ((bytes & key.mask) == key.bytes) return true;
  return false;
}

uint64_t first8(std::string_view s) {  // s.size() >= 8
  uint64_t v = 0;
  for (size_t k = 0; k < kKeyBytes; ++k) v |= uint64_t{static_cast<unsigned char>(s[k])} << (8 * k);
  return v;
}

uint64_t last8_reversed(std::string_view s) {  // s.size() >= 8
  uint64_t v = 0;
  for (size_t k = 0; k < kKeyBytes; ++k)
    v |= uint64_t{static_cast<unsigned char>(s[s.size() - 1 - k])} << (8 * k);
  return v;
}

// Whether no head key matches the folded line's start `first` and no tail key its end
// `last` (both at least eight bytes, `last` with its trailing spaces trimmed).
bool keys_rule_out(std::string_view first, std::string_view last) {
  const FurnitureKeys& keys = furniture_keys();
  return !any_key_matches(keys.head, first8(first)) &&
         !any_key_matches(keys.tail, last8_reversed(last));
}

// Whether no rule can match `original`, told from the first and last eight bytes of its
// folded form: every rule needs a head or a tail key to match. Only a few bytes at each end
// are folded (from code point starts, so they fold as in the whole line; short enough to
// stay in a string's inline buffer). False means "ask the rules": the line is short, or
// its folded ends are too short or end in a space (which the rules trim first).
bool cannot_be_furniture(std::string_view original) {
  constexpr size_t kPiece = 11;  // bytes folded at each end, plus up to 3 to a code point start
  const FurnitureKeys& keys = furniture_keys();
  if (!keys.usable || original.size() < 2 * (kPiece + 3)) return false;
  // Most lines: ASCII ends fold byte for byte, to lowercase (high bits clear: no carries).
  const uint64_t head8 = first8(original), tail8 = last8_reversed(original);
  constexpr uint64_t kHighBits = 0x8080808080808080ull;
  if (((head8 | tail8) & kHighBits) == 0 && original.back() != ' ')
    return !any_key_matches(keys.head, unicode::lower_ascii8(head8)) &&
           !any_key_matches(keys.tail, unicode::lower_ascii8(tail8));
  size_t head = kPiece;
  while (head < kPiece + 3 && !starts_code_point(original, head)) ++head;
  size_t tail = original.size() - kPiece;
  while (tail > original.size() - kPiece - 3 && !starts_code_point(original, tail)) --tail;
  if (!starts_code_point(original, head) || !starts_code_point(original, tail)) return false;
  std::string first, last;
  unicode::fold_append(first, original.substr(0, head));
  unicode::fold_append(last, original.substr(tail));
  if (first.size() < kKeyBytes || last.size() < kKeyBytes || last.back() == ' ') return false;
  return keys_rule_out(first, last);
}

}  // namespace

// Every rule reads the folded paragraph's first or last few bytes and its word count (up
// to a cap): a paragraph is folded only at its two ends, and its words are counted from
// the text, only when a rule asks. Where the ends are not cleanly separable (odd bytes at the cut,
// a tail of spaces or periods) the whole paragraph is folded, as a short one is.
FurnitureKind classify_furniture_line(std::string_view original) {
  if (cannot_be_furniture(original)) return FurnitureKind::kNone;
  WordCount words(original);
  const size_t longest = longest_pattern();
  // Enough bytes at each end for the longest pattern and one more byte, as ASCII folds;
  // other text may fold shorter, and then the whole paragraph is folded.
  const size_t end_bytes = longest + 9;
  if (original.size() > 2 * end_bytes + 16) {
    size_t head = end_bytes;
    while (head < end_bytes + 8 && !starts_code_point(original, head)) ++head;
    size_t tail = original.size() - end_bytes;
    while (tail > original.size() - end_bytes - 8 && !starts_code_point(original, tail)) --tail;
    if (starts_code_point(original, head) && starts_code_point(original, tail)) {
      const std::string first = unicode::fold(original.substr(0, head));
      std::string last = unicode::fold(original.substr(tail));
      while (!last.empty() && last.back() == ' ') last.pop_back();
      const size_t bare_tail = last.find_last_not_of(".:");
      // The ends stand for the whole line when the head holds every prefix pattern and
      // one more byte, and the tail, trimmed, every suffix pattern and some byte that is
      // no period or colon (so no exact pattern can match the whole).
      if (first.size() > longest && last.size() >= longest && bare_tail != std::string::npos)
        return classify_folded(first, last, false, original, words);
    }
  }
  std::string line = unicode::fold(original);
  while (!line.empty() && line.back() == ' ') line.pop_back();
  if (line.empty()) return FurnitureKind::kNone;
  return classify_folded(line, line, true, original, words);
}

uint32_t DocumentText::sentence_at(uint32_t offset) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                             [](uint32_t o, const Sentence& s) { return o < s.span.begin; });
  return it == sentences.begin() ? 0 : static_cast<uint32_t>(it - sentences.begin() - 1);
}

DocumentText segment(std::string text) {
  DocumentText doc;
  doc.text = std::move(text);
  const std::string_view view = doc.text;
  const std::vector<Span> spans = paragraph_spans(view);
  // English news text has about one token per five bytes: reserving a little more saves the
  // vector's regrowth copies (the slack is given back below).
  doc.tokens.reserve(view.size() / 4 + 16);

  std::vector<uint32_t> stops;  // a paragraph's, reused

  // Short label lines repeated verbatim are link lists or teasers, not body text, except
  // the title: a page often prints its headline twice (the title, then the heading above
  // the story), and both are the article's words.
  std::unordered_map<std::string_view, int> line_counts;
  for (Span s : spans) {
    std::string_view line = view.substr(s.begin, s.size());
    if (s.size() < 160 && ends_without_final_punctuation(view, s)) ++line_counts[line];
  }
  if (!spans.empty()) line_counts.erase(view.substr(spans[0].begin, spans[0].size()));

  for (Span s : spans) {
    Paragraph p;
    p.span = s;
    std::string_view line = view.substr(s.begin, s.size());
    p.furniture = classify_furniture_line(line);
    if (p.furniture == FurnitureKind::kNone) {
      auto it = line_counts.find(line);
      if (it != line_counts.end() && it->second > 1) p.furniture = FurnitureKind::kDuplicate;
    }
    const size_t first_token = doc.tokens.size();
    stops.clear();
    text_detail::tokenize_append_with_stops(line, s.begin, doc.tokens, stops);
    doc.paragraphs.push_back(p);
    split_sentences(doc, static_cast<uint32_t>(doc.paragraphs.size() - 1), first_token,
                    doc.tokens.size(), stops);
  }
  // The vectors grew by doubling; an analysis keeps every document, so give back the
  // slack (tokens are the largest part of an analysis, about 2.5 bytes per byte of text).
  doc.tokens.shrink_to_fit();
  doc.sentences.shrink_to_fit();
  doc.paragraphs.shrink_to_fit();
  return doc;
}

}  // namespace parallax
