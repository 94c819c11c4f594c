// libFuzzer target: the whole analysis of 1-4 documents cut from the fuzz input at
// form-feed bytes (\f), with the report written in every offset unit.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/parallax.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::vector<parallax::Document> docs;
  while (docs.size() < 3) {
    const size_t cut = input.find('\f');
    if (cut == std::string_view::npos) break;
    docs.push_back(
        {"doc" + std::to_string(docs.size()) + ".txt", std::string(input.substr(0, cut)), ""});
    input.remove_prefix(cut + 1);
  }
  docs.push_back({"last.txt", std::string(input), docs.empty() ? "" : "2024-10-23"});
  parallax::Options options;
  options.reference_date = "2024-10-23";
  const parallax::Analysis analysis = parallax::analyze(docs, options);
  for (auto unit : {parallax::OffsetUnit::kByte, parallax::OffsetUnit::kCodePoint,
                    parallax::OffsetUnit::kUtf16}) {
    const std::string json = parallax::to_json(analysis, unit);
    // The report must always be valid JSON, whatever bytes the text held.
    if (json.empty() || !nlohmann::json::accept(json)) __builtin_trap();
  }
  (void)parallax::to_text(analysis);
  return 0;
}
