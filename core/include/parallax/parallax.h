// Parallax: compares several news articles about one event.
//
// The front door. Give it documents, get back every number, date, quotation, entity
// and claim in each, grouped across documents, with the conflicts explained; write
// that out as the JSON report of ../shared/REPORT.md.
//
//   std::vector<parallax::Document> docs = {{"a.txt", text_a}, {"b.txt", text_b}};
//   parallax::Analysis result = parallax::analyze(docs, {});
//   std::cout << parallax::to_json(result, parallax::OffsetUnit::kCodePoint);
//
// analyze() never throws: bad input gives warnings (or, for input it refuses
// outright, `ok == false` with an `error`) and as much of a result as it can.
#pragma once

#include <cstddef>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/mentions.h"
#include "parallax/offsets.h"
#include "parallax/text.h"

namespace parallax {

struct Document {
  std::string name;       // file name or outlet; the report id is this without extension
  std::string text;       // raw bytes, expected UTF-8
  std::string published;  // "YYYY-MM-DD" if known, else empty
};

// Options and their defaults:
//
//   field               default     meaning
//   reference_date      ""          YYYY-MM-DD for documents with no date of their own
//   max_document_bytes  5 MiB       a larger document is refused (error, not analysed)
//   max_total_bytes     64 MiB      more than this in all is refused
//   max_documents       2000        more documents than this are refused
struct Options {
  std::string reference_date;
  size_t max_document_bytes = size_t{5} << 20;
  size_t max_total_bytes = size_t{64} << 20;
  size_t max_documents = 2000;
};

struct Warning {
  int32_t doc = -1;  // document index, or -1 for the whole analysis
  std::string message;
};

struct DocumentInfo {
  std::string id;  // name without extension, made unique
  std::string name;
  std::string published;         // the reference date used, "YYYY-MM-DD" or empty
  std::string published_source;  // "given", "option", "dateline", "latest-date", "other-documents"
  DocumentText text;
  // Who each sentence attributes what it says to (canonical name, "" if nobody), one per
  // sentence: the attribution resolver's result, kept for the compare stage.
  std::vector<std::string> sentence_sources;
};

// Two documents that share near-identical passages (wire copy, syndication): what one
// states, the other does not support independently.
struct CopyPair {
  uint32_t first = 0;
  uint32_t second = 0;
  uint32_t shared_sentences = 0;  // sentences of `first` found nearly verbatim in `second`
  double share = 0;               // shared sentences / sentences of the shorter document
};

struct Analysis {
  bool ok = true;
  std::string error;  // set when ok is false
  std::vector<Warning> warnings;
  std::vector<DocumentInfo> documents;
  std::vector<NumberMention> numbers;
  std::vector<DateMention> dates;
  std::vector<QuoteMention> quotes;
  std::vector<EntityMention> entities;
  std::vector<ClaimMention> claims;
  std::vector<Group> groups;
  std::vector<CopyPair> copies;
};

Analysis analyze(std::span<const Document> documents, const Options& options);
// The same analysis (the same report), for a caller that no longer needs the documents'
// texts: each text is taken (left empty) and becomes the analysis's own decoded copy, so the
// input is not held twice. Valid UTF-8 is moved, its line breaks rewritten in place if need
// be; only a text with invalid sequences is decoded into a new buffer. Names and dates are
// left as they are.
//
//   parallax::Analysis result = parallax::analyze(std::move(docs), {});
Analysis analyze(std::vector<Document>&& documents, const Options& options);

// How to_json lays the report out: compact on one line with no spaces (what `parallax
// analyze` prints, and one report a line for JSON Lines), or indented one space a level
// for reading (`--pretty`; slower: the compact text is parsed and laid out again). The two
// parse to the same JSON.
enum class JsonLayout { kIndented, kCompact };

// The report of ../shared/REPORT.md, offsets in `unit`.
std::string to_json(const Analysis& analysis, OffsetUnit unit,
                    JsonLayout layout = JsonLayout::kCompact);

// The same compact report, handed to `sink` in pieces of about a megabyte as it is written
// (their concatenation is what to_json returns): a caller writing to a file or a pipe never
// holds the whole report, which is several times the input's size.
//
//   parallax::write_json(result, parallax::OffsetUnit::kCodePoint,
//                        [](std::string_view piece) { std::fwrite(piece.data(), 1, piece.size(),
//                        stdout); });
void write_json(const Analysis& analysis, OffsetUnit unit,
                const std::function<void(std::string_view)>& sink);

// A short human summary (the CLI's --format text).
std::string to_text(const Analysis& analysis);

// The version of the core, for --version and the page footer.
const char* version();

}  // namespace parallax
