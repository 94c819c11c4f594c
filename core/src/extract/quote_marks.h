// Quotation regions: where quotation marks open and close in a document. Shared by the
// attribution resolver (which must not read "we said" inside a quotation as an attribution)
// and the quote extractor (which reports the regions as quotations).
//
// Rules: double marks (“…” "…" „…“ «…» 「…」) nest single marks (‘…’ '…' ‹…›) inside them;
// single marks count only outside double ones, and an unclosed single mark is dropped (it
// was an apostrophe). Apostrophes inside or before words (they’re, O’Hanlon, ’90s) are
// never marks; the tokenizer already keeps inner ones in their words. A stray closing mark
// is ignored, and an unclosed double mark ends at the end of its paragraph at the latest.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "parallax/text.h"

namespace parallax {

struct QuoteRegion {
  Span open_mark;
  Span close_mark;  // empty (at the paragraph end) when the quotation never closes
  Span inner;       // the quoted words without marks, trimmed of spaces
  uint32_t paragraph = 0;
  bool closed = false;
  // The paragraph opens with this quotation while the previous paragraph's last quotation
  // never closed: one quotation continued over paragraphs.
  bool continues = false;
  bool single = false;  // ‘…’ rather than “…”
  Span outer() const { return {open_mark.begin, closed ? close_mark.end : inner.end}; }
};

// Regions in document order; furniture paragraphs are skipped. Linear in the text.
std::vector<QuoteRegion> find_quote_regions(const DocumentText& doc);
// The same, given `candidates`: in order, every non-empty punctuation token of the document
// whose first byte is a kQuoteMarkLead (a caller that passes over all tokens anyway gathers
// them in the same pass). Only those tokens can be marks.
std::vector<QuoteRegion> find_quote_regions(const DocumentText& doc,
                                            std::span<const uint32_t> candidates);

// Every mark is " or ' or starts with byte C2 (« »), E2 (“ ” ‘ ’ „ ‚ ‹ ›) or E3 (「 」 『 』):
// other punctuation is rejected on its first byte, without decoding.
inline constexpr std::array<bool, 256> kQuoteMarkLead = [] {
  constexpr unsigned char kLeads[] = {'"', '\'', 0xC2, 0xE2, 0xE3};
  std::array<bool, 256> lead{};
  for (unsigned char c : kLeads) lead[c] = true;
  return lead;
}();

}  // namespace parallax
