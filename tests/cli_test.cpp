// The command line: exit statuses, messages and the per-file date form.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "test_support.h"

namespace {

namespace fs = std::filesystem;

using parallax::testing_support::CommandResult;
using RunResult = CommandResult;

// Runs the CLI with `args` (a shell fragment); standard output and error together.
RunResult run(const std::string& args) {
  return parallax::testing_support::run_command(std::string(PARALLAX_CLI) + " " + args + " 2>&1");
}

// Whether the report holds `"key": "value"`, with any whitespace after the colon (the default
// report is compact; --pretty indents it).
bool has_string_field(const std::string& out, const std::string& key, const std::string& value) {
  const std::string k = "\"" + key + "\":";
  for (size_t at = out.find(k); at != std::string::npos; at = out.find(k, at + 1)) {
    size_t v = at + k.size();
    while (v < out.size() && (out[v] == ' ' || out[v] == '\n')) ++v;
    if (out.compare(v, value.size() + 2, "\"" + value + "\"") == 0) return true;
  }
  return false;
}

class CliTest : public parallax::testing_support::TempFolderTest {};

TEST_F(CliTest, MissingFileNamesItAndExitsTwo) {
  const std::string a = write("a.txt", "One sentence.");
  RunResult r = run("analyze " + a + " " + (dir_ / "nope.txt").string());
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.out.find("nope.txt"), std::string::npos) << r.out;
}

TEST_F(CliTest, BinaryFileIsRefused) {
  const std::string bin = write("image.txt", std::string("PNG\0\0\x01", 6));
  RunResult r = run("analyze " + bin);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.out.find("binary"), std::string::npos) << r.out;
}

TEST_F(CliTest, DirectoryIsRefused) {
  RunResult r = run("analyze " + dir_.string());
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.out.find("directory"), std::string::npos) << r.out;
}

TEST_F(CliTest, EmptyFileGivesWarningNotFailure) {
  const std::string empty = write("empty.txt", "");
  const std::string a = write("a.txt", "One sentence.");
  RunResult r = run("analyze " + empty + " " + a);
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("empty"), std::string::npos) << r.out;
}

TEST_F(CliTest, BadDateIsUsageError) {
  const std::string a = write("a.txt", "One sentence.");
  RunResult r = run("analyze --date 23/10/2024 " + a);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.out.find("YYYY-MM-DD"), std::string::npos) << r.out;
}

TEST_F(CliTest, UnknownFormatIsUsageError) {
  const std::string a = write("a.txt", "One sentence.");
  EXPECT_EQ(run("analyze --format xml " + a).status, 2);
}

TEST_F(CliTest, PerFileDateSetsPublished) {
  const std::string a = write("a.txt", "One sentence.");
  const std::string b = write("b.txt", "Two sentences. Here.");
  RunResult r = run("analyze --date 2024-01-02 " + a + "@2024-10-23 " + b);
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_TRUE(has_string_field(r.out, "published", "2024-10-23")) << r.out;
  EXPECT_TRUE(has_string_field(r.out, "published", "2024-01-02")) << r.out;
}

TEST_F(CliTest, PrettyIndentsTheReport) {
  const std::string a = write("a.txt", "One sentence.");
  RunResult compact = run("analyze --date 2024-01-02 " + a);
  RunResult pretty = run("analyze --pretty --date 2024-01-02 " + a);
  ASSERT_EQ(pretty.status, 0) << pretty.out;
  EXPECT_NE(pretty.out.find("\n \"documents\": ["), std::string::npos) << pretty.out;
  EXPECT_EQ(compact.out.find('\n'), compact.out.size() - 1) << "compact: one line";
  EXPECT_TRUE(has_string_field(pretty.out, "published", "2024-01-02")) << pretty.out;
}

TEST_F(CliTest, TextFormatSummarises) {
  const std::string a = write("alpha.txt", "Headline here\nOne sentence. Another one.");
  RunResult r = run("analyze --format text " + a);
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("alpha"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("3 sentences"), std::string::npos) << r.out;
}

TEST_F(CliTest, InvalidUtf8IsReplacedAndWarned) {
  const std::string a = write("a.txt", "Caf\xE9 fire.");
  RunResult r = run("analyze " + a);
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("U+FFFD"), std::string::npos) << r.out;
}

TEST_F(CliTest, NoInputWrittenOver) {
  const std::string a = write("a.txt", "One sentence.");
  run("analyze " + a);
  std::ifstream in(a);
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(content, "One sentence.");
}

TEST(CliScorer, SeedReportIsAcceptedByTheScorer) {
  const std::string shared = parallax::testing_support::shared_dir();
  if (shared.empty()) GTEST_SKIP() << "../shared is absent (a user's clone has no ../shared)";
  const fs::path report =
      fs::temp_directory_path() / ("parallax-seeds-report-" + std::to_string(getpid()) + ".json");
  const std::string analyze = std::string(PARALLAX_CLI) + " analyze --date 2024-10-23 " + shared +
                              "/corpus/seeds/*.txt 2>/dev/null >" + report.string();
  ASSERT_EQ(std::system(analyze.c_str()), 0);
  const std::string score = "python3 " + shared + "/eval/score.py " + shared +
                            "/corpus/seeds.gold.json " + report.string() + " 2>&1";
  FILE* pipe = popen(score.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string out;
  char buffer[1024];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  EXPECT_EQ(pclose(pipe), 0) << out;
  EXPECT_NE(out.find("numbers"), std::string::npos) << out;
  fs::remove(report);
}

}  // namespace
