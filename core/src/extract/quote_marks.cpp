#include "extract/quote_marks.h"

#include <array>

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
    case 0x201C: case 0x201E: case 0xAB: case 0x300C: case 0x300E:
      return {true, Mark::kOpen};
    case 0x201D: case 0xBB: case 0x300D: case 0x300F:
      return {true, Mark::kClose};
    case '"':
      return {true, Mark::kEither};
    case 0x2018: case 0x201A: case 0x2039:
      return {false, Mark::kOpen};
    case 0x2019: case 0x203A:
      return {false, Mark::kClose};
    case '\'':
      return {false, Mark::kEither};
    default:
      return {true, Mark::kNone};
  }
}

bool word_char(char32_t cp) { return unicode::is_letter(cp) || unicode::is_digit(cp); }

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

// Every mark classify() knows is " or ' or starts with byte C2 (« »), E2 (“ ” ‘ ’ „ ‚ ‹ ›)
// or E3 (「 」 『 』): other punctuation is rejected on its first byte, without decoding.
constexpr std::array<bool, 256> kMarkLead = [] {
  constexpr unsigned char kLeads[] = {'"', '\'', 0xC2, 0xE2, 0xE3};
  std::array<bool, 256> lead{};
  for (unsigned char c : kLeads) lead[c] = true;
  return lead;
}();

class Scanner {
 public:
  Scanner(const DocumentText& doc, std::vector<QuoteRegion>& out) : doc_(doc), out_(out) {}

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
    // Only punctuation whose first byte may start a mark can be one (see token()): those
    // tokens are gathered without a branch per token, most of them words, and read in order.
    marks_.resize(end > first ? end - first : 0);
    size_t kept = 0;
    for (uint32_t t = first; t < end; ++t) {
      const Token& tok = doc_.tokens[t];
      const auto lead = static_cast<unsigned char>(doc_.text[tok.span.begin]);
      marks_[kept] = t;
      kept += unsigned{tok.kind == TokenKind::kPunct} & unsigned{tok.span.end > tok.span.begin} &
              unsigned{kMarkLead[lead]};
    }
    for (size_t i = 0; i < kept; ++i) token(marks_[i]);
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

  void token(uint32_t t) {
    const Token& tok = doc_.tokens[t];
    if (tok.kind != TokenKind::kPunct || tok.span.empty()) return;
    const auto lead = static_cast<unsigned char>(doc_.text[tok.span.begin]);
    if (!kMarkLead[lead]) return;
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
      const bool opens = info.role == Mark::kOpen ||
                         (info.role == Mark::kEither && !space_after) ||
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
  std::vector<QuoteRegion>& out_;
  std::vector<uint32_t> marks_;  // reused by paragraph()
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
  std::vector<QuoteRegion> out;
  Scanner scanner(doc, out);
  bool previous_unclosed = false;
  for (uint32_t p = 0; p < doc.paragraphs.size(); ++p) {
    if (doc.paragraphs[p].is_furniture()) continue;
    scanner.paragraph(p, previous_unclosed);
    previous_unclosed = scanner.last_unclosed();
  }
  return out;
}

}  // namespace parallax
