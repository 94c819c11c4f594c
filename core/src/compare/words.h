// One normalisation for comparing words, used by utterance alignment, claim alignment,
// copy detection and event keys: case folded, typographic quotes and dashes unified,
// contractions expanded (they’re -> they are), hyphens inside words dropped
// (co-belligerents -> cobelligerents), possessive 's dropped, punctuation removed.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace parallax {

std::vector<std::string> comparable_words(std::string_view text);
// The same words, handed one by one to `emit` (the view is valid during the call only).
void for_each_comparable_word(std::string_view text,
                              const std::function<void(std::string_view)>& emit);

// A crude lemma for content comparison: plural -s/-es, possessive and -ed/-ing endings
// trimmed on longer words. Good enough to match "troops"/"troop", "signed"/"signing".
std::string lemma(std::string_view word);

// The content lemma of one comparable word: its shared sense (concept table) or its
// lemma; "" for stop words and numbers.
std::string content_lemma_of(std::string_view word);

// Content lemmas of `text`: comparable words without stop words and numbers.
std::vector<std::string> content_lemmas(std::string_view text);

}  // namespace parallax
