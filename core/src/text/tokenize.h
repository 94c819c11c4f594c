// The tokenizer as the text layer itself uses it (internal; tokenize and tokenize_append in
// parallax/text.h are the public forms).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "parallax/text.h"

namespace parallax::text_detail {

// tokenize_append that also appends to `stops` the index (in `tokens`) of every token that
// may end a sentence, in order: punctuation that is sentence-final (. ! ? … and full-width
// forms, and "..."), and a word of more than two bytes ending in its own period ("U.S.").
// Sentence splitting then visits these tokens only instead of asking every token.
void tokenize_append_with_stops(std::string_view text, uint32_t base, std::vector<Token>& tokens,
                                std::vector<uint32_t>& stops);

}  // namespace parallax::text_detail
