#include "extract/quote_marks.h"

#include "extract/words.h"
#include "text/unicode.h"

namespace parallax {

namespace {

enum class Mark : uint8_t { kNone, kOpen, kClose, kEither };

struct MarkInfo {
  bool is_double = true;
  Mark role = Mark::kNone;
};

MarkInfo classify(char32_t cp) {
  switch (cp) {
    case 0x201C:
    case 0x201E:
    case 0xAB:
    case 0x300C:
    case 0x300E:
      return {true, Mark::kOpen};
    case 0x201D:
    case 0xBB:
    case 0x300D:
    case 0x300F:
      return {true, Mark::kClose};
    case '"':
      return {true, Mark::kEither};
    case 0x2018:
    case 0x201A:
    case 0x2039:
      return {false, Mark::kOpen};
    case 0x2019:
    case 0x203A:
      return {false, Mark::kClose};
    case '\'':
      return {false, Mark::kEither};
    default:
      return {true, Mark::kNone};
  }
}

bool word_char(char32_t cp) {
  return unicode::is_letter(cp) || unicode::is_digit(cp);
}

char32_t cp_before(std::string_view text, uint32_t pos) {
  if (pos == 0) return 0;
  int len = 0;
  return unicode::decode_at(text, unicode::previous_start(text, pos), len);
}

char32_t cp_after(std::string_view text, uint32_t pos) {
  if (pos >= text.size()) return 0;
  int len = 0;
  return unicode::decode_at(text, pos, len);
}

// Trims spaces from both ends of a span.
Span trim(std::string_view text, Span s) {
  while (s.begin < s.end) {
    int len = 0;
    if (!unicode::is_space(unicode::decode_at(text, s.begin, len))) break;
    s.begin += static_cast<uint32_t>(len);
  }
  while (s.end > s.begin) {
    const auto start = static_cast<uint32_t>(unicode::previous_start(text, s.end));
    int len = 0;
    if (!unicode::is_space(unicode::decode_at(text, start, len))) break;
    s.end = start;
  }
  return s;
}

bool has_word_char(std::string_view text, Span s) {
  for (uint32_t i = s.begin; i < s.end;) {
    int len = 1;
    if (word_char(unicode::decode_at(text, i, len))) return true;
    i += static_cast<uint32_t>(len);
  }
  return false;
}

class Scanner {
 public:
  Scanner(const DocumentText& doc, std::span<const uint32_t> candidates,
          std::vector<QuoteRegion>& out)
      : doc_(doc), candidates_(candidates), out_(out) {}

  // Paragraphs come in document order.
  void paragraph(uint32_t index, bool previous_unclosed) {
    const Paragraph& p = doc_.paragraphs[index];
    if (p.end_sentence <= p.first_sentence) return;
    index_ = index;
    first_in_paragraph_ = true;
    previous_unclosed_ = previous_unclosed;
    last_unclosed_ = false;
    open_double_.reset();
    open_single_.reset();
    const uint32_t first = doc_.sentences[p.first_sentence].first_token;
    const uint32_t end = doc_.sentences[p.end_sentence - 1].end_token;
    paragraph_first_token_ = first;
    // Only the candidates can be marks (see token()).
    while (next_ < candidates_.size() && candidates_[next_] < first) ++next_;
    for (; next_ < candidates_.size() && candidates_[next_] < end; ++next_)
      token(candidates_[next_]);
    if (open_double_) emit(*open_double_, Span{p.span.end, p.span.end}, false, false);
  }
  bool last_unclosed() const { return last_unclosed_; }

 private:
  struct Open {
    Span mark;
    uint32_t token = 0;
    char32_t cp = 0;
    bool active = false;  // a plain flag rather than std::optional: GCC 12 warns wrongly
    explicit operator bool() const { return active; }
    const Open* operator->() const { return this; }
    const Open& operator*() const { return *this; }
    void reset() { active = false; }
  };

  // Every mark classify() knows has a first byte in kQuoteMarkLead.
  void token(uint32_t t) {
    const Token& tok = doc_.tokens[t];
    if (tok.kind != TokenKind::kPunct || tok.span.empty()) return;
    const auto lead = static_cast<unsigned char>(doc_.text[tok.span.begin]);
    if (!kQuoteMarkLead[lead]) return;
    const char32_t cp = words::first_cp(doc_, tok);
    const MarkInfo info = classify(cp);
    if (info.role == Mark::kNone) return;
    const std::string_view text = doc_.text;
    const char32_t before = cp_before(text, tok.span.begin);
    const char32_t after = cp_after(text, tok.span.end);
    const bool space_before = before == 0 || unicode::is_space(before) || before == '(' ||
                              before == '[' || unicode::is_dash(before);
    const bool space_after = after == 0 || unicode::is_space(after);
    const Open here{tok.span, t, cp, true};
    if (info.is_double) {
      if (open_double_) {
        // „ closes with “; any closing-capable mark closes; a second opener restarts.
        const bool german = open_double_->cp == 0x201E && cp == 0x201C;
        if (info.role == Mark::kOpen && !german) {
          emit(*open_double_, Span{tok.span.begin, tok.span.begin}, false, false);
          open_double_ = here;
        } else {
          emit(*open_double_, tok.span, true, false);
          open_double_.reset();
        }
        return;
      }
      const bool opens = info.role == Mark::kOpen || (info.role == Mark::kEither && !space_after) ||
                         (info.role == Mark::kClose && space_before && word_char(after));
      if (opens) {
        open_single_.reset();  // a single mark left open was an apostrophe
        open_double_ = here;
      }
      return;
    }
    if (open_double_) return;  // single marks inside double ones are part of the quotation
    if (open_single_) {
      const bool closes = (info.role == Mark::kClose || info.role == Mark::kEither) &&
                          !word_char(after) && !space_before;
      if (closes) {
        emit(*open_single_, tok.span, true, true);
        open_single_.reset();
      } else if (info.role == Mark::kOpen) {
        open_single_ = here;
      }
      return;
    }
    const bool opens = (info.role == Mark::kOpen && !word_char(before)) ||
                       (info.role == Mark::kEither && space_before && unicode::is_letter(after));
    if (opens) open_single_ = here;
  }

  void emit(const Open& open, Span close, bool closed, bool single) {
    QuoteRegion r;
    r.open_mark = open.mark;
    r.close_mark = close;
    r.closed = closed;
    r.single = single;
    r.paragraph = index_;
    r.inner = trim(doc_.text, Span{open.mark.end, close.begin});
    r.continues = first_in_paragraph_ && previous_unclosed_ && open.token == paragraph_first_token_;
    first_in_paragraph_ = false;
    last_unclosed_ = !closed;
    if (r.inner.empty() || !has_word_char(doc_.text, r.inner)) return;
    out_.push_back(r);
  }

  const DocumentText& doc_;
  std::span<const uint32_t> candidates_;
  size_t next_ = 0;  // the first candidate not yet read
  std::vector<QuoteRegion>& out_;
  uint32_t index_ = 0;
  uint32_t paragraph_first_token_ = 0;
  bool first_in_paragraph_ = true;
  bool previous_unclosed_ = false;
  bool last_unclosed_ = false;
  Open open_double_;
  Open open_single_;
};

}  // namespace

std::vector<QuoteRegion> find_quote_regions(const DocumentText& doc) {
  std::vector<uint32_t> candidates;
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
    const Token& tok = doc.tokens[t];
    if (tok.kind == TokenKind::kPunct && !tok.span.empty() &&
        kQuoteMarkLead[static_cast<unsigned char>(doc.text[tok.span.begin])])
      candidates.push_back(t);
  }
  return find_quote_regions(doc, candidates);
}

std::vector<QuoteRegion> find_quote_regions(const DocumentText& doc,
                                            std::span<const uint32_t> candidates) {
  std::vector<QuoteRegion> out;
  Scanner scanner(doc, candidates, out);
  bool previous_unclosed = false;
  for (uint32_t p = 0; p < doc.paragraphs.size(); ++p) {
    if (doc.paragraphs[p].is_furniture()) continue;
    scanner.paragraph(p, previous_unclosed);
    previous_unclosed = scanner.last_unclosed();
  }
  return out;
}

}  // namespace parallax
