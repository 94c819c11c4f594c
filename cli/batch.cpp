// `parallax batch`: a reader thread reads lines into a window of at most 2 × jobs slots,
// `jobs` worker threads each take the oldest unclaimed slot, parse and analyse it and write
// its output line into it, and the calling thread writes the slots out in input order as
// each front slot is done. Every slot's output depends on its line alone, so the output is
// the same bytes whatever the number of jobs.
#include "batch.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <filesystem>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>
#include <vector>

#include "common.h"

namespace parallax::cli {

namespace {

using Json = nlohmann::ordered_json;

// A line longer than this is skipped unread rather than held: no cluster within the core's
// limit of 64 MiB of text in all needs four times that much JSON.
constexpr size_t kMaxLineBytes = size_t{256} << 20;

// One input line on its way through: read, analysed, written.
struct Slot {
  size_t line = 0;         // its number in the input
  size_t input_bytes = 0;  // bytes it took in the input, for the progress rate
  std::string input;       // the line itself (freed once parsed)
  bool too_long = false;   // over kMaxLineBytes: `input` was not kept
  // Written by the worker that claims the slot.
  std::string output;  // the report or the error line, with its newline
  std::vector<std::string> warnings;
  bool failed = false;
  bool done = false;  // set under the lock once the fields above are final
};

// Reads lines from a file descriptor. read(2), not stdio, so that a line is handed on as
// soon as it arrives on a pipe rather than when a buffer is full.
class LineReader {
 public:
  explicit LineReader(int fd) : fd_(fd), buffer_(size_t{1} << 20) {}

  // The next line into `line` (without its newline), or false at the end of the input.
  // A line of more than `cap` bytes is not kept: `too_long` is set and `line` left empty.
  // `consumed` is the bytes the line took, newline included.
  bool next(std::string& line, size_t cap, bool& too_long, size_t& consumed) {
    line.clear();
    too_long = false;
    consumed = 0;
    bool any = false;
    for (;;) {
      if (pos_ == end_ && !fill()) return any;
      any = true;
      const char* start = buffer_.data() + pos_;
      const auto* newline = static_cast<const char*>(std::memchr(start, '\n', end_ - pos_));
      const size_t n = newline ? static_cast<size_t>(newline - start) : end_ - pos_;
      if (!too_long && line.size() + n > cap) {
        too_long = true;
        std::string().swap(line);
      }
      if (!too_long) line.append(start, n);
      consumed += n;
      pos_ += n;
      if (newline) {
        ++pos_;
        ++consumed;
        return true;
      }
    }
  }

  bool failed() const { return failed_; }

 private:
  bool fill() {
    if (eof_) return false;
    ssize_t n;
    do n = ::read(fd_, buffer_.data(), buffer_.size());
    while (n < 0 && errno == EINTR);
    if (n <= 0) {
      failed_ = n < 0;
      eof_ = true;
      return false;
    }
    pos_ = 0;
    end_ = static_cast<size_t>(n);
    return true;
  }

  int fd_;
  std::vector<char> buffer_;
  size_t pos_ = 0, end_ = 0;
  bool eof_ = false, failed_ = false;
};

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

// nlohmann's messages start with "[json.exception.parse_error.101] "; the rest says where.
std::string parse_message(const char* what) {
  std::string_view m(what);
  if (m.rfind("[json.exception", 0) == 0) {
    const size_t close = m.find("] ");
    if (close != std::string_view::npos) m.remove_prefix(close + 2);
  }
  return std::string(m);
}

// A string field that may be absent or null (""), or why it is neither that nor a string.
std::optional<std::string> string_field(Json& object, const char* key, std::string& value) {
  value.clear();
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return std::nullopt;
  if (!it->is_string()) return std::string(key) + " must be a string";
  value = std::move(it->get_ref<std::string&>());
  return std::nullopt;
}

// The line's cluster as the core's input, read the way `analyze` reads its files and
// options: document name as given (the report's id is it without its extension), its own
// publication date if any, the cluster's reference date else --date. Returns why the line
// is refused, if it is.
std::optional<std::string> read_cluster(Json& line, const BatchOptions& batch,
                                        std::vector<Document>& documents, Options& options) {
  options.reference_date = batch.reference_date;
  std::string date;
  if (auto why = string_field(line, "reference_date", date)) return why;
  if (!date.empty()) {
    if (!looks_like_iso_date(date)) return "reference_date wants YYYY-MM-DD, got '" + date + "'";
    options.reference_date = date;
  }
  const auto list = line.find("documents");
  if (list == line.end() || !list->is_array())
    return std::string(
        "missing documents: a line wants \"documents\": [{\"name\", \"text\", "
        "\"published\"}, ...]");
  if (list->empty()) return std::string("no documents");
  documents.reserve(list->size());
  size_t k = 0;
  for (Json& d : *list) {
    const std::string which = "document " + std::to_string(++k);
    if (!d.is_object()) return which + " is not an object";
    Document doc;
    if (auto why = string_field(d, "name", doc.name)) return which + ": " + *why;
    // A document without a name is named as the page names it.
    if (doc.name.empty()) doc.name = "article-" + std::to_string(k);
    const auto text = d.find("text");
    if (text == d.end() || !text->is_string())
      return which + " ('" + doc.name + "') has no text string";
    doc.text = std::move(text->get_ref<std::string&>());
    if (auto why = string_field(d, "published", doc.published)) return which + ": " + *why;
    if (!doc.published.empty() && !looks_like_iso_date(doc.published))
      return which + " ('" + doc.name + "'): published wants YYYY-MM-DD, got '" + doc.published +
             "'";
    if (auto why = refuse_document(doc)) return why;
    documents.push_back(std::move(doc));
  }
  return std::nullopt;
}

std::string dump(const Json& j) {
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// Parses, analyses and reports one line into its slot.
void process(Slot& slot, const BatchOptions& batch) {
  Json id = nullptr;
  auto fail = [&](const std::string& message) {
    Json error;
    error["id"] = id;
    error["line"] = slot.line;
    error["error"] = message;
    slot.output = dump(error) + "\n";
    slot.failed = true;
  };
  if (slot.too_long) {
    fail("the line is over " + std::to_string(kMaxLineBytes >> 20) + " MiB; it was skipped unread");
    return;
  }
  Json line;
  try {
    line = Json::parse(slot.input);
  } catch (const Json::exception& e) {
    std::string().swap(slot.input);
    fail("invalid JSON: " + parse_message(e.what()));
    return;
  }
  std::string().swap(slot.input);  // the parsed line holds the texts now
  if (!line.is_object()) {
    fail("a line must be a JSON object {\"id\", \"reference_date\", \"documents\"}");
    return;
  }
  if (const auto it = line.find("id"); it != line.end()) id = *it;

  std::vector<Document> documents;
  Options options;
  if (auto why = read_cluster(line, batch, documents, options)) {
    fail(*why);
    return;
  }
  line = nullptr;
  std::string report;
  {
    // The texts are not needed after this: the analysis takes them rather than a copy.
    const Analysis analysis = analyze(std::move(documents), options);
    for (const Warning& w : analysis.warnings) slot.warnings.push_back(w.message);
    if (!analysis.ok) {
      fail(analysis.error);
      return;
    }
    report = to_json(analysis, batch.unit, JsonLayout::kCompact);
  }
  // The report is an object: the id goes in front of its first field.
  const std::string head = "{\"id\":" + dump(id) + (report.size() > 2 ? "," : "");
  slot.output.reserve(head.size() + report.size() + 1);
  slot.output = head;
  slot.output.append(report, 1);
  slot.output += '\n';
}

// Clusters done and the input rate, rewritten in place on a terminal's standard error.
class Progress {
 public:
  explicit Progress(bool shown) : shown_(shown), start_(Clock::now()), last_(start_) {}

  void add(size_t bytes) {
    ++clusters_;
    bytes_ += bytes;
    if (!shown_) return;
    const auto now = Clock::now();
    if (now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    print(now);
  }
  // Before a warning: the progress line is cleared so the warning starts a line of its own.
  void clear() {
    if (shown_ && printed_) std::fputs("\r\x1b[K", stderr);
  }
  void finish() {
    if (!shown_) return;
    print(Clock::now());
    std::fputc('\n', stderr);
  }

 private:
  using Clock = std::chrono::steady_clock;
  void print(Clock::time_point now) {
    const double seconds = std::chrono::duration<double>(now - start_).count();
    const double mb = static_cast<double>(bytes_) / 1048576.0;  // MB as the benchmarks count it
    std::fprintf(stderr, "\r\x1b[Kparallax batch: %zu clusters, %.1f MB/s", clusters_,
                 seconds > 0 ? mb / seconds : 0.0);
    printed_ = true;
  }

  bool shown_;
  bool printed_ = false;
  Clock::time_point start_, last_;
  size_t clusters_ = 0, bytes_ = 0;
};

class Pipeline {
 public:
  Pipeline(const BatchOptions& options, int fd)
      : options_(options), reader_(fd), window_size_(size_t{2} * options.jobs) {}

  int run() {
    std::thread reading([this] { read_all(); });
    std::vector<std::thread> workers;
    for (unsigned i = 0; i < options_.jobs; ++i) workers.emplace_back([this] { work(); });
    const bool any_failed = write_all();
    reading.join();
    for (std::thread& t : workers) t.join();
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
      std::fprintf(stderr, "parallax: writing the reports failed: %s\n", std::strerror(errno));
      return 2;
    }
    if (reader_.failed()) {
      std::fprintf(stderr, "parallax: %s: read failed\n", options_.input.c_str());
      return 2;
    }
    return any_failed ? 1 : 0;
  }

 private:
  void read_all() {
    size_t line = options_.first_line - 1;
    for (;;) {
      {
        std::unique_lock lock(mutex_);
        space_.wait(lock, [&] { return window_.size() < window_size_; });
      }
      auto slot = std::make_unique<Slot>();
      if (!reader_.next(slot->input, kMaxLineBytes, slot->too_long, slot->input_bytes)) break;
      slot->line = ++line;
      if (!slot->input.empty() && slot->input.back() == '\r') slot->input.pop_back();
      if (!slot->too_long && is_blank(slot->input)) continue;  // blank lines are skipped
      std::lock_guard lock(mutex_);
      window_.push_back(std::move(slot));
      work_.notify_one();
    }
    std::lock_guard lock(mutex_);
    input_ended_ = true;
    work_.notify_all();
    ready_.notify_all();
  }

  void work() {
    std::unique_lock lock(mutex_);
    for (;;) {
      work_.wait(lock, [&] { return next_claim_ < window_end() || input_ended_; });
      if (next_claim_ == window_end()) return;  // the input ended and every slot is claimed
      Slot& slot = *window_[next_claim_ - front_];
      ++next_claim_;
      lock.unlock();
      process(slot, options_);
      lock.lock();
      slot.done = true;
      if (&slot == window_.front().get()) ready_.notify_one();
    }
  }

  // Writes the slots in input order; returns whether any line failed.
  bool write_all() {
    Progress progress(isatty(STDERR_FILENO) != 0);
    bool any_failed = false;
    std::unique_lock lock(mutex_);
    for (;;) {
      ready_.wait(lock, [&] {
        return (!window_.empty() && window_.front()->done) || (input_ended_ && window_.empty());
      });
      if (window_.empty()) break;
      std::unique_ptr<Slot> slot = std::move(window_.front());
      window_.pop_front();
      ++front_;
      space_.notify_one();
      const bool more_ready = !window_.empty() && window_.front()->done;
      lock.unlock();
      if (!slot->warnings.empty()) progress.clear();
      for (const std::string& w : slot->warnings)
        std::fprintf(stderr, "parallax: line %zu: warning: %s\n", slot->line, w.c_str());
      std::fwrite(slot->output.data(), 1, slot->output.size(), stdout);
      // Flushed whenever nothing else is ready, so a reader of a pipe sees each report soon.
      if (!more_ready) std::fflush(stdout);
      any_failed |= slot->failed;
      progress.add(slot->input_bytes);
      slot.reset();
      lock.lock();
    }
    lock.unlock();
    progress.finish();
    return any_failed;
  }

  size_t window_end() const { return front_ + window_.size(); }

  const BatchOptions& options_;
  LineReader reader_;
  const size_t window_size_;

  std::mutex mutex_;
  std::condition_variable space_;  // the reader waits for room in the window
  std::condition_variable work_;   // workers wait for a slot to claim, or the end
  std::condition_variable ready_;  // the writer waits for the front slot, or the end
  std::deque<std::unique_ptr<Slot>> window_;
  size_t front_ = 0;       // input slot number (blank lines not counted) of window_.front()
  size_t next_claim_ = 0;  // the slot number the next worker claims
  bool input_ended_ = false;
};

}  // namespace

int run_batch(const BatchOptions& options) {
  int fd = STDIN_FILENO;
  if (options.input != "-") {
    std::error_code ec;
    if (!std::filesystem::exists(options.input, ec)) {
      std::fprintf(stderr, "parallax: %s: no such file\n", options.input.c_str());
      return 2;
    }
    if (std::filesystem::is_directory(options.input, ec)) {
      std::fprintf(stderr, "parallax: %s: is a directory\n", options.input.c_str());
      return 2;
    }
    fd = ::open(options.input.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      std::fprintf(stderr, "parallax: %s: cannot be read\n", options.input.c_str());
      return 2;
    }
  }
  const int status = Pipeline(options, fd).run();
  if (fd != STDIN_FILENO) ::close(fd);
  return status;
}

}  // namespace parallax::cli
