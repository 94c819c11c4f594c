#include "extract/currencies.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "lexicon/compare_lexicon.h"
#include "lexicon/frame_lexicon.h"

namespace parallax {
namespace {

// A count's noun as a currency's stem: "dalens" and "dalen" are one currency.
std::string_view stem_of(std::string_view noun) {
  if (noun.size() > 3 && noun.back() == 's') noun.remove_suffix(1);
  return noun;
}

bool is_lowercase_word(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Where the noun right after a figure ends ("26.95 dalens", a space or a no-break space
// between, the noun as written in lowercase), or 0.
uint32_t noun_end(std::string_view text, uint32_t end, std::string_view noun) {
  std::string_view rest = text.substr(std::min<size_t>(end, text.size()));
  size_t gap = 0;
  if (rest.starts_with(' '))
    gap = 1;
  else if (rest.starts_with("\u00A0"))
    gap = 2;
  if (gap == 0 || rest.substr(gap, noun.size()) != noun) return 0;
  return end + static_cast<uint32_t>(gap + noun.size());
}

}  // namespace

void infer_currencies(Analysis& analysis) {
  std::vector<NumberMention>& numbers = analysis.numbers;
  // A currency the lexicon lacks is worth at most this many dollars or euros per unit (the
  // dear ones are known): a count restated as a larger share of its sum is things and their
  // price ("300 million masks ($90 million)", "50 million shares (about $45 million)").
  constexpr double kMaxUnitWorth = 0.25;
  std::vector<std::string> stems;
  for (size_t i = 0; i + 1 < numbers.size(); ++i) {
    const NumberMention &n = numbers[i], &next = numbers[i + 1];
    if (n.kind != NumberKind::kCount || next.kind != NumberKind::kMoney || n.doc != next.doc ||
        n.sentence != next.sentence || !n.value || !next.value || *next.value <= 0 ||
        !is_lowercase_word(n.unit) || *n.value * kMaxUnitWorth < *next.value ||
        lexicon::has_unit_class(n.unit) || !lexicon::frame_of(n.unit).empty())
      continue;  // a noun the tables class or frame ("votes", "shares") is no currency
    const std::string_view text = analysis.documents[n.doc].text.text;
    const uint32_t after_noun = noun_end(text, n.span.end, n.unit);
    if (after_noun == 0 || next.span.begin < after_noun ||
        !lexicon::is_conversion_join(text.substr(after_noun, next.span.begin - after_noun)))
      continue;
    // The sum restates the count only where it ends its aside: "(about $100 million)",
    // ", or about $100 million."; not "(about $1.2bn in revenue)".
    if (next.span.end < text.size() &&
        std::string_view(")],.;:").find(text[next.span.end]) == std::string_view::npos)
      continue;
    const std::string stem(stem_of(n.unit));
    if (std::find(stems.begin(), stems.end(), stem) == stems.end()) stems.push_back(stem);
  }
  if (stems.empty()) return;
  for (NumberMention& n : numbers) {
    if (n.kind != NumberKind::kCount || n.unit.empty() ||
        std::find(stems.begin(), stems.end(), stem_of(n.unit)) == stems.end())
      continue;
    const std::string_view text = analysis.documents[n.doc].text.text;
    if (const uint32_t end = noun_end(text, n.span.end, n.unit); end != 0) n.span.end = end;
    std::string code(stem_of(n.unit));
    std::transform(code.begin(), code.end(), code.begin(),
                   [](char c) { return static_cast<char>(c - 'a' + 'A'); });
    n.kind = NumberKind::kMoney;
    n.unit = std::move(code);
  }
}

}  // namespace parallax
