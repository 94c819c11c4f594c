// The development set (../shared/corpus, absent from a user's clone): every cluster's gold
// lists the names one person or body goes by (`aliases`); the report's entities must give
// the variants a cluster writes one canonical name. Skips without ../shared.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "parallax/parallax.h"
#include "test_support.h"
#include "text/unicode.h"

namespace parallax {
namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& p) {
  return testing_support::read_file(p.string());
}

// How the gold writes a variant and how an article does: folded, without a leading "the".
std::string variant_key(std::string_view text) {
  std::string key = unicode::fold(text);
  if (key.starts_with("the ")) key.erase(0, 4);
  return key;
}

struct AliasResult {
  size_t groups = 0;  // alias groups with two or more variants found among the entities
  size_t merged = 0;  // of those, groups whose variants all have one canonical name
  std::string splits;
};

AliasResult aliases_of_cluster(const fs::path& gold_path) {
  const nlohmann::json gold = nlohmann::json::parse(read(gold_path));
  std::string folder = gold_path.string();
  folder.erase(folder.size() - std::string(".gold.json").size());
  std::vector<Document> docs;
  auto text_or_empty = [](const nlohmann::json& object, const char* key) {
    return object.contains(key) && object[key].is_string() ? object[key].get<std::string>()
                                                           : std::string();
  };
  for (const auto& [id, meta] : gold["meta"]["docs"].items()) {
    std::string file = text_or_empty(meta, "file");
    if (file.empty()) file = id + ".txt";
    docs.push_back({file, read(fs::path(folder) / file), text_or_empty(meta, "published")});
  }
  Options options;
  options.reference_date = text_or_empty(gold["meta"], "reference_date");
  const Analysis analysis = analyze(docs, options);
  std::map<std::string, std::set<std::string>> canonicals;  // variant key -> canonical names
  for (const EntityMention& e : analysis.entities)
    canonicals[variant_key(analysis.documents[e.doc].text.slice(e.span))].insert(e.canonical);
  AliasResult result;
  for (const auto& [name, variants] : gold["aliases"].items()) {
    std::set<std::string> names;
    size_t found = 0;
    for (const auto& v : variants) {
      auto it = canonicals.find(variant_key(v.get<std::string>()));
      if (it == canonicals.end()) continue;
      ++found;
      names.insert(it->second.begin(), it->second.end());
    }
    if (found < 2) continue;
    ++result.groups;
    if (names.size() == 1) {
      ++result.merged;
    } else {
      result.splits += "\n  " + name + ":";
      for (const std::string& n : names) result.splits += " [" + n + "]";
    }
  }
  return result;
}

TEST(DevelopmentSet, NameVariantsShareOneCanonicalName) {
  const std::string shared = testing_support::shared_dir();
  if (shared.empty()) GTEST_SKIP() << "../shared is absent (a user's clone has no ../shared)";
  size_t groups = 0, merged = 0;
  std::string splits;
  for (const auto& entry : fs::directory_iterator(fs::path(shared) / "corpus")) {
    const std::string file = entry.path().filename().string();
    if (!file.ends_with(".gold.json")) continue;
    const AliasResult r = aliases_of_cluster(entry.path());
    groups += r.groups;
    merged += r.merged;
    if (!r.splits.empty()) splits += "\n" + file + r.splits;
  }
  ASSERT_GT(groups, 0u) << "no alias group of the gold was found among the entities";
  // Some bodies go by two unrelated names (a train named after a person and after its
  // route): that takes knowledge no rule has. Nine groups in ten at least are merged.
  EXPECT_GE(static_cast<double>(merged), 0.9 * static_cast<double>(groups))
      << merged << " of " << groups << " alias groups merged; split:" << splits;
}

}  // namespace
}  // namespace parallax
