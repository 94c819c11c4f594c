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
// `near`, when given, is the latest full date of the other documents: a dateline without a
// year ("LORVAN, Dec 7 (CPA) -") in a text that states no full date of its own takes the
// year that puts it nearest to that date.
std::optional<CivilDate> find_dateline(const DocumentText& doc,
                                       std::optional<CivilDate> near = std::nullopt);

// The latest explicit full date (day, month and year) stated in the document.
std::optional<CivilDate> latest_explicit_date(const DocumentText& doc);

// The day the document states most often with a weekday and no year ("Thursday, January
// 19"), in the year where that weekday falls, up to six years before `anchor` (a date
// inferred from other documents); a tie goes to the earlier day. For a document with no
// date of its own, it is a better reference than another document's date.
std::optional<CivilDate> weekday_dated_day(const DocumentText& doc, CivilDate anchor);

std::vector<DateMention> extract_dates(const DocumentText& doc, uint32_t doc_index,
                                       std::optional<CivilDate> reference);
// The same, with the document's tokens already folded (the pipeline folds them once).
std::vector<DateMention> extract_dates(const DocumentText& doc, uint32_t doc_index,
                                       std::optional<CivilDate> reference,
                                       const words::FoldedTokens& folded);
// The same, appended to `out` (the pipeline's list of every document's dates).
// `reference_inferred`: the reference is a guess, not the publication date (see
// Scanner::set_reference_inferred).
void append_dates(const DocumentText& doc, uint32_t doc_index, std::optional<CivilDate> reference,
                  const words::FoldedTokens& folded, std::vector<DateMention>& out,
                  bool reference_inferred = false);

}  // namespace parallax
