// The wasm side of scripts/bench: the stages parallax_bench times natively, exported to node
// so both run on the same corpora (build/bench/corpus/*.json) with the same code.
//
//   const m = await createParallaxBench();
//   m.setCorpus(docs);            // [{name, text}]: decoded and segmented once, not timed
//   m.run("numbers");             // one pass of a stage over the corpus; returns a count
//
// Stages: segment, numbers, dates, quotes (entities + attribution + quotes), full (analyze),
// analysis (analyze, kept) and report (to_json of the kept analysis, UTF-16 offsets as the
// shipped module writes them; returns the report's length).
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>
#include <vector>

#include "extract/attribution.h"
#include "extract/dates.h"
#include "extract/entities.h"
#include "extract/numbers.h"
#include "extract/quotes.h"
#include "extract/words.h"
#include "parallax/parallax.h"

namespace {

std::vector<parallax::Document> docs;
std::vector<parallax::DocumentText> texts;
parallax::Analysis kept;  // the last "analysis" stage's result, for "report"

void set_corpus(emscripten::val array) {
  docs.clear();
  texts.clear();
  const unsigned count = array["length"].as<unsigned>();
  for (unsigned i = 0; i < count; ++i) {
    emscripten::val d = array[i];
    docs.push_back({d["name"].as<std::string>(), d["text"].as<std::string>(), ""});
  }
  for (const auto& d : docs) texts.push_back(parallax::segment(parallax::decode_utf8(d.text).text));
}

double run(std::string stage) {
  size_t found = 0;
  if (stage == "segment") {
    for (const auto& d : docs)
      found += parallax::segment(parallax::decode_utf8(d.text).text).sentences.size();
  } else if (stage == "numbers") {
    for (const auto& t : texts) found += parallax::extract_numbers(t, 0).size();
  } else if (stage == "dates") {
    const auto reference = parallax::parse_iso_date("2024-10-23");
    for (const auto& t : texts) found += parallax::extract_dates(t, 0, reference).size();
  } else if (stage == "quotes") {
    for (const auto& t : texts) {
      // Folded once, as the pipeline does (and as each of the other stage benchmarks does).
      const parallax::words::FoldedTokens folded(t);
      auto entities = parallax::extract_entities(t, 0, folded);
      auto attributions = parallax::resolve_attribution(t, entities, folded);
      found += entities.size() + parallax::extract_quotes(t, 0, attributions, entities).size();
    }
  } else if (stage == "full" || stage == "analysis") {
    parallax::Options options;
    options.reference_date = "2024-10-23";
    options.max_documents = 100000;
    options.max_total_bytes = size_t{256} << 20;
    parallax::Analysis a = parallax::analyze(docs, options);
    found = a.documents.size();
    if (stage == "analysis") kept = std::move(a);
  } else if (stage == "report") {
    found = parallax::to_json(kept, parallax::OffsetUnit::kUtf16).size();
  }
  return static_cast<double>(found);
}

}  // namespace

EMSCRIPTEN_BINDINGS(parallax_bench) {
  emscripten::function("setCorpus", &set_corpus);
  emscripten::function("run", &run);
}
