// Quotations: the quoted words (without their marks) and who said them.
#pragma once

#include <vector>

#include "extract/attribution.h"
#include "parallax/mentions.h"
#include "parallax/text.h"

namespace parallax {

std::vector<QuoteMention> extract_quotes(const DocumentText& doc, uint32_t doc_index,
                                         const Attributions& attributions,
                                         const std::vector<EntityMention>& entities);

}  // namespace parallax
