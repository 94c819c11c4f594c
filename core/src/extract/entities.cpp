// Placeholder until issue #5 lands.
#include "extract/entities.h"

namespace parallax {

std::vector<EntityMention> extract_entities(const DocumentText&, uint32_t) { return {}; }

}  // namespace parallax
