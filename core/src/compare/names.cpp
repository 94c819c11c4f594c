// Placeholder until issue #5 lands.
#include "compare/compare.h"

namespace parallax {

void unify_names(Analysis&) {}

}  // namespace parallax
