// Placeholder until issue #4 lands: the walking skeleton reports no dates yet.
#include "extract/dates.h"

namespace parallax {

std::optional<CivilDate> find_dateline(const DocumentText&) { return std::nullopt; }
std::optional<CivilDate> latest_explicit_date(const DocumentText&) { return std::nullopt; }
std::vector<DateMention> extract_dates(const DocumentText&, uint32_t, std::optional<CivilDate>) {
  return {};
}

}  // namespace parallax
