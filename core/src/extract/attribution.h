// Attribution: who a sentence attributes what it says to. One resolver serves quotes,
// numbers and claims: "X said", "said X", "according to X", "X told reporters",
// "X has assessed that", pronouns and descriptions resolved to the last named speaker.
#pragma once

#include <string>
#include <vector>

#include "extract/quote_marks.h"
#include "parallax/mentions.h"
#include "parallax/text.h"

namespace parallax {

namespace words {
class FoldedTokens;
}

struct SentenceSource {
  std::string name;  // canonical name of the source, empty if none
  Span span;         // where the sentence names the source (empty span if implied)
};

// One attribution cue: a reporting verb with its source, "according to X", "— X".
struct AttributionCue {
  uint32_t sentence = 0;
  Span span;         // the source phrase and its verb
  std::string name;  // canonical name of the source
  // Inside the complement of an earlier cue of the sentence, with no comma between:
  // in "Lee said the agency confirmed ...", "the agency confirmed" is embedded.
  bool embedded = false;
  // A speech noun's possessor ("Varga’s warning that “…”"): the speaker of the quotation
  // after it only, never the sentence's source.
  bool speech = false;
};

struct Attributions {
  std::vector<SentenceSource> by_sentence;  // one per sentence of the document
  std::vector<AttributionCue> cues;         // every cue, in text order
  // The document's quotations (find_quote_regions), read once here and kept for
  // extract_quotes, which is given these attributions.
  std::vector<QuoteRegion> quote_regions;

  const std::string& source_of(uint32_t sentence) const { return by_sentence[sentence].name; }
};

// `entities` are the document's own entity mentions (extract_entities), sorted by span.
Attributions resolve_attribution(const DocumentText& doc,
                                 const std::vector<EntityMention>& entities);
// The same, with the document's tokens already folded (the pipeline folds them once).
Attributions resolve_attribution(const DocumentText& doc,
                                 const std::vector<EntityMention>& entities,
                                 const words::FoldedTokens& folded);

}  // namespace parallax
