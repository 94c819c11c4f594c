// The text layer: UTF-8 decoding, paragraphs, sentences, tokens and page furniture.
//
// Everything later in the pipeline refers to a document's text by byte offsets into
// the decoded text (`DocumentText::text`); offsets are converted to code points or
// UTF-16 only at the edge (see offsets.h). Messy text is not an error: invalid bytes
// become U+FFFD and processing goes on.
//
//   parallax::DecodedText d = parallax::decode_utf8(file_bytes);
//   parallax::DocumentText doc = parallax::segment(std::move(d.text));
//   for (const auto& s : doc.sentences) std::cout << doc.slice(s.span) << "\n";
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parallax {

// A half-open byte range [begin, end) into a document's decoded text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return begin >= end; }
  bool contains(Span other) const { return begin <= other.begin && other.end <= end; }
  bool overlaps(Span other) const { return begin < other.end && other.begin < end; }
  friend bool operator==(Span, Span) = default;
};

struct DecodedText {
  std::string text;            // valid UTF-8, line breaks normalised to '\n'
  size_t replaced_bytes = 0;   // invalid sequences replaced by U+FFFD
  size_t carriage_returns = 0; // "\r\n" and lone "\r" turned into "\n"
  bool had_nul = false;        // the input held a NUL byte (binary data)
};

// Decodes bytes as UTF-8: every invalid sequence becomes U+FFFD, and line breaks
// are normalised ("\r\n" and "\r" -> "\n") the way Python and browsers read text,
// so offsets agree with what other tools count.
DecodedText decode_utf8(std::string_view bytes);
// decode_utf8 of `bytes`, reusing its buffer: valid UTF-8 is checked and line breaks are
// rewritten in place, so text with nothing to change is moved, not copied. Only text with
// invalid sequences needs a second buffer.
DecodedText decode_utf8_in_place(std::string&& bytes);

enum class TokenKind : uint8_t {
  kWord,    // letters (and inner apostrophes/hyphens/periods of abbreviations)
  kNumber,  // digits, with inner separators: 1,500  3.5  2024-10-23 is split
  kPunct,   // one punctuation character (may be several bytes: “ — …)
  kSymbol,  // currency and other symbols: $ € £ % ½
};

struct Token {
  Span span;
  TokenKind kind = TokenKind::kWord;
};

struct Sentence {
  Span span;
  uint32_t paragraph = 0;
  uint32_t first_token = 0;  // index into DocumentText::tokens
  uint32_t end_token = 0;    // one past the last token
  bool headline = false;     // a paragraph without final punctuation
};

enum class FurnitureKind : uint8_t {
  kNone,
  kByline,        // "By Ryan Morgan"
  kAdvertisement, // "Advertisement"
  kSubscribe,     // "Subscribe to ...", "Sign up ..."
  kRelated,       // "Related Content", "More: ...", "Read more ...", "Click here ..."
  kCredit,        // "Contributing: Reuters", "... contributed to this report."
  kMedia,         // "CBC – World Video", "Watch: ...", "Photo: ..."
  kSection,       // "World", "Other Topics of Interest"
  kEditorial,     // "To suggest a correction ...", "This is a developing story."
  kDuplicate,     // a short line repeated verbatim (link lists, teasers)
};

struct Paragraph {
  Span span;
  uint32_t first_sentence = 0;
  uint32_t end_sentence = 0;
  FurnitureKind furniture = FurnitureKind::kNone;
  bool is_furniture() const { return furniture != FurnitureKind::kNone; }
};

// One document's text with its structure. Sentences of furniture paragraphs are
// kept (so the text is complete) but extractors skip them.
struct DocumentText {
  std::string text;
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;

  std::string_view slice(Span s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
  bool is_furniture(const Sentence& s) const { return paragraphs[s.paragraph].is_furniture(); }
  // Index of the sentence holding byte `offset` (the last one starting at or before it).
  uint32_t sentence_at(uint32_t offset) const;
};

// Splits decoded text into paragraphs (lines), sentences and tokens, and marks furniture.
DocumentText segment(std::string text);

// Lower-level pieces, exposed for tests.
std::vector<Token> tokenize(std::string_view text, uint32_t base_offset);
// tokenize, appending to `tokens` (segment collects a document's tokens in one vector).
void tokenize_append(std::string_view text, uint32_t base_offset, std::vector<Token>& tokens);
FurnitureKind classify_furniture_line(std::string_view line);
const char* furniture_name(FurnitureKind kind);

}  // namespace parallax
