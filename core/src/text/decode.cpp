// UTF-8 decoding with replacement: invalid bytes never stop the analysis.
#include <utf8cpp/utf8.h>

#include <iterator>

#include "parallax/text.h"

namespace parallax {

DecodedText decode_utf8(std::string_view bytes) {
  DecodedText out;
  std::string valid;
  std::string_view source = bytes;
  if (!utf8::is_valid(bytes.begin(), bytes.end())) {
    valid.reserve(bytes.size() + 16);
    utf8::replace_invalid(bytes.begin(), bytes.end(), std::back_inserter(valid), 0xFFFD);
    // Count replacements: every U+FFFD beyond those already in the input.
    auto count_fffd = [](std::string_view s) {
      size_t n = 0;
      for (size_t p = s.find("\xEF\xBF\xBD"); p != std::string_view::npos;
           p = s.find("\xEF\xBF\xBD", p + 3))
        ++n;
      return n;
    };
    out.replaced_bytes = count_fffd(valid) - count_fffd(bytes);
    source = valid;
  }
  out.had_nul = source.find('\0') != std::string_view::npos;
  // Copy the runs between carriage returns whole; each "\r\n" or lone "\r" becomes "\n".
  out.text.reserve(source.size());
  size_t i = 0;
  while (i < source.size()) {
    size_t cr = source.find('\r', i);
    if (cr == std::string_view::npos) cr = source.size();
    out.text.append(source, i, cr - i);
    if (cr == source.size()) break;
    ++out.carriage_returns;
    out.text += '\n';
    i = cr + 1;
    if (i < source.size() && source[i] == '\n') ++i;
  }
  return out;
}

}  // namespace parallax
