// What `parallax analyze` and `parallax batch` share, so that a cluster given to batch is
// read, refused and reported exactly as analyze reads, refuses and reports the same files.
//
//   if (auto why = refuse_document(doc)) ...;  // analyze: exit 2; batch: an error line
//   parallax::Analysis a = parallax::analyze(std::move(documents), options);
//   std::string json = parallax::to_json(a, offset_unit(name), parallax::JsonLayout::kCompact);
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "parallax/parallax.h"

namespace parallax::cli {

// The shape YYYY-MM-DD (the core itself judges whether the day exists, and warns if not).
inline bool looks_like_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

// Why a document is refused before the core sees it, or nothing: a text holding NUL bytes
// is binary data, not an article.
inline std::optional<std::string> refuse_document(const Document& doc) {
  if (doc.text.find('\0') != std::string::npos)
    return doc.name + ": binary file (holds NUL bytes); refused";
  return std::nullopt;
}

// --offsets codepoint|utf16|byte.
inline OffsetUnit offset_unit(std::string_view name) {
  return name == "utf16"  ? OffsetUnit::kUtf16
         : name == "byte" ? OffsetUnit::kByte
                          : OffsetUnit::kCodePoint;
}

}  // namespace parallax::cli
