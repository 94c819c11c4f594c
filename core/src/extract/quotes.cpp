// Placeholder until issue #5 lands.
#include "extract/quotes.h"

namespace parallax {

std::vector<QuoteMention> extract_quotes(const DocumentText&, uint32_t, const Attributions&,
                                         const std::vector<EntityMention>&) {
  return {};
}

}  // namespace parallax
