// Dates: the extractor the pipeline calls, the dateline finder and the latest full date.
// The scanning and resolving rules live in date_scan.cpp.
#include "extract/dates.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "extract/date_scan.h"
#include "extract/words.h"
#include "lexicon/dates_lexicon.h"

namespace parallax {

namespace {

using date_scan::Found;
using date_scan::Scanner;

// Datelines sit at the top of an article.
constexpr size_t kDatelineParagraphs = 12;
// A dateline's date starts within this many words of its line ("ROME, Oct 23 --").
constexpr size_t kDatelineLead = 6;
// Only the start of a line is read: a dateline is short.
constexpr uint32_t kDatelineTokens = 40;
// A line that is little more than a date ("Wednesday, October 23, 2024 at 10:42 a.m.").
constexpr size_t kDateOnlyLineWords = 14;

}  // namespace

std::optional<CivilDate> find_dateline(const DocumentText& doc, std::optional<CivilDate> near) {
  Scanner scanner(doc, std::nullopt);
  const size_t paragraphs = std::min(doc.paragraphs.size(), kDatelineParagraphs);
  // 0: a published line or a dateline, 1: an updated line, 2: a line that is just a date.
  int best_rank = 99;
  std::optional<CivilDate> best;
  for (size_t p = 0; p < paragraphs && best_rank > 0; ++p) {
    const Paragraph& para = doc.paragraphs[p];
    if (para.first_sentence >= para.end_sentence) continue;
    const uint32_t first_token = doc.sentences[para.first_sentence].first_token;
    const uint32_t end_token = std::min<uint32_t>(doc.sentences[para.end_sentence - 1].end_token,
                                                  first_token + kDatelineTokens);
    const std::vector<Found> found = scanner.scan(first_token, end_token);
    const auto& words = scanner.words();
    if (words.empty()) continue;
    std::optional<int> cue;
    if (words.size() > 1) {
      std::string pair(words[0].low);
      pair.append(" ").append(words[1].low);
      cue = lexicon::dateline_cue(pair);
    }
    if (!cue) cue = lexicon::dateline_cue(words[0].low);
    for (const Found& f : found) {
      if (!f.month || !f.day) continue;
      int rank = 99;
      if (cue) {
        rank = *cue;
      } else if (f.first <= kDatelineLead && f.end < words.size() &&
                 (words[f.end].low == "(" || words[f.end].low == "-")) {
        rank = 0;
      } else if (f.full && f.first == 0 && words.size() <= kDateOnlyLineWords && p < 3) {
        rank = 2;
      }
      if (rank >= best_rank) continue;
      int year = f.year;
      if (!year) {
        // "Oct 23 (Reuters) -": the year of the latest full date in the text, else the year
        // nearest the other documents' latest date.
        if (const auto latest = latest_explicit_date(doc)) {
          year = latest->year;
        } else if (near) {
          long best_gap = -1;
          for (const int y : {near->year - 1, near->year, near->year + 1}) {
            const CivilDate candidate{y, f.month, f.day};
            if (!is_valid(candidate)) continue;
            const long gap = std::labs(days_from_civil(candidate) - days_from_civil(*near));
            if (best_gap < 0 || gap < best_gap) {
              best_gap = gap;
              year = y;
            }
          }
        }
        if (!year) continue;
      }
      const CivilDate date{year, f.month, f.day};
      if (!is_valid(date)) continue;
      best_rank = rank;
      best = date;
      break;
    }
  }
  return best;
}

std::optional<CivilDate> latest_explicit_date(const DocumentText& doc) {
  Scanner scanner(doc, std::nullopt);
  std::optional<CivilDate> latest;
  for (const Sentence& s : doc.sentences) {
    if (doc.is_furniture(s)) continue;
    for (const Found& f : scanner.scan(s.first_token, s.end_token)) {
      if (!f.full || f.is_time) continue;
      const CivilDate date{f.year, f.month, f.day};
      if (is_valid(date) && (!latest || *latest < date)) latest = date;
    }
  }
  return latest;
}

std::optional<CivilDate> weekday_dated_day(const DocumentText& doc, CivilDate anchor) {
  Scanner scanner(doc, anchor);
  scanner.set_reference_inferred(true);
  std::map<CivilDate, int> times;
  for (const Sentence& s : doc.sentences) {
    if (doc.is_furniture(s)) continue;
    for (const Found& f : scanner.scan(s.first_token, s.end_token))
      if (f.year_from_weekday && !f.is_time)
        if (const auto date = parse_iso_date(f.resolved)) ++times[*date];
  }
  std::optional<CivilDate> best;
  int most = 0;
  // In date order: a tie goes to the earlier day (a later one is often a day announced
  // ahead: "the next strike, Tuesday, January 31").
  for (const auto& [date, n] : times)
    if (n > most) {
      most = n;
      best = date;
    }
  return best;
}

std::vector<DateMention> extract_dates(const DocumentText& doc, uint32_t doc_index,
                                       std::optional<CivilDate> reference) {
  return extract_dates(doc, doc_index, reference, words::FoldedTokens(doc));
}

std::vector<DateMention> extract_dates(const DocumentText& doc, uint32_t doc_index,
                                       std::optional<CivilDate> reference,
                                       const words::FoldedTokens& folded) {
  std::vector<DateMention> out;
  append_dates(doc, doc_index, reference, folded, out);
  return out;
}

namespace {

// Whether the date at `span` comes right after a verb of a statement, with or without "on"
// between ("said on Tuesday", "told reporters Tuesday" is not read).
bool statement_day(const DocumentText& doc, const words::FoldedTokens& folded, Span span) {
  const auto at = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), span.begin,
                                   [](const Token& t, uint32_t b) { return t.span.begin < b; });
  size_t k = static_cast<size_t>(at - doc.tokens.begin());
  if (k == 0 || k >= doc.tokens.size() || doc.tokens[k].span.begin != span.begin) return false;
  --k;
  if (folded[k] == "on") {
    if (k == 0) return false;
    --k;
  }
  return doc.tokens[k].kind == TokenKind::kWord && lexicon::is_statement_verb(folded[k]);
}

// Whether the time at `span` is all its line says, but for a zone in capitals ("14:30
// GMT"): a live page's timestamp over an entry.
bool timestamp_line(const DocumentText& doc, const Sentence& s, Span span) {
  const Paragraph& line = doc.paragraphs[s.paragraph];
  if (line.end_sentence != line.first_sentence + 1) return false;  // the sentence is the line
  size_t outside = 0;
  for (uint32_t k = s.first_token; k < s.end_token; ++k) {
    const Token& t = doc.tokens[k];
    if (t.span.begin >= span.begin && t.span.end <= span.end) continue;
    if (t.kind != TokenKind::kWord) return false;
    const std::string_view w = doc.slice(t.span);
    if (++outside > 1 || w.size() > 4 ||
        !std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
      return false;
  }
  return outside <= 1;
}

// The months a month ends when it closes a counted run of months: "the three months to
// September" (a quarter), "the six months to June" (a half year), "the 12 months ended
// March" (a fiscal year). Returns the count, or 0. The run is as coarse as a part of the
// year and is one with it ("the third quarter"), though the month is what the text names.
int months_ending(const DocumentText& doc, const words::FoldedTokens& folded, Span span) {
  constexpr int kMaxMonths = 12;
  const auto at = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), span.begin,
                                   [](const Token& t, uint32_t b) { return t.span.begin < b; });
  const size_t k = static_cast<size_t>(at - doc.tokens.begin());
  if (k < 3 || k >= doc.tokens.size() || doc.tokens[k].span.begin != span.begin) return 0;
  const std::string_view link = folded[k - 1];
  if (link != "to" && link != "ended" && link != "ending" && link != "through") return 0;
  if (folded[k - 2] != "months") return 0;
  // "the three months to September"; not "extended ... by three months to March".
  if (k < 4 || folded[k - 4] != "the") return 0;
  int n = 0;
  if (doc.tokens[k - 3].kind == TokenKind::kNumber) {
    const std::string_view digits = doc.slice(doc.tokens[k - 3].span);
    if (digits.size() > 2 ||
        !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return 0;
    for (char c : digits) n = n * 10 + (c - '0');
  } else if (const auto count = lexicon::count_word(folded[k - 3])) {
    n = *count;
  }
  return n >= 2 && n <= kMaxMonths ? n : 0;
}

// Whether the time at `span` is the word "midnight" alone.
bool coming_midnight(const DocumentText& doc, Span span) {
  const std::string_view w = doc.slice(span);
  if (w.size() != 8) return false;
  for (size_t i = 0; i < w.size(); ++i)
    if (static_cast<char>(std::tolower(static_cast<unsigned char>(w[i]))) != "midnight"[i])
      return false;
  return true;
}

// The range from the first day of `first`'s month to the last day of `last`'s.
void set_whole_months(Found& f, CivilDate first, CivilDate last) {
  f.range_from = format_iso({first.year, first.month, 1});
  f.range_to = format_iso({last.year, last.month, days_in_month(last.year, last.month)});
  f.note = "a run of months ending in the month named: its months as a range";
}

}  // namespace

void append_dates(const DocumentText& doc, uint32_t doc_index, std::optional<CivilDate> reference,
                  const words::FoldedTokens& folded, std::vector<DateMention>& out,
                  bool reference_inferred) {
  Scanner scanner(doc, reference, &folded);
  scanner.set_reference_inferred(reference_inferred);
  // A time of day with no day in its sentence ("the train derailed at around 7pm") is on the
  // day the article last stated, when it stated one; else on the reference date. A day after
  // the reference date ("the runoff on December 13") is one announced ahead: a later time
  // is on it only when the time's own clause looks forward ("polls will open at 7am").
  std::string last_day;
  std::string last_past_day;
  const std::string reference_day = reference ? format_iso(*reference) : std::string();
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    if (doc.is_furniture(s)) continue;
    for (Found& f : scanner.scan(s.first_token, s.end_token)) {
      if (f.is_time && f.stated_day_missing && !reference_day.empty() &&
          timestamp_line(doc, s, scanner.span(f))) {
        // "14:30 GMT" alone on its line over a live page's entry: when the entry was
        // posted, on the day of publication, not on a day the entry before it told of.
        for (std::string* minute : {&f.range_from, &f.range_to})
          if (minute->size() > f.resolved.size())
            minute->replace(0, f.resolved.size(), reference_day);
        f.resolved = reference_day;
        f.note = "a timestamp line: the day of publication";
      } else if (f.is_time && f.stated_day_missing && !last_day.empty()) {
        const bool ahead = !reference_day.empty() && last_day > reference_day;
        const std::string& day =
            ahead && scanner.tense_of(f) != lexicon::Tense::kFuture ? last_past_day : last_day;
        if (!day.empty()) {
          for (std::string* minute : {&f.range_from, &f.range_to})
            if (minute->size() > f.resolved.size()) minute->replace(0, f.resolved.size(), day);
          f.resolved = day;
          f.note = "a time on the day stated before it";
        }
      } else if (!f.is_time && f.resolved.size() == 10 &&
                 (last_day.empty() || !statement_day(doc, folded, scanner.span(f)))) {
        // "A quake struck late Monday, ..., the agency said on Tuesday. It hit at 11:47
        // p.m.": the day a statement was made is no day of the events told after it, unless
        // the article stated no other day before it.
        last_day = f.resolved;
        if (reference_day.empty() || f.resolved <= reference_day) last_past_day = f.resolved;
      }
      if (f.is_time && f.stated_day_missing && f.range_from.empty() && f.resolved.size() == 10 &&
          f.resolved == reference_day && coming_midnight(doc, scanner.span(f)) &&
          scanner.tense_of(f) == lexicon::Tense::kFuture) {
        // "Prices will be cut from midnight": the midnight to come is the one that starts the
        // next day, not the one that started the day of writing. A midnight on a day stated
        // in an earlier sentence ("Polls closed on Sunday. ... due to take effect at
        // midnight") keeps that day.
        if (const auto day = parse_iso_date(f.resolved)) {
          f.resolved = format_iso(add_days(*day, 1));
          f.note = "midnight in a clause that looks ahead: the start of the next day";
        }
      }
      if (!f.is_time && f.resolved.size() == 7 && f.range_from.empty())
        if (const int months = months_ending(doc, folded, scanner.span(f)))
          if (const auto last = parse_iso_date(f.resolved + "-01")) {
            const CivilDate first = add_months(*last, 1 - months);
            set_whole_months(f, first, *last);
          }
      DateMention m;
      m.doc = doc_index;
      m.span = scanner.span(f);
      m.resolved = std::move(f.resolved);
      m.is_time = f.is_time;
      m.weekday_conflict = f.conflict;
      m.note = std::move(f.note);
      m.range_from = std::move(f.range_from);
      m.range_to = std::move(f.range_to);
      m.sentence = si;
      out.push_back(std::move(m));
    }
  }
}

}  // namespace parallax
