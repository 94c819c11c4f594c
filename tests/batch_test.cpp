// `parallax batch`: each line's report is the report `analyze` gives for the same files and
// dates; bad lines give error lines and the run goes on; --jobs does not change a byte.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "test_support.h"
#include "typography.h"

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

using RunResult = parallax::testing_support::CommandResult;
using parallax::testing_support::run_command;

// Runs the CLI with `args` (a shell fragment); standard error goes to `err` if given.
RunResult run(const std::string& args, const std::string& err = "/dev/null") {
  return run_command(std::string(PARALLAX_CLI) + " " + args + " 2>" + err);
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string read_all(const fs::path& p) {
  return parallax::testing_support::read_file(p.string());
}

// One article of a cluster: its file name, text and publication date ("" for none).
struct Article {
  std::string name;
  std::string text;
  std::string published;
};

// A cluster as batch reads it and as analyze reads it (files, FILE@date, --date).
struct Cluster {
  Json id;
  std::string reference_date;  // "" for none
  std::vector<Article> articles;
};

// Clusters we wrote for these tests (invented events; no news text).
std::vector<Article> ferry_articles() {
  return {{"valley-herald.txt",
           "Ferry strike strands 2,400 travellers in Brisk\n"
           "About 2,400 passengers were stranded in the port of Brisk on Monday after ferry crews "
           "walked out, the operator said. " LDQ "We cannot sail without crews," RDQ
           " said operator spokesman Aldo Verne. The strike began at 6 a.m. and 14 sailings "
           "were cancelled.",
           "2025-06-02"},
          {"north-ledger.txt",
           "Some 3,000 travellers were stuck in Brisk on Monday, the port authority said, as a "
           "strike by ferry crews cancelled 16 sailings. Operator spokesman Aldo Verne said: " LDQ
           "We cannot sail without our crews." RDQ " Union leader Mira Caud said the walkout "
           "would last 48 hours.",
           ""}};
}

std::vector<Article> orchard_articles() {
  return {
      {"county-post.txt",
       "Hailstorm ruins orchards near Tavel\n"
       "A hailstorm on Thursday damaged 1,200 hectares of orchards around Tavel, farmers said. "
       "Growers' union head Pia Lund said losses could reach 9 million euros.",
       ""},
      {"farm-weekly.txt",
       "Farmers in Tavel said hail on Wednesday destroyed about 800 hectares of apple trees. " LDQ
       "This is the worst storm in 30 years," RDQ " said Pia Lund of the growers' union.",
       ""},
      {"radio-tavel.txt", "Hail hit Tavel. Officials counted 1,150 hectares damaged.", ""}};
}

std::vector<Article> example_articles() {
  std::vector<Article> out;
  for (const auto& e : fs::directory_iterator(fs::path(PARALLAX_SOURCE_DIR) / "examples"))
    if (e.path().extension() == ".txt")
      out.push_back({e.path().filename().string(), read_all(e.path()), ""});
  std::sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.name < b.name; });
  return out;
}

std::string jsonl_line(const Cluster& c) {
  Json line;
  line["id"] = c.id;
  if (!c.reference_date.empty()) line["reference_date"] = c.reference_date;
  Json docs = Json::array();
  for (const Article& a : c.articles) {
    Json d = {{"name", a.name}, {"text", a.text}};
    if (!a.published.empty()) d["published"] = a.published;
    docs.push_back(std::move(d));
  }
  line["documents"] = std::move(docs);
  return line.dump() + "\n";
}

class BatchTest : public parallax::testing_support::TempFolderTest {
 protected:
  // What `parallax analyze` says of the cluster's articles written as files.
  Json analyze_report(const Cluster& c, const std::string& folder) {
    std::string args = "analyze";
    if (!c.reference_date.empty()) args += " --date " + c.reference_date;
    for (const Article& a : c.articles) {
      args += " " + write(folder + "/" + a.name, a.text);
      if (!a.published.empty()) args += "@" + a.published;
    }
    const RunResult r = run(args);
    EXPECT_EQ(r.status, 0) << args;
    return Json::parse(r.out);
  }

  std::vector<Cluster> good_clusters() {
    return {{"example", "2025-03-12", example_articles()},
            {7, "2025-06-03", ferry_articles()},
            {"orchard", "", orchard_articles()}};
  }
};

TEST_F(BatchTest, EachLineIsTheReportOfAnalyze) {
  const std::vector<Cluster> clusters = good_clusters();
  std::string input;
  for (const Cluster& c : clusters) input += jsonl_line(c);
  const RunResult r = run("batch --jobs 1 " + write("in.jsonl", input));
  ASSERT_EQ(r.status, 0) << r.out;
  const std::vector<std::string> lines = lines_of(r.out);
  ASSERT_EQ(lines.size(), clusters.size()) << r.out;
  for (size_t i = 0; i < clusters.size(); ++i) {
    SCOPED_TRACE("cluster " + clusters[i].id.dump());
    Json report = Json::parse(lines[i]);
    ASSERT_TRUE(report.is_object());
    EXPECT_EQ(report.begin().key(), "id");  // the id comes first
    EXPECT_EQ(report["id"], clusters[i].id);
    report.erase("id");
    EXPECT_EQ(report, analyze_report(clusters[i], "c" + std::to_string(i)));
  }
}

TEST_F(BatchTest, BadLinesGiveErrorLinesAndTheRestIsIntact) {
  const std::vector<Cluster> good = good_clusters();
  // 2,001 documents: over the core's limit of 2,000 (analyze would refuse them too).
  Cluster crowd{"crowd", "2025-01-01", {}};
  for (int i = 0; i < 2001; ++i) crowd.articles.push_back({"n" + std::to_string(i), "Hi.", ""});
  std::string input;
  input += jsonl_line(good[0]);                                      // line 1
  input += "{\"id\": \"broken\", \"documents\": [\n";                // line 2
  input += "{\"id\": \"empty\"}\n";                                  // line 3
  input += jsonl_line(crowd);                                        // line 4
  input += "\n";                                                     // line 5: skipped
  input += jsonl_line(good[1]);                                      // line 6
  input += "{\"id\": 9, \"documents\": [{\"name\": \"a.txt\"}]}\n";  // line 7
  input += "{\"id\": 10, \"reference_date\": \"12/03/2025\", \"documents\": []}\n";  // line 8
  input += "[1, 2]\n";                                                               // line 9
  input += jsonl_line(good[2]);                                                      // line 10
  const std::string err = (dir_ / "err.txt").string();
  const RunResult r = run("batch --jobs 2 " + write("in.jsonl", input), err);
  EXPECT_EQ(r.status, 1) << read_all(err);
  const std::vector<std::string> lines = lines_of(r.out);
  ASSERT_EQ(lines.size(), 9u) << r.out;

  struct Expected {
    Json id;
    size_t line;
    const char* says;
  };
  const std::vector<std::pair<size_t, Expected>> errors = {
      {1, {nullptr, 2, "invalid JSON"}},
      {2, {"empty", 3, "missing documents"}},
      {3, {"crowd", 4, "too many documents"}},
      {5, {9, 7, "no text"}},
      {6, {10, 8, "reference_date wants YYYY-MM-DD"}},
      {7, {nullptr, 9, "JSON object"}}};
  for (const auto& [index, e] : errors) {
    SCOPED_TRACE(lines[index]);
    const Json j = Json::parse(lines[index]);
    ASSERT_EQ(j.size(), 3u);
    EXPECT_EQ(j["id"], e.id);
    EXPECT_EQ(j["line"], e.line);
    EXPECT_NE(j["error"].get<std::string>().find(e.says), std::string::npos);
  }
  // The good lines between them are the reports they give on their own.
  const RunResult alone =
      run("batch --jobs 1 " +
          write("good.jsonl", jsonl_line(good[0]) + jsonl_line(good[1]) + jsonl_line(good[2])));
  ASSERT_EQ(alone.status, 0);
  EXPECT_EQ(lines[0] + "\n" + lines[4] + "\n" + lines[8] + "\n", alone.out);
}

TEST_F(BatchTest, JobsTwoGivesTheSameBytesAsJobsOne) {
  const std::vector<Cluster> good = good_clusters();
  std::string input;
  for (int round = 0; round < 6; ++round) {
    for (Cluster c : good) {
      c.id = c.id.dump() + "-" + std::to_string(round);
      input += jsonl_line(c);
    }
    input += "not json\n";
  }
  const std::string in = write("in.jsonl", input);
  const RunResult one = run("batch --jobs 1 " + in);
  const RunResult two = run("batch --jobs 2 " + in);
  const RunResult eight = run("batch --jobs 8 " + in);
  EXPECT_EQ(one.status, 1);
  EXPECT_EQ(two.status, 1);
  EXPECT_EQ(lines_of(one.out).size(), 24u);
  EXPECT_EQ(two.out, one.out);
  EXPECT_EQ(eight.out, one.out);
}

TEST_F(BatchTest, ReadsStandardInput) {
  std::string input;
  for (const Cluster& c : good_clusters()) input += jsonl_line(c);
  const std::string in = write("in.jsonl", input);
  const RunResult from_file = run("batch " + in);
  ASSERT_EQ(from_file.status, 0);
  const RunResult dash = run("batch - < " + in);
  const RunResult no_file = run("batch --jobs 2 < " + in);
  const RunResult piped =
      run_command("cat " + in + " | " + std::string(PARALLAX_CLI) + " batch 2>/dev/null");
  EXPECT_EQ(dash.status, 0);
  EXPECT_EQ(no_file.status, 0);
  EXPECT_EQ(piped.status, 0);
  EXPECT_EQ(dash.out, from_file.out);
  EXPECT_EQ(no_file.out, from_file.out);
  EXPECT_EQ(piped.out, from_file.out);
}

// Streaming: the first report comes out while the input is still open. If batch waited for the
// end of its input, the read below would never return (ctest's timeout ends the test).
TEST_F(BatchTest, WritesEachReportBeforeTheInputEnds) {
  int to_batch[2], from_batch[2];
  ASSERT_EQ(pipe(to_batch), 0);
  ASSERT_EQ(pipe(from_batch), 0);
  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    dup2(to_batch[0], STDIN_FILENO);
    dup2(from_batch[1], STDOUT_FILENO);
    const int null = open("/dev/null", O_WRONLY);
    dup2(null, STDERR_FILENO);
    for (int fd : {to_batch[0], to_batch[1], from_batch[0], from_batch[1], null}) close(fd);
    execl(PARALLAX_CLI, PARALLAX_CLI, "batch", "--jobs", "2", static_cast<char*>(nullptr));
    _exit(127);
  }
  close(to_batch[0]);
  close(from_batch[1]);
  auto send = [&](const std::string& text) {
    return ::write(to_batch[1], text.data(), text.size()) == static_cast<ssize_t>(text.size());
  };
  auto read_line = [&] {
    std::string line;
    char c;
    while (::read(from_batch[0], &c, 1) == 1 && c != '\n') line += c;
    return line;
  };
  const std::vector<Cluster> clusters = good_clusters();
  ASSERT_TRUE(send(jsonl_line(clusters[1])));
  const Json first = Json::parse(read_line());  // waits for batch, not for a clock
  EXPECT_EQ(first["id"], clusters[1].id);
  ASSERT_TRUE(send(jsonl_line(clusters[2])));
  close(to_batch[1]);
  const Json second = Json::parse(read_line());
  EXPECT_EQ(second["id"], clusters[2].id);
  EXPECT_EQ(read_line(), "");  // and then the end
  close(from_batch[0]);
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

TEST_F(BatchTest, EmptyInputGivesNothing) {
  const RunResult r = run("batch < /dev/null");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, "");
}

TEST_F(BatchTest, FirstLineNumbersAChunkOfALargerInput) {
  const std::string in = write("in.jsonl", "\r\n{\"id\": \"a\"}\r\n");
  const RunResult r = run("batch --first-line 101 " + in);
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(Json::parse(r.out)["line"], 102);
}

TEST_F(BatchTest, CrLfLinesAndMissingLastNewlineAreRead) {
  Cluster c = good_clusters()[1];
  std::string line = jsonl_line(c);
  line.pop_back();
  const RunResult crlf = run("batch " + write("crlf.jsonl", line + "\r\n" + line));
  const RunResult lf = run("batch " + write("lf.jsonl", line + "\n" + line + "\n"));
  EXPECT_EQ(crlf.status, 0);
  EXPECT_EQ(crlf.out, lf.out);
  EXPECT_EQ(lines_of(lf.out).size(), 2u);
}

TEST_F(BatchTest, BinaryTextIsRefusedAsAnalyzeRefusesIt) {
  const std::string line =
      "{\"id\": 1, \"documents\": [{\"name\": \"img.txt\", \"text\": \"PNG\\u0000\\u0001\"}]}\n";
  const RunResult r = run("batch " + write("in.jsonl", line));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(Json::parse(r.out)["error"].get<std::string>().find("binary"), std::string::npos)
      << r.out;
}

TEST_F(BatchTest, WarningsGoToStandardErrorWithTheirLine) {
  const std::string line =
      "{\"id\": 1, \"documents\": [{\"name\": \"e.txt\", \"text\": \"\"}, {\"name\": \"b.txt\", "
      "\"text\": \"One sentence.\"}]}\n";
  const std::string err = (dir_ / "err.txt").string();
  const RunResult r = run("batch " + write("in.jsonl", "\n" + line), err);
  EXPECT_EQ(r.status, 0);
  const std::string warnings = read_all(err);
  EXPECT_NE(warnings.find("line 2: warning: 'e.txt' is empty"), std::string::npos) << warnings;
  EXPECT_EQ(warnings.find("\r"), std::string::npos) << "no progress when stderr is no terminal";
}

TEST_F(BatchTest, BadOptionsAndUnreadableInputExitTwo) {
  EXPECT_EQ(run("batch --jobs 0 < /dev/null").status, 2);
  EXPECT_EQ(run("batch --date 12/03/2025 < /dev/null").status, 2);
  EXPECT_EQ(run("batch --offsets lines < /dev/null").status, 2);
  EXPECT_EQ(run("batch " + (dir_ / "nope.jsonl").string()).status, 2);
  EXPECT_EQ(run("batch " + dir_.string()).status, 2);
}

}  // namespace
