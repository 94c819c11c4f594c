// The one place that turns an Analysis into the report of ../shared/REPORT.md, with
// offsets converted to the caller's unit.
//
// The report is written straight into one string (json_writer.h): no tree of values, each
// field appended in place, offsets converted by one forward cursor per document and list.
// Field order is the order the report has always had.
#include <cmath>
#include <nlohmann/json.hpp>
#include <sstream>

#include "parallax/parallax.h"
#include "report/json_writer.h"

namespace parallax {

namespace {

constexpr const char* kGroupPrefix[] = {"q", "e", "u", "c"};
constexpr const char* kMemberPrefix[] = {"n", "d", "qt", "cl"};

class ReportWriter {
 public:
  ReportWriter(const Analysis& a, OffsetUnit unit, std::string& out)
      : ReportWriter(a, unit, out, {}) {}
  ReportWriter(const Analysis& a, OffsetUnit unit, std::string& out, json::Writer::Sink sink)
      : a_(a), unit_(unit), w_(out, std::move(sink)) {
    cursors_.reserve(a.documents.size());
    doc_ids_.reserve(a.documents.size());
    for (const DocumentInfo& d : a.documents) {
      cursors_.emplace_back(d.text.text, unit);
      json::append_string(doc_ids_.emplace_back(), d.id);  // escaped once, written per mention
    }
    group_numbers_.reserve(a.groups.size());
    uint32_t counters[4] = {0, 0, 0, 0};
    for (const Group& g : a.groups) group_numbers_.push_back(++counters[static_cast<int>(g.kind)]);
  }

  void write() {
    w_.begin_object();
    w_.key("parallax");
    w_.string(version());
    w_.key("ok");
    w_.boolean(a_.ok);
    if (!a_.ok) {
      w_.key("error");
      w_.string(a_.error);
    }
    w_.key("offsets");
    w_.literal_string(unit_ == OffsetUnit::kUtf16       ? "utf16"
                      : unit_ == OffsetUnit::kCodePoint ? "codepoint"
                                                        : "byte");
    w_.key("warnings");
    w_.begin_array();
    for (const Warning& wn : a_.warnings) {
      w_.begin_object();
      w_.key("doc");
      if (wn.doc < 0)
        w_.null();
      else
        w_.string(a_.documents.at(static_cast<size_t>(wn.doc)).id);
      w_.key("message");
      w_.string(wn.message);
      w_.end_object();
    }
    w_.end_array();

    w_.key("documents");
    w_.begin_array();
    for (size_t i = 0; i < a_.documents.size(); ++i) document(i);
    w_.end_array();

    numbers();
    dates();
    quotes();
    claims();
    entities();
    groups();
    copies();
    w_.end_object();
  }

 private:
  // One cursor per document, rewound for each list: a list is sorted by position within a
  // document, so its offsets are converted in one forward pass per document.
  void reset_cursors() {
    for (json::OffsetCursor& c : cursors_) c.rewind();
  }

  void group_ref(int32_t group) {
    if (group < 0) {
      w_.null();
      return;
    }
    const auto g = static_cast<size_t>(group);
    w_.id(kGroupPrefix[static_cast<int>(a_.groups[g].kind)], group_numbers_[g]);
  }

  // The fields every mention shares: id, doc, start, end, text.
  void mention(const char* prefix, size_t index, uint32_t doc, Span span) {
    const DocumentInfo& d = a_.documents[doc];
    json::OffsetCursor& cursor = cursors_[doc];
    w_.key("id");
    w_.id(prefix, index + 1);
    w_.key("doc");
    w_.raw(doc_ids_[doc]);
    w_.key("start");
    w_.uint(cursor.to(span.begin));
    w_.key("end");
    w_.uint(cursor.to(span.end));
    w_.key("text");
    w_.string(d.text.slice(span));
  }

  void document(size_t i) {
    const DocumentInfo& d = a_.documents[i];
    json::OffsetCursor& cursor = cursors_[i];
    w_.begin_object();
    w_.key("id");
    w_.string(d.id);
    w_.key("name");
    w_.string(d.name);
    w_.key("published");
    w_.string_or_null(d.published);
    w_.key("published_source");
    w_.string_or_null(d.published_source);
    w_.key("length");
    w_.uint(cursor.to(static_cast<uint32_t>(d.text.text.size())));
    cursor.rewind();
    // Spans as short arrays, not objects: a 5 KB article has about 80 of them, and as
    // objects they took half a byte of report per byte of input.
    w_.key("paragraph_spans");
    w_.begin_array();
    for (const Paragraph& p : d.text.paragraphs) {
      w_.begin_array();
      w_.uint(cursor.to(p.span.begin));
      w_.uint(cursor.to(p.span.end));
      if (p.is_furniture()) w_.literal_string(furniture_name(p.furniture));
      w_.end_array();
    }
    w_.end_array();
    w_.key("sentence_spans");
    w_.begin_array();
    for (const Sentence& s : d.text.sentences) {
      w_.begin_array();
      w_.uint(cursor.to(s.span.begin));
      w_.uint(cursor.to(s.span.end));
      w_.uint(s.paragraph);
      w_.end_array();
    }
    w_.end_array();
    w_.key("headline_sentences");
    w_.begin_array();
    for (size_t k = 0; k < d.text.sentences.size(); ++k)
      if (d.text.sentences[k].headline) w_.uint(k);
    w_.end_array();
    w_.end_object();
  }

  void numbers() {
    reset_cursors();
    w_.key("numbers");
    w_.begin_array();
    for (size_t i = 0; i < a_.numbers.size(); ++i) {
      const NumberMention& n = a_.numbers[i];
      w_.begin_object();
      mention("n", i, n.doc, n.span);
      w_.key("value");
      w_.optional_number(n.value);
      w_.key("low");
      w_.optional_number(n.low);
      w_.key("high");
      w_.optional_number(n.high);
      w_.key("kind");
      w_.literal_string(number_kind_name(n.kind));
      w_.key("unit");
      w_.string_or_null(n.unit);
      w_.key("qualifier");
      w_.literal_string(qualifier_name(n.qualifier));
      w_.key("source");
      w_.string_or_null(n.source);
      w_.key("group");
      group_ref(n.group);
      w_.end_object();
    }
    w_.end_array();
  }

  void dates() {
    reset_cursors();
    w_.key("dates");
    w_.begin_array();
    for (size_t i = 0; i < a_.dates.size(); ++i) {
      const DateMention& d = a_.dates[i];
      w_.begin_object();
      mention("d", i, d.doc, d.span);
      w_.key("resolved");
      w_.string_or_null(d.resolved);
      if (d.is_time) {
        w_.key("time");
        w_.boolean(true);
      }
      if (d.weekday_conflict) {
        w_.key("conflict");
        w_.boolean(true);
      }
      if (!d.range_from.empty()) {
        w_.key("range");
        w_.begin_object();
        w_.key("from");
        w_.string(d.range_from);
        w_.key("to");
        w_.string(d.range_to);
        w_.end_object();
      }
      if (!d.note.empty()) {
        w_.key("note");
        w_.string(d.note);
      }
      w_.key("group");
      group_ref(d.group);
      w_.end_object();
    }
    w_.end_array();
  }

  void quotes() {
    reset_cursors();
    w_.key("quotes");
    w_.begin_array();
    for (size_t i = 0; i < a_.quotes.size(); ++i) {
      const QuoteMention& q = a_.quotes[i];
      w_.begin_object();
      mention("qt", i, q.doc, q.span);
      w_.key("speaker");
      w_.string_or_null(q.speaker);
      w_.key("group");
      if (q.groups.empty()) {
        w_.null();
      } else if (q.groups.size() == 1) {
        group_ref(q.groups[0]);
      } else {
        w_.begin_array();
        for (int32_t g : q.groups) group_ref(g);
        w_.end_array();
      }
      w_.end_object();
    }
    w_.end_array();
  }

  void claims() {
    reset_cursors();
    w_.key("claims");
    w_.begin_array();
    for (size_t i = 0; i < a_.claims.size(); ++i) {
      const ClaimMention& c = a_.claims[i];
      w_.begin_object();
      mention("cl", i, c.doc, c.span);
      w_.key("group");
      group_ref(c.group);
      w_.key("support");
      w_.uint(c.support);
      w_.end_object();
    }
    w_.end_array();
  }

  void entities() {
    reset_cursors();
    w_.key("entities");
    w_.begin_array();
    for (size_t i = 0; i < a_.entities.size(); ++i) {
      const EntityMention& e = a_.entities[i];
      w_.begin_object();
      mention("ent", i, e.doc, e.span);
      w_.key("type");
      w_.literal_string(entity_type_name(e.type));
      w_.key("canonical");
      w_.string(e.canonical);
      w_.end_object();
    }
    w_.end_array();
  }

  void members(const char* prefix, const std::vector<uint32_t>& list) {
    w_.begin_array();
    for (uint32_t m : list) w_.id(prefix, uint64_t{m} + 1);
    w_.end_array();
  }

  void strings(const std::vector<std::string>& list) {
    w_.begin_array();
    for (const std::string& s : list) w_.string(s);
    w_.end_array();
  }

  // One reading of a group: its value (a figure, a day, a wording), the members, documents
  // and sources that state it.
  void reading(const Group& g, const Reading& r) {
    w_.begin_object();
    w_.key("value");
    if (g.kind == GroupKind::kQuantity) {
      w_.optional_number(r.value);
      w_.key("low");
      w_.optional_number(r.low);
      w_.key("high");
      w_.optional_number(r.high);
      w_.key("qualifier");
      w_.literal_string(qualifier_name(r.qualifier));
    } else if (g.kind == GroupKind::kEvent) {
      w_.string_or_null(r.resolved);
    } else {
      w_.string(r.text);
    }
    w_.key("text");
    w_.string(r.text);
    w_.key("members");
    members(kMemberPrefix[static_cast<int>(g.kind)], r.members);
    w_.key("documents");
    w_.begin_array();
    for (uint32_t d : r.documents) w_.string(a_.documents[d].id);
    w_.end_array();
    w_.key("sources");
    strings(r.sources);
    w_.end_object();
  }

  void groups() {
    w_.key("groups");
    w_.begin_array();
    for (size_t i = 0; i < a_.groups.size(); ++i) {
      const Group& g = a_.groups[i];
      w_.begin_object();
      w_.key("id");
      w_.id(kGroupPrefix[static_cast<int>(g.kind)], group_numbers_[i]);
      w_.key("kind");
      w_.literal_string(group_kind_name(g.kind));
      w_.key("label");
      w_.string(g.label);
      w_.key("members");
      members(kMemberPrefix[static_cast<int>(g.kind)], g.members);
      w_.key("conflict");
      w_.boolean(g.conflict);
      if (g.kind != GroupKind::kClaim) {
        w_.key("conflict_kind");
        if (g.conflict)
          w_.literal_string(conflict_kind_name(g.conflict_kind));
        else
          w_.null();
        w_.key("readings");
        w_.begin_array();
        for (const Reading& r : g.readings) reading(g, r);
        w_.end_array();
      }
      w_.key("explanation");
      w_.string(g.explanation);
      w_.key("documents");
      w_.uint(g.documents);
      if (g.kind == GroupKind::kUtterance) {
        w_.key("attribution_conflict");
        w_.boolean(g.attribution_conflict);
        w_.key("diffs");
        w_.begin_array();
        for (const auto& diff : g.diffs) {
          w_.begin_array();
          for (const WordDiff& wd : diff) {
            w_.begin_object();
            w_.key("op");
            w_.string(wd.op == WordDiff::Op::kSame    ? "="
                      : wd.op == WordDiff::Op::kAdded ? "+"
                                                      : "-");
            w_.key("words");
            w_.string(wd.words);
            w_.end_object();
          }
          w_.end_array();
        }
        w_.end_array();
      }
      w_.end_object();
    }
    w_.end_array();
  }

  void copies() {
    w_.key("copies");
    w_.begin_array();
    for (const CopyPair& c : a_.copies) {
      w_.begin_object();
      w_.key("documents");
      w_.begin_array();
      w_.string(a_.documents[c.first].id);
      w_.string(a_.documents[c.second].id);
      w_.end_array();
      w_.key("shared_sentences");
      w_.uint(c.shared_sentences);
      w_.key("share");
      w_.number(std::round(c.share * 1000) / 1000);
      w_.end_object();
    }
    w_.end_array();
  }

  const Analysis& a_;
  OffsetUnit unit_;
  json::Writer w_;
  std::vector<json::OffsetCursor> cursors_;
  std::vector<std::string> doc_ids_;     // each document's id as a JSON string
  std::vector<uint32_t> group_numbers_;  // "q3" is the third quantity group
};

// About how long the report will be, from the lengths of its lists (per item, what the
// fields of one take on the development set and the bench corpora), so the string is sized
// once instead of doubled (and copied) a dozen times.
size_t estimated_size(const Analysis& a) {
  size_t n = 4096;
  for (const DocumentInfo& d : a.documents)
    n += 200 + d.text.paragraphs.size() * 12 + d.text.sentences.size() * 14;
  const auto spans = [&](const auto& list, size_t fixed) {
    for (const auto& m : list) n += fixed + (m.span.end - m.span.begin);
  };
  spans(a.numbers, 180);
  spans(a.dates, 120);
  spans(a.quotes, 80);
  spans(a.claims, 80);
  spans(a.entities, 100);
  for (const Group& g : a.groups)
    n += 200 + g.label.size() + g.explanation.size() + g.members.size() * 48 +
         g.readings.size() * 120;
  return n + n / 8;
}

}  // namespace

std::string to_json(const Analysis& analysis, OffsetUnit unit, JsonLayout layout) {
  std::string out;
  out.reserve(estimated_size(analysis));
  {
    ReportWriter writer(analysis, unit, out);
    writer.write();
  }  // the writer trims the string to what it wrote
  if (layout == JsonLayout::kIndented) {
    // For reading (`--pretty`): the same JSON, one space a level, keys in the same order.
    return nlohmann::ordered_json::parse(out, nullptr, false)
        .dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  }
  return out;
}

void write_json(const Analysis& analysis, OffsetUnit unit,
                const std::function<void(std::string_view)>& sink) {
  std::string window;
  window.reserve(json::Writer::kStreamChunk);
  ReportWriter writer(analysis, unit, window, sink);
  writer.write();
}  // the writer hands the sink what is left

std::string to_text(const Analysis& a) {
  std::ostringstream out;
  if (!a.ok) out << "error: " << a.error << "\n";
  for (const Warning& w : a.warnings) out << "warning: " << w.message << "\n";
  out << a.documents.size() << " document(s)\n";
  // Mentions per document, counted in one pass over each list (not one per document).
  const auto per_document = [&](const auto& mentions) {
    std::vector<size_t> n(a.documents.size(), 0);
    for (const auto& m : mentions) ++n[m.doc];
    return n;
  };
  const std::vector<size_t> numbers = per_document(a.numbers), dates = per_document(a.dates),
                            quotes = per_document(a.quotes), entities = per_document(a.entities);
  for (size_t i = 0; i < a.documents.size(); ++i) {
    const DocumentInfo& d = a.documents[i];
    size_t furniture = 0, body_sentences = 0;
    for (const Paragraph& p : d.text.paragraphs) furniture += p.is_furniture();
    for (const Sentence& s : d.text.sentences) body_sentences += !d.text.is_furniture(s);
    out << "  " << d.id << "  published " << (d.published.empty() ? "unknown" : d.published) << "  "
        << body_sentences << " sentences, " << furniture << " furniture lines, " << numbers[i]
        << " numbers, " << dates[i] << " dates, " << quotes[i] << " quotes, " << entities[i]
        << " entities\n";
  }
  size_t conflicts = 0;
  for (const Group& g : a.groups) conflicts += g.conflict;
  out << a.groups.size() << " group(s), " << conflicts << " with conflicts\n";
  for (const Group& g : a.groups) {
    if (!g.conflict) continue;
    out << "  [" << group_kind_name(g.kind) << ", " << conflict_kind_name(g.conflict_kind) << "] "
        << g.label << "\n    " << g.explanation << "\n";
  }
  return out.str();
}

}  // namespace parallax
