// Numbers: every stated quantity in a document's body text (not dates, ordinals or names),
// with its value or range, kind, counted noun or unit, and qualifier. `source` is left
// empty here; the pipeline fills it from the attribution resolver.
#pragma once

#include <vector>

#include "parallax/mentions.h"
#include "parallax/text.h"

namespace parallax {

namespace words {
class FoldedTokens;
}

std::vector<NumberMention> extract_numbers(const DocumentText& doc, uint32_t doc_index);
// The same, with the document's tokens already folded (the pipeline folds them once).
std::vector<NumberMention> extract_numbers(const DocumentText& doc, uint32_t doc_index,
                                           const words::FoldedTokens& folded);
// The same, appended to `out` (the pipeline's list of every document's figures), with the
// document's tokens already folded.
void append_numbers(const DocumentText& doc, uint32_t doc_index, const words::FoldedTokens& folded,
                    std::vector<NumberMention>& out);

}  // namespace parallax
