// Throughput of each stage and of the full analysis, and time per cluster size.
// Inputs: the bundled example and ../shared/corpus/seeds (when present), repeated with
// small variations (numbers and names changed) into 1, 5 and 25 MB corpora and into
// clusters of 10, 100 and 1,000 documents of about 5 KB. The no-repeat corpora (no sentence
// repeated verbatim: scripts/lib/norepeat_corpus.py writes them into build/bench/corpus/,
// or $PARALLAX_BENCH_CORPUS) are read when present; their benchmarks are skipped otherwise.
//
//   parallax_bench [Google Benchmark flags]   runs the benchmarks
//   parallax_bench --write-corpus=DIR         writes the same corpora as JSON ([{name, text}])
//                                             for the wasm and JavaScript peers (scripts/bench)
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "compare/compare.h"
#include "extract/attribution.h"
#include "extract/dates.h"
#include "extract/entities.h"
#include "extract/numbers.h"
#include "extract/quotes.h"
#include "extract/words.h"
#include "parallax/parallax.h"

namespace {

namespace fs = std::filesystem;
using parallax::Document;

std::vector<std::string> source_articles() {
  std::vector<std::string> out;
  for (const fs::path dir :
       {fs::path(PARALLAX_SOURCE_DIR) / "examples",
        fs::path(PARALLAX_SOURCE_DIR) / ".." / "shared" / "corpus" / "seeds"}) {
    if (!fs::exists(dir)) continue;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir))
      if (e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::ostringstream s;
      s << in.rdbuf();
      out.push_back(s.str());
    }
  }
  return out;
}

// The k-th variation of an article: digits shifted so figures differ between copies.
std::string vary(const std::string& text, size_t k) {
  std::string out = text;
  for (char& c : out)
    if (c >= '1' && c <= '8' && (k % 3) == 1) c = static_cast<char>(c + 1);
  return out;
}

// About `bytes` of text as one document per article copy.
std::vector<Document> corpus_of(size_t bytes) {
  static const std::vector<std::string> articles = source_articles();
  std::vector<Document> docs;
  size_t total = 0;
  for (size_t k = 0; total < bytes; ++k) {
    const std::string text = vary(articles[k % articles.size()], k / articles.size());
    total += text.size();
    docs.push_back({"a" + std::to_string(k) + ".txt", text, ""});
  }
  return docs;
}

// `n` documents of about 5 KB each (articles joined until 5 KB).
std::vector<Document> cluster_of(size_t n) {
  static const std::vector<std::string> articles = source_articles();
  std::vector<Document> docs;
  size_t next = 0;
  for (size_t i = 0; i < n; ++i) {
    std::string text;
    while (text.size() < 5000) text += vary(articles[next++ % articles.size()], i) + "\n";
    docs.push_back({"d" + std::to_string(i) + ".txt", text, ""});
  }
  return docs;
}

// A corpus written by scripts/lib/norepeat_corpus.py ([{name, text}]), or nothing.
std::vector<Document> corpus_file(const std::string& name) {
  const char* dir = std::getenv("PARALLAX_BENCH_CORPUS");
  const fs::path path =
      fs::path(dir ? dir : PARALLAX_SOURCE_DIR "/build/bench/corpus") / (name + ".json");
  std::vector<Document> docs;
  std::ifstream in(path, std::ios::binary);
  if (!in) return docs;
  const nlohmann::json list = nlohmann::json::parse(in, nullptr, false);
  if (!list.is_array()) return docs;
  for (const auto& d : list) docs.push_back({d.value("name", ""), d.value("text", ""), ""});
  return docs;
}

std::vector<Document> norepeat_of(int64_t mb) {
  return corpus_file("norepeat-" + std::to_string(mb));
}

size_t bytes_of(const std::vector<Document>& docs) {
  size_t n = 0;
  for (const auto& d : docs) n += d.text.size();
  return n;
}

std::vector<parallax::DocumentText> segmented(const std::vector<Document>& docs) {
  std::vector<parallax::DocumentText> out;
  for (const auto& d : docs) out.push_back(parallax::segment(parallax::decode_utf8(d.text).text));
  return out;
}

// The seeds' reference date, and limits raised for the 25 MB corpus.
parallax::Options corpus_options() {
  parallax::Options options;
  options.reference_date = "2024-10-23";
  options.max_documents = 100000;
  options.max_total_bytes = size_t{256} << 20;
  return options;
}

void BM_Segment(benchmark::State& state) {
  const auto docs = corpus_of(static_cast<size_t>(state.range(0)) << 20);
  for (auto _ : state)
    for (const auto& d : docs)
      benchmark::DoNotOptimize(parallax::segment(parallax::decode_utf8(d.text).text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes_of(docs)));
}

// What the pipeline does to each document before the extractors: decode, segment and fold
// the tokens once (words::FoldedTokens).
void BM_Prepare(benchmark::State& state) {
  const auto docs = corpus_of(static_cast<size_t>(state.range(0)) << 20);
  for (auto _ : state)
    for (const auto& d : docs) {
      const parallax::DocumentText text = parallax::segment(parallax::decode_utf8(d.text).text);
      const parallax::words::FoldedTokens folded(text);
      benchmark::DoNotOptimize(folded.size());
    }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes_of(docs)));
}

// Folding the tokens of segmented documents and looking up their token classes, alone.
void BM_FoldTokens(benchmark::State& state) {
  const auto docs = corpus_of(static_cast<size_t>(state.range(0)) << 20);
  const auto texts = segmented(docs);
  for (auto _ : state)
    for (const auto& text : texts) {
      const parallax::words::FoldedTokens folded(text);
      benchmark::DoNotOptimize(folded.size());
    }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes_of(docs)));
}

void BM_ExtractNumbers(benchmark::State& state) {
  const auto docs = corpus_of(static_cast<size_t>(state.range(0)) << 20);
  const auto texts = segmented(docs);
  for (auto _ : state)
    for (const auto& t : texts) benchmark::DoNotOptimize(parallax::extract_numbers(t, 0));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes_of(docs)));
}

void BM_ExtractDates(benchmark::State& state) {
  const auto docs = corpus_of(static_cast<size_t>(state.range(0)) << 20);
  const auto texts = segmented(docs);
  const auto reference = parallax::parse_iso_date("2024-10-23");
  for (auto _ : state)
    for (const auto& t : texts) benchmark::DoNotOptimize(parallax::extract_dates(t, 0, reference));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes_of(docs)));
}

// The date stage alone, as the pipeline runs it: the folded tokens (shared with the other
// extractors there) are made once, outside the timing.
void BM_DateStage(benchmark::State& state) {
  const auto docs = corpus_of(static_cast<size_t>(state.range(0)) << 20);
  const auto texts = segmented(docs);
  const auto reference = parallax::parse_iso_date("2024-10-23");
  std::vector<parallax::words::FoldedTokens> folded;
  folded.reserve(texts.size());
  for (const auto& t : texts) folded.emplace_back(t);
  for (auto _ : state)
    for (size_t i = 0; i < texts.size(); ++i)
      benchmark::DoNotOptimize(parallax::extract_dates(texts[i], 0, reference, folded[i]));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes_of(docs)));
}

// The number stage alone, as the pipeline runs it: the folded tokens (shared with the other
// extractors there) are made once, outside the timing, and the figures are appended to one
// reused list.
void BM_NumberStage(benchmark::State& state) {
  const auto docs = corpus_of(static_cast<size_t>(state.range(0)) << 20);
  const auto texts = segmented(docs);
  std::vector<parallax::words::FoldedTokens> folded;
  folded.reserve(texts.size());
  for (const auto& t : texts) folded.emplace_back(t);
  std::vector<parallax::NumberMention> out;
  for (auto _ : state) {
    out.clear();
    for (size_t i = 0; i < texts.size(); ++i)
      parallax::append_numbers(texts[i], static_cast<uint32_t>(i), folded[i], out);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes_of(docs)));
}

void BM_ExtractQuotesAndEntities(benchmark::State& state) {
  const auto docs = corpus_of(static_cast<size_t>(state.range(0)) << 20);
  const auto texts = segmented(docs);
  for (auto _ : state)
    for (const auto& t : texts) {
      // Folded once, as the pipeline does (and as each of the other stage benchmarks does).
      const parallax::words::FoldedTokens folded(t);
      auto entities = parallax::extract_entities(t, 0, folded);
      auto attributions = parallax::resolve_attribution(t, entities, folded);
      benchmark::DoNotOptimize(parallax::extract_quotes(t, 0, attributions, entities));
    }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes_of(docs)));
}

// Entities alone, and attribution alone (given the entities). Each folds the document's
// tokens first, as the pipeline does just before: folded beforehand for the whole corpus,
// they would be read cold from memory, which the pipeline never does.
void BM_ExtractEntities(benchmark::State& state) {
  const auto docs = corpus_of(static_cast<size_t>(state.range(0)) << 20);
  const auto texts = segmented(docs);
  for (auto _ : state)
    for (const auto& t : texts) {
      const parallax::words::FoldedTokens folded(t);
      benchmark::DoNotOptimize(parallax::extract_entities(t, 0, folded));
    }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes_of(docs)));
}

void BM_ResolveAttribution(benchmark::State& state) {
  const auto docs = corpus_of(static_cast<size_t>(state.range(0)) << 20);
  const auto texts = segmented(docs);
  std::vector<std::vector<parallax::EntityMention>> entities;
  for (const auto& t : texts) entities.push_back(parallax::extract_entities(t, 0));
  for (auto _ : state)
    for (size_t i = 0; i < texts.size(); ++i) {
      const parallax::words::FoldedTokens folded(texts[i]);
      benchmark::DoNotOptimize(parallax::resolve_attribution(texts[i], entities[i], folded));
    }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes_of(docs)));
}

// The analysis as the CLI and the page run it: the documents are handed over (their texts
// moved into the analysis). Each iteration takes its own copy, made and freed outside the
// timing (the analysis is still freed inside it, as before); the peak RSS below counts only
// the copy the analysis holds, as in those front ends.
void BM_FullAnalysis(benchmark::State& state) {
  const size_t input_bytes = bytes_of(corpus_of(static_cast<size_t>(state.range(0)) << 20));
  const parallax::Options options = corpus_options();
  size_t documents = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Document> docs = corpus_of(static_cast<size_t>(state.range(0)) << 20);
    documents = docs.size();
    state.ResumeTiming();
    benchmark::DoNotOptimize(parallax::analyze(std::move(docs), options));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * input_bytes));
  state.counters["documents"] = static_cast<double>(documents);
  state.counters["input_bytes"] = static_cast<double>(input_bytes);
  // The process's peak resident size so far: meaningful when this benchmark runs alone.
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  state.counters["peak_rss_bytes"] = static_cast<double>(usage.ru_maxrss) * 1024.0;
}

// The full analysis on the corpus where no sentence repeats (no wire copies to reuse).
void BM_FullAnalysisNoRepeat(benchmark::State& state) {
  const size_t input_bytes = bytes_of(norepeat_of(state.range(0)));
  if (input_bytes == 0) {
    state.SkipWithError("no build/bench/corpus/norepeat-N.json: run scripts/bench");
    return;
  }
  const parallax::Options options = corpus_options();
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Document> docs = norepeat_of(state.range(0));
    state.ResumeTiming();
    benchmark::DoNotOptimize(parallax::analyze(std::move(docs), options));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * input_bytes));
  state.counters["input_bytes"] = static_cast<double>(input_bytes);
}

// Writing the JSON report (code point offsets, as the CLI) of an analysis made beforehand;
// MB/s are of the analysed text, so the figure adds to the analysis's as times add.
void write_report(benchmark::State& state, std::vector<Document> docs) {
  const size_t input_bytes = bytes_of(docs);
  if (input_bytes == 0) {
    state.SkipWithError("corpus missing: run scripts/bench");
    return;
  }
  const parallax::Analysis analysis = parallax::analyze(std::move(docs), corpus_options());
  size_t report_bytes = 0;
  for (auto _ : state) {
    const std::string report = parallax::to_json(analysis, parallax::OffsetUnit::kCodePoint);
    report_bytes = report.size();
    benchmark::DoNotOptimize(report.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * input_bytes));
  state.counters["input_bytes"] = static_cast<double>(input_bytes);
  state.counters["report_bytes"] = static_cast<double>(report_bytes);
}

void BM_WriteReport(benchmark::State& state) {
  write_report(state, corpus_of(static_cast<size_t>(state.range(0)) << 20));
}

void BM_WriteReportNoRepeat(benchmark::State& state) {
  write_report(state, norepeat_of(state.range(0)));
}

// The compare stage alone (grouping, copies, claims) on the extracted mentions of a corpus:
// each iteration groups a fresh copy of the analysis.
void BM_CompareStage(benchmark::State& state) {
  const auto docs = corpus_of(static_cast<size_t>(state.range(0)) << 20);
  const parallax::Options options = corpus_options();
  // build_groups drops the groups it finds, so the analysis is taken as it comes.
  const parallax::Analysis extracted = parallax::analyze(docs, options);
  for (auto _ : state) {
    state.PauseTiming();
    parallax::Analysis copy = extracted;
    state.ResumeTiming();
    parallax::build_groups(copy);
    benchmark::DoNotOptimize(copy);
    state.PauseTiming();
    { parallax::Analysis gone = std::move(copy); }  // freed outside the timing
    state.ResumeTiming();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes_of(docs)));
}

void BM_Cluster(benchmark::State& state) {
  const auto docs = cluster_of(static_cast<size_t>(state.range(0)));
  parallax::Options options;
  options.reference_date = "2024-10-23";
  for (auto _ : state) benchmark::DoNotOptimize(parallax::analyze(docs, options));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes_of(docs)));
  state.counters["documents"] = static_cast<double>(docs.size());
}

BENCHMARK(BM_Segment)->Arg(1)->Arg(5)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Prepare)->Arg(1)->Arg(5)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FoldTokens)->Arg(1)->Arg(5)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExtractNumbers)->Arg(5)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExtractDates)->Arg(5)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DateStage)->Arg(5)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_NumberStage)->Arg(1)->Arg(5)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExtractQuotesAndEntities)->Arg(5)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExtractEntities)->Arg(5)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ResolveAttribution)->Arg(5)->Unit(benchmark::kMillisecond);
// One analysis per run, three runs: the table takes the best, the least disturbed by
// whatever else the machine was doing.
BENCHMARK(BM_FullAnalysis)
    ->Arg(1)
    ->Arg(5)
    ->Arg(25)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(3);
// Peak memory: one 5 MB analysis, run alone in its own process by scripts/bench (repeated
// runs would count what the allocator keeps from the runs before).
BENCHMARK(BM_FullAnalysis)
    ->Name("BM_PeakMemory")
    ->Arg(5)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);
BENCHMARK(BM_FullAnalysisNoRepeat)
    ->Arg(1)
    ->Arg(5)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(3);
BENCHMARK(BM_WriteReport)->Arg(5)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WriteReportNoRepeat)->Arg(5)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CompareStage)->Arg(1)->Arg(5)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Cluster)->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(1);

int write_corpus(const fs::path& dir) {
  fs::create_directories(dir);
  auto write = [&](const std::string& name, const std::vector<Document>& docs) {
    nlohmann::json out = nlohmann::json::array();
    for (const Document& d : docs) out.push_back({{"name", d.name}, {"text", d.text}});
    std::ofstream(dir / (name + ".json"), std::ios::binary) << out.dump();
  };
  for (size_t mb : {1, 5, 25}) write("full-" + std::to_string(mb), corpus_of(mb << 20));
  for (size_t n : {10, 100, 1000}) write("cluster-" + std::to_string(n), cluster_of(n));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  constexpr std::string_view kWrite = "--write-corpus=";
  for (int i = 1; i < argc; ++i)
    if (std::string_view(argv[i]).starts_with(kWrite))
      return write_corpus(std::string_view(argv[i]).substr(kWrite.size()));
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
