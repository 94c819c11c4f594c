// Dates: every date and time expression in a document, resolved against a reference
// date (the article's publication date).
#pragma once

#include <optional>
#include <vector>

#include "extract/civil_date.h"
#include "parallax/mentions.h"
#include "parallax/text.h"

namespace parallax {

namespace words {
class FoldedTokens;
}

// A dateline or published line in the text: "Oct 23 (Reuters) -", "Published: 23 October
// 2024", "Updated 10:42 AM EDT, Wed October 23, 2024".
std::optional<CivilDate> find_dateline(const DocumentText& doc);

// The latest explicit full date (day, month and year) stated in the document.
std::optional<CivilDate> latest_explicit_date(const DocumentText& doc);

std::vector<DateMention> extract_dates(const DocumentText& doc, uint32_t doc_index,
                                       std::optional<CivilDate> reference);
// The same, with the document's tokens already folded (the pipeline folds them once).
std::vector<DateMention> extract_dates(const DocumentText& doc, uint32_t doc_index,
                                       std::optional<CivilDate> reference,
                                       const words::FoldedTokens& folded);
// The same, appended to `out` (the pipeline's list of every document's dates).
void append_dates(const DocumentText& doc, uint32_t doc_index, std::optional<CivilDate> reference,
                  const words::FoldedTokens& folded, std::vector<DateMention>& out);

}  // namespace parallax
