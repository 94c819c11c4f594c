// Writing JSON straight into one growing string: the report writer's pieces.
//
// No tree of values is built: each value is written where it goes, into a buffer grown
// ahead (small pieces are plain stores, not string appends), strings escaped in one pass,
// integers by std::to_chars, and offsets converted by a forward cursor per document.
//
//   std::string out;
//   parallax::json::Writer w(out);
//   w.begin_object(); w.key("id"); w.string("n1"); w.key("start"); w.uint(12); w.end_object();
//   w.finish();  // out == R"({"id":"n1","start":12})"
#pragma once

#include <charconv>
#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
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
// the structure well formed (keys only inside objects, begin/end paired) and calls
// finish() (or lets the writer go) to trim the string to what was written.
//
// With a sink, the writer streams: `out` is only a window of about `kStreamChunk` bytes,
// handed to the sink whenever it fills and at finish(), so a report many times the
// input's size is never held (nor its memory zeroed and faulted in) at once.
class Writer {
 public:
  using Sink = std::function<void(std::string_view)>;
  static constexpr size_t kStreamChunk = size_t{1} << 20;

  explicit Writer(std::string& out) : out_(out), len_(out.size()) {}
  Writer(std::string& out, Sink sink) : out_(out), len_(out.size()), sink_(std::move(sink)) {}
  ~Writer() { finish(); }
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  void finish() {
    if (sink_ && len_ > 0) {
      sink_(std::string_view(out_.data(), len_));
      len_ = 0;
    }
    out_.resize(len_);
  }

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  // A key given as a literal (the report's field names): the same as key(string_view), with
  // its length known where it is written, so the copy is a few stores instead of a call
  // to memcpy (a report writes some eight keys per mention).
  template <size_t N>
  void key(const char (&k)[N]) {
    constexpr size_t n = N - 1;
    char* p = room(n + 4);
    if (need_comma_) *p++ = ',';
    *p++ = '"';
    std::memcpy(p, k, n);
    p += n;
    *p++ = '"';
    *p++ = ':';
    end(p);
    need_comma_ = false;
  }
  // A key that needs no escaping (the report's own field names, literals).
  void key(std::string_view k) {
    char* p = room(k.size() + 4);
    if (need_comma_) *p++ = ',';
    *p++ = '"';
    std::memcpy(p, k.data(), k.size());
    p += k.size();
    *p++ = '"';
    *p++ = ':';
    end(p);
    need_comma_ = false;
  }

  void string(std::string_view s) {
    comma();
    put_string(s);
  }
  // An empty string is written as null (the report's optional strings).
  void string_or_null(std::string_view s) {
    if (s.empty())
      null();
    else
      string(s);
  }
  // A string that needs no escaping (a literal of the report: an enum's name).
  void literal_string(std::string_view s) {
    char* p = room(s.size() + 3);
    if (need_comma_) *p++ = ',';
    *p++ = '"';
    std::memcpy(p, s.data(), s.size());
    p += s.size();
    *p++ = '"';
    end(p);
    need_comma_ = true;
  }
  // A string assembled from a literal prefix and an index: "n12", "qt3".
  void id(std::string_view prefix, uint64_t index) {
    char* p = room(prefix.size() + 24);
    if (need_comma_) *p++ = ',';
    *p++ = '"';
    std::memcpy(p, prefix.data(), prefix.size());
    p += prefix.size();
    p = std::to_chars(p, p + 20, index).ptr;
    *p++ = '"';
    end(p);
    need_comma_ = true;
  }
  void null() { raw("null"); }
  void boolean(bool b) { raw(b ? std::string_view("true") : std::string_view("false")); }
  void uint(uint64_t v) {
    char* p = room(21);
    if (need_comma_) *p++ = ',';
    end(std::to_chars(p, p + 20, v).ptr);
    need_comma_ = true;
  }
  void integer(int64_t v) {
    char* p = room(22);
    if (need_comma_) *p++ = ',';
    end(std::to_chars(p, p + 21, v).ptr);
    need_comma_ = true;
  }
  void number(double v);
  void optional_number(const std::optional<double>& v) {
    if (v)
      number(*v);
    else
      null();
  }
  // Text that is already JSON (a literal).
  void raw(std::string_view json) {
    char* p = room(json.size() + 1);
    if (need_comma_) *p++ = ',';
    std::memcpy(p, json.data(), json.size());
    end(p + json.size());
    need_comma_ = true;
  }

  // The string `s` with its quotes, escaped; no separator.
  void put_string(std::string_view s);
  // A double as nlohmann prints it; no separator.
  void put_double(double v);

 private:
  // At least n writable bytes at the end of what is written.
  char* room(size_t n) {
    if (out_.size() - len_ < n) grow(n);
    return out_.data() + len_;
  }
  void grow(size_t n);
  void end(const char* p) { len_ = static_cast<size_t>(p - out_.data()); }
  void comma() {
    if (need_comma_) {
      *room(1) = ',';
      ++len_;
    }
    need_comma_ = true;
  }
  void open(char c) {
    char* p = room(2);
    if (need_comma_) *p++ = ',';
    *p++ = c;
    end(p);
    need_comma_ = false;
  }
  void close(char c) {
    *room(1) = c;
    ++len_;
    need_comma_ = true;
  }

  std::string& out_;  // written up to len_; the rest is room, trimmed by finish()
  size_t len_;
  bool need_comma_ = false;
  Sink sink_;  // empty: out_ holds the whole report
};

// Converts byte offsets of one text into code points or UTF-16 units, cheapest when asked in
// ascending order (one forward pass over the text for a sorted list): it counts on from the
// last offset asked, eight bytes at a time. A jump back of more than a few bytes counts from
// the start when that is near, else from the checkpoints of an OffsetMap built the first
// time one is needed. The text must outlive the cursor.
class OffsetCursor {
 public:
  OffsetCursor(std::string_view text, OffsetUnit unit) : text_(text), unit_(unit) {}
  uint32_t to(uint32_t byte_offset);
  // Back to the start of the text (for the next list); keeps the map if one was built.
  void rewind() { byte_ = units_ = 0; }

 private:
  std::string_view text_;
  OffsetUnit unit_;
  uint32_t byte_ = 0;   // the last offset asked
  uint32_t units_ = 0;  // its value in unit_
  std::unique_ptr<OffsetMap> map_;
};

}  // namespace parallax::json
