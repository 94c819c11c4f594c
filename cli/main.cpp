// parallax: the native command line, a thin caller of the core's front door.
//
//   parallax analyze [--format json|text] [--date YYYY-MM-DD] [--offsets codepoint|utf16|byte]
//                    [--pretty] FILE[@YYYY-MM-DD]...
//   parallax batch [--jobs N] [--date YYYY-MM-DD] [--offsets ...] [--first-line N] [FILE|-]
//
// analyze's JSON report is compact (no whitespace); --pretty indents it for reading.
//
// Exit status of analyze: 0 on success, 2 for bad usage, an unreadable, missing or binary file,
// or input the analysis refused (over its limits). Of batch: 0, 1 when any line gave an error
// line, 2 for bad usage or unreadable input (see batch.h).
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>
#include <vector>
#if defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

#include "batch.h"
#include "common.h"
#include "parallax/parallax.h"

namespace {

using parallax::cli::looks_like_iso_date;

// "FILE@2024-10-23" gives one file its publication date, unless a file by the full name exists.
void split_file_date(const std::string& arg, std::string& path, std::string& date) {
  path = arg;
  date.clear();
  const size_t at = arg.rfind('@');
  if (at == std::string::npos || std::filesystem::exists(arg)) return;
  const std::string suffix = arg.substr(at + 1);
  if (!looks_like_iso_date(suffix)) return;
  path = arg.substr(0, at);
  date = suffix;
}

bool read_file(const std::string& path, std::string& bytes, std::string& error) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    error = "no such file";
    return false;
  }
  if (std::filesystem::is_directory(path, ec)) {
    error = "is a directory";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot be read";
    return false;
  }
  // One read into a buffer of the file's size (a pipe or special file has no size: read on
  // to the end).
  const auto size = std::filesystem::file_size(path, ec);
  bytes.clear();
  if (!ec && size > 0) {
    bytes.resize(static_cast<size_t>(size));
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    bytes.resize(static_cast<size_t>(in.gcount()));
  }
  if (in.good()) {
    std::ostringstream rest;
    rest << in.rdbuf();
    bytes += std::move(rest).str();
  }
  if (in.bad()) {
    error = "read failed";
    return false;
  }
  return true;
}

#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
// Asks for transparent huge pages in the next `bytes` of the heap. The analysis touches
// about ten bytes of heap per byte of input, one 4 KiB page fault at a time: on a large
// run (and more so in a virtual machine) the faults were a tenth of the time. A 2 MiB
// page is one fault for 512 of them. The heap is grown by that much in blocks below the
// mmap threshold (so they come from the heap, one after another), the new part advised,
// and the blocks freed: glibc keeps them (M_TRIM_THRESHOLD) for the analysis. Only their
// headers are touched; a system that gives no huge pages ignores the advice.
void advise_huge_heap(size_t bytes) {
  constexpr size_t kBlock = 16 << 20;    // below M_MMAP_THRESHOLD
  constexpr size_t kMinBytes = 8 << 20;  // smaller inputs gain nothing worth a system call
  if (bytes < kMinBytes) return;
  std::vector<void*> blocks;
  char* first = nullptr;
  for (size_t grown = 0; grown < bytes; grown += kBlock) {
    void* block = std::malloc(kBlock);
    if (block == nullptr) break;
    if (first == nullptr) first = static_cast<char*>(block);
    blocks.push_back(block);
  }
  const auto page = static_cast<uintptr_t>(sysconf(_SC_PAGESIZE));
  const auto begin = (reinterpret_cast<uintptr_t>(first) + page - 1) & ~(page - 1);
  const auto end = reinterpret_cast<uintptr_t>(sbrk(0));
  // The blocks lie between `first` and the heap's end unless the heap could not grow
  // (malloc then maps memory elsewhere): nothing is advised then.
  if (first != nullptr && end > begin && end - begin <= bytes + 2 * kBlock + (64 << 20))
    madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
  for (auto it = blocks.rbegin(); it != blocks.rend(); ++it) std::free(*it);
}
#endif

}  // namespace

int main(int argc, char** argv) {
#if defined(__GLIBC__)
  // The analysis builds and frees many large arrays in turn. glibc's defaults give each big
  // one its own mapping and hand freed memory back at once, so every stage faults in fresh
  // zeroed pages: a sixth of a large run's time. A short-lived process keeps its heap.
  mallopt(M_MMAP_THRESHOLD, 32 << 20);  // glibc's largest
  mallopt(M_TRIM_THRESHOLD, 512 << 20);
  mallopt(M_TOP_PAD, 64 << 20);
#endif
  CLI::App app{"Parallax: compare news articles about the same event"};
  app.set_version_flag("--version", std::string(parallax::version()));
  app.require_subcommand(1);

  CLI::App* analyze = app.add_subcommand("analyze", "Analyse articles and print the report");
  std::string format = "json";
  std::string date;
  std::string offsets = "codepoint";
  std::vector<std::string> files;
  bool pretty = false;
  analyze->add_option("--format", format, "Report format")
      ->check(CLI::IsMember({"json", "text"}))
      ->capture_default_str();
  analyze->add_option("--date", date, "Reference date YYYY-MM-DD for articles without their own");
  analyze->add_option("--offsets", offsets, "Offset unit in the JSON report")
      ->check(CLI::IsMember({"codepoint", "utf16", "byte"}))
      ->capture_default_str();
  analyze->add_flag("--pretty", pretty, "Indent the JSON report (larger; for reading)");
  analyze->add_option("files", files, "Article files (UTF-8 text); FILE@YYYY-MM-DD sets its date")
      ->required();

  CLI::App* batch = app.add_subcommand(
      "batch", "Analyse many clusters, one JSON line each, and print one report line each");
  parallax::cli::BatchOptions batch_options;
  batch_options.jobs = std::max(1u, std::thread::hardware_concurrency());
  std::string batch_offsets = "codepoint";
  batch->add_option("input", batch_options.input, "JSON Lines file, or - for standard input")
      ->capture_default_str();
  batch->add_option("-j,--jobs", batch_options.jobs, "Clusters analysed at once")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  batch->add_option("--date", batch_options.reference_date,
                    "Reference date YYYY-MM-DD for clusters without their own reference_date");
  batch->add_option("--offsets", batch_offsets, "Offset unit in the JSON reports")
      ->check(CLI::IsMember({"codepoint", "utf16", "byte"}))
      ->capture_default_str();
  batch
      ->add_option("--first-line", batch_options.first_line,
                   "Number of the input's first line, in error lines (for a chunk of a larger "
                   "input)")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  if (*batch) {
    if (!batch_options.reference_date.empty() &&
        !looks_like_iso_date(batch_options.reference_date)) {
      std::cerr << "parallax: --date wants YYYY-MM-DD, got '" << batch_options.reference_date
                << "'\n";
      return 2;
    }
    batch_options.unit = parallax::cli::offset_unit(batch_offsets);
    return parallax::cli::run_batch(batch_options);
  }
  if (!date.empty() && !looks_like_iso_date(date)) {
    std::cerr << "parallax: --date wants YYYY-MM-DD, got '" << date << "'\n";
    return 2;
  }

  std::vector<parallax::Document> documents;
  for (const std::string& arg : files) {
    parallax::Document doc;
    std::string path, error;
    split_file_date(arg, path, doc.published);
    if (!read_file(path, doc.text, error)) {
      std::cerr << "parallax: " << path << ": " << error << "\n";
      return 2;
    }
    doc.name = std::filesystem::path(path).filename().string();
    if (parallax::cli::refuse_document(doc)) {
      std::cerr << "parallax: " << path << ": binary file (holds NUL bytes); refused\n";
      return 2;
    }
    documents.push_back(std::move(doc));
  }

#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
  constexpr size_t kHeapPerInputByte = 12;
  size_t input_bytes = 0;
  for (const parallax::Document& d : documents) input_bytes += d.text.size();
  advise_huge_heap(input_bytes * kHeapPerInputByte);
#endif
  parallax::Options options;
  options.reference_date = date;
  // The texts are not needed after this: the analysis takes them rather than a copy. The
  // analysis is never freed: the process ends once the report is written, and freeing
  // its hundreds of thousands of strings and lists one by one was 1% of a large run
  // (held by a static, so a leak checker sees it reachable; volatile, so that the store
  // into it is not optimised away).
  static const parallax::Analysis* volatile kept = nullptr;
  kept = new parallax::Analysis(parallax::analyze(std::move(documents), options));
  const parallax::Analysis& analysis = *kept;
  for (const auto& w : analysis.warnings) std::cerr << "parallax: warning: " << w.message << "\n";
  if (!analysis.ok) {
    std::cerr << "parallax: " << analysis.error << "\n";
    return 2;
  }
  if (format == "text") {
    std::cout << parallax::to_text(analysis);
  } else {
    const parallax::OffsetUnit unit = parallax::cli::offset_unit(offsets);
    if (pretty) {
      const std::string report = parallax::to_json(analysis, unit, parallax::JsonLayout::kIndented);
      std::fwrite(report.data(), 1, report.size(), stdout);
    } else {
      // Written as it is made, a megabyte at a time: the report is several times the
      // input's size, and is never held whole.
      parallax::write_json(analysis, unit, [](std::string_view piece) {
        std::fwrite(piece.data(), 1, piece.size(), stdout);
      });
    }
    std::fputc('\n', stdout);
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
      std::cerr << "parallax: writing the report failed\n";
      return 2;
    }
  }
  return 0;
}
