// Readings of quantity, event and utterance groups, and the kind of their conflict: the
// rules are listed in readings.h.
#include "compare/readings.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <string_view>

#include "compare/groups_internal.h"
#include "extract/civil_date.h"
#include "lexicon/calendar_lexicon.h"

namespace parallax {

namespace {

constexpr size_t kListedReadings = 8;   // readings named in an explanation; the rest are counted
constexpr size_t kMaxReadingText = 80;  // bytes of a quote wording shown as a reading

constexpr double kSameFigure = 0.005;   // relative: two ways of writing one figure
constexpr double kMaxRounding = 0.025;  // relative: a rounding, never a different count
// Reach of "about X" and of "more than X" / "up to X", as shares of X: a rounding of X, no
// more (readings.h says why).
constexpr double kApproxMin = 0.0, kApproxMax = 0.025;
constexpr double kBoundMin = 0.0, kBoundMax = 0.025;

// ---------------------------------------------------------------------------------------
// Figures

// The place value of a figure's last significant digit: 100 for 800, 100,000 for 1.3
// million, 0.1 for 12.5, 1 for 0.
double step_of(double v) {
  v = std::fabs(v);
  if (v == 0 || !std::isfinite(v)) return 1;
  for (double p = std::pow(10.0, std::floor(std::log10(v))); p >= 1e-6; p /= 10) {
    const double q = v / p;
    if (std::fabs(q - std::round(q)) <= 1e-6 * std::max(q, 1.0)) return p;
  }
  return 1e-6;
}

struct Interval {
  double low = 0;
  double high = 0;
  bool point = false;  // an exact figure
};

// What a figure allows, or nothing for a figure that states no amount at all.
std::optional<Interval> interval_of(const NumberMention& n) {
  const double inf = std::numeric_limits<double>::infinity();
  if (n.value) {
    const double v = *n.value, magnitude = std::fabs(v), step = step_of(v);
    switch (n.qualifier) {
      case Qualifier::kApprox: {
        const double reach = std::clamp(step / 2, kApproxMin * magnitude, kApproxMax * magnitude);
        return Interval{v - reach, v + reach};
      }
      case Qualifier::kLower:
        return Interval{v, v + std::clamp(step, kBoundMin * magnitude, kBoundMax * magnitude)};
      case Qualifier::kUpper:
        return Interval{v - std::clamp(step, kBoundMin * magnitude, kBoundMax * magnitude), v};
      default:
        return Interval{v, v, true};
    }
  }
  if (!n.low && !n.high) return std::nullopt;
  return Interval{n.low.value_or(-inf), n.high.value_or(inf)};
}

// Whether two exact figures are one: the same within 0.5%, or one a rounding of the other.
bool same_or_rounded(double x, double y) {
  const double diff = std::fabs(x - y), larger = std::max(std::fabs(x), std::fabs(y));
  if (diff <= kSameFigure * std::max(larger, 1e-9)) return true;
  const double rounder_step = std::max(step_of(x), step_of(y));
  return diff <= rounder_step / 2 && diff <= kMaxRounding * larger;
}

// "about ", "up to ", "more than ": the words a reader expects before a qualified figure.
std::string_view qualifier_words(Qualifier q) {
  switch (q) {
    case Qualifier::kApprox:
      return "about ";
    case Qualifier::kUpper:
      return "up to ";
    case Qualifier::kLower:
      return "more than ";
    default:
      return "";
  }
}

std::string figure_text(const Analysis& a, const NumberMention& n) {
  const std::string_view written = a.documents[n.doc].text.slice(n.span);
  std::string out(qualifier_words(n.qualifier));
  // The span may already hold the hedge ("about 40"): do not say it twice.
  if (!out.empty() && written.size() >= out.size() - 1 &&
      written.substr(0, out.size() - 1) == std::string_view(out).substr(0, out.size() - 1))
    out.clear();
  return out.append(written);
}

// A figure's place for sorting and for "rose from ... to ...": its value, or the middle of
// what it allows.
double center_of(const NumberMention& n, const std::optional<Interval>& i) {
  if (n.value) return *n.value;
  if (!i) return 0;
  if (std::isfinite(i->low) && std::isfinite(i->high)) return (i->low + i->high) / 2;
  return std::isfinite(i->low) ? i->low : std::isfinite(i->high) ? i->high : 0;
}

// Readings of a quantity group, as lists of members.
std::vector<std::vector<uint32_t>> figure_readings(const Analysis& a, const Group& g) {
  struct Item {
    uint32_t member;
    double center;
    std::optional<Interval> interval;
  };
  std::vector<Item> points, spans, unknown;
  for (uint32_t m : g.members) {
    const std::optional<Interval> i = interval_of(a.numbers[m]);
    Item item{m, center_of(a.numbers[m], i), i};
    (!i ? unknown : i->point ? points : spans).push_back(item);
  }
  auto by_center = [](const Item& x, const Item& y) {
    return std::tie(x.center, x.member) < std::tie(y.center, y.member);
  };
  std::sort(points.begin(), points.end(), by_center);
  // Exact figures: each joins the reading of the figure before it when it is the same
  // figure as that reading's first (a chain of roundings never drifts far).
  struct Built {
    std::vector<uint32_t> members;
    double low = 0,
           high = 0;  // the exact figures of the reading; or the span all its members allow
    bool has_points = false;
  };
  std::vector<Built> readings;
  double anchor = 0;
  for (const Item& p : points) {
    if (readings.empty() || !same_or_rounded(anchor, p.center)) {
      readings.push_back({{}, p.center, p.center, true});
      anchor = p.center;
    }
    readings.back().members.push_back(p.member);
    readings.back().high = p.center;
  }
  const size_t point_readings = readings.size();
  // Qualified figures, ranges and vague amounts join the exact reading they hold whole (the
  // one most members state); those that hold none chain by overlap, sorted by low end.
  std::sort(spans.begin(), spans.end(), [](const Item& x, const Item& y) {
    return std::tie(x.interval->low, x.member) < std::tie(y.interval->low, y.member);
  });
  size_t open = readings.size();  // the last reading of spans, which a span may still join
  for (const Item& s : spans) {
    const Interval& i = *s.interval;
    // Exact readings inside [low, high] are contiguous in value order.
    auto first = std::lower_bound(readings.begin(),
                                  readings.begin() + static_cast<std::ptrdiff_t>(point_readings),
                                  i.low, [](const Built& r, double low) { return r.low < low; });
    Built* best = nullptr;
    for (auto r = first;
         r != readings.begin() + static_cast<std::ptrdiff_t>(point_readings) && r->low <= i.high;
         ++r)
      if (r->high <= i.high && (!best || r->members.size() > best->members.size())) best = &*r;
    if (best) {
      best->members.push_back(s.member);
      continue;
    }
    if (open < readings.size() && readings[open].high >= i.low) {
      Built& r = readings[open];
      r.members.push_back(s.member);
      r.low = std::max(r.low, i.low);
      r.high = std::min(r.high, i.high);
      continue;
    }
    open = readings.size();
    readings.push_back({{s.member}, i.low, i.high, false});
  }
  std::vector<std::vector<uint32_t>> out;
  for (Built& r : readings) out.push_back(std::move(r.members));
  for (const Item& u : unknown) out.push_back({u.member});  // "some", "many": a reading each
  return out;
}

// ---------------------------------------------------------------------------------------
// Dates

std::string date_text(std::string_view resolved) {
  if (resolved.empty()) return "an unresolved date";
  if (const std::optional<CivilDate> c = parse_iso_date(resolved)) {
    std::string out(lexicon::weekday_name(weekday(*c)));
    out.append(" (").append(lexicon::month_name(c->month).substr(0, 3));
    return out.append(" ").append(std::to_string(c->day)).append(")");
  }
  if (resolved.size() == 7) {
    const int month = std::atoi(std::string(resolved.substr(5, 2)).c_str());
    return std::string(lexicon::month_name(month)).append(" ").append(resolved.substr(0, 4));
  }
  return std::string(resolved);
}

// Readings of an event group: by resolution, the least precise joining the most stated
// reading they hold.
std::vector<std::vector<uint32_t>> date_readings(const Analysis& a, const Group& g) {
  std::map<std::string_view, std::vector<uint32_t>> by_resolved;
  std::vector<uint32_t> unresolved;
  for (uint32_t m : g.members) {
    const std::string& r = a.dates[m].resolved;
    (r.empty() ? unresolved : by_resolved[r]).push_back(m);
  }
  // Most precise first: days (10 characters), then months, then years.
  std::vector<std::pair<std::string_view, std::vector<uint32_t>>> readings;
  for (size_t length : {size_t{10}, size_t{7}, size_t{4}}) {
    for (auto& [resolved, members] : by_resolved) {
      if (resolved.size() != length) continue;
      std::vector<uint32_t>* best = nullptr;
      for (auto& [other, others] : readings)
        if (other.size() > length && other.substr(0, length) == resolved &&
            (!best || others.size() > best->size()))
          best = &others;
      if (best)
        best->insert(best->end(), members.begin(), members.end());
      else
        readings.emplace_back(resolved, std::move(members));
    }
  }
  for (auto& [resolved, members] : by_resolved)  // other lengths: a reading each
    if (resolved.size() != 10 && resolved.size() != 7 && resolved.size() != 4)
      readings.emplace_back(resolved, std::move(members));
  std::vector<std::vector<uint32_t>> out;
  for (auto& [resolved, members] : readings) out.push_back(std::move(members));
  if (!unresolved.empty()) {
    if (out.empty()) {
      out.push_back(unresolved);
    } else {
      auto largest = std::max_element(
          out.begin(), out.end(), [](const auto& x, const auto& y) { return x.size() < y.size(); });
      largest->insert(largest->end(), unresolved.begin(), unresolved.end());
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Utterances

// Whether a diff against the common wording is that wording or a run of it (a partial
// quote, or the wording with more words around it): the tolerance utterance alignment
// uses. The diff holds both wordings: the base is its same and removed words, the variant
// its same and added words.
bool is_run(const std::vector<WordDiff>& diff) {
  std::string base = " ", variant = " ";
  for (const WordDiff& d : diff) {
    if (d.op != WordDiff::Op::kAdded) base.append(d.words).append(" ");
    if (d.op != WordDiff::Op::kRemoved) variant.append(d.words).append(" ");
  }
  const bool base_longer = base.size() >= variant.size();
  return (base_longer ? base : variant).find(base_longer ? variant : base) != std::string::npos;
}

std::string diff_key(const std::vector<WordDiff>& diff) {
  std::string key;
  for (const WordDiff& d : diff)
    key.append(1, static_cast<char>('0' + static_cast<int>(d.op)))
        .append(d.words)
        .append(1, '\x1f');
  return key;
}

std::vector<std::vector<uint32_t>> wording_readings(const Group& g) {
  // Member positions (into g.members) by reading: the common wording first.
  std::vector<std::vector<uint32_t>> out(1);
  std::map<std::string, size_t> by_key;
  for (size_t k = 0; k < g.members.size(); ++k) {
    if (k >= g.diffs.size() || is_run(g.diffs[k])) {
      out[0].push_back(g.members[k]);
      continue;
    }
    auto [it, fresh] = by_key.emplace(diff_key(g.diffs[k]), out.size());
    if (fresh) out.emplace_back();
    out[it->second].push_back(g.members[k]);
  }
  if (out[0].empty()) out.erase(out.begin());
  return out;
}

// ---------------------------------------------------------------------------------------
// Shared: filling readings, deciding the kind, explaining

std::string doc_list(const Analysis& a, const std::vector<uint32_t>& docs) {
  std::string out;
  for (size_t k = 0; k < docs.size(); ++k) {
    if (k) out.append(k + 1 == docs.size() ? " and " : ", ");
    out.append(short_doc_view(a, docs[k]));
  }
  return out;
}

// "001 and 002 say", "3 articles say", "003 says".
std::string who_says(const Analysis& a, const Reading& r, std::string_view verb) {
  if (r.documents.size() > 2)
    return std::to_string(r.documents.size()) + " articles " + std::string(verb);
  std::string out = doc_list(a, r.documents);
  out.append(" ").append(verb);
  if (r.documents.size() == 1) out.append("s");
  return out;
}

std::string join_sources(const std::vector<std::string>& sources) {
  std::string out;
  for (size_t k = 0; k < sources.size(); ++k) out.append(k ? ", " : "").append(sources[k]);
  return out;
}

void append_more(std::string& out, size_t total) {
  if (total > kListedReadings)
    out.append("; \u2026 and ").append(std::to_string(total - kListedReadings)).append(" more");
}

// Readings from most to fewest documents; the first is what most articles say.
std::vector<const Reading*> by_support(const std::vector<Reading>& readings) {
  std::vector<const Reading*> out;
  for (const Reading& r : readings) out.push_back(&r);
  std::stable_sort(out.begin(), out.end(), [](const Reading* x, const Reading* y) {
    return x->documents.size() > y->documents.size();
  });
  return out;
}

// "3 articles say Wednesday (Oct 23); only 003 says Tuesday (Oct 22)".
std::string explain_contradiction(const Analysis& a, const Group& g) {
  const std::vector<const Reading*> ordered = by_support(g.readings);
  std::string out;
  for (size_t k = 0; k < ordered.size() && k < kListedReadings; ++k) {
    const Reading& r = *ordered[k];
    if (k) out.append("; ");
    if (k && r.documents.size() == 1 && ordered[0]->documents.size() > 1) out.append("only ");
    out.append(who_says(a, r, "say")).append(" ").append(r.text);
    if (g.kind == GroupKind::kQuantity && !r.sources.empty())
      out.append(" (").append(join_sources(r.sources)).append(")");
  }
  append_more(out, ordered.size());
  return out;
}

// "ministry: 1.3 million (001); organisers: 2.5 million (002, 003)".
std::string explain_estimates(const Analysis& a, const Group& g) {
  std::string out;
  for (size_t k = 0; k < g.readings.size() && k < kListedReadings; ++k) {
    const Reading& r = g.readings[k];
    if (k) out.append("; ");
    out.append(r.sources.empty() ? std::string("unattributed") : join_sources(r.sources))
        .append(": ")
        .append(r.text)
        .append(" (")
        .append(doc_list(a, r.documents))
        .append(")");
  }
  append_more(out, g.readings.size());
  return out;
}

std::string short_date(std::string_view iso) {
  const std::optional<CivilDate> c = parse_iso_date(iso);
  if (!c) return std::string(iso);
  return std::string(lexicon::month_name(c->month).substr(0, 3)) + " " + std::to_string(c->day);
}

// The first publication date of each reading (ISO strings compare as dates), or empty
// when a document has none.
std::vector<std::string> first_published(const Analysis& a, const std::vector<Reading>& readings) {
  std::vector<std::string> out;
  for (const Reading& r : readings) {
    std::string first;
    for (uint32_t d : r.documents) {
      const std::string& p = a.documents[d].published;
      if (p.size() != 10) return {};
      if (first.empty() || p < first) first = p;
    }
    out.push_back(first);
  }
  return out;
}

// The document that first published a reading (the first of them on that day).
uint32_t first_document(const Analysis& a, const Reading& r, std::string_view date) {
  for (uint32_t d : r.documents)
    if (a.documents[d].published == date) return d;
  return r.documents.front();
}

// Whether the readings rise with time; if so, puts them in time order.
bool rises_over_time(const Analysis& a, Group& g) {
  const std::vector<std::string> dates = first_published(a, g.readings);
  if (dates.size() != g.readings.size()) return false;
  std::vector<size_t> order(g.readings.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  auto level = [&](size_t k) {
    const Reading& r = g.readings[k];
    return r.value ? *r.value : r.low && r.high ? (*r.low + *r.high) / 2 : r.low.value_or(0);
  };
  std::sort(order.begin(), order.end(),
            [&](size_t x, size_t y) { return std::tie(dates[x], x) < std::tie(dates[y], y); });
  if (dates[order.front()] == dates[order.back()]) return false;
  // Readings first published on one day may differ (the toll rose during the day), but every
  // reading of a later day must be above all those of the days before.
  double before_today = -std::numeric_limits<double>::infinity();  // max of earlier days
  double today = before_today;                                     // max of this day so far
  for (size_t k = 0; k < order.size(); ++k) {
    if (k && dates[order[k]] != dates[order[k - 1]]) before_today = today;
    if (!(level(order[k]) > before_today)) return false;
    today = std::max(today, level(order[k]));
  }
  // Within a day, the lower figure first.
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    return dates[x] != dates[y] ? dates[x] < dates[y] : level(x) < level(y);
  });
  std::vector<Reading> sorted;
  for (size_t k : order) sorted.push_back(std::move(g.readings[k]));
  g.readings = std::move(sorted);
  // "rose from 19 (001, Aug 10) to 41 (002, Aug 11) to 44 (004, Aug 12)"
  std::string& out = g.explanation;
  out = "rose from ";
  for (size_t k = 0; k < g.readings.size() && k < kListedReadings; ++k) {
    const Reading& r = g.readings[k];
    const std::string& date = dates[order[k]];
    if (k) out.append(" to ");
    out.append(r.text)
        .append(" (")
        .append(short_doc_view(a, first_document(a, r, date)))
        .append(", ")
        .append(short_date(date))
        .append(")");
  }
  append_more(out, g.readings.size());
  return true;
}

// Whether two or more readings carry sources and no source gives two of them.
bool sources_differ(const Group& g) {
  std::map<std::string_view, size_t> reading_of;
  size_t sourced = 0;
  for (size_t k = 0; k < g.readings.size(); ++k) {
    sourced += !g.readings[k].sources.empty();
    for (const std::string& s : g.readings[k].sources) {
      auto [it, fresh] = reading_of.emplace(s, k);
      if (!fresh && it->second != k) return false;
    }
  }
  return sourced >= 2;
}

template <typename Mention>
void fill_documents(const std::vector<Mention>& mentions, Reading& r) {
  for (uint32_t m : r.members) r.documents.push_back(mentions[m].doc);
  std::sort(r.documents.begin(), r.documents.end());
  r.documents.erase(std::unique(r.documents.begin(), r.documents.end()), r.documents.end());
}

Reading figure_reading(const Analysis& a, std::vector<uint32_t> members) {
  Reading r;
  // The reading's figure: its most stated exact figure, else its first member.
  std::map<double, size_t> votes;
  for (uint32_t m : members) {
    const NumberMention& n = a.numbers[m];
    if (n.value && n.qualifier == Qualifier::kExact) ++votes[*n.value];
  }
  uint32_t shown = members.front();
  size_t best = 0;
  for (uint32_t m : members) {
    const NumberMention& n = a.numbers[m];
    if (!n.value || n.qualifier != Qualifier::kExact) continue;
    // Ties: the roundest figure ("1.3 million" before "1,275,000").
    const size_t v = votes[*n.value];
    if (v > best || (v == best && step_of(*n.value) > step_of(*a.numbers[shown].value))) {
      best = v;
      shown = m;
    }
  }
  const NumberMention& n = a.numbers[shown];
  r.value = n.value;
  r.low = n.low;
  r.high = n.high;
  r.qualifier = n.qualifier;
  r.text = figure_text(a, n);
  std::vector<std::string> sources;
  for (uint32_t m : members)
    if (!a.numbers[m].source.empty()) sources.push_back(a.numbers[m].source);
  r.sources = sorted_unique(std::move(sources));
  std::sort(members.begin(), members.end());
  r.members = std::move(members);
  fill_documents(a.numbers, r);
  return r;
}

Reading date_reading(const Analysis& a, std::vector<uint32_t> members) {
  Reading r;
  // The most precise resolution names the reading (members are listed days first).
  for (uint32_t m : members)
    if (a.dates[m].resolved.size() > r.resolved.size()) r.resolved = a.dates[m].resolved;
  r.text = date_text(r.resolved);
  std::sort(members.begin(), members.end());
  r.members = std::move(members);
  fill_documents(a.dates, r);
  return r;
}

Reading wording_reading(const Analysis& a, std::vector<uint32_t> members) {
  Reading r;
  const QuoteMention& q = a.quotes[members.front()];
  r.text = truncate_utf8(a.documents[q.doc].text.slice(q.span), kMaxReadingText);
  std::vector<std::string> speakers;
  for (uint32_t m : members)
    if (!a.quotes[m].speaker.empty()) speakers.push_back(a.quotes[m].speaker);
  r.sources = sorted_unique(std::move(speakers));
  std::sort(members.begin(), members.end());
  r.members = std::move(members);
  fill_documents(a.quotes, r);
  return r;
}

std::string explain_wording(const Analysis& a, const Group& g) {
  std::string out;
  for (size_t k = 0; k < g.readings.size() && k < kListedReadings; ++k) {
    const Reading& r = g.readings[k];
    if (k) out.append("; ");
    if (k == 0) {
      out.append(who_says(a, r, "quote")).append(" the same words");
      continue;
    }
    // The words as the article prints them: the diff's words are lemmas.
    out.append(doc_list(a, r.documents)).append(r.documents.size() == 1 ? " has " : " have ");
    out.append("\u201c").append(r.text).append("\u201d");
  }
  append_more(out, g.readings.size());
  return out;
}

// "attributed to Ana Ruiz (001) and Luis Vega (002)".
std::string explain_speakers(const Analysis& a, const Group& g) {
  std::map<std::string_view, std::vector<uint32_t>> docs_of;
  for (uint32_t m : g.members)
    if (!a.quotes[m].speaker.empty()) docs_of[a.quotes[m].speaker].push_back(a.quotes[m].doc);
  std::string out = "attributed to ";
  size_t k = 0;
  for (auto& [speaker, docs] : docs_of) {
    std::sort(docs.begin(), docs.end());
    docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
    if (k++) out.append(k == docs_of.size() ? " and " : ", ");
    out.append(speaker).append(" (").append(doc_list(a, docs)).append(")");
  }
  return out;
}

void decide(Analysis& a, Group& g) {
  std::vector<std::vector<uint32_t>> lists;
  switch (g.kind) {
    case GroupKind::kQuantity:
      lists = figure_readings(a, g);
      break;
    case GroupKind::kEvent:
      lists = date_readings(a, g);
      break;
    case GroupKind::kUtterance:
      lists = wording_readings(g);
      break;
    case GroupKind::kClaim:
      return;
  }
  g.readings.clear();
  for (std::vector<uint32_t>& members : lists) {
    if (members.empty()) continue;
    switch (g.kind) {
      case GroupKind::kQuantity:
        g.readings.push_back(figure_reading(a, std::move(members)));
        break;
      case GroupKind::kEvent:
        g.readings.push_back(date_reading(a, std::move(members)));
        break;
      default:
        g.readings.push_back(wording_reading(a, std::move(members)));
        break;
    }
  }
  std::vector<uint32_t> docs;
  for (const Reading& r : g.readings)
    docs.insert(docs.end(), r.documents.begin(), r.documents.end());
  std::sort(docs.begin(), docs.end());
  docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
  g.documents = static_cast<uint32_t>(docs.size());
  g.conflict = g.readings.size() >= 2 && docs.size() >= 2;
  g.conflict_kind = ConflictKind::kNone;
  g.explanation.clear();
  if (g.conflict) {
    if (g.kind == GroupKind::kQuantity && sources_differ(g)) {
      g.conflict_kind = ConflictKind::kEstimatesDiffer;
      g.explanation = explain_estimates(a, g);
    } else if (g.kind == GroupKind::kQuantity && rises_over_time(a, g)) {
      g.conflict_kind = ConflictKind::kUpdated;  // the explanation is written with the order
    } else {
      g.conflict_kind = ConflictKind::kContradicts;
      g.explanation =
          g.kind == GroupKind::kUtterance ? explain_wording(a, g) : explain_contradiction(a, g);
    }
  } else if (g.readings.size() == 1) {
    const Reading& r = g.readings.front();
    g.explanation = g.kind == GroupKind::kUtterance ? who_says(a, r, "quote") + " the same words"
                                                    : who_says(a, r, "say") + " " + r.text;
  } else if (!g.readings.empty()) {  // several readings, all from one document
    g.explanation =
        g.kind == GroupKind::kUtterance ? explain_wording(a, g) : explain_contradiction(a, g);
  }
  // The same words given to different speakers: a conflict too, whatever the wording.
  if (g.kind == GroupKind::kUtterance && g.attribution_conflict && g.documents >= 2) {
    if (!g.conflict) g.explanation.clear();
    g.conflict = true;
    g.conflict_kind = ConflictKind::kContradicts;
    if (!g.explanation.empty()) g.explanation.append("; ");
    g.explanation.append(explain_speakers(a, g));
  }
}

}  // namespace

void decide_readings(Analysis& analysis) {
  for (Group& g : analysis.groups) decide(analysis, g);
}

}  // namespace parallax
