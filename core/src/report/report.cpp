// The one place that turns an Analysis into the report of ../shared/REPORT.md, with
// offsets converted to the caller's unit.
#include <cmath>
#include <nlohmann/json.hpp>
#include <sstream>

#include "parallax/parallax.h"

namespace parallax {

namespace {
using Json = nlohmann::ordered_json;

Json optional_number(const std::optional<double>& v) {
  if (!v || !std::isfinite(*v)) return nullptr;
  return *v;
}

Json optional_string(const std::string& s) {
  return s.empty() ? Json(nullptr) : Json(s);
}

class Writer {
 public:
  Writer(const Analysis& a, OffsetUnit unit) : a_(a), unit_(unit) {
    maps_.reserve(a.documents.size());
    for (const DocumentInfo& d : a.documents) maps_.emplace_back(d.text.text);
    group_ids_.reserve(a.groups.size());
    std::vector<int32_t> counters(4, 0);
    static constexpr const char* kPrefix[] = {"q", "e", "u", "c"};
    for (const Group& g : a.groups) {
      const int k = static_cast<int>(g.kind);
      group_ids_.push_back(kPrefix[k] + std::to_string(++counters[k]));
    }
  }

  Json group_ref(int32_t group) const {
    return group < 0 ? Json(nullptr) : Json(group_ids_[static_cast<size_t>(group)]);
  }

  // The fields every mention shares: id, doc, start, end, text.
  Json mention(const char* prefix, size_t index, uint32_t doc, Span span) const {
    const DocumentInfo& d = a_.documents[doc];
    Json m;
    m["id"] = prefix + std::to_string(index + 1);
    m["doc"] = d.id;
    m["start"] = maps_[doc].to(unit_, span.begin);
    m["end"] = maps_[doc].to(unit_, span.end);
    m["text"] = std::string(d.text.slice(span));
    return m;
  }

  // One reading of a group: its value (a figure, a day, a wording), the members, documents
  // and sources that state it.
  Json reading(const Group& g, const Reading& r) const {
    static constexpr const char* kMemberPrefix[] = {"n", "d", "qt", "cl"};
    Json j;
    if (g.kind == GroupKind::kQuantity) {
      j["value"] = optional_number(r.value);
      j["low"] = optional_number(r.low);
      j["high"] = optional_number(r.high);
      j["qualifier"] = qualifier_name(r.qualifier);
    } else if (g.kind == GroupKind::kEvent) {
      j["value"] = optional_string(r.resolved);
    } else {
      j["value"] = r.text;
    }
    j["text"] = r.text;
    Json members = Json::array();
    for (uint32_t m : r.members)
      members.push_back(kMemberPrefix[static_cast<int>(g.kind)] + std::to_string(m + 1));
    j["members"] = std::move(members);
    Json documents = Json::array();
    for (uint32_t d : r.documents) documents.push_back(a_.documents[d].id);
    j["documents"] = std::move(documents);
    j["sources"] = r.sources;
    return j;
  }

  Json document(size_t i) const {
    const DocumentInfo& d = a_.documents[i];
    Json j;
    j["id"] = d.id;
    j["name"] = d.name;
    j["published"] = optional_string(d.published);
    j["published_source"] = optional_string(d.published_source);
    j["length"] = maps_[i].to(unit_, static_cast<uint32_t>(d.text.text.size()));
    Json paragraphs = Json::array();
    for (const Paragraph& p : d.text.paragraphs) {
      Json pj = {{"start", maps_[i].to(unit_, p.span.begin)},
                 {"end", maps_[i].to(unit_, p.span.end)}};
      pj["furniture"] = p.is_furniture() ? Json(furniture_name(p.furniture)) : Json(nullptr);
      paragraphs.push_back(std::move(pj));
    }
    j["paragraphs"] = std::move(paragraphs);
    Json sentences = Json::array();
    for (const Sentence& s : d.text.sentences) {
      Json sj = {{"start", maps_[i].to(unit_, s.span.begin)},
                 {"end", maps_[i].to(unit_, s.span.end)},
                 {"paragraph", s.paragraph}};
      if (s.headline) sj["headline"] = true;
      sentences.push_back(std::move(sj));
    }
    j["sentences"] = std::move(sentences);
    return j;
  }

  Json write() const {
    Json out;
    out["parallax"] = version();
    out["ok"] = a_.ok;
    if (!a_.ok) out["error"] = a_.error;
    out["offsets"] = unit_ == OffsetUnit::kUtf16       ? "utf16"
                     : unit_ == OffsetUnit::kCodePoint ? "codepoint"
                                                       : "byte";
    Json warnings = Json::array();
    for (const Warning& w : a_.warnings) {
      Json wj;
      wj["doc"] = w.doc < 0 ? Json(nullptr) : Json(a_.documents.at(w.doc).id);
      wj["message"] = w.message;
      warnings.push_back(std::move(wj));
    }
    out["warnings"] = std::move(warnings);

    Json documents = Json::array();
    for (size_t i = 0; i < a_.documents.size(); ++i) documents.push_back(document(i));
    out["documents"] = std::move(documents);

    Json numbers = Json::array();
    for (size_t i = 0; i < a_.numbers.size(); ++i) {
      const NumberMention& n = a_.numbers[i];
      Json j = mention("n", i, n.doc, n.span);
      j["value"] = optional_number(n.value);
      j["low"] = optional_number(n.low);
      j["high"] = optional_number(n.high);
      j["kind"] = number_kind_name(n.kind);
      j["unit"] = optional_string(n.unit);
      j["qualifier"] = qualifier_name(n.qualifier);
      j["source"] = optional_string(n.source);
      j["group"] = group_ref(n.group);
      numbers.push_back(std::move(j));
    }
    out["numbers"] = std::move(numbers);

    Json dates = Json::array();
    for (size_t i = 0; i < a_.dates.size(); ++i) {
      const DateMention& d = a_.dates[i];
      Json j = mention("d", i, d.doc, d.span);
      j["resolved"] = optional_string(d.resolved);
      if (d.is_time) j["time"] = true;
      if (d.weekday_conflict) j["conflict"] = true;
      if (!d.range_from.empty()) {
        Json range = Json::object();
        range["from"] = d.range_from;
        range["to"] = d.range_to;
        j["range"] = std::move(range);
      }
      if (!d.note.empty()) j["note"] = d.note;
      j["group"] = group_ref(d.group);
      dates.push_back(std::move(j));
    }
    out["dates"] = std::move(dates);

    Json quotes = Json::array();
    for (size_t i = 0; i < a_.quotes.size(); ++i) {
      const QuoteMention& q = a_.quotes[i];
      Json j = mention("qt", i, q.doc, q.span);
      j["speaker"] = optional_string(q.speaker);
      if (q.groups.empty()) {
        j["group"] = nullptr;
      } else if (q.groups.size() == 1) {
        j["group"] = group_ref(q.groups[0]);
      } else {
        Json list = Json::array();
        for (int32_t g : q.groups) list.push_back(group_ref(g));
        j["group"] = std::move(list);
      }
      quotes.push_back(std::move(j));
    }
    out["quotes"] = std::move(quotes);

    Json claims = Json::array();
    for (size_t i = 0; i < a_.claims.size(); ++i) {
      const ClaimMention& c = a_.claims[i];
      Json j = mention("cl", i, c.doc, c.span);
      j["group"] = group_ref(c.group);
      j["support"] = c.support;
      claims.push_back(std::move(j));
    }
    out["claims"] = std::move(claims);

    Json entities = Json::array();
    for (size_t i = 0; i < a_.entities.size(); ++i) {
      const EntityMention& e = a_.entities[i];
      Json j = mention("ent", i, e.doc, e.span);
      j["type"] = entity_type_name(e.type);
      j["canonical"] = e.canonical;
      entities.push_back(std::move(j));
    }
    out["entities"] = std::move(entities);

    Json groups = Json::array();
    for (size_t i = 0; i < a_.groups.size(); ++i) {
      const Group& g = a_.groups[i];
      static constexpr const char* kMemberPrefix[] = {"n", "d", "qt", "cl"};
      Json j;
      j["id"] = group_ids_[i];
      j["kind"] = group_kind_name(g.kind);
      j["label"] = g.label;
      Json members = Json::array();
      for (uint32_t m : g.members)
        members.push_back(kMemberPrefix[static_cast<int>(g.kind)] + std::to_string(m + 1));
      j["members"] = std::move(members);
      j["conflict"] = g.conflict;
      if (g.kind != GroupKind::kClaim) {
        j["conflict_kind"] = g.conflict ? Json(conflict_kind_name(g.conflict_kind)) : Json(nullptr);
        Json readings = Json::array();
        for (const Reading& r : g.readings) readings.push_back(reading(g, r));
        j["readings"] = std::move(readings);
      }
      j["explanation"] = g.explanation;
      j["documents"] = g.documents;
      if (g.kind == GroupKind::kUtterance) {
        j["attribution_conflict"] = g.attribution_conflict;
        Json diffs = Json::array();
        for (const auto& diff : g.diffs) {
          Json ops = Json::array();
          for (const WordDiff& w : diff)
            ops.push_back({{"op", w.op == WordDiff::Op::kSame    ? "="
                                  : w.op == WordDiff::Op::kAdded ? "+"
                                                                 : "-"},
                           {"words", w.words}});
          diffs.push_back(std::move(ops));
        }
        j["diffs"] = std::move(diffs);
      }
      groups.push_back(std::move(j));
    }
    out["groups"] = std::move(groups);

    Json copies = Json::array();
    for (const CopyPair& c : a_.copies)
      copies.push_back({{"documents", {a_.documents[c.first].id, a_.documents[c.second].id}},
                        {"shared_sentences", c.shared_sentences},
                        {"share", std::round(c.share * 1000) / 1000}});
    out["copies"] = std::move(copies);
    return out;
  }

 private:
  const Analysis& a_;
  OffsetUnit unit_;
  std::vector<OffsetMap> maps_;
  std::vector<std::string> group_ids_;
};
}  // namespace

std::string to_json(const Analysis& analysis, OffsetUnit unit, JsonLayout layout) {
  // Invalid UTF-8 cannot reach here (decode_utf8 replaced it), but never throw anyway.
  const int indent = layout == JsonLayout::kCompact ? -1 : 1;
  return Writer(analysis, unit).write().dump(indent, ' ', false, Json::error_handler_t::replace);
}

std::string to_text(const Analysis& a) {
  std::ostringstream out;
  if (!a.ok) out << "error: " << a.error << "\n";
  for (const Warning& w : a.warnings) out << "warning: " << w.message << "\n";
  out << a.documents.size() << " document(s)\n";
  for (size_t i = 0; i < a.documents.size(); ++i) {
    const DocumentInfo& d = a.documents[i];
    size_t furniture = 0, body_sentences = 0;
    for (const Paragraph& p : d.text.paragraphs) furniture += p.is_furniture();
    for (const Sentence& s : d.text.sentences) body_sentences += !d.text.is_furniture(s);
    auto count = [&](const auto& mentions) {
      size_t n = 0;
      for (const auto& m : mentions) n += m.doc == i;
      return n;
    };
    out << "  " << d.id << "  published " << (d.published.empty() ? "unknown" : d.published) << "  "
        << body_sentences << " sentences, " << furniture << " furniture lines, " << count(a.numbers)
        << " numbers, " << count(a.dates) << " dates, " << count(a.quotes) << " quotes, "
        << count(a.entities) << " entities\n";
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
