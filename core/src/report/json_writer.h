// Writing JSON straight into one growing string: the report writer's pieces.
//
// No tree of values is built: each value is appended where it goes, strings escaped in one
// pass, integers by std::to_chars, and offsets converted by a forward cursor per document.
//
//   std::string out;
//   parallax::json::Writer w(out);
//   w.begin_object(); w.key("id"); w.string("n1"); w.key("start"); w.uint(12); w.end_object();
//   // out == R"({"id":"n1","start":12})"
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "parallax/offsets.h"

namespace parallax::json {

// Appends `s` as a JSON string (with its quotes). Escapes `"`, `\` and control characters
// (\b \f \n \r \t, others as \u00XX); other bytes pass through as UTF-8. Invalid UTF-8 is
// replaced by U+FFFD, one per maximal invalid subsequence (as nlohmann's dump with
// error_handler_t::replace does), so the output is always valid JSON.
void append_string(std::string& out, std::string_view s);

// Appends a finite double as nlohmann::json prints it (shortest round-trip digits; an
// integral value keeps ".0": 3000 -> "3000.0"); NaN and infinities print as null.
void append_double(std::string& out, double v);

void append_uint(std::string& out, uint64_t v);
void append_int(std::string& out, int64_t v);

// A compact JSON writer: separators are "," and ":" with no whitespace. The caller keeps
// the structure well formed (keys only inside objects, begin/end paired).
class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  // A key that needs no escaping (the report's own field names).
  void key(std::string_view k) {
    comma();
    out_ += '"';
    out_ += k;
    out_ += "\":";
    need_comma_ = false;
  }

  void string(std::string_view s) {
    comma();
    append_string(out_, s);
  }
  // An empty string is written as null (the report's optional strings).
  void string_or_null(std::string_view s) {
    if (s.empty())
      null();
    else
      string(s);
  }
  // A string assembled from a literal prefix and a 1-based index: "n12", "qt3".
  void id(std::string_view prefix, uint64_t index) {
    comma();
    out_ += '"';
    out_ += prefix;
    append_uint(out_, index);
    out_ += '"';
  }
  void null() { raw("null"); }
  void boolean(bool b) { raw(b ? "true" : "false"); }
  void uint(uint64_t v) {
    comma();
    append_uint(out_, v);
  }
  void integer(int64_t v) {
    comma();
    append_int(out_, v);
  }
  void number(double v) {
    comma();
    append_double(out_, v);
  }
  void optional_number(const std::optional<double>& v) {
    if (v)
      number(*v);
    else
      null();
  }
  // Text that is already JSON (a literal).
  void raw(std::string_view json) {
    comma();
    out_ += json;
  }

 private:
  void comma() {
    if (need_comma_) out_ += ',';
    need_comma_ = true;
  }
  void open(char c) {
    comma();
    out_ += c;
    need_comma_ = false;
  }
  void close(char c) {
    out_ += c;
    need_comma_ = true;
  }

  std::string& out_;
  bool need_comma_ = false;
};

// Converts byte offsets of one text into code points or UTF-16 units, cheapest when asked in
// ascending order (one forward pass over the text for a sorted list): it counts from the
// last offset asked, forwards or back, or from the map's nearest checkpoint when closer.
// The map (and its text) must outlive the cursor.
class OffsetCursor {
 public:
  OffsetCursor(const OffsetMap& map, std::string_view text, OffsetUnit unit)
      : map_(&map), text_(text), unit_(unit) {}
  uint32_t to(uint32_t byte_offset);

 private:
  const OffsetMap* map_;
  std::string_view text_;
  OffsetUnit unit_;
  uint32_t byte_ = 0;   // the last offset asked
  uint32_t units_ = 0;  // its value in unit_
};

}  // namespace parallax::json
