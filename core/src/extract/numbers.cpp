// Placeholder until issue #3 lands: the walking skeleton reports no numbers yet.
#include "extract/numbers.h"

namespace parallax {

std::vector<NumberMention> extract_numbers(const DocumentText&, uint32_t) { return {}; }

}  // namespace parallax
