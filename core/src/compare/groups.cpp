// Placeholder until issue #6 lands: no groups yet.
#include "compare/compare.h"

namespace parallax {

void build_groups(Analysis&) {}

}  // namespace parallax
