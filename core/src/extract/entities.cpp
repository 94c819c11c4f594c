// Entities: capitalised word sequences, read against the people lexicon.
//
// A sequence is a run of capitalised words, joined by name connectors (of, for, de, bin),
// initials ("J.") and title abbreviations ("Gen."); a possessive ("Korea’s") ends it.
// Then, in order: common words that happen to be capitalised are dropped (The, However,
// a sentence-initial word the document also writes in lowercase); a known alias names it
// (DPRK -> North Korea); a title prefix is stripped (U.S. Defense Secretary, Maj. Gen.);
// organisation cues, the gazetteer, place cues and acronyms give the type; person names
// lose initials and suffixes (Lloyd J. Austin III -> Lloyd Austin). Last, one-word
// mentions are resolved to a full name the document gives (Austin -> Lloyd Austin;
// Lee -> Lee Seong-kweun), and acronyms defined in parentheses take the defined name.
// Title-case headlines are read last and only for names the body or the lexicon knows.
#include "extract/entities.h"

#include <algorithm>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "extract/words.h"
#include "lexicon/calendar_lexicon.h"
#include "lexicon/people_lexicon.h"
#include "lexicon/text_lexicon.h"
#include "lexicon/token_classes.h"
#include "text/unicode.h"

namespace parallax {

namespace {

enum class Guess : uint8_t { kKnown, kSingle, kDrop };

struct Candidate {
  Span span;
  EntityType type = EntityType::kOther;
  std::string canonical;
  Guess guess = Guess::kKnown;  // kSingle: one unknown word, resolved at the end
  bool initial = false;         // a single word at the start of a sentence or quotation
  bool before_verb = false;     // followed by a reporting verb: a person's surname
  std::string_view key;         // folded word for kSingle (a view of the folded tokens)
};

struct Known {
  std::string canonical;
  EntityType type;
};

namespace tc = lexicon::token_class;

using Words = std::span<const uint32_t>;  // word tokens of a capitalised sequence

bool is_abbreviation_word(std::string_view folded) {
  const auto* a = lexicon::find_abbreviation(folded);
  return a != nullptr && a->kind != lexicon::AbbreviationKind::kMonth;
}

class Extractor {
 public:
  Extractor(const DocumentText& doc, uint32_t doc_index, const words::FoldedTokens& folded)
      : doc_(doc), doc_index_(doc_index), folded_(folded), lowercase_(doc.tokens.size() / 4) {
    // The set is asked only about words that are no never-name, calendar or title word
    // (process): the others, the commonest words of any text, are left out.
    for (size_t t = 0; t < doc.tokens.size(); ++t) {
      const Token& tok = doc.tokens[t];
      if (tok.kind == TokenKind::kWord && !folded_.is(t, kNeverAskedLowercase) &&
          !words::is_capitalised(doc.slice(tok.span)))
        lowercase_.insert(folded_[t]);
    }
  }

  std::vector<EntityMention> run() {
    // News text has about one candidate per ten tokens: half of that spares the early
    // regrowths (moving candidates and their strings) without reserving much unused memory.
    candidates_.reserve(doc_.tokens.size() / 20 + 8);
    std::vector<uint32_t> headlines;
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      const Sentence& sentence = doc_.sentences[s];
      if (doc_.is_furniture(sentence)) continue;
      if (sentence.headline && is_title_case(sentence)) {
        headlines.push_back(s);
        continue;
      }
      scan_sentence(sentence);
    }
    apply_acronyms();
    resolve_singles(!headlines.empty());
    for (uint32_t s : headlines) scan_title_case(doc_.sentences[s]);

    std::vector<EntityMention> out;
    out.reserve(candidates_.size());
    for (Candidate& c : candidates_) {
      if (c.guess == Guess::kDrop || c.span.empty()) continue;
      out.push_back({doc_index_, c.span, c.type, std::move(c.canonical)});
    }
    std::sort(out.begin(), out.end(), [](const EntityMention& a, const EntityMention& b) {
      return a.span.begin < b.span.begin;
    });
    // Overlapping mentions (an alias inside a longer sequence) keep the first.
    std::vector<EntityMention> unique;
    for (EntityMention& m : out)
      if (unique.empty() || unique.back().span.end <= m.span.begin) unique.push_back(std::move(m));
    return unique;
  }

 private:
  bool is_word(uint32_t t) const { return doc_.tokens[t].kind == TokenKind::kWord; }
  bool is_cap_word(uint32_t t) const {
    return is_word(t) && words::is_capitalised(doc_.slice(doc_.tokens[t].span));
  }
  bool is_punct(uint32_t t, char c) const {
    const Token& tok = doc_.tokens[t];
    return tok.kind == TokenKind::kPunct && tok.span.size() == 1 && doc_.text[tok.span.begin] == c;
  }
  std::string_view raw(uint32_t t) const { return doc_.slice(doc_.tokens[t].span); }

  // Most long words capitalised: "Russia Claims Capture of Two More Villages".
  bool is_title_case(const Sentence& s) const {
    int long_words = 0, capitalised = 0;
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      if (!is_word(t) || raw(t).size() < 4) continue;
      ++long_words;
      if (is_cap_word(t)) ++capitalised;
    }
    return long_words >= 3 && capitalised * 5 >= long_words * 4;
  }

  // A word token after which a "." belongs to the name: initials, Gen., Co., Jr.
  bool takes_period(uint32_t t) const {
    const std::string_view w = raw(t);
    int len = 0;
    unicode::decode_at(w, 0, len);
    return static_cast<size_t>(len) == w.size() || is_abbreviation_word(folded_[t]);
  }

  // Folded phrase of tokens [a, b): words joined by spaces, periods attached. Written into
  // a reused buffer: strip_title asks for several phrases at every word.
  std::string_view phrase_into(std::string& out, Words ws, size_t a, size_t b) const {
    out.clear();
    for (size_t i = a; i < b; ++i) {
      if (!out.empty()) out += ' ';
      out += strip_possessive_folded(ws[i]);
    }
    return out;
  }
  std::string_view strip_possessive_folded(uint32_t t) const {
    const std::string_view f = folded_[t];
    if (f.size() > 2 && f.ends_with("'s") && words::possessive_suffix(raw(t)) > 0)
      return f.substr(0, f.size() - 2);
    return f;
  }
  // Original text of word tokens ws[a, b), possessive removed, joined by single spaces.
  std::string surface(Words ws, size_t a, size_t b, bool drop_minor) const {
    std::string out;
    for (size_t i = a; i < b; ++i) {
      const uint32_t t = ws[i];
      std::string_view w = raw(t);
      if (i + 1 == b) w.remove_suffix(words::possessive_suffix(w));
      if (drop_minor && b - a > 1) {
        int len = 0;
        unicode::decode_at(w, 0, len);
        const bool initial = static_cast<size_t>(len) == w.size() && words::is_capitalised(w);
        if (initial || lexicon::is_name_suffix(folded_[t])) continue;
      }
      if (!out.empty()) out += ' ';
      out += w;
    }
    return out;
  }
  Span span_of(Words ws, size_t a, size_t b) const {
    const Token& last = doc_.tokens[ws[b - 1]];
    const uint32_t end = last.span.end - words::possessive_suffix(raw(ws[b - 1]));
    return {doc_.tokens[ws[a]].span.begin, end};
  }

  bool sentence_initial(const Sentence& s, uint32_t t) const {
    if (t == s.first_token) return true;
    const Token& prev = doc_.tokens[t - 1];
    if (prev.kind != TokenKind::kPunct) return false;
    const char32_t cp = words::first_cp(doc_, prev);
    if (cp == ':' || unicode::is_dash(cp)) return true;  // "ROME (AP) — Heavy rain ..." 
    return unicode::is_open_quote(cp) && prev.span.end == doc_.tokens[t].span.begin;
  }

  void scan_sentence(const Sentence& s) {
    uint32_t t = s.first_token;
    while (t < s.end_token) {
      if (!is_cap_word(t) || folded_.is(t, tc::kNonName)) {
        ++t;
        continue;
      }
      // A multi-word alias may hold a possessive ("Democratic People’s Republic of Korea").
      if (uint32_t n = match_alias_at(t, s.end_token); n > 0) {
        t += n;
        continue;
      }
      // One buffer for every sequence: process() only reads it.
      ws_.clear();
      bool possessive = false;
      uint32_t next = collect(t, s.end_token, ws_, possessive);
      process(s, ws_, next, sentence_initial(s, t));
      t = next;
    }
  }

  // The longest alias of two or more words starting at token t; returns tokens used.
  uint32_t match_alias_at(uint32_t t, uint32_t end) {
    // Most capitalised words start no alias of two or more words: one lookup rejects them.
    if (t + 1 >= end || !is_word(t + 1) || !lexicon::starts_multiword_alias(folded_[t])) return 0;
    uint32_t best = 0;
    const lexicon::Alias* found = nullptr;
    std::string& p = phrase_buffer_;  // the folded words t..k-1, joined by spaces
    p.assign(folded_[t]);
    for (uint32_t k = t + 1; k < end && k - t < lexicon::kMaxAliasWords; ++k) {
      if (!is_word(k)) break;
      const size_t before = p.size();
      p += ' ';
      p += strip_possessive_folded(k);
      if (const auto* a = lexicon::find_alias(p)) {
        found = a;
        best = k + 1 - t;
      }
      p.resize(before + 1);
      p += folded_[k];
    }
    if (!found) return 0;
    Candidate c;
    const uint32_t last = t + best - 1;
    c.span = {doc_.tokens[t].span.begin,
              doc_.tokens[last].span.end - words::possessive_suffix(raw(last))};
    c.type = found->type;
    c.canonical = std::string(found->canonical);
    candidates_.push_back(std::move(c));
    return best;
  }

  // Collects a capitalised sequence from t; returns the token after it.
  uint32_t collect(uint32_t t, uint32_t end, std::vector<uint32_t>& ws, bool& possessive) const {
    bool had_connector = false;
    uint32_t j = t;
    while (true) {
      ws.push_back(j);
      if (words::possessive_suffix(raw(j)) > 0) {
        possessive = true;
        return j + 1;
      }
      uint32_t next = j + 1;
      if (next < end && is_punct(next, '.') && doc_.tokens[next].span.begin == doc_.tokens[j].span.end &&
          takes_period(j))
        ++next;
      if (next >= end || !is_word(next)) return next;
      if (is_cap_word(next)) {
        if (folded_.is(next, tc::kCalendar) && next + 1 < end &&
            doc_.tokens[next + 1].kind == TokenKind::kNumber)
          return next;
        j = next;
        continue;
      }
      const std::string_view f = folded_[next];
      const bool connector = lexicon::is_name_connector(f) || (f == "and" && had_connector);
      if (connector && next + 1 < end && is_cap_word(next + 1) &&
          !folded_.is(next + 1, tc::kCalendar)) {
        had_connector = had_connector || f != "and";
        ws.push_back(next);
        j = next + 1;
        continue;
      }
      return next;
    }
  }

  void process(const Sentence& s, Words ws, uint32_t next, bool initial) {
    // Capitalised common words are not names.
    size_t a = 0;
    while (a < ws.size()) {
      const std::string_view f = strip_possessive_folded(ws[a]);
      const uint16_t classes =
          f.size() == folded_[ws[a]].size() ? folded_.classes(ws[a]) : lexicon::token_classes(f);
      const bool common = (classes & (tc::kNonName | tc::kCalendar)) ||
                          (a == 0 && initial && !(classes & tc::kTitle) && lowercase_.contains(f) &&
                           !lexicon::is_place(f) && !lexicon::find_alias(f));
      if (!common) break;
      ++a;
      initial = false;
    }
    // "Residents of Ostrava": a sentence-initial plain word and its connector.
    if (a == 0 && initial && ws.size() > 2 && !is_cap_word(ws[1])) {
      const std::string_view f = folded_[ws[0]];
      if (!lexicon::is_organization_cue(f) && !lexicon::find_title(f) && !lexicon::is_place(f) &&
          !lexicon::find_alias(f) && !is_head_title(f))
        a = 2;
    }
    // A connector can't start a name.
    while (a < ws.size() && !is_cap_word(ws[a])) ++a;
    const size_t b = ws.size();
    if (a >= b) return;
    // "Matteo Lepore of Bologna": a person's name, then where they are from.
    for (size_t c = a + 2; c + 1 < b; ++c) {
      if (folded_[ws[c]] != "of" || !looks_like_person(ws, a, c)) continue;
      if (is_head_title(folded_[ws[c - 1]]) || lexicon::find_title(folded_[ws[c - 1]])) break;
      bool organisation = false;
      for (size_t i = a; i < b; ++i)
        organisation = organisation || lexicon::is_organization_cue(folded_[ws[i]]);
      if (organisation) break;
      process(s, ws.subspan(a, c - a), ws[c], initial);
      process(s, ws.subspan(c + 1), next, false);
      return;
    }
    // A phrase of several words is built only when its first word starts a longer alias.
    const auto* whole_alias = b - a == 1 ? lexicon::find_alias(strip_possessive_folded(ws[a]))
                              : lexicon::starts_multiword_alias(strip_possessive_folded(ws[a]))
                                  ? lexicon::find_alias(phrase_into(phrase_buffer_, ws, a, b))
                                  : nullptr;
    if (const auto* alias = whole_alias) {
      add(span_of(ws, a, b), alias->type, std::string(alias->canonical));
      check_acronym(ws, a, b, next, alias->type, std::string(alias->canonical));
      return;
    }
    // An organisation keeps its whole name: "Russian Defense Ministry".
    bool organisation = false;
    for (size_t i = a; i < b; ++i)
      if (lexicon::is_organization_cue(strip_possessive_folded(ws[i])) && (b - a > 1 || i > a))
        organisation = true;
    size_t start = a;
    if (!organisation) start = strip_title(ws, a, b);
    if (start >= b) return;  // a title alone ("Defense Secretary")
    // Read only before anything else fills phrase_buffer_. A phrase of several words can be
    // an alias or a place only if its first word starts one: else it is not built.
    const std::string_view first = strip_possessive_folded(ws[start]);
    const bool may_be_known = b - start == 1 || lexicon::starts_multiword_alias(first) ||
                              lexicon::starts_multiword_place(first);
    const std::string_view rest = b - start == 1 ? first
                                  : may_be_known ? phrase_into(phrase_buffer_, ws, start, b)
                                                 : "";
    const Span span = span_of(ws, start, b);
    EntityType type = EntityType::kOther;
    std::string canonical = surface(ws, start, b, false);
    if (const auto* alias = may_be_known ? lexicon::find_alias(rest) : nullptr) {
      type = alias->type;
      canonical = std::string(alias->canonical);
    } else if (organisation) {
      type = EntityType::kOrganization;
    } else if ((may_be_known && lexicon::is_place(rest)) || place_cue_after(next, s.end_token) ||
               place_cue_before(ws[start], s.first_token)) {
      type = EntityType::kPlace;
    } else if (b - start == 1 && words::is_all_caps(raw(ws[start]))) {
      auto it = acronyms_.find(std::string(raw(ws[start])));
      if (it != acronyms_.end()) {
        type = it->second.type;
        canonical = it->second.canonical;
      } else {
        type = EntityType::kOrganization;
      }
    } else if (b - start == 1) {
      if (lexicon::is_organization_cue(rest)) {
        type = EntityType::kOrganization;
      } else if (lexicon::is_demonym(rest)) {
        type = EntityType::kOther;
      } else {
        Candidate c;
        c.span = span;
        c.canonical = canonical;
        c.guess = Guess::kSingle;
        c.key = strip_possessive_folded(ws[start]);  // `rest`, as a view that outlives the buffer
        c.initial = initial && start == a;
        c.before_verb = verb_follows(next, s.end_token) || start > a;
        candidates_.push_back(std::move(c));
        return;
      }
    } else if (looks_like_person(ws, start, b)) {
      type = EntityType::kPerson;
      canonical = surface(ws, start, b, true);
      full_names_.push_back(canonical);
    } else {
      bool place_word = false;
      for (size_t i = start; i < b; ++i) place_word = place_word || lexicon::is_place(folded_[ws[i]]);
      type = place_word ? EntityType::kOrganization : EntityType::kOther;
    }
    add(span, type, canonical);
    check_acronym(ws, start, b, next, type, canonical);
  }

  // Index of the first word after a title prefix (U.S. Defense Secretary, Maj. Gen.), or `a`
  // if the prefix names no role. Places named in the prefix become mentions of their own.
  size_t strip_title(Words ws, size_t a, size_t b) {
    size_t i = a;
    bool head = false;
    std::vector<std::pair<size_t, size_t>> places;
    while (i < b) {
      size_t matched = 0;
      const std::string_view f = strip_possessive_folded(ws[i]);
      // Phrases of several words only after a word that starts a longer place or alias.
      const size_t longest =
          lexicon::starts_multiword_place(f) || lexicon::starts_multiword_alias(f)
              ? std::min<size_t>(lexicon::kMaxPlaceWords, b - i)
              : 1;
      for (size_t n = longest; n >= 1 && !matched; --n) {
        const std::string_view p = n == 1 ? f : phrase_into(phrase_buffer_, ws, i, i + n);
        const auto* alias = lexicon::find_alias(p);
        if (lexicon::is_place(p) || (alias && alias->type == EntityType::kPlace) ||
            (n == 1 && lexicon::is_demonym(p)))
          matched = n;
      }
      if (matched) {
        places.push_back({i, i + matched});
        i += matched;
        continue;
      }
      if (const auto* title = lexicon::find_title(f)) {
        head = head || title->kind == lexicon::TitleKind::kHead;
        ++i;
        continue;
      }
      if (is_head_title(f)) {
        head = true;
        ++i;
        continue;
      }
      if (i > a && (f == "of" || f == "the")) {
        ++i;
        continue;
      }
      break;
    }
    // An unknown word may lead the title: "Harbor Minister Elena Vask". Strip through the
    // last head title that a name still follows.
    for (size_t h = b - 1; h > i && h > a; --h) {
      const std::string_view f = strip_possessive_folded(ws[h - 1]);
      if (!is_head_title(f)) continue;
      head = true;
      i = h;
      while (i < b && i + 1 < b && lexicon::find_title(strip_possessive_folded(ws[i])) &&
             !is_head_title(strip_possessive_folded(ws[i])))
        ++i;
      break;
    }
    if (!head || i >= b) return head ? b : a;
    for (auto [p, q] : places) {
      const std::string_view name = phrase_into(phrase_buffer_, ws, p, q);
      const auto* alias = lexicon::find_alias(name);
      if (alias) {
        add(span_of(ws, p, q), alias->type, std::string(alias->canonical));
      } else if (lexicon::is_place(name)) {
        add(span_of(ws, p, q), EntityType::kPlace, surface(ws, p, q, false));
      }
    }
    return i;
  }

  // A head title, or a singular role noun used as one ("Analyst Liam Doyle").
  static bool is_head_title(std::string_view f) {
    if (const auto* title = lexicon::find_title(f)) return title->kind == lexicon::TitleKind::kHead;
    const auto* role = lexicon::find_role_noun(f);
    return role && role->referent == lexicon::Referent::kPerson;
  }

  bool looks_like_person(Words ws, size_t a, size_t b) const {
    if (b - a > 5) return false;
    for (size_t i = a; i < b; ++i) {
      const std::string_view f = strip_possessive_folded(ws[i]);
      // Particles belong to names ("Michele de Pascale"); "of", "for", "and" do not.
      if (!is_cap_word(ws[i]) && (f == "of" || f == "for" || f == "and")) return false;
      if (lexicon::is_place(f) || lexicon::is_demonym(f) || lexicon::is_place_cue(f) ||
          lexicon::is_organization_cue(f))
        return false;
      const std::string_view w = raw(ws[i]);
      if (words::is_all_caps(w) && !lexicon::is_name_suffix(f)) return false;
    }
    return true;
  }

  bool verb_follows(uint32_t t, uint32_t end) const {
    for (int skipped = 0; t < end && skipped < 3; ++t, ++skipped) {
      if (!is_word(t)) return false;
      if (folded_.is(t, tc::kReportingVerb)) return true;
      if (!folded_.is(t, tc::kSubjectSkip)) return false;
    }
    return false;
  }
  bool place_cue_after(uint32_t t, uint32_t end) const {
    return t < end && is_word(t) && !is_cap_word(t) && lexicon::is_place_cue(folded_[t]);
  }
  // "the city of Vladivostok", "the port city of ..."
  bool place_cue_before(uint32_t t, uint32_t first) const {
    return t >= first + 2 && folded_[t - 1] == "of" && lexicon::is_place_cue(folded_[t - 2]);
  }

  // "National Intelligence Service (NIS)": the acronym names the same entity from now on.
  void check_acronym(Words ws, size_t a, size_t b, uint32_t next, EntityType type,
                     const std::string& canonical) {
    (void)ws;
    if (next + 2 >= doc_.tokens.size() || !is_punct(next, '(') || !is_punct(next + 2, ')')) return;
    const std::string_view acronym = raw(next + 1);
    // "ROME (AP)" is a dateline and its agency, not a definition.
    if (lexicon::find_alias(folded_[next + 1]) ||
        (b - a < 2 && type != EntityType::kOrganization))
      return;
    // All capitals, digits allowed: NIS, HUR, G7.
    const bool capitals = std::none_of(acronym.begin(), acronym.end(),
                                       [](char c) { return c >= 'a' && c <= 'z'; });
    if (!is_word(next + 1) || !capitals || !words::is_capitalised(acronym) || acronym.size() < 2 ||
        acronym.size() > 10)
      return;
    if (type == EntityType::kOther) type = EntityType::kOrganization;
    acronyms_[std::string(acronym)] = {canonical, type};
    add(doc_.tokens[next + 1].span, type, canonical);
  }

  // Uses of an acronym before its definition (a headline) take the defined name too.
  void apply_acronyms() {
    if (acronyms_.empty()) return;
    for (Candidate& c : candidates_) {
      if (doc_.slice(c.span) != c.canonical) continue;
      auto it = acronyms_.find(c.canonical);
      if (it == acronyms_.end()) continue;
      c.canonical = it->second.canonical;
      c.type = it->second.type;
    }
  }

  void add(Span span, EntityType type, std::string canonical) {
    Candidate c;
    c.span = span;
    c.type = type;
    c.canonical = std::move(canonical);
    candidates_.push_back(std::move(c));
  }

  // One-word mentions: a surname (or a Korean-style family name) of a full name in the
  // document, a place, an organisation or a person known only by one name. `headlines`:
  // whether scan_title_case will run, the only reader of known_.
  void resolve_singles(bool headlines) {
    // Sorted (word, name) pairs rather than hash maps of strings: a document has few full
    // names. A stable sort keeps the first name of a repeated word, as emplace would.
    std::vector<std::string> folded_names;
    folded_names.reserve(full_names_.size());  // the views below point into these strings
    std::vector<std::pair<std::string_view, uint32_t>> by_last, by_first;
    by_last.reserve(full_names_.size());
    by_first.reserve(full_names_.size());
    for (uint32_t i = 0; i < full_names_.size(); ++i) {
      const std::string& f = folded_names.emplace_back(unicode::fold(full_names_[i]));
      const size_t sp = f.find(' ');
      const size_t last_sp = f.rfind(' ');
      if (sp == std::string::npos) continue;
      const std::string_view view = f;
      by_last.emplace_back(view.substr(last_sp + 1), i);
      if (headlines)
        known_.emplace(f.substr(last_sp + 1), Known{full_names_[i], EntityType::kPerson});
      by_first.emplace_back(view.substr(0, sp), i);
    }
    const auto by_word = [](const auto& x, const auto& y) { return x.first < y.first; };
    std::stable_sort(by_last.begin(), by_last.end(), by_word);
    std::stable_sort(by_first.begin(), by_first.end(), by_word);
    const auto find = [&](const std::vector<std::pair<std::string_view, uint32_t>>& v,
                          std::string_view key) -> const std::string* {
      auto it = std::lower_bound(v.begin(), v.end(), key,
                                 [](const auto& x, std::string_view k) { return x.first < k; });
      return it != v.end() && it->first == key ? &full_names_[it->second] : nullptr;
    };
    // A word that is once the subject of a reporting verb names a person everywhere.
    words::WordSet speakers(16);
    for (const Candidate& c : candidates_)
      if (c.guess == Guess::kSingle && c.before_verb) speakers.insert(c.key);
    for (Candidate& c : candidates_) {
      if (c.guess != Guess::kSingle) continue;
      c.guess = Guess::kKnown;
      c.before_verb = c.before_verb || speakers.contains(c.key);
      if (const std::string* last = find(by_last, c.key)) {
        c.type = EntityType::kPerson;
        c.canonical = *last;
      } else if (const std::string* first = find(by_first, c.key)) {
        c.type = EntityType::kPerson;
        c.canonical = *first;
      } else if (c.before_verb) {
        c.type = EntityType::kPerson;
      } else if (c.initial) {
        c.guess = Guess::kDrop;  // "Signs of ...", "Speaking at ...": a capitalised common word
      } else {
        c.type = EntityType::kOther;
      }
      if (headlines) known_.emplace(c.key, Known{c.canonical, c.type});
    }
    if (!headlines) return;
    for (const Candidate& c : candidates_)
      if (c.guess == Guess::kKnown)
        known_.emplace(unicode::fold(doc_.slice(c.span)), Known{c.canonical, c.type});
  }

  // Title-case headlines: only names the body or the lexicon knows, longest first.
  void scan_title_case(const Sentence& s) {
    uint32_t t = s.first_token;
    while (t < s.end_token) {
      if (!is_cap_word(t)) {
        ++t;
        continue;
      }
      uint32_t best = 0;
      Known found{};
      std::string p;
      for (uint32_t k = t; k < s.end_token && k - t < lexicon::kMaxAliasWords; ++k) {
        if (!is_word(k)) break;
        if (!p.empty()) p += ' ';
        p += strip_possessive_folded(k);
        if (const auto* alias = lexicon::find_alias(p)) {
          best = k + 1 - t;
          found = {std::string(alias->canonical), alias->type};
        } else if (auto it = known_.find(p); it != known_.end()) {
          best = k + 1 - t;
          found = it->second;
        } else if (lexicon::is_place(p)) {
          best = k + 1 - t;
          found = {std::string(doc_.slice({doc_.tokens[t].span.begin, doc_.tokens[k].span.end})),
                   EntityType::kPlace};
        }
      }
      if (best == 0) {
        ++t;
        continue;
      }
      const uint32_t last = t + best - 1;
      add({doc_.tokens[t].span.begin,
           doc_.tokens[last].span.end - words::possessive_suffix(raw(last))},
          found.type, found.canonical);
      t += best;
    }
  }

  const DocumentText& doc_;
  uint32_t doc_index_;
  // Classes of the words process() never asks lowercase_ about.
  static constexpr uint16_t kNeverAskedLowercase = tc::kNonName | tc::kCalendar | tc::kTitle;

  const words::FoldedTokens& folded_;
  words::WordSet lowercase_;  // folded words the document writes in lowercase
  std::vector<Candidate> candidates_;
  std::vector<std::string> full_names_;  // multi-word person names, in order
  std::unordered_map<std::string, Known> acronyms_;
  std::unordered_map<std::string, Known> known_;  // folded surface -> entity, for headlines
  std::string phrase_buffer_;  // reused by match_alias_at, process and strip_title
  std::vector<uint32_t> ws_;   // reused by scan_sentence
};

}  // namespace

std::vector<EntityMention> extract_entities(const DocumentText& doc, uint32_t doc_index) {
  return extract_entities(doc, doc_index, words::FoldedTokens(doc));
}

std::vector<EntityMention> extract_entities(const DocumentText& doc, uint32_t doc_index,
                                            const words::FoldedTokens& folded) {
  return Extractor(doc, doc_index, folded).run();
}

}  // namespace parallax
