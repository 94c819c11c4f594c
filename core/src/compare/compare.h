// The compare stage: the only one that sees several documents at once.
#pragma once

#include "parallax/parallax.h"

namespace parallax {

// Unifies entity canonical names across documents (Zelensky / Zelenskyy; "Austin" in one
// article, "Lloyd Austin" in another) and rewrites quote speakers and number sources to
// the shared canonical names.
void unify_names(Analysis& analysis);

// Builds quantity, event, utterance and claim groups, then their readings (compare/readings.h):
// conflicts, their kind and a one-line explanation.
// Groups, copies and claims already in the analysis are replaced.
void build_groups(Analysis& analysis);

}  // namespace parallax
