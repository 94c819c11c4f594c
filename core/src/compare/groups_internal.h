// The pieces of the compare stage, one per group kind; build_groups() runs them in turn.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/parallax.h"

namespace parallax {

// A sentence holding a quote segment that matched a segment of another document;
// `utterance` is the same for all sentences whose segments matched (the segment
// clusters of group_utterances, before sentences of one quote are joined).
struct QuotedSentence {
  uint32_t doc = 0;
  uint32_t sentence = 0;
  uint32_t utterance = 0;
};

// Words as integer ids (compare/vocabulary.h); a WordSet is sorted and unique.
using WordId = uint32_t;
using WordSet = std::vector<WordId>;
using WordSpan = std::span<const WordId>;  // a word set stored elsewhere
class SentenceWords;
struct EntityPlaces;

void group_quantities(Analysis& analysis, SentenceWords& words);
// `entities`: entity_places(analysis), worked out once for both builders that read it.
void group_events(Analysis& analysis, SentenceWords& words, const EntityPlaces& entities);
// Whether two dates of one sentence are the two ends of one range: only a range word or a
// dash lies between them ("from May 3 to May 5", "the 2022 to 2025 model years").
bool range_ends(const Analysis& a, const DateMention& first, const DateMention& second);
std::vector<QuotedSentence> group_utterances(Analysis& analysis);
void find_copies(Analysis& analysis, SentenceWords& words);
// Claim sentences that quote the same utterance are aligned whatever their other words.
void group_claims(Analysis& analysis, SentenceWords& words, const EntityPlaces& entities,
                  const std::vector<QuotedSentence>& quoted);

// Helpers shared by the group builders.
std::string_view sentence_text(const Analysis& a, uint32_t doc, uint32_t sentence);
// The sentence of each entity mention (DocumentText::sentence_at), or kNoSentence for an
// entity of a document without sentences.
constexpr uint32_t kNoSentence = ~uint32_t{0};
std::vector<uint32_t> entity_sentences(const Analysis& a);
// The sentence of each entity mention (entity_sentences), and where each document's
// mentions begin in a.entities: found in one pass, for the builders that read both.
struct EntityPlaces {
  std::vector<uint32_t> sentence;      // by entity
  std::vector<uint32_t> first_of_doc;  // by document, and one past the last
};
EntityPlaces entity_places(const Analysis& a);
// `from` in ASCII lowercase, into a buffer the caller reuses (token words of a window).
void assign_lowercase(std::string& into, std::string_view from);

// The tokens [first, end) at most `radius` tokens either side of `token`, inside its
// sentence. Mentions read their context through a window so that the work per mention
// is bounded, however long the sentence (a run-on line of 10 MB is still linear).
struct TokenWindow {
  uint32_t first = 0;
  uint32_t end = 0;
};
TokenWindow window_around(const DocumentText& t, uint32_t sentence, uint32_t token,
                          uint32_t radius);
std::string_view window_text(const DocumentText& t, TokenWindow w);
// Index of the first token of the sentence starting at or after byte `offset`.
uint32_t token_at(const DocumentText& text, uint32_t offset);
std::vector<std::string> sorted_unique(std::vector<std::string> v);
// At most `max_bytes` of `text`, cut at a character boundary, with "…" when cut.
std::string truncate_utf8(std::string_view text, size_t max_bytes);
// "003" for "003_2b2fc9ea27f0c281": a short document label for explanations.
std::string short_doc(const Analysis& a, uint32_t doc);
// The same label as a view into the document's id (explanations append it, no copy).
std::string_view short_doc_view(const Analysis& a, uint32_t doc);

}  // namespace parallax

namespace parallax {

// Candidate pairs for blocking: items (each a word set, with its document)
// that share at least one word held by at most `max_postings` items, from different
// documents unless `same_document` is true. Each pair once, i < j. Cost grows with the
// postings, not with all pairs.
std::vector<std::pair<uint32_t, uint32_t>> candidate_pairs(const std::vector<WordSpan>& items,
                                                           const std::vector<uint32_t>& docs,
                                                           size_t max_postings, bool same_document);

}  // namespace parallax
