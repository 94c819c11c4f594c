// Entities: people, organisations and places named in one document, each with a
// canonical name that unifies its variants within the document (Austin -> Lloyd Austin).
#pragma once

#include <vector>

#include "parallax/mentions.h"
#include "parallax/text.h"

namespace parallax {

namespace words {
class FoldedTokens;
}

std::vector<EntityMention> extract_entities(const DocumentText& doc, uint32_t doc_index);
// The same, with the document's tokens already folded (the pipeline folds them once).
std::vector<EntityMention> extract_entities(const DocumentText& doc, uint32_t doc_index,
                                            const words::FoldedTokens& folded);

}  // namespace parallax
