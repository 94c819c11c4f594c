// Small word-level views over a document's tokens, shared by the entity, attribution and
// quote extractors: folded token texts, capitalisation, possessives and byte -> token lookup.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/text.h"

namespace parallax::words {

// unicode::fold of every token (lowercase ASCII, ’ -> ', “ ” -> "), one per token.
std::vector<std::string> fold_tokens(const DocumentText& doc);

// The first code point is an uppercase letter (or a digit-free acronym start).
bool is_capitalised(std::string_view word);
// Every letter is uppercase and there are at least two letters: NATO, DPRK, G7.
bool is_all_caps(std::string_view word);
// Bytes of a final possessive "’s" / "'s" on a word token (0 if none): Korea’s -> 4.
uint32_t possessive_suffix(std::string_view word);

// Index of the token holding byte `offset` (the last token starting at or before it).
uint32_t token_at(const DocumentText& doc, uint32_t offset);

// The first code point of a token, or 0 for an empty span.
char32_t first_cp(const DocumentText& doc, const Token& t);

}  // namespace parallax::words
