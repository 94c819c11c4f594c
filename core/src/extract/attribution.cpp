// Placeholder until issue #5 lands: no sentence is attributed yet.
#include "extract/attribution.h"

namespace parallax {

Attributions resolve_attribution(const DocumentText& doc, const std::vector<EntityMention>&) {
  Attributions out;
  out.by_sentence.resize(doc.sentences.size());
  return out;
}

}  // namespace parallax
