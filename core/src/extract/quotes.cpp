// Quotations: the regions of quote_marks.h, each with its speaker.
//
// The speaker is, in order: the source of the sentence where the quotation closes (or
// opens), read by the attribution resolver; for a quotation continued over paragraphs,
// the speaker of the same quotation; for a paragraph after "X said:", X; otherwise the
// speaker of the quotation before it (a quotation with no attribution follows another).
// A quotation in a headline takes the speaker the body gives the same words; a live page's
// heading "Label: ‘words’" takes its entry's first speaker when the label names them.
#include "extract/quotes.h"

#include <algorithm>
#include <string>

#include "extract/quote_marks.h"
#include "extract/words.h"
#include "lexicon/compare_lexicon.h"
#include "lexicon/people_lexicon.h"
#include "text/unicode.h"

namespace parallax {

namespace {

constexpr size_t kMaxHeadlineQuotes = 16;  // headline quotations matched against the body
constexpr uint32_t kAdjacentTokens = 1;    // “...,” Austin said: the cue right after the mark
constexpr uint32_t kTitleTokens = 3;       // “...,” Greens leader Jonas Feldt said: title words
constexpr uint32_t kLeadingTokens = 4;     // “...?” O’Hanlon said. (split off by the "?")
constexpr uint32_t kColonLeadTokens = 3;   // "Party leader X: “…”": where the person starts

// The cues of sentences [first, last], as a range of Attributions::cues.
std::pair<size_t, size_t> cues_of(const Attributions& a, uint32_t first, uint32_t last) {
  auto lo = std::lower_bound(a.cues.begin(), a.cues.end(), first,
                             [](const AttributionCue& c, uint32_t s) { return c.sentence < s; });
  auto hi = std::upper_bound(a.cues.begin(), a.cues.end(), last,
                             [](uint32_t s, const AttributionCue& c) { return s < c.sentence; });
  return {static_cast<size_t>(lo - a.cues.begin()), static_cast<size_t>(hi - a.cues.begin())};
}

// A quotation set off by a colon in a sentence no cue attributes ("Strike leader Ana Vos:
// “…”", "Ana Vos, the campaign's chief, addresses supporters: “…”", "Vos put it
// plainly: “…”"): the person the sentence opens with speaks it. Only when the sentence's
// first name is a person's, within its first few tokens, and before the colon.
std::string colon_lead_speaker(const DocumentText& doc, const QuoteRegion& r, uint32_t sentence,
                               const std::vector<EntityMention>& entities) {
  size_t k = r.open_mark.begin;
  while (k > 0 && doc.text[k - 1] == ' ') --k;
  if (k == 0 || doc.text[k - 1] != ':') return {};
  const Sentence& s = doc.sentences[sentence];
  const size_t colon = k - 1;
  if (colon < s.span.begin) return {};
  const EntityMention* first = nullptr;
  for (const EntityMention& e : entities) {
    if (e.span.begin < s.span.begin || e.span.end > colon ||
        (first && e.span.begin >= first->span.begin))
      continue;
    // "Party leader X:": a capitalised role or title word opening the sentence is part of
    // the person's description, no name of its own.
    const std::string folded = unicode::fold(doc.slice(e.span));
    if (lexicon::find_role_noun(folded) || lexicon::find_title(folded)) continue;
    first = &e;
  }
  if (!first || first->type != EntityType::kPerson) return {};
  if (words::token_at(doc, first->span.begin) >= s.first_token + kColonLeadTokens) return {};
  return first->canonical;
}

// The speaker its own sentences give a quotation: the possessor of a speech noun that
// introduces it ("her claim that “…”"), else a cue right after its closing mark
// ("“…,” Austin said"), else the last cue before it that is not embedded in another
// ("Lee said the agency confirmed … “large number”" -> Lee), else any cue after it, else
// the person a sentence opens with before a colon that sets the quotation off, else a cue
// opening the next sentence when the quotation ended its sentence.
std::string speaker_from_cues(const DocumentText& doc, const Attributions& a, const QuoteRegion& r,
                              uint32_t first, uint32_t last,
                              const std::vector<EntityMention>& entities) {
  const uint32_t close = r.closed ? r.close_mark.end : r.inner.end;
  const uint32_t close_token = words::token_at(doc, close > 0 ? close - 1 : 0);
  const auto [lo, hi] = cues_of(a, first, last);
  const AttributionCue* before = nullptr;
  const AttributionCue* after = nullptr;
  const uint32_t open_token = words::token_at(doc, r.open_mark.begin);
  for (size_t i = lo; i < hi; ++i) {
    const AttributionCue& c = a.cues[i];
    if (c.speech) {
      // "Varga’s warning that “…”": the possessor speaks the quotation its noun introduces.
      const uint32_t noun = words::token_at(doc, c.span.end - 1);
      if (!r.open_mark.empty() && noun < open_token && open_token <= noun + 2) return c.name;
      continue;
    }
    if (c.span.end <= r.open_mark.begin) {
      if (!c.embedded || !before) before = &c;
    } else if (c.span.begin >= close && !after) {
      after = &c;
    }
  }
  if (after) {
    // “…,” Austin said: the cue right after the mark, with no "while" or "but" between.
    // Words of the speaker's title may stand between ("“…,” Greens leader Jonas Feldt said").
    const uint32_t cue_token = words::token_at(doc, after->span.begin);
    uint32_t titled = close_token + 1;
    while (titled < cue_token && titled < close_token + 1 + kTitleTokens &&
           doc.tokens[titled].kind == TokenKind::kWord) {
      const std::string folded = unicode::fold(doc.slice(doc.tokens[titled].span));
      if (!lexicon::find_title(folded) && !lexicon::find_role_noun(folded) &&
          !words::is_capitalised(doc.slice(doc.tokens[titled].span)))
        break;
      ++titled;
    }
    bool adjacent = cue_token <= close_token + 1 + kAdjacentTokens || titled == cue_token;
    for (uint32_t t = close_token + 1; adjacent && t < cue_token; ++t)
      if (doc.tokens[t].kind == TokenKind::kWord &&
          lexicon::is_clause_opener(unicode::fold(doc.slice(doc.tokens[t].span))))
        adjacent = false;
    if (adjacent) return after->name;
  }
  if (before) return before->name;
  if (after) return after->name;
  // "X, a role, addresses supporters: “…” Her campaign says …": the person the sentence
  // opens with, not a cue of the next sentence.
  if (std::string lead = colon_lead_speaker(doc, r, first, entities); !lead.empty()) return lead;
  // “The key question is: will it grow?” O’Hanlon said.
  const Sentence& s = doc.sentences[last];
  if (close_token + 1 >= s.end_token && last + 1 < doc.sentences.size()) {
    const Sentence& next = doc.sentences[last + 1];
    if (next.paragraph != s.paragraph) return {};
    const auto [nlo, nhi] = cues_of(a, last + 1, last + 1);
    if (nlo < nhi && !a.cues[nlo].speech &&
        words::token_at(doc, a.cues[nlo].span.begin) < next.first_token + kLeadingTokens &&
        !unicode::is_open_quote(words::first_cp(doc, doc.tokens[next.first_token])))
      return a.cues[nlo].name;
  }
  return {};
}

// Words folded for comparing: lowercase, letters and digits only.
std::vector<std::string> word_list(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  const std::string folded = unicode::fold(text);
  for (size_t i = 0; i < folded.size();) {
    int len = 1;
    const char32_t cp = unicode::decode_at(folded, i, len);
    if (unicode::is_letter(cp) || unicode::is_digit(cp)) {
      current.append(folded, i, static_cast<size_t>(len));
    } else if (!current.empty()) {
      out.push_back(std::move(current));
      current.clear();
    }
    i += static_cast<size_t>(len);
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

bool contains_sequence(const std::vector<std::string>& hay,
                       const std::vector<std::string>& needle) {
  if (needle.empty() || needle.size() > hay.size()) return false;
  for (size_t i = 0; i + needle.size() <= hay.size(); ++i)
    if (std::equal(needle.begin(), needle.end(), hay.begin() + static_cast<std::ptrdiff_t>(i)))
      return true;
  return false;
}

// The length of the longest common subsequence of two word lists (short lists: a headline
// quotation and a body one).
size_t common_words(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<size_t> row(b.size() + 1, 0), next(b.size() + 1, 0);
  for (size_t i = 0; i < a.size(); ++i) {
    for (size_t j = 0; j < b.size(); ++j)
      next[j + 1] = a[i] == b[j] ? row[j] + 1 : std::max(row[j + 1], next[j]);
    std::swap(row, next);
  }
  return row[b.size()];
}

// A headline quotation shortened from a body one: at least four words, all but one of them
// in the body quotation in order ("‘The sea came in like a wall’" over “The sea came into
// the town like a wall”). Body quotations longer than this are not compared.
constexpr size_t kMinShortenedWords = 4;
constexpr size_t kMaxComparedWords = 200;
constexpr size_t kMinShortenedContentWords = 3;
bool shortened_from(const std::vector<std::string>& heading, const std::vector<std::string>& body) {
  if (heading.size() < kMinShortenedWords || body.size() > kMaxComparedWords) return false;
  if (common_words(heading, body) + 1 < heading.size()) return false;
  // The word left out may only be a function word: every content word of the heading, at
  // least three, is in the body quotation in order ('This is a disaster for all of us' is
  // not “This is a tragedy for all of us”).
  auto content = [](const std::vector<std::string>& words) {
    std::vector<std::string> out;
    for (const std::string& w : words)
      if (!lexicon::is_stop_word(w)) out.push_back(w);
    return out;
  };
  const std::vector<std::string> heading_content = content(heading);
  if (heading_content.size() < kMinShortenedContentWords) return false;
  return common_words(heading_content, content(body)) == heading_content.size();
}

// A heading "Label: ‘words’" over an entry of a live page, whose words the body does not
// quote again: the speaker of the entry's first quotation, when the label names them or
// their body in the entry ("UN: ‘...’" over "The UN’s coordinator, X, said “...”"). Else "".
std::string entry_speaker(const DocumentText& doc, const std::vector<QuoteMention>& quotes,
                          size_t i) {
  constexpr size_t kMaxLabelWords = 4;
  const QuoteMention& heading = quotes[i];
  const Sentence& h = doc.sentences[heading.sentence];
  if (heading.span.begin <= h.span.begin) return {};
  std::string_view lead = doc.slice(Span{h.span.begin, heading.span.begin});
  while (!lead.empty() && (lead.back() == ' ' || lead.back() == '"' || lead.back() == '\'' ||
                           static_cast<unsigned char>(lead.back()) >= 0x80)) {
    // Drop the opening mark (one code point, maybe several bytes) and spaces.
    size_t cut = lead.size() - 1;
    while (cut > 0 && (static_cast<unsigned char>(lead[cut]) & 0xC0) == 0x80) --cut;
    lead.remove_suffix(lead.size() - cut);
  }
  if (lead.empty() || lead.back() != ':') return {};
  lead.remove_suffix(1);
  const std::vector<std::string> label = word_list(lead);
  if (label.empty() || label.size() > kMaxLabelWords) return {};
  for (size_t j = i + 1; j < quotes.size(); ++j) {
    if (quotes[j].sentence == heading.sentence) continue;
    for (uint32_t k = heading.sentence + 1; k <= quotes[j].sentence; ++k)
      if (doc.sentences[k].headline) return {};  // the next entry
    if (quotes[j].speaker.empty()) return {};
    const Sentence& last = doc.sentences[quotes[j].sentence];
    std::vector<std::string> entry =
        word_list(doc.slice(Span{doc.sentences[heading.sentence + 1].span.begin, last.span.end}));
    const std::vector<std::string> speaker = word_list(quotes[j].speaker);
    entry.insert(entry.end(), speaker.begin(), speaker.end());
    for (const std::string& w : label)
      if (std::find(entry.begin(), entry.end(), w) == entry.end()) return {};
    return quotes[j].speaker;
  }
  return {};
}

// The paragraph before `p` that is not furniture, if any.
std::optional<uint32_t> previous_paragraph(const DocumentText& doc, uint32_t p) {
  while (p > 0) {
    --p;
    if (!doc.paragraphs[p].is_furniture()) return p;
  }
  return std::nullopt;
}

bool ends_with_colon(const DocumentText& doc, uint32_t p) {
  const std::string_view text = doc.slice(doc.paragraphs[p].span);
  return !text.empty() && text.back() == ':';
}

// A quotation its own sentences do not attribute carries the latest speaker before it (the
// previous quotation's or a sentence's source, whichever is later) only from its own
// paragraph or the one before: further back, an article has moved on, and no speaker is
// better than a guessed one.
std::string carried_speaker(const DocumentText& doc, const QuoteRegion& r,
                            const std::vector<QuoteMention>& earlier,
                            const std::string& last_source, uint32_t last_source_sentence) {
  const QuoteMention* previous = nullptr;
  for (auto it = earlier.rbegin(); it != earlier.rend(); ++it)
    if (!it->speaker.empty()) {
      previous = &*it;
      break;
    }
  uint32_t sentence = 0;
  const std::string* speaker = nullptr;
  if (previous) {
    sentence = previous->sentence;
    speaker = &previous->speaker;
  }
  if (!last_source.empty() && (!speaker || last_source_sentence > sentence)) {
    sentence = last_source_sentence;
    speaker = &last_source;
  }
  if (!speaker) return {};
  const uint32_t paragraph = doc.sentences[sentence].paragraph;
  if (paragraph == r.paragraph || paragraph == previous_paragraph(doc, r.paragraph))
    return *speaker;
  return {};
}

}  // namespace

std::vector<QuoteMention> extract_quotes(const DocumentText& doc, uint32_t doc_index,
                                         const Attributions& attributions,
                                         const std::vector<EntityMention>& entities) {
  const std::vector<QuoteRegion>& regions = attributions.quote_regions;
  std::vector<QuoteMention> out;
  out.reserve(regions.size());
  std::vector<bool> explicit_speaker;  // the speaker came from the quotation's own sentences
  std::string last_source;             // the latest sentence source before the quotation
  uint32_t last_source_sentence = 0;   // the sentence that gave last_source
  uint32_t sources_seen = 0;           // sentences scanned for last_source
  auto source_of = [&](uint32_t s) -> const std::string& {
    return s < attributions.by_sentence.size() ? attributions.source_of(s) : last_source;
  };
  for (const QuoteRegion& r : regions) {
    QuoteMention q;
    q.doc = doc_index;
    q.span = r.inner;
    q.sentence = doc.sentence_at(r.inner.begin);
    const uint32_t last_sentence = doc.sentence_at(r.closed ? r.close_mark.begin : r.inner.end - 1);
    for (; sources_seen < q.sentence; ++sources_seen)
      if (!source_of(sources_seen).empty()) {
        last_source = source_of(sources_seen);
        last_source_sentence = sources_seen;
      }

    bool from_sentence = true;
    q.speaker = speaker_from_cues(doc, attributions, r, q.sentence, last_sentence, entities);
    if (q.speaker.empty()) {
      from_sentence = false;
      const auto prev = previous_paragraph(doc, r.paragraph);
      const bool opens_paragraph = r.open_mark.begin == doc.paragraphs[r.paragraph].span.begin;
      if (r.continues && !out.empty()) {
        q.speaker = out.back().speaker;
      } else if (opens_paragraph && prev && ends_with_colon(doc, *prev)) {
        q.speaker = source_of(doc.paragraphs[*prev].end_sentence - 1);
      }
      if (q.speaker.empty())
        q.speaker = carried_speaker(doc, r, out, last_source, last_source_sentence);
    }
    // A quotation continued from the paragraph before shares its speaker both ways.
    if (r.continues && from_sentence && !out.empty() && !explicit_speaker.back()) {
      for (size_t i = out.size(); i > 0; --i) {
        out[i - 1].speaker = q.speaker;
        if (explicit_speaker[i - 1] || !regions[i - 1].continues) break;
      }
    }
    out.push_back(std::move(q));
    explicit_speaker.push_back(from_sentence);
  }

  // Headline quotations: the speaker of the body quotation holding the same words.
  size_t matched = 0;
  for (size_t i = 0; i < out.size() && matched < kMaxHeadlineQuotes; ++i) {
    if (!doc.sentences[out[i].sentence].headline) continue;
    ++matched;
    const auto needle = word_list(doc.slice(out[i].span));
    for (size_t j = 0; j < out.size(); ++j) {
      if (j == i || doc.sentences[out[j].sentence].headline || out[j].speaker.empty()) continue;
      if (contains_sequence(word_list(doc.slice(out[j].span)), needle)) {
        out[i].speaker = out[j].speaker;
        break;
      }
    }
    // Headlines shorten quotations: the first body quotation holding all its words but one.
    for (size_t j = 0; j < out.size() && out[i].speaker.empty(); ++j) {
      if (j == i || doc.sentences[out[j].sentence].headline || out[j].speaker.empty()) continue;
      if (shortened_from(needle, word_list(doc.slice(out[j].span)))) out[i].speaker = out[j].speaker;
    }
    if (out[i].speaker.empty()) out[i].speaker = entry_speaker(doc, out, i);
  }
  return out;
}

}  // namespace parallax
