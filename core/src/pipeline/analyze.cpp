// The front door: decode and segment every document, run the extractors on each (they
// see one document at a time), then compare across documents.
#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <unordered_set>

#include "compare/compare.h"
#include "extract/attribution.h"
#include "extract/civil_date.h"
#include "extract/currencies.h"
#include "extract/dates.h"
#include "extract/entities.h"
#include "extract/numbers.h"
#include "extract/quotes.h"
#include "extract/words.h"
#include "parallax/parallax.h"

namespace parallax {

namespace {

std::string strip_extension(const std::string& name) {
  const size_t slash = name.find_last_of("/\\");
  std::string base = slash == std::string::npos ? name : name.substr(slash + 1);
  const size_t dot = base.find_last_of('.');
  if (dot != std::string::npos && dot > 0) base.resize(dot);
  return base.empty() ? "document" : base;
}

std::string unique_id(const std::string& wanted, std::unordered_set<std::string>& taken) {
  std::string id = wanted;
  for (int n = 2; taken.count(id); ++n) id = wanted + "-" + std::to_string(n);
  taken.insert(id);
  return id;
}

std::string mib(size_t bytes) {
  return std::to_string(bytes >> 20) + " MiB";
}

// Refuses input over the limits before any work is done.
bool check_limits(std::span<const Document> documents, const Options& options, Analysis& out) {
  if (documents.size() > options.max_documents) {
    out.ok = false;
    out.error = "too many documents: " + std::to_string(documents.size()) + " (the limit is " +
                std::to_string(options.max_documents) + ")";
    return false;
  }
  size_t total = 0;
  for (const Document& d : documents) total += d.text.size();
  if (total > options.max_total_bytes) {
    out.ok = false;
    out.error = "the documents hold " + std::to_string(total) + " bytes in all; the limit is " +
                mib(options.max_total_bytes);
    return false;
  }
  if (!options.reference_date.empty() && !parse_iso_date(options.reference_date)) {
    out.warnings.push_back({-1, "reference date '" + options.reference_date +
                                    "' is not a valid YYYY-MM-DD date; ignored"});
  }
  return true;
}

// `movable`: input's own text when the caller gave it away (analyze(vector&&)); it is then
// decoded in place and moved into the analysis instead of copied.
DocumentInfo prepare(const Document& input, std::string* movable, int32_t index,
                     const Options& options, std::unordered_set<std::string>& ids,
                     std::vector<Warning>& warnings) {
  DocumentInfo info;
  info.name = input.name;
  info.id = unique_id(strip_extension(input.name), ids);
  const std::string who = "'" + input.name + "'";
  if (input.text.size() > options.max_document_bytes) {
    warnings.push_back({index, who + " is " + std::to_string(input.text.size()) +
                                   " bytes, over the limit of " + mib(options.max_document_bytes) +
                                   " for one document; it was not analysed"});
    if (movable) std::string().swap(*movable);  // taken, though not analysed: free it now
    info.text = segment(std::string());
    return info;
  }
  DecodedText decoded =
      movable ? decode_utf8_in_place(std::move(*movable)) : decode_utf8(input.text);
  if (decoded.replaced_bytes > 0)
    warnings.push_back({index, who + ": " + std::to_string(decoded.replaced_bytes) +
                                   " invalid UTF-8 sequence(s) replaced by U+FFFD"});
  if (decoded.had_nul) {
    std::replace(decoded.text.begin(), decoded.text.end(), '\0', ' ');
    warnings.push_back({index, who + " holds NUL bytes (binary data?); they were read as spaces"});
  }
  info.text = segment(std::move(decoded.text));
  if (info.text.paragraphs.empty()) warnings.push_back({index, who + " is empty"});
  return info;
}

// The reference date of each document, in order of trust: given with the document, the
// caller's option, a dateline in the text, the latest full date in the text; failing all
// of those, the day the text states most often with a weekday ("Thursday, January 19", its
// year where that weekday falls near the latest full date of the other documents), and
// then the latest full date in any other document. The last three are inferred (`inferred`).
void assign_reference_dates(Analysis& analysis, const Options& options,
                            std::span<const Document> inputs,
                            std::vector<std::optional<CivilDate>>& references,
                            std::vector<char>& inferred) {
  const auto option_date = parse_iso_date(options.reference_date);
  // The latest full date of each document costs a second date scan, so it is found only
  // when a document has neither a given date nor the option's date nor a dateline.
  std::optional<CivilDate> latest_anywhere;
  std::vector<std::optional<CivilDate>> latest;
  auto find_latest = [&] {
    if (!latest.empty()) return;
    latest.resize(analysis.documents.size());
    for (size_t i = 0; i < analysis.documents.size(); ++i) {
      latest[i] = latest_explicit_date(analysis.documents[i].text);
      if (latest[i] && (!latest_anywhere || *latest_anywhere < *latest[i]))
        latest_anywhere = latest[i];
    }
  };
  references.assign(analysis.documents.size(), std::nullopt);
  inferred.assign(analysis.documents.size(), 0);
  for (size_t i = 0; i < analysis.documents.size(); ++i) {
    DocumentInfo& doc = analysis.documents[i];
    std::optional<CivilDate> date;
    if (auto given = parse_iso_date(inputs[i].published)) {
      date = given;
      doc.published_source = "given";
    } else {
      if (!inputs[i].published.empty())
        analysis.warnings.push_back(
            {static_cast<int32_t>(i),
             "publication date '" + inputs[i].published + "' is not YYYY-MM-DD; ignored"});
      if (option_date) {
        date = option_date;
        doc.published_source = "option";
      } else if (auto dateline = find_dateline(doc.text)) {
        date = dateline;
        doc.published_source = "dateline";
      } else {
        find_latest();
        inferred[i] = 1;
        if (latest[i]) {
          date = latest[i];
          doc.published_source = "latest-date";
        } else if (auto by_weekday = latest_anywhere ? weekday_dated_day(doc.text, *latest_anywhere)
                                                     : std::nullopt) {
          date = by_weekday;
          doc.published_source = "latest-date";
        } else if (latest_anywhere) {
          date = latest_anywhere;
          doc.published_source = "other-documents";
        }
      }
    }
    if (date) doc.published = format_iso(*date);
    references[i] = date;
  }
  // "LORVAN, Dec 7 (CPA) -" in a text with no full date of its own: the day is the text's
  // own, only its year comes from the other documents' publication dates (given or read from
  // their datelines; not dates in their text, which may be years away).
  for (size_t i = 0; i < analysis.documents.size(); ++i) {
    if (!inferred[i] || (!latest.empty() && latest[i])) continue;
    std::optional<CivilDate> near;
    for (size_t j = 0; j < analysis.documents.size(); ++j)
      if (j != i && references[j] && !inferred[j] && (!near || *near < *references[j]))
        near = references[j];
    if (!near) continue;
    if (const auto dated_line = find_dateline(analysis.documents[i].text, near)) {
      DocumentInfo& doc = analysis.documents[i];
      references[i] = dated_line;
      inferred[i] = 0;
      doc.published = format_iso(*dated_line);
      doc.published_source = "dateline";
    }
  }
}

// Whether `text` names `person`: their full name or its last word, as a whole word.
bool names_person(std::string_view text, std::string_view person) {
  const size_t space = person.rfind(' ');
  const std::string_view surname =
      space == std::string_view::npos ? person : person.substr(space + 1);
  auto is_letter = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  for (size_t at = text.find(surname); at != std::string_view::npos;
       at = text.find(surname, at + 1)) {
    const size_t end = at + surname.size();
    if ((at == 0 || !is_letter(text[at - 1])) && (end == text.size() || !is_letter(text[end])))
      return true;
  }
  return false;
}

// "“…,” the opposition leader said" in an article that names nobody so: the person another
// article of the cluster gives that role ("Opposition leader Mirela Kostova"), if only one
// (person_for_role). The description is renamed wherever its article gave it as a source.
void resolve_roles_across(Analysis& analysis,
                          const std::vector<std::vector<PersonRole>>& person_roles,
                          const std::vector<std::vector<UnexplainedRole>>& unexplained) {
  // Quotes and figures by document, read only when some description is resolved; the
  // person a description's words take, looked up once per distinct word list.
  std::vector<std::vector<QuoteMention*>> quotes_of;
  std::vector<std::vector<NumberMention*>> numbers_of;
  std::map<std::vector<std::string>, std::string> person_of;
  for (size_t d = 0; d < unexplained.size(); ++d) {
    for (const UnexplainedRole& u : unexplained[d]) {
      // Only a description of two words or more ("the opposition leader", not "the
      // minister"), and only of a person the article itself names: another minister of
      // the cluster is not the one a bare "the minister said" means.
      if (u.words.size() < 2) continue;
      auto [it, fresh] = person_of.try_emplace(u.words);
      if (fresh) it->second = person_for_role(u, person_roles);
      const std::string& person = it->second;
      if (person.empty() || !names_person(analysis.documents[d].text.text, person)) continue;
      if (quotes_of.empty()) {
        quotes_of.resize(analysis.documents.size());
        numbers_of.resize(analysis.documents.size());
        for (QuoteMention& q : analysis.quotes)
          if (q.doc < quotes_of.size()) quotes_of[q.doc].push_back(&q);
        for (NumberMention& n : analysis.numbers)
          if (n.doc < numbers_of.size()) numbers_of[n.doc].push_back(&n);
      }
      for (QuoteMention* q : quotes_of[d])
        if (q->speaker == u.name) q->speaker = person;
      for (NumberMention* n : numbers_of[d])
        if (n->source == u.name) n->source = person;
      for (std::string& source : analysis.documents[d].sentence_sources)
        if (source == u.name) source = person;
    }
  }
}

// Both overloads: `owned` is the documents themselves when the caller gave them away (their
// texts are then taken), else null.
Analysis run_analysis(std::span<const Document> documents, std::vector<Document>* owned,
                      const Options& options) {
  Analysis analysis;
  if (!check_limits(documents, options, analysis)) return analysis;

  std::unordered_set<std::string> ids;
  analysis.documents.reserve(documents.size());
  for (size_t i = 0; i < documents.size(); ++i)
    analysis.documents.push_back(prepare(documents[i], owned ? &(*owned)[i].text : nullptr,
                                         static_cast<int32_t>(i), options, ids, analysis.warnings));

  std::vector<std::optional<CivilDate>> references;
  std::vector<char> inferred;
  assign_reference_dates(analysis, options, documents, references, inferred);

  size_t total_bytes = 0, done_bytes = 0;
  // Per document: its people's roles and the descriptions it left unexplained, for
  // resolve_roles_across once every document is read.
  std::vector<std::vector<PersonRole>> person_roles(analysis.documents.size());
  std::vector<std::vector<UnexplainedRole>> unexplained(analysis.documents.size());
  for (const DocumentInfo& d : analysis.documents) total_bytes += d.text.text.size();
  for (size_t i = 0; i < analysis.documents.size(); ++i) {
    const DocumentText& text = analysis.documents[i].text;
    const auto doc = static_cast<uint32_t>(i);
    // Entities, attribution and numbers read the same folded tokens: fold them once.
    const words::FoldedTokens folded(text);
    std::vector<EntityMention> entities = extract_entities(text, doc, folded);
    Attributions attributions = resolve_attribution(text, entities, folded);
    person_roles[i] = std::move(attributions.person_roles);
    unexplained[i] = std::move(attributions.unexplained);
    auto& sources = analysis.documents[i].sentence_sources;
    sources.reserve(attributions.by_sentence.size());
    for (const SentenceSource& s : attributions.by_sentence) sources.push_back(s.name);

    // Mentions per byte hold steady across a cluster: when a document's mentions may not
    // fit, room for the whole input at the rate so far (and at least half again as much),
    // rather than doubling each time, which moved every mention about twice.
    auto make_room = [&](auto& into) {
      if (done_bytes == 0) return;  // no rate yet: the first document grows its own way
      const double rate = static_cast<double>(into.size()) / static_cast<double>(done_bytes);
      const auto here = static_cast<size_t>(rate * static_cast<double>(text.text.size()) * 2) + 16;
      if (into.size() + here <= into.capacity()) return;
      const auto expected = static_cast<size_t>(rate * static_cast<double>(total_bytes) * 1.1);
      into.reserve(std::max({into.size() + here, into.capacity() + into.capacity() / 2, expected}));
    };
    // Figures and dates are read straight into the analysis: no list per document to move.
    make_room(analysis.numbers);
    const size_t first_number = analysis.numbers.size();
    append_numbers(text, doc, folded, analysis.numbers);
    for (size_t k = first_number; k < analysis.numbers.size(); ++k)
      analysis.numbers[k].source = attributions.source_of(analysis.numbers[k].sentence);
    std::vector<QuoteMention> quotes = extract_quotes(text, doc, attributions, entities);
    make_room(analysis.dates);
    append_dates(text, doc, references[i], folded, analysis.dates, inferred[i] != 0);

    done_bytes += text.text.size();
    auto append = [&](auto& into, auto& from) {
      const size_t need = into.size() + from.size();
      if (need > into.capacity()) {
        const double expected = static_cast<double>(need) / static_cast<double>(done_bytes) *
                                static_cast<double>(total_bytes) * 1.1;
        into.reserve(
            std::max({need, into.capacity() + into.capacity() / 2, static_cast<size_t>(expected)}));
      }
      into.insert(into.end(), std::make_move_iterator(from.begin()),
                  std::make_move_iterator(from.end()));
    };
    append(analysis.quotes, quotes);
    append(analysis.entities, entities);
  }
  // The mention vectors grew by doubling; the compare stage's working memory comes on
  // top of them, so give back the slack first (the copy is made while memory is low).
  analysis.numbers.shrink_to_fit();
  analysis.dates.shrink_to_fit();
  analysis.quotes.shrink_to_fit();
  analysis.entities.shrink_to_fit();

  infer_currencies(analysis);
  resolve_roles_across(analysis, person_roles, unexplained);
  unify_names(analysis);
  build_groups(analysis);
  return analysis;
}

}  // namespace

Analysis analyze(std::span<const Document> documents, const Options& options) {
  return run_analysis(documents, nullptr, options);
}

Analysis analyze(std::vector<Document>&& documents, const Options& options) {
  return run_analysis(documents, &documents, options);
}

const char* version() {
  return "0.1.0";
}

}  // namespace parallax
