// The WebAssembly binding: Parallax's front door for JavaScript.
//
//   const parallax = await createParallax();
//   const report = JSON.parse(parallax.analyze(
//       [{name: "a.txt", text: "...", published: "2024-10-23"}], {referenceDate: ""}));
//
// Offsets in the report count UTF-16 units, as JavaScript strings and DOM ranges do.
// Nothing is thrown across the boundary: a malformed call returns {"ok": false, "error": ...}.
// heapInUse() (bytes allocated and not freed) is there for the memory test.
#include <emscripten/bind.h>
#include <emscripten/val.h>
#include <malloc.h>

#include <string>
#include <vector>

#include "parallax/parallax.h"

namespace {

using emscripten::val;

std::string error_report(const std::string& message) {
  std::string escaped;
  for (char c : message) {
    if (c == '"' || c == '\\') escaped += '\\';
    escaped += (static_cast<unsigned char>(c) < 0x20) ? ' ' : c;
  }
  return "{\"ok\": false, \"error\": \"" + escaped + "\"}";
}

// Reads obj[key] as a string if it is one; anything else counts as empty.
std::string string_field(const val& obj, const char* key) {
  if (!obj.isUndefined() && !obj.isNull() && obj.hasOwnProperty(key)) {
    val field = obj[key];
    if (field.isString()) return field.as<std::string>();
  }
  return {};
}

std::string analyze(val documents, val options) {
  if (!documents.isArray()) return error_report("analyze() wants an array of documents");
  const unsigned count = documents["length"].as<unsigned>();
  std::vector<parallax::Document> docs;
  docs.reserve(count);
  for (unsigned i = 0; i < count; ++i) {
    val d = documents[i];
    if (d.typeOf().as<std::string>() != "object" || d.isNull())
      return error_report("document " + std::to_string(i + 1) + " is not an object");
    parallax::Document doc;
    doc.name = string_field(d, "name");
    if (doc.name.empty()) doc.name = "article-" + std::to_string(i + 1);
    doc.text = string_field(d, "text");
    doc.published = string_field(d, "published");
    docs.push_back(std::move(doc));
  }
  parallax::Options opts;
  if (options.typeOf().as<std::string>() == "object" && !options.isNull())
    opts.reference_date = string_field(options, "referenceDate");
  // The texts were copied out of JavaScript for this call: the analysis takes them.
  return parallax::to_json(parallax::analyze(std::move(docs), opts), parallax::OffsetUnit::kUtf16);
}

std::string version() { return parallax::version(); }

// Bytes the allocator has handed out and not had back; tests/wasm/memory.test.mjs checks
// that repeated analyses return everything they take.
double heap_in_use() { return static_cast<double>(mallinfo().uordblks); }

}  // namespace

EMSCRIPTEN_BINDINGS(parallax) {
  emscripten::function("analyze", &analyze);
  emscripten::function("version", &version);
  emscripten::function("heapInUse", &heap_in_use);
}
