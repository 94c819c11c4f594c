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

// A role word a person of the document was given: a title before the name ("Opposition
// leader Mirela Kostova": "opposition", "leader"), an appositive's role noun, or a
// description resolved to them; role classes too ("mp" gives "lawmaker").
struct PersonRole {
  std::string name;  // the person's canonical name
  std::string role;  // folded
};

// A definite description of a person that nothing in its document explains ("the
// opposition leader" where nobody is given that role): the cues name it by its own words.
struct UnexplainedRole {
  std::string name;                // as the cues name it ("opposition leader")
  std::vector<std::string> words;  // its folded words without determiner or possessor
};

struct Attributions {
  std::vector<SentenceSource> by_sentence;  // one per sentence of the document
  std::vector<AttributionCue> cues;         // every cue, in text order
  // The document's quotations (find_quote_regions), read once here and kept for
  // extract_quotes, which is given these attributions.
  std::vector<QuoteRegion> quote_regions;
  std::vector<PersonRole> person_roles;       // every (person, role) pair, once
  std::vector<UnexplainedRole> unexplained;  // descriptions no person of the document fits

  const std::string& source_of(uint32_t sentence) const { return by_sentence[sentence].name; }
};

// `entities` are the document's own entity mentions (extract_entities), sorted by span.
Attributions resolve_attribution(const DocumentText& doc,
                                 const std::vector<EntityMention>& entities);
// The same, with the document's tokens already folded (the pipeline folds them once).
Attributions resolve_attribution(const DocumentText& doc,
                                 const std::vector<EntityMention>& entities,
                                 const words::FoldedTokens& folded);

// The one person some document of the cluster gives every word of an unexplained
// description as roles (their role class counts: "the lawmaker" and "MP"): `roles` holds
// each document's person_roles. Names that end in the same word are one person (the
// longest is returned). Empty when no person or several fit.
std::string person_for_role(const UnexplainedRole& description,
                            const std::vector<std::vector<PersonRole>>& roles);

}  // namespace parallax
