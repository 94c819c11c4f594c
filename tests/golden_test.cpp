// Golden reports: the whole report of the bundled example (and of the seed articles when
// ../shared is present) must match the reviewed copy in tests/golden/. Regenerate on
// purpose with scripts/update-golden and review the diff.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "parallax/parallax.h"
#include "test_support.h"

namespace parallax {
namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& p) {
  return testing_support::read_file(p.string());
}

nlohmann::json report_of(const fs::path& dir, const std::string& date) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<Document> docs;
  for (const fs::path& f : files) docs.push_back({f.filename().string(), read(f), ""});
  Options options;
  options.reference_date = date;
  return nlohmann::json::parse(to_json(analyze(docs, options), OffsetUnit::kCodePoint));
}

void expect_matches_golden(const nlohmann::json& report, const fs::path& golden) {
  ASSERT_TRUE(fs::exists(golden)) << golden << " is missing: run scripts/update-golden";
  const nlohmann::json expected = nlohmann::json::parse(read(golden));
  if (report == expected) return;
  // Name the first differing top-level field so the failure says where to look.
  for (const auto& [key, value] : expected.items())
    EXPECT_EQ(report.value(key, nlohmann::json()), value)
        << "field '" << key << "' differs; "
        << "if the change is intended, run scripts/update-golden and review the diff";
  EXPECT_EQ(report.size(), expected.size());
}

TEST(GoldenReport, BundledExample) {
  const fs::path root = PARALLAX_SOURCE_DIR;
  expect_matches_golden(report_of(root / "examples", "2025-03-12"),
                        root / "tests/golden/examples.json");
}

TEST(GoldenReport, SeedArticles) {
  const std::string shared = testing_support::shared_dir();
  if (shared.empty()) GTEST_SKIP() << "../shared is absent (a user's clone has no ../shared)";
  const fs::path root = PARALLAX_SOURCE_DIR;
  expect_matches_golden(report_of(fs::path(shared) / "corpus/seeds", "2024-10-23"),
                        root / "tests/golden/seeds.json");
}

}  // namespace
}  // namespace parallax
