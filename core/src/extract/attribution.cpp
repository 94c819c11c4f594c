// Attribution: the source of each sentence, read outside its quotations.
//
// The first cue in the sentence wins: a reporting verb ("said", "told", "has assessed")
// with its subject before it (an entity, a pronoun, a description such as "the lawmaker"
// or "South Korean lawmakers", or an entity followed by an appositive: "X, a senior fellow
// at Y, said"), an invertible verb with its subject after it ("said X"), "according to X",
// or a trailing "— X". Pronouns and definite descriptions resolve to the most recent
// compatible source: he/she to a person, they to a group, "the defense secretary" to the
// last person whose titles include "secretary". A description that nothing before explains
// (a headline's "defense secretary says") takes the first later source that fits it.
#include "extract/attribution.h"

#include <algorithm>
#include <array>
#include <forward_list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "extract/quote_marks.h"
#include "extract/words.h"
#include "lexicon/calendar_lexicon.h"
#include "lexicon/key_index.h"
#include "lexicon/people_lexicon.h"
#include "lexicon/token_classes.h"
#include "text/unicode.h"

namespace parallax {

namespace {

using lexicon::Referent;

constexpr int kMaxSkips = 5;          // words between a subject and its verb ("has also")
constexpr int kMaxAppositive = 24;    // tokens of "X, a senior fellow at Y, said"
constexpr int kMaxPhrase = 7;         // words of a description
constexpr uint32_t kIntroTokens = 6;  // "Earlier Wednesday, X said" is not set off
constexpr size_t kMaxLookback = 64;   // sources searched for an antecedent: keeps it linear
constexpr uint32_t kMaxClause = 40;   // tokens searched back for a coordinated verb's subject
constexpr int kMaxPostmodifier = 5;   // words of "the union federation for the sector"
constexpr int kMaxAdverbial = 6;      // tokens of a set-off "Thursday evening" or "on RTL"

// Names and role words are views, never copies: of an entity's canonical name, of the
// document's text, of the folded tokens, or of a name the resolver composed and keeps
// (Resolver::composed_). All of them outlive the resolver's run.
struct Source {
  std::string_view name;
  Referent kind = Referent::kPerson;
  std::string_view head;  // the role noun of a description ("lawmakers"), empty for names
  uint32_t sentence = 0;
  uint32_t offset = 0;  // where the text names it
};

struct Found {
  std::string_view name;
  Span span;  // the source phrase; with the verb once found() returns
  Referent kind = Referent::kPerson;
  std::string_view head;
  bool named = false;    // an entity, not a description
  bool pending = false;  // a description to resolve forward
  bool speech = false;   // the possessor of a speech noun before a quotation ("her claim")
  // Tokens [roles_begin, roles_end) of an appositive: its role nouns and titles become the
  // source's roles when it is remembered.
  uint32_t roles_begin = 0;
  uint32_t roles_end = 0;
};

// The roles each source was given ("secretary" for the name after "Defense Secretary"): a
// set of (name, role) pairs of views, open-addressed in one array. Only membership is ever
// asked, and a node map of strings per document cost an allocation per name and per role.
class RoleSet {
 public:
  void insert(std::string_view name, std::string_view role) {
    if (2 * (size_ + 1) > slots_.size()) grow();
    Slot& slot = find_slot(slots_, name, role);
    if (slot.used) return;
    slot = {name, role, true};
    ++size_;
  }
  bool contains(std::string_view name, std::string_view role) const {
    if (size_ == 0) return false;
    for (size_t i = hash(name, role) & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      const Slot& slot = slots_[i];
      if (!slot.used) return false;
      if (slot.name == name && slot.role == role) return true;
    }
  }

 private:
  struct Slot {
    std::string_view name, role;
    bool used = false;
  };
  static size_t hash(std::string_view name, std::string_view role) {
    const uint64_t h = uint64_t{lexicon::word_hash(name)} ^
                       (uint64_t{lexicon::word_hash(role)} * 0x9E3779B97F4A7C15ull);
    return static_cast<size_t>(h ^ (h >> 32));
  }
  static Slot& find_slot(std::vector<Slot>& slots, std::string_view name, std::string_view role) {
    const size_t mask = slots.size() - 1;
    size_t i = hash(name, role) & mask;
    while (slots[i].used && !(slots[i].name == name && slots[i].role == role)) i = (i + 1) & mask;
    return slots[i];
  }
  void grow() {
    std::vector<Slot> bigger(slots_.empty() ? 64 : 2 * slots_.size());
    for (const Slot& slot : slots_)
      if (slot.used) find_slot(bigger, slot.name, slot.role) = slot;
    slots_ = std::move(bigger);
  }

  std::vector<Slot> slots_;  // a power of two in size, at most half used
  size_t size_ = 0;
};

Referent referent_of(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return Referent::kPerson;
    default:
      return Referent::kOrganization;
  }
}

namespace tc = lexicon::token_class;

class Resolver {
 public:
  Resolver(const DocumentText& doc, const std::vector<EntityMention>& entities,
           const words::FoldedTokens& folded)
      : doc_(doc), entities_(entities), folded_(folded) {
    const size_t n = doc.tokens.size();
    in_quote_.assign(n, false);
    entity_start_.assign(n, -1);
    entity_end_.assign(n, -1);
    gather();
    quote_regions_ = find_quote_regions(doc, mark_tokens_);
    uint32_t quote_token = 0, entity_token = 0;
    for (const QuoteRegion& q : quote_regions_) {
      const Span outer = q.outer();
      quote_token = token_after(quote_token, outer.begin);
      if (!q.open_mark.empty()) open_tokens_.push_back(quote_token);
      for (uint32_t t = quote_token; t < n; ++t) {
        if (doc.tokens[t].span.begin >= outer.end) break;
        if (doc.tokens[t].span.begin >= outer.begin) in_quote_[t] = true;
      }
    }
    first_token_of_.resize(entities.size());
    last_token_of_.resize(entities.size());
    for (size_t e = 0; e < entities.size(); ++e) {
      const Span s = entities[e].span;
      entity_token = token_after(entity_token, s.begin);
      first_token_of_[e] = entity_token;
      last_token_of_[e] = last_token(first_token_of_[e], s.end - 1);
      if (s.empty() || n == 0) continue;
      entity_start_[first_token_of_[e]] = static_cast<int32_t>(e);
      entity_end_[last_token_of_[e]] = static_cast<int32_t>(e);
    }
    salient_.resize(entities.size());
    for (size_t e = 0; e < entities.size(); ++e) {
      salient_[e] = is_salient_person(e);
      if (entities[e].type != EntityType::kPerson) continue;
      const lexicon::Gender g = gender_of_entity(e);
      if (g == lexicon::Gender::kUnknown) continue;
      auto [it, inserted] = genders_.try_emplace(entities[e].canonical, g);
      if (!inserted && it->second != g) it->second = lexicon::Gender::kUnknown;  // both: unknown
    }
  }

  // One pass over the document's tokens lists the few that later rules read: the tokens
  // that may be cues (a reporting verb, or as long as the rare "according" or "words" of "in
  // the words of"), the punctuation
  // that may be a dash (its first byte is '-' or starts one) and the punctuation that may be
  // a quotation mark (find_quote_regions). Without a branch per token, in blocks: a list
  // holds only what was kept, not a slot per token. find_all asks the cues again.
  void gather() {
    // Per first byte of a punctuation token: 1 if it may start a quotation mark, 2 a dash.
    static constexpr std::array<uint8_t, 256> kLeadKinds = [] {
      std::array<uint8_t, 256> kinds{};
      for (size_t c = 0; c < 256; ++c)
        kinds[c] =
            static_cast<uint8_t>((kQuoteMarkLead[c] ? 1 : 0) | (c == '-' || c >= 0xE2 ? 2 : 0));
      return kinds;
    }();
    constexpr size_t kBlock = 256;
    uint32_t cues[kBlock], dashes[kBlock], marks[kBlock];
    const std::vector<Token>& tokens = doc_.tokens;
    const char* text = doc_.text.data();  // a std::string: text[size()] is readable
    for (size_t base = 0; base < tokens.size(); base += kBlock) {
      const size_t end = std::min(tokens.size(), base + kBlock);
      size_t kc = 0, kd = 0, km = 0;
      for (size_t t = base; t < end; ++t) {
        const Token& k = tokens[t];
        const unsigned punct =
            unsigned{k.kind == TokenKind::kPunct} & unsigned{k.span.end > k.span.begin};
        const unsigned kinds =
            kLeadKinds[static_cast<unsigned char>(text[k.span.begin])] & (0u - punct);
        const auto i = static_cast<uint32_t>(t);
        cues[kc] = i;
        kc += unsigned{folded_.is(t, tc::kReportingVerb)} | unsigned{folded_[t].size() == 9} |
              unsigned{folded_[t].size() == 5};
        dashes[kd] = i;
        kd += kinds >> 1;
        marks[km] = i;
        km += kinds & 1;
      }
      cue_words_.insert(cue_words_.end(), cues, cues + kc);
      dash_tokens_.insert(dash_tokens_.end(), dashes, dashes + kd);
      mark_tokens_.insert(mark_tokens_.end(), marks, marks + km);
    }
  }

  Attributions run() {
    Attributions out;
    out.quote_regions = std::move(quote_regions_);
    out.by_sentence.resize(doc_.sentences.size());
    // Room for a cue per sentence, which few documents pass: growing moved every cue's name.
    out.cues.reserve(doc_.sentences.size());
    history_.reserve(cue_words_.size());  // nearly every source remembered is a cue word's
    size_t next_entity = 0;
    std::vector<std::pair<size_t, Found>> pending;  // cue index, description
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      const Sentence& sentence = doc_.sentences[s];
      if (doc_.is_furniture(sentence)) continue;
      // Titles before person names in this sentence become their roles.
      const size_t first_entity = next_entity;
      while (next_entity < entities_.size() &&
             entities_[next_entity].span.begin < sentence.span.end) {
        note_titles(next_entity, sentence.first_token);
        note_appositive(next_entity, sentence);
        ++next_entity;
      }
      const size_t first_cue = out.cues.size();
      bool sourced = false;  // a cue other than a speech noun's gave the sentence's source
      find_all(sentence, [&](const Found& found, Span verb, uint32_t start_token) {
        if (found.pending)
          pending.push_back({out.cues.size(), found});
        else
          remember(found, s);
        AttributionCue cue{
            s,
            {std::min(found.span.begin, verb.begin), std::max(found.span.end, verb.end)},
            std::string(found.name)};
        cue.embedded = out.cues.size() > first_cue && !clause_break(last_cue_end_, start_token) &&
                       !found.speech;
        last_cue_end_ = token_near(cue.span.end - 1, start_token);
        // The sentence's source: the last parenthetical cue ("..., the lawmakers told
        // journalists"), else the first one. A speech noun's possessor speaks only the
        // quotation it introduces.
        const bool parenthetical = start_token >= sentence.first_token + kIntroTokens &&
                                   !cue.embedded && introduced(start_token);
        if (!found.speech && (!sourced || parenthetical)) {
          out.by_sentence[s].name = cue.name;
          out.by_sentence[s].span = cue.span;
          sourced = true;
        }
        cue.speech = found.speech;
        out.cues.push_back(std::move(cue));
      });
      for (size_t e = first_entity; e < next_entity; ++e) {
        if (entities_[e].type == EntityType::kPerson) {
          last_person_entity_ = entities_[e].canonical;
          recent_people_.push_back(last_person_entity_);
        } else if (entities_[e].type == EntityType::kOrganization) {
          last_org_entity_ = entities_[e].canonical;
          recent_orgs_.push_back({last_org_entity_, s});
        }
      }
    }
    for (auto& [cue_index, f] : pending) {
      const uint32_t s = out.cues[cue_index].sentence;
      std::string_view name;
      auto it = std::upper_bound(history_.begin(), history_.end(), s,
                                 [](uint32_t v, const Source& src) { return v < src.sentence; });
      for (size_t looked = 0; it != history_.end() && looked < kMaxLookback; ++it, ++looked)
        if (fits(*it, f.kind, f.head)) {
          name = it->name;
          break;
        }
      if (name.empty()) {
        // Left for the cluster: another article may name the person with that role.
        if (f.kind == Referent::kPerson) note_unexplained(f, out.cues[cue_index].name, out);
        continue;
      }
      if (out.by_sentence[s].name == out.cues[cue_index].name) out.by_sentence[s].name = name;
      out.cues[cue_index].name = name;
    }
    // Only people the document names: a new description ("a senior official") is no one
    // another article could mean.
    std::unordered_set<std::string_view> people;
    for (const EntityMention& e : entities_)
      if (e.type == EntityType::kPerson) people.insert(e.canonical);
    out.person_roles.reserve(person_roles_.size());
    for (const auto& [name, role] : person_roles_)
      if (people.contains(name)) out.person_roles.push_back({std::string(name), std::string(role)});
    return out;
  }

 private:
  // An unexplained description's words: those of its span that are no determiner, no
  // possessor ("the company’s chief executive": chief, executive) and no punctuation.
  void note_unexplained(const Found& f, const std::string& name, Attributions& out) {
    if (!unexplained_names_.insert(name).second) return;
    UnexplainedRole u{name, {}};
    for (uint32_t t = token_near(f.span.begin, 0); t < doc_.tokens.size(); ++t) {
      if (tok(t).span.begin >= f.span.end) break;
      if (!is_word(t) || lexicon::find_determiner(folded_[t]) || possessive(t)) continue;
      u.words.emplace_back(folded_[t]);
    }
    if (!u.words.empty()) out.unexplained.push_back(std::move(u));
  }

  const Token& tok(uint32_t t) const { return doc_.tokens[t]; }
  bool is_word(uint32_t t) const { return tok(t).kind == TokenKind::kWord; }
  // The first byte of a punctuation token, or 0 for any other token. The tests below ask
  // about most punctuation tokens several times: an ASCII mark is its byte, and other marks
  // are decoded only when their lead byte can start one.
  unsigned char punct_lead(uint32_t t) const {
    const Token& k = tok(t);
    if (k.kind != TokenKind::kPunct || k.span.empty()) return 0;
    return static_cast<unsigned char>(doc_.text[k.span.begin]);
  }
  bool is_punct(uint32_t t, char32_t c) const {
    if (c < 0x80) return punct_lead(t) == c && c != 0;
    return punct_lead(t) >= 0x80 && words::first_cp(doc_, tok(t)) == c;
  }
  bool is_dash(uint32_t t) const {
    // Every dash unicode::is_dash knows is '-' or starts with byte E2 or EF.
    const unsigned char lead = punct_lead(t);
    if (lead == '-') return true;
    return (lead == 0xE2 || lead == 0xEF) && unicode::is_dash(words::first_cp(doc_, tok(t)));
  }
  std::string_view raw(uint32_t t) const { return doc_.slice(tok(t).span); }
  // words::token_at(doc_, offset), found by walking from a token near it (a cue lies
  // around the word being read) and by binary search only when the walk is long.
  uint32_t token_near(uint32_t offset, uint32_t hint) const {
    constexpr int kMaxWalk = 32;
    const std::vector<Token>& tokens = doc_.tokens;
    if (hint >= tokens.size()) return words::token_at(doc_, offset);
    uint32_t t = hint;
    for (int steps = 0; steps < kMaxWalk; ++steps) {
      if (tokens[t].span.begin > offset) {
        if (t == 0) return 0;
        --t;
      } else if (t + 1 < tokens.size() && tokens[t + 1].span.begin <= offset) {
        ++t;
      } else {
        return t;
      }
    }
    return words::token_at(doc_, offset);
  }
  // words::token_at(doc_, offset) for offsets that come in increasing order (quotations,
  // entities), `from` being the last answer: a search that doubles its step from there
  // costs the log of the distance, where a walk cost every token between (quotations are
  // hundreds of tokens apart; even for entities, some ten apart, it costs less).
  uint32_t token_after(uint32_t from, uint32_t offset) const {
    const std::vector<Token>& tokens = doc_.tokens;
    if (from >= tokens.size() || tokens[from].span.begin > offset)
      return words::token_at(doc_, offset);
    // tokens[lo] starts at or before offset; tokens[hi] (or the end) after it.
    size_t lo = from, step = 1, hi = from + 1;
    while (hi < tokens.size() && tokens[hi].span.begin <= offset) {
      lo = hi;
      step *= 2;
      hi = lo + step;
    }
    if (hi > tokens.size()) hi = tokens.size();
    while (hi - lo > 1) {
      const size_t mid = lo + (hi - lo) / 2;
      if (tokens[mid].span.begin <= offset)
        lo = mid;
      else
        hi = mid;
    }
    return static_cast<uint32_t>(lo);
  }
  bool possessive(uint32_t t) const { return words::possessive_suffix(raw(t)) > 0; }
  // words::token_at(doc_, offset) for the last byte of an entity whose first token is
  // `first`: a few steps forward (an entity is a few words), a binary search if more.
  uint32_t last_token(uint32_t first, uint32_t offset) const {
    const std::vector<Token>& tokens = doc_.tokens;
    if (first >= tokens.size() || tokens[first].span.begin > offset)
      return words::token_at(doc_, offset);
    uint32_t t = first;
    for (int steps = 0; steps < 16; ++steps, ++t)
      if (t + 1 >= tokens.size() || tokens[t + 1].span.begin > offset) return t;
    return words::token_at(doc_, offset);
  }

  void add_role(std::string_view name, std::string_view role, bool person = true) {
    if (role.ends_with(".")) role.remove_suffix(1);
    insert_role(name, role, person);
    if (const std::string_view kind = lexicon::role_class(role); !kind.empty())
      insert_role(name, kind, person);
  }
  // A person's roles are also listed for the cluster (person_for_role).
  void insert_role(std::string_view name, std::string_view role, bool person) {
    if (roles_.contains(name, role)) return;
    roles_.insert(name, role);
    if (person) person_roles_.push_back({name, role});
  }
  // Whether `name` was given role `head` or a role of its class ("senator", "the lawmaker").
  bool has_role(std::string_view name, std::string_view head) const {
    if (roles_.contains(name, head)) return true;
    const std::string_view kind = lexicon::role_class(head);
    return !kind.empty() && roles_.contains(name, kind);
  }

  // "Marta Kollin, the port spokeswoman, spoke": an appositive's role words are the
  // person's roles even where no cue follows.
  void note_appositive(size_t index, const Sentence& s) {
    const EntityMention& e = entities_[index];
    if (e.type != EntityType::kPerson) return;
    const uint32_t comma = last_token_of_[index] + 1;
    if (comma >= s.end_token || !is_punct(comma, ',')) return;
    for (uint32_t t = comma + 1; t < s.end_token && t - comma < kMaxAppositive; ++t) {
      if (in_quote_[t] || is_punct(t, ',') || (is_word(t) && folded_.is(t, tc::kReportingVerb)))
        break;
      if (is_role_word(t)) add_role(e.canonical, folded_[t]);
    }
  }

  // "U.S. Defense Secretary Lloyd Austin", "Pentagon spokesman Maj. Gen. Patrick Ryder".
  void note_titles(size_t index, uint32_t first) {
    const EntityMention& e = entities_[index];
    if (e.type != EntityType::kPerson) return;
    uint32_t t = first_token_of_[index];
    for (int n = 0; t > first && n < 8; ++n) {
      --t;
      if (is_punct(t, '.')) continue;
      if (!is_word(t)) break;
      const std::string_view f = folded_[t];
      // The title bit and the capital are cheaper to read than the role noun table.
      if (folded_.is(t, tc::kTitle) || words::is_capitalised(raw(t)) || lexicon::find_role_noun(f))
        add_role(e.canonical, f);
      else
        break;
    }
  }

  void remember(const Found& f, uint32_t s) {
    const bool person = f.kind == Referent::kPerson;
    for (uint32_t t = f.roles_begin; t < f.roles_end; ++t)
      if (is_role_word(t)) add_role(f.name, folded_[t], person);
    if (!f.head.empty()) add_role(f.name, f.head, person);
    history_.push_back({f.name, f.kind, f.head, s, f.span.begin});
  }

  bool fits(const Source& src, Referent kind, std::string_view head) {
    if (kind == Referent::kGroup) {
      if (src.kind != Referent::kGroup) return false;
      return head.empty() || src.head == head;
    }
    if (kind == Referent::kOrganization) {
      if (src.kind != Referent::kOrganization) return false;
      if (head.empty()) return true;
      // "the company" is never a union named so ("the Chemical Workers' Union").
      const std::string_view head_kind = lexicon::organisation_kind(head);
      if (!head_kind.empty()) {
        const std::string_view its = kind_of_name(src.name);
        if (!its.empty() && its != head_kind) return false;
      }
      folded_name_.clear();
      unicode::fold_append(folded_name_, src.name);
      return folded_name_.find(head) != std::string::npos || has_role(src.name, head);
    }
    if (src.kind != Referent::kPerson) return false;
    if (head.empty()) return true;
    return has_role(src.name, head);
  }

  const Source* most_recent_source(Referent kind, std::string_view head) {
    size_t looked = 0;
    for (auto it = history_.rbegin(); it != history_.rend() && looked < kMaxLookback;
         ++it, ++looked)
      if (fits(*it, kind, head)) return &*it;
    return nullptr;
  }
  std::optional<std::string_view> most_recent(Referent kind, std::string_view head) {
    if (const Source* src = most_recent_source(kind, head)) return src->name;
    return std::nullopt;
  }

  // The kind of body a name names ("union" for "Chemical Workers Union"): its last word of
  // a kind, or "". Leaves the folded name in folded_name_.
  std::string_view kind_of_name(std::string_view name) {
    folded_name_.clear();
    unicode::fold_append(folded_name_, name);
    std::string_view found;
    for (size_t k = 0; k < folded_name_.size();) {
      const size_t space = std::min(folded_name_.find(' ', k), folded_name_.size());
      const std::string_view w =
          lexicon::organisation_kind(std::string_view(folded_name_).substr(k, space - k));
      if (!w.empty()) found = w;  // the last word of a kind: the name's head
      k = space + 1;
    }
    return found;
  }

  struct NamedOrg {
    std::string_view name;
    uint32_t sentence;  // the sentence that named it
  };
  // The organisation a bare description ("the company", "the ministry") refers back to: the
  // latest one named whose name holds the noun or is of the noun's kind ("the company" and
  // "Brannock Motors"), else the one named of no other kind when it is the only such one.
  // Never one of another kind: "the company" is no ministry, union or fire brigade. nullptr
  // if none (or two that the noun cannot tell apart).
  const NamedOrg* org_for(std::string_view head) {
    const std::string_view kind = lexicon::organisation_kind(head);
    auto kind_of = [&](std::string_view name) { return kind_of_name(name); };
    const NamedOrg* open = nullptr;
    size_t looked = 0;
    bool several = false;
    for (auto it = recent_orgs_.rbegin(); it != recent_orgs_.rend() && looked < kMaxLookback;
         ++it, ++looked) {
      const std::string_view its = kind_of(it->name);
      if (folded_name_.find(head) != std::string::npos || (!kind.empty() && its == kind))
        return &*it;
      if (kind.empty() || its.empty()) {
        if (open && open->name != it->name) several = true;
        if (!open) open = &*it;
      }
    }
    return several ? nullptr : open;
  }

  // The first token of the title and name words before entity e's first token ("Hawaii
  // Gov." before "Josh Green"), at most a few.
  // `floor` is the first token of the entity's sentence.
  uint32_t name_phrase_start(size_t e, uint32_t floor) const {
    uint32_t t = first_token_of_[e];
    for (int n = 0; t > floor && n < 6; ++n) {
      const uint32_t j = t - 1;
      if (in_quote_[j]) break;
      const bool title_part =
          is_punct(j, '.') || is_punct(j, '(') ||
          (is_word(j) && (folded_.is(j, tc::kTitle) ||
                          (words::is_capitalised(raw(j)) && !folded_.is(j, tc::kNonName))));
      if (!title_part) break;
      t = j;
    }
    return t;
  }

  // A person named where a later "he" or "she" may refer back to them: a subject, that is
  // a name (after its titles) that opens its sentence or a clause (after a comma, a colon,
  // a dash, a quotation or "but"), outside quotations and not a possessor ("Lee's office").
  // "Kim said the council misled Lee. “We will appeal,” he said": he is Kim, not Lee.
  bool is_salient_person(size_t e) const {
    if (entities_[e].type != EntityType::kPerson || entities_[e].span.empty()) return false;
    const uint32_t first = first_token_of_[e];
    if (first >= in_quote_.size() || in_quote_[first] || possessive(last_token_of_[e]))
      return false;
    const Sentence& sentence = doc_.sentences[doc_.sentence_at(entities_[e].span.begin)];
    const uint32_t start = name_phrase_start(e, sentence.first_token);
    if (start <= sentence.first_token) return true;
    const uint32_t before = start - 1;
    if (is_word(before)) return lexicon::is_clause_opener(folded_[before]);
    return is_punct(before, ',') || is_punct(before, ';') || is_punct(before, ':') ||
           is_dash(before) || in_quote_[before];
  }

  // Whether person entity e's first name or a title before it ("Mrs.") says a gender.
  lexicon::Gender gender_of_entity(size_t e) const {
    const std::string& name = entities_[e].canonical;
    const std::string first = unicode::fold(std::string_view(name).substr(0, name.find(' ')));
    if (name.find(' ') != std::string::npos) {
      const lexicon::Gender g = lexicon::gender_of_word(first);
      if (g != lexicon::Gender::kUnknown) return g;
    }
    uint32_t t = first_token_of_[e];
    for (int n = 0; t > 0 && n < 4; ++n) {
      --t;
      if (is_punct(t, '.')) continue;
      if (!is_word(t)) break;
      const lexicon::Gender g = lexicon::gender_of_word(folded_[t]);
      if (g != lexicon::Gender::kUnknown) return g;
      // Only titles are read through ("Mrs. Deputy Kollin"): in "Olga Holm said Tarvia",
      // "Olga" is another name's and says nothing of Tarvia.
      if (!folded_.is(t, tc::kTitle)) break;
    }
    return lexicon::Gender::kUnknown;
  }

  // The last salient person entity that starts before `offset`, or -1.
  int32_t salient_person_before(uint32_t offset) const {
    auto it = std::lower_bound(entities_.begin(), entities_.end(), offset,
                               [](const EntityMention& m, uint32_t o) { return m.span.begin < o; });
    size_t e = static_cast<size_t>(it - entities_.begin());
    for (size_t looked = 0; e > 0 && looked < kMaxLookback; ++looked) {
      --e;
      if (salient_[e]) return static_cast<int32_t>(e);
    }
    return -1;
  }

  // The subject of a verb coordinated with an earlier one: in "Reed walked the length of
  // Front Street and told CNN", Reed. The nearest person, organisation or pronoun that opens
  // a clause (at the sentence's start, or after a comma or "but") and is followed by a word.
  std::optional<Found> clause_subject(uint32_t conjunction, const Sentence& s) {
    for (uint32_t j = conjunction; j > s.first_token && conjunction - j < kMaxClause;) {
      --j;
      if (in_quote_[j] || !is_word(j)) continue;
      const int32_t e = entity_start_[j];
      uint32_t start = j, last = j;
      // "The company gets 18% of its sales there and said": a definite description.
      bool described = false;
      if (e >= 0) {
        const EntityMention& m = entities_[static_cast<size_t>(e)];
        if (m.type != EntityType::kPerson && m.type != EntityType::kOrganization) continue;
        last = last_token_of_[static_cast<size_t>(e)];
        if (possessive(last)) continue;
        start = name_phrase_start(static_cast<size_t>(e), s.first_token);
      } else if (const auto* d = j > s.first_token && is_word(j - 1)
                                     ? lexicon::find_determiner(folded_[j - 1])
                                     : nullptr;
                 d && d->kind == lexicon::Determiner::kDefinite &&
                 lexicon::find_role_noun(folded_[j]) && !possessive(j)) {
        start = j - 1;
        described = true;
      } else if (const auto* p = lexicon::find_pronoun(folded_[j]);
                 !p || p->referent == Referent::kSelf || p->referent == Referent::kOrganization) {
        continue;
      }
      // "X, in a short statement, thanked the envoy and said": a set-off aside after the
      // subject is read through.
      uint32_t after = last + 1;
      if (after < conjunction && is_punct(after, ',')) {
        uint32_t c = after + 1;
        while (c < conjunction && c - after < static_cast<uint32_t>(kMaxAppositive) &&
               !is_punct(c, ',') && !in_quote_[c])
          ++c;
        if (c + 1 < conjunction && is_punct(c, ',') && c > after + 1 &&
            is_aside_lead(folded_[after + 1]))
          after = c + 1;
      }
      if (after >= s.end_token || !is_word(after) || words::is_capitalised(raw(after))) continue;
      const bool opens = start <= s.first_token || is_punct(start - 1, ',') ||
                         is_punct(start - 1, ';') ||
                         (is_word(start - 1) && lexicon::is_clause_opener(folded_[start - 1]));
      if (!opens) continue;
      if (e >= 0) return from_entity(static_cast<uint32_t>(e));
      if (described) return phrase_ending_at(j, s, true);
      return pronoun(*lexicon::find_pronoun(folded_[j]), tok(j).span);
    }
    return std::nullopt;
  }

  // A comma, semicolon, colon or dash outside quotations in tokens (a, b).
  // Or a contrast that opens a clause of its own: "X called it “reckless,” while Y said".
  bool clause_break(uint32_t a, uint32_t b) const {
    static constexpr std::string_view kContrasts[] = {"although", "but", "though", "whereas",
                                                      "while"};
    for (uint32_t t = a + 1; t < b; ++t) {
      if (in_quote_[t]) continue;
      if (is_punct(t, ',') || is_punct(t, ';') || is_punct(t, ':') || is_dash(t)) return true;
      if (is_word(t) && std::find(std::begin(kContrasts), std::end(kContrasts), folded_[t]) !=
                            std::end(kContrasts))
        return true;
    }
    return false;
  }
  // The cue follows a comma, a closing quotation mark or a dash: it is set off.
  bool introduced(uint32_t t) const {
    if (t == 0) return false;
    const uint32_t prev = t - 1;
    return is_punct(prev, ',') || is_dash(prev) ||
           (in_quote_[prev] && tok(prev).kind == TokenKind::kPunct);
  }

  // Calls emit(found, verb span, first token of the cue) for every cue of the sentence.
  template <class Emit>
  void find_all(const Sentence& s, Emit&& emit) {
    bool any = false;
    // Most words are no cue: only the words gather() kept are asked, before the quotation
    // test and building an (empty) Found. Sentences come in order.
    while (next_cue_ < cue_words_.size() && cue_words_[next_cue_] < s.first_token) ++next_cue_;
    while (next_open_ < open_tokens_.size() && open_tokens_[next_open_] < s.first_token)
      ++next_open_;
    // "Her claim that “…”": the quotations opening before token `limit`, in text order.
    auto speech_cues_before = [&](uint32_t limit) {
      for (; next_open_ < open_tokens_.size() && open_tokens_[next_open_] < limit; ++next_open_) {
        uint32_t start = 0;
        if (auto found = speech_possessor(open_tokens_[next_open_], s, start)) {
          const Span noun = found->span;
          found->span = {tok(start).span.begin, noun.end};
          emit(std::move(*found), noun, start);
        }
      }
    };
    for (; next_cue_ < cue_words_.size() && cue_words_[next_cue_] < s.end_token; ++next_cue_) {
      const uint32_t t = cue_words_[next_cue_];
      speech_cues_before(t);
      if (!is_word(t)) continue;
      const bool reporting = folded_.is(t, tc::kReportingVerb);
      if (!reporting && folded_[t] != "according" && folded_[t] != "words") continue;
      if (in_quote_[t]) continue;
      const std::string_view f = folded_[t];
      // "Tarsk claims of shelling", "reports of a blast": a plural noun, no verb.
      if (reporting && f.size() > 2 && f.back() == 's' && t + 1 < s.end_token &&
          folded_[t + 1] == "of")
        continue;
      std::optional<Found> found;
      if (f == "according" && t + 2 < s.end_token && folded_[t + 1] == "to") {
        found = phrase_after(t + 2, s);
      } else if (f == "words") {
        // "…, in the words of X": X gives the words.
        if (t >= s.first_token + 2 && t + 2 < s.end_token && folded_[t - 1] == "the" &&
            folded_[t - 2] == "in" && folded_[t + 1] == "of")
          found = phrase_after(t + 2, s);
      } else if (reporting) {
        found = subject_before(t, s);
        // An inverted cue is set off: "“…,” said X", "..., said X". The verb's row (the
        // reporting bit says there is one) is looked up only then.
        if (!found && t > s.first_token && introduced(t) &&
            lexicon::find_reporting_verb(f)->invertible)
          found = phrase_after(t + 1, s);
      }
      if (!found) continue;
      any = true;
      const uint32_t start = std::min(t, token_near(found->span.begin, t));
      emit(std::move(*found), tok(t).span, start);
    }
    speech_cues_before(s.end_token);
    if (any) return;
    // The sentence's last dash, for a trailing attribution.
    while (next_dash_ < dash_tokens_.size() && dash_tokens_[next_dash_] < s.first_token)
      ++next_dash_;
    uint32_t last_dash = s.end_token;  // none
    for (; next_dash_ < dash_tokens_.size() && dash_tokens_[next_dash_] < s.end_token; ++next_dash_)
      if (is_dash(dash_tokens_[next_dash_])) last_dash = dash_tokens_[next_dash_];
    if (last_dash == s.end_token) return;
    if (auto found = trailing_dash(s, last_dash)) {
      const uint32_t start = words::token_at(doc_, found->span.begin);
      emit(std::move(*found), found->span, start > 0 ? start - 1 : 0);
    }
  }

  // The possessor of a speech noun right before the quotation opening at token `open`:
  // "Varga’s warning that “…”", "her pledge to “…”", "the minister’s promise: “…”", "their
  // insistence “…”". On success the Found's span is the noun's and `start` the possessor's
  // first token.
  std::optional<Found> speech_possessor(uint32_t open, const Sentence& s, uint32_t& start) {
    if (open <= s.first_token + 1) return std::nullopt;
    uint32_t k = open - 1;
    if (in_quote_[k]) return std::nullopt;
    if (is_punct(k, ':') ||
        (is_word(k) && (folded_[k] == "that" || folded_[k] == "to" || folded_[k] == "of")))
      --k;
    if (k <= s.first_token || in_quote_[k] || !is_word(k) || !lexicon::is_speech_noun(folded_[k]))
      return std::nullopt;
    const uint32_t noun = k--;
    // One adjective between: "her earlier claim", "Varga’s stark warning".
    if (k > s.first_token && is_word(k) && !in_quote_[k] && !possessive(k) &&
        !words::is_capitalised(raw(k)) && !lexicon::subject_of_possessive(folded_[k]) &&
        !lexicon::find_determiner(folded_[k]))
      --k;
    if (in_quote_[k] || !is_word(k)) return std::nullopt;
    std::optional<Found> found;
    if (entity_end_[k] >= 0 && possessive(k)) {
      const auto e = static_cast<uint32_t>(entity_end_[k]);
      const EntityType type = entities_[e].type;
      if (type != EntityType::kPerson && type != EntityType::kOrganization) return std::nullopt;
      found = from_entity(e);
      start = first_token_of_[e];
    } else if (const auto* p = lexicon::subject_of_possessive(folded_[k])) {
      found = p->referent == Referent::kPerson ? possessor_person(*p, tok(k).span)
                                               : pronoun(*p, tok(k).span);
      start = k;
    } else if (possessive(k)) {
      found = possessive_description(k, s, start);
    }
    if (!found || found->name.empty()) return std::nullopt;
    found->speech = true;
    found->pending = false;
    found->span = tok(noun).span;
    return found;
  }

  // "her" of "her claim": the nearest person named before it outside quotations, in its
  // paragraph or the one before, whose gender fits; possessors count ("Ms Ilyenko’s
  // campaign has tried … Her claim"). Else the pronoun as a subject would read it, if the
  // source it names was given in that reach. No person near: no speaker.
  std::optional<Found> possessor_person(const lexicon::PronounWord& p, Span span) {
    const uint32_t paragraph = doc_.sentences[doc_.sentence_at(span.begin)].paragraph;
    auto near = [&](uint32_t offset) {
      const uint32_t q = doc_.sentences[doc_.sentence_at(offset)].paragraph;
      return q + 1 >= paragraph;
    };
    const lexicon::Gender want = p.word == "he"    ? lexicon::Gender::kMale
                                 : p.word == "she" ? lexicon::Gender::kFemale
                                                   : lexicon::Gender::kUnknown;
    auto it = std::lower_bound(entities_.begin(), entities_.end(), span.begin,
                               [](const EntityMention& m, uint32_t o) { return m.span.begin < o; });
    size_t e = static_cast<size_t>(it - entities_.begin());
    for (size_t looked = 0; e > 0 && looked < kMaxLookback; ++looked) {
      --e;
      const EntityMention& m = entities_[e];
      if (!near(m.span.begin)) break;
      if (m.type != EntityType::kPerson || m.span.empty() || in_quote_[first_token_of_[e]])
        continue;
      auto g = genders_.find(m.canonical);
      if (want != lexicon::Gender::kUnknown && g != genders_.end() &&
          g->second != lexicon::Gender::kUnknown && g->second != want)
        continue;
      return from_entity(static_cast<uint32_t>(e));
    }
    return std::nullopt;
  }

  // "the minister’s promise": the description before the possessive suffix at token k.
  std::optional<Found> possessive_description(uint32_t k, const Sentence& s, uint32_t& start) {
    std::string_view head = folded_[k];
    const uint32_t suffix = words::possessive_suffix(head);
    if (suffix == 0 || suffix >= head.size()) return std::nullopt;
    head.remove_suffix(suffix);
    // A role noun ("spokeswoman") or a title ("minister"): a person either way.
    const lexicon::RoleNoun* role = lexicon::find_role_noun(head);
    const lexicon::RoleNoun title{head, Referent::kPerson};
    if (!role && lexicon::find_title(head)) role = &title;
    if (!role) return std::nullopt;
    uint32_t first = k;
    std::optional<lexicon::Determiner> det;
    for (int n = 0; first > s.first_token && n < kMaxPhrase; ++n) {
      const uint32_t j = first - 1;
      if (in_quote_[j] || !is_word(j)) break;
      if (const auto* d = lexicon::find_determiner(folded_[j])) {
        det = d->kind;
        start = j;
        break;
      }
      if (folded_.is(j, tc::kNonName | tc::kReportingVerb)) break;
      first = j;
    }
    if (!det || *det != lexicon::Determiner::kDefinite) return std::nullopt;
    Found f = description(first, k, det, *role, head);
    if (f.pending) return std::nullopt;
    return f;
  }

  std::optional<Found> subject_before(uint32_t verb, const Sentence& s) {
    uint32_t k = verb;
    for (int skipped = 0; k > s.first_token && skipped <= kMaxSkips; ++skipped) {
      --k;
      if (in_quote_[k]) return std::nullopt;
      if (is_word(k) && folded_.is(k, tc::kSubjectSkip | tc::kCalendar)) continue;
      if (is_punct(k, ',')) return appositive(k, s);
      if (is_word(k) && folded_[k] == "and") return clause_subject(k, s);
      // "Ms Brandt, who has called the floods “…”": the relative pronoun stands for the name
      // set off before it.
      if (is_word(k) && folded_[k] == "who" && k >= s.first_token + 2 && is_punct(k - 1, ',')) {
        const int32_t e = entity_end_[k - 2];
        // "Mirela Kostova, the opposition leader, who said": the name before an appositive.
        if (e < 0) return person_before_appositive(k - 1, s);
        if (possessive(k - 2)) return std::nullopt;
        const EntityType type = entities_[static_cast<size_t>(e)].type;
        if (type != EntityType::kPerson && type != EntityType::kOrganization) return std::nullopt;
        return from_entity(static_cast<uint32_t>(e));
      }
      std::optional<Found> found = phrase_ending_at(k, s, true);
      // "Officials in Lahaina said", "the union federation for the sector said": the
      // subject is the phrase before the preposition.
      const bool place =
          found && found->named && entity_end_[k] >= 0 &&
          entities_[static_cast<size_t>(entity_end_[k])].type != EntityType::kPerson &&
          entities_[static_cast<size_t>(entity_end_[k])].type != EntityType::kOrganization;
      if (!found || place) {
        if (auto head = head_before_postmodifier(k, s)) return head;
      }
      if (!found) return open_appositive(k, s);
      if (found->named)
        if (auto person = person_before_affiliation(k, s)) return person;
      return found;
    }
    return std::nullopt;
  }

  // "X, the port director, who said": the person named before an appositive that ends at
  // `comma` and holds a role noun or title (its words become the person's roles). Words
  // only, outside quotations; nullopt for any other phrase.
  std::optional<Found> person_before_appositive(uint32_t comma, const Sentence& s) {
    bool role = false;
    for (uint32_t j = comma; j > s.first_token + 1 && comma - j < kMaxAppositive;) {
      --j;
      if (in_quote_[j]) return std::nullopt;
      if (is_punct(j, ',')) {
        const int32_t e = entity_end_[j - 1];
        if (!role || j + 1 >= comma || e < 0 || possessive(j - 1) ||
            entities_[static_cast<size_t>(e)].type != EntityType::kPerson)
          return std::nullopt;
        Found f = from_entity(static_cast<uint32_t>(e));
        collect_roles(j + 1, comma, f);
        return f;
      }
      const bool attached = is_punct(j, 0x2019) || is_punct(j, '\'') || is_punct(j, '.');
      if (!is_word(j) && !attached) return std::nullopt;
      if (is_word(j) && folded_.is(j, tc::kReportingVerb)) return std::nullopt;
      role = role || is_role_word(j);
    }
    return std::nullopt;
  }

  // "Lena Marsh of Keswick Securities said", "Ann Cole at Pell & Orr said": a person's full
  // name, then "of", "at" or "from" and the name of where they work, ending at token k. The
  // person speaks, not the firm.
  std::optional<Found> person_before_affiliation(uint32_t k, const Sentence& s) {
    constexpr int kMaxAffiliationTokens = 6;
    for (int n = 0; k > s.first_token + 1 && n < kMaxAffiliationTokens; ++n, --k) {
      if (in_quote_[k]) return std::nullopt;
      if (is_punct(k, '&')) continue;
      if (!is_word(k)) return std::nullopt;
      const std::string_view f = folded_[k];
      if (f == "of" || f == "at" || f == "from") {
        if (n == 0) return std::nullopt;
        const int32_t e = entity_end_[k - 1];
        if (e < 0 || possessive(k - 1)) return std::nullopt;
        const EntityMention& m = entities_[static_cast<size_t>(e)];
        if (m.type != EntityType::kPerson || first_token_of_[static_cast<size_t>(e)] + 1 >= k)
          return std::nullopt;  // a full name: one word may be a firm's ("Stone of Boston")
        return from_entity(static_cast<uint32_t>(e));
      }
      if (!words::is_capitalised(raw(k))) return std::nullopt;
    }
    return std::nullopt;
  }

  // The first word of a set-off aside that tells how or where someone spoke: a preposition
  // ("in a statement", "at a briefing") or a participle ("speaking to reporters").
  static bool is_aside_lead(std::string_view word) {
    static constexpr std::string_view kAsideLeads[] = {"after", "at",  "during", "in",
                                                       "on",    "via", "while",  "writing"};
    if (std::find(std::begin(kAsideLeads), std::end(kAsideLeads), word) != std::end(kAsideLeads))
      return true;
    return word.size() > 5 && word.substr(word.size() - 3) == "ing" &&
           (word.rfind("speak", 0) == 0 || word.rfind("address", 0) == 0 ||
            word.rfind("talk", 0) == 0);
  }

  // "Ivo Brandt, the harbor's chief engineer told": a person, a comma, then a few words
  // that are no description the tables know, up to the verb at k + 1.
  std::optional<Found> open_appositive(uint32_t k, const Sentence& s) {
    for (int n = 0; k > s.first_token + 1 && n <= kMaxPhrase; ++n, --k) {
      if (in_quote_[k]) return std::nullopt;
      if (is_punct(k, ',')) {
        const int32_t e = entity_end_[k - 1];
        if (n < 2 || e < 0 || possessive(k - 1) ||
            entities_[static_cast<size_t>(e)].type != EntityType::kPerson)
          return std::nullopt;
        Found f = from_entity(static_cast<uint32_t>(e));
        return f;
      }
      const bool attached = is_punct(k, 0x2019) || is_punct(k, '\'') || is_punct(k, '.');
      if (!is_word(k) && !attached) return std::nullopt;
      if (is_word(k) && folded_.is(k, tc::kReportingVerb)) return std::nullopt;
    }
    return std::nullopt;
  }

  // The phrase before a short prepositional postmodifier ending at token k.
  std::optional<Found> head_before_postmodifier(uint32_t k, const Sentence& s) {
    static constexpr std::string_view kPostmodifierLeads[] = {"at", "for", "from",
                                                              "in", "of",  "with"};
    for (int n = 0; k > s.first_token && n < kMaxPostmodifier; ++n, --k) {
      if (in_quote_[k] || !is_word(k)) return std::nullopt;
      const std::string_view f = folded_[k];
      if (std::find(std::begin(kPostmodifierLeads), std::end(kPostmodifierLeads), f) ==
          std::end(kPostmodifierLeads))
        continue;
      std::optional<Found> head = phrase_ending_at(k - 1, s, true);
      if (head && (head->named || !head->head.empty())) return head;
      return std::nullopt;
    }
    return std::nullopt;
  }

  // "X, a senior fellow at Y, said": the comma before the verb closes an appositive.
  std::optional<Found> appositive(uint32_t comma, const Sentence& s) {
    // "X, who has called the floods “the worst in a lifetime”, said", "the union, which
    // pledged ... on Tuesday, said": a relative clause may quote or report, and its name is
    // still the subject of the verb after it.
    for (uint32_t j = comma; j > s.first_token + 1 && comma - j < kMaxAppositive;) {
      --j;
      if (!is_punct(j, ',') || j + 1 >= comma || in_quote_[j] || !is_word(j + 1)) continue;
      const std::string_view relative = folded_[j + 1];
      if (relative != "who" && relative != "whose" && relative != "which") continue;
      const int32_t e = entity_end_[j - 1];
      if (e < 0 || possessive(j - 1)) break;
      const EntityType type = entities_[static_cast<size_t>(e)].type;
      // "Foreign Minister Lene Haugstad of Norvaal, who negotiated the truce, said": the
      // person before "of" speaks, not where they work.
      if (type != EntityType::kPerson && relative != "which")
        if (auto person = person_before_affiliation(j - 1, s)) return person;
      // "The union, which pledged ...": "which" stands for a body, never a person.
      if (type == EntityType::kOrganization || (type == EntityType::kPerson && relative != "which"))
        return from_entity(static_cast<uint32_t>(e));
      break;
    }
    // "The head of state, Emmanuel Macron, said": the name is itself set off, its titles
    // with it ("Its chief, Dr Ostrovar, said").
    if (comma > s.first_token + 2 && entity_end_[comma - 1] >= 0 && !possessive(comma - 1)) {
      const auto e = static_cast<size_t>(entity_end_[comma - 1]);
      const EntityType type = entities_[e].type;
      const uint32_t first =
          type == EntityType::kPerson ? name_phrase_start(e, s.first_token) : first_token_of_[e];
      if ((type == EntityType::kPerson || type == EntityType::kOrganization) &&
          first > s.first_token && is_punct(first - 1, ',')) {
        Found f = from_entity(static_cast<uint32_t>(e));
        uint32_t q = first - 1;
        while (q > s.first_token && !is_punct(q - 1, ',') && first - q < kMaxAppositive) --q;
        collect_roles(q, first - 1, f);
        return f;
      }
    }
    for (uint32_t j = comma; j > s.first_token && comma - j < kMaxAppositive;) {
      --j;
      if (in_quote_[j]) return std::nullopt;
      // "(GEWU)": an acronym in brackets stays inside the appositive, as does the apostrophe
      // of a plural possessive ("the Workers’ Union").
      if (tok(j).kind == TokenKind::kPunct && !is_punct(j, ',') && !is_punct(j, '.') &&
          !is_dash(j) && !is_punct(j, '(') && !is_punct(j, ')') && !is_punct(j, '\'') &&
          !is_punct(j, U'\u2019') && !is_punct(j, '&'))
        return std::nullopt;
      if (is_word(j) && folded_.is(j, tc::kReportingVerb)) return std::nullopt;
      if (!is_punct(j, ',') || j == s.first_token || j + 1 >= comma) continue;
      // The appositive must read like one: "a member of", "who", "another lawmaker", "the
      // firm's chief executive", "regional officer for Y", an age ("X, 47, said"), "of Y",
      // "for his part".
      const std::string_view opener = folded_[j + 1];
      const bool looks =
          folded_.is(j + 1, tc::kTitle) || lexicon::find_determiner(opener) ||
          lexicon::find_role_noun(opener) || opener == "who" || opener == "whose" ||
          opener == "which" || opener == "of" || opener == "for" || opener == "from" ||
          lexicon::is_demonym(opener) || (is_word(j + 1) && possessive(j + 1)) ||
          (j + 2 < comma && is_word(j + 1) && lexicon::find_role_noun(folded_[j + 2])) ||
          tok(j + 1).kind == TokenKind::kNumber;
      // Or an aside that tells how or where a person or body spoke: "X, speaking in Y,
      // said", "X, in a statement, said".
      const bool aside = is_aside_lead(opener);
      if (!looks && !aside) return std::nullopt;
      // "X, 47, a machinist, said": the age between the name and the appositive.
      uint32_t named = j;
      if (j >= s.first_token + 3 && tok(j - 1).kind == TokenKind::kNumber && is_punct(j - 2, ','))
        named = j - 2;
      const int32_t e = entity_end_[named - 1];
      // "The company, which makes pies, said": a description before a relative clause.
      if (e < 0 && (opener == "which" || opener == "who") && !possessive(named - 1))
        return phrase_ending_at(named - 1, s, true);
      if (e < 0 || possessive(named - 1)) return std::nullopt;
      if (!looks && entities_[static_cast<size_t>(e)].type != EntityType::kPerson &&
          entities_[static_cast<size_t>(e)].type != EntityType::kOrganization)
        return std::nullopt;
      Found f = from_entity(static_cast<uint32_t>(e));
      collect_roles(j + 1, comma, f);
      return f;
    }
    return std::nullopt;
  }

  // The role nouns and titles of tokens [a, b) become f's roles when f is remembered.
  static void collect_roles(uint32_t a, uint32_t b, Found& f) {
    f.roles_begin = a;
    f.roles_end = b;
  }
  bool is_role_word(uint32_t t) const {
    return is_word(t) && (folded_.is(t, tc::kTitle) || lexicon::find_role_noun(folded_[t]));
  }

  // "owner's owned", kept for the rest of the run.
  std::string_view compose(std::string_view owner, std::string_view owned) {
    std::string& name = composed_.emplace_front();
    name.reserve(owner.size() + 3 + owned.size());
    name.append(owner).append("'s ").append(owned);
    return name;
  }

  Found from_entity(uint32_t e) {
    const EntityMention& m = entities_[e];
    Found f;
    f.named = true;
    f.span = m.span;
    f.kind = referent_of(m.type);
    f.name = m.canonical;
    // "Seoul’s National Intelligence Service" -> "South Korea's National Intelligence Service".
    const uint32_t first = first_token_of_[e];
    if (m.type == EntityType::kOrganization && first > 0 && possessive(first - 1) &&
        entity_end_[first - 1] >= 0) {
      const EntityMention& owner = entities_[static_cast<size_t>(entity_end_[first - 1])];
      if (owner.type != EntityType::kPerson) {
        f.name = compose(owner.canonical, m.canonical);
        f.span.begin = owner.span.begin;
      }
    }
    return f;
  }

  // Whether a word of [start, head) names part of `name` (its first five letters are in
  // the folded name: "defence" in "Defense Ministry", "Marovian" in "Marovia's ministry"),
  // or no word there is one of three letters or more.
  bool shares_a_modifier(uint32_t start, uint32_t head, std::string_view name) {
    folded_name_.clear();
    unicode::fold_append(folded_name_, name);
    bool any = false;
    for (uint32_t j = start; j < head; ++j) {
      if (!is_word(j) || folded_[j].size() < 3) continue;
      any = true;
      const std::string_view w = folded_[j].substr(0, 5);
      if (folded_name_.find(w) != std::string::npos) return true;
    }
    return !any;
  }

  // A subject ending at token k: an entity, a pronoun or a description.
  std::optional<Found> phrase_ending_at(uint32_t k, const Sentence& s, bool subject) {
    if (!is_word(k)) return std::nullopt;
    if (entity_end_[k] >= 0) {
      if (possessive(k)) return std::nullopt;  // "Korea’s claim"
      return from_entity(static_cast<uint32_t>(entity_end_[k]));
    }
    if (const auto* p = lexicon::find_pronoun(folded_[k])) return pronoun(*p, tok(k).span);
    const auto* role = lexicon::find_role_noun(folded_[k]);
    if (!role) return std::nullopt;
    // Walk back over the description's modifiers to its determiner.
    uint32_t start = k;
    std::optional<lexicon::Determiner> det;
    uint32_t det_token = k;
    for (int n = 0; start > s.first_token && n < kMaxPhrase; ++n) {
      const uint32_t j = start - 1;
      if (in_quote_[j]) break;
      // "Gen." and the plural possessive "sailors’ union" stay in the description.
      const bool attached =
          (is_punct(j, '.') || is_punct(j, 0x2019) || is_punct(j, '\'')) && !in_quote_[j];
      if (attached && j > s.first_token && is_word(j - 1) &&
          tok(j - 1).span.end == tok(j).span.begin) {
        start = j;
        continue;
      }
      if (!is_word(j) && tok(j).kind != TokenKind::kNumber) break;
      const std::string_view f = folded_[j];
      if (const auto* d = lexicon::find_determiner(f)) {
        det = d->kind;
        det_token = j;
        break;
      }
      if (folded_.is(j, tc::kNonName | tc::kReportingVerb)) break;
      start = j;
    }
    (void)subject;
    // "H. K. Dwivedi, the state's chief secretary told reporters": an appositive left open.
    const uint32_t opening = det ? det_token : start;
    if (role->referent == Referent::kPerson && opening > s.first_token + 1 &&
        is_punct(opening - 1, ',') && entity_end_[opening - 2] >= 0 && !possessive(opening - 2) &&
        entities_[static_cast<size_t>(entity_end_[opening - 2])].type == EntityType::kPerson) {
      Found f = from_entity(static_cast<uint32_t>(entity_end_[opening - 2]));
      collect_roles(start, k + 1, f);
      return f;
    }
    Found found = description(start, k, det, *role);
    if (det) found.span.begin = tok(det_token).span.begin;  // the cue starts at "the"
    return found;
  }

  // A role that speaks for a body ("a government spokesperson", "a police statement"): the
  // words are the body's (GUIDELINES: the speaker is the person or body the article
  // attributes them to), and the spokesperson is seldom named again.
  static bool speaks_for_a_body(std::string_view head) {
    static constexpr std::string_view kBodyVoices[] = {"spokesman", "spokesperson", "spokeswoman",
                                                       "statement"};
    return std::find(std::begin(kBodyVoices), std::end(kBodyVoices), head) != std::end(kBodyVoices);
  }

  // The body the modifier right before a body's voice names (tokens [start, head)), set in
  // f as an organisation: a body named there ("a White House statement"), or by a word of
  // its name ("a Fund spokesperson" after "Continental Monetary Fund"), or a body noun
  // ("a police statement": "police"). False, f untouched, for any other modifier ("a senior
  // spokesperson", "a joint statement").
  bool speaking_body(uint32_t start, uint32_t head, Found& f) {
    const uint32_t m = head - 1;
    if (!is_word(m) || in_quote_[m] || possessive(m)) return false;
    std::string_view name;
    const int32_t e = entity_end_[m];
    if (e >= 0 && entities_[static_cast<size_t>(e)].type == EntityType::kPerson) return false;
    if (e >= 0 || words::is_capitalised(raw(m))) {
      // The latest body whose name holds the word, the word's own entity else.
      name = named_body_with(folded_[m]);
      if (name.empty() && e >= 0) name = from_entity(static_cast<uint32_t>(e)).name;
    } else if (const auto* role = lexicon::find_role_noun(folded_[m]);
               role && role->referent == Referent::kOrganization) {
      name = doc_.slice({tok(start).span.begin, tok(m).span.end});
    }
    if (name.empty()) return false;
    f.name = name;
    f.kind = Referent::kOrganization;
    f.head = folded_[m];
    return true;
  }

  // Whether a person quoted or named before was given role `head`.
  bool person_with_role(std::string_view head) {
    if (most_recent(Referent::kPerson, head)) return true;
    size_t looked = 0;
    for (auto it = recent_people_.rbegin(); it != recent_people_.rend() && looked < kMaxLookback;
         ++it, ++looked)
      if (has_role(*it, head)) return true;
    return false;
  }

  // The latest organisation named whose name holds the folded word as a word of its own.
  std::string_view named_body_with(std::string_view word) {
    size_t looked = 0;
    for (auto it = recent_orgs_.rbegin(); it != recent_orgs_.rend() && looked < kMaxLookback;
         ++it, ++looked) {
      folded_name_.clear();
      unicode::fold_append(folded_name_, it->name);
      for (size_t k = 0; k < folded_name_.size();) {
        const size_t space = std::min(folded_name_.find(' ', k), folded_name_.size());
        if (std::string_view(folded_name_).substr(k, space - k) == word) return it->name;
        k = space + 1;
      }
    }
    return {};
  }

  Found description(uint32_t start, uint32_t head, std::optional<lexicon::Determiner> det,
                    const lexicon::RoleNoun& role, std::string_view head_word = {}) {
    Found f;
    f.span = {tok(start).span.begin, tok(head).span.end};
    f.kind = role.referent;
    f.head = head_word.empty() ? folded_[head] : head_word;
    const std::string_view text = doc_.slice(f.span);
    // "the police spokesman" after "Police spokesman Ivo Brandt": the person, as below.
    const bool definite = det && *det == lexicon::Determiner::kDefinite;
    if (start < head && speaks_for_a_body(f.head) &&
        !(definite && role.referent == Referent::kPerson && person_with_role(f.head))) {
      const std::string_view voice = f.head;
      if (speaking_body(start, head, f)) {
        body_voices_.push_back({voice, f.name});
        return f;
      }
    }
    // "A government spokesman said ... the spokesman added": the body spoken for before,
    // unless a person was given that role.
    if (start == head && definite && role.referent == Referent::kPerson &&
        speaks_for_a_body(f.head) && !body_voices_.empty() && !person_with_role(f.head)) {
      for (auto it = body_voices_.rbegin(); it != body_voices_.rend(); ++it) {
        if (it->first != f.head) continue;
        f.name = it->second;
        f.kind = Referent::kOrganization;
        return f;
      }
    }
    const bool indefinite = det && *det == lexicon::Determiner::kIndefinite;
    const bool bare_group = !det && role.referent == Referent::kGroup && start < head;
    if (indefinite || bare_group) {
      f.name = text;  // "a top U.S. diplomat", "South Korean lawmakers": a new source
      return f;
    }
    // "the company" after a company named since the last one quoted: the one named.
    const NamedOrg* named =
        role.referent == Referent::kOrganization && start == head ? org_for(f.head) : nullptr;
    if (named) {
      const Source* quoted = most_recent_source(role.referent, f.head);
      if (!quoted || quoted->sentence < named->sentence) {
        f.name = named->name;
        return f;
      }
    }
    if (auto name = most_recent(role.referent, f.head)) {
      // "the energy ministry said ... the defence ministry said": a body's description
      // whose words before its head name none of the earlier body's is another body.
      if (role.referent == Referent::kOrganization && start < head &&
          !shares_a_modifier(start, head, *name)) {
        f.name = text;
        return f;
      }
      f.name = *name;
      return f;
    }
    if (role.referent == Referent::kPerson) {
      // A person named earlier with that title, though not yet quoted.
      size_t looked = 0;
      for (auto it = recent_people_.rbegin(); it != recent_people_.rend() && looked < kMaxLookback;
           ++it, ++looked) {
        if (has_role(*it, f.head)) {
          f.name = *it;
          return f;
        }
      }
      // "the lawmaker" with no lawmaker before: wait for a later one.
      f.name = text;
      f.pending = true;
      return f;
    }
    if (named) {
      f.name = named->name;  // "the ministry"
      return f;
    }
    f.name = text;
    return f;
  }

  std::optional<Found> pronoun(const lexicon::PronounWord& p, Span span) {
    Found f;
    f.span = span;
    f.kind = p.referent;
    std::optional<std::string_view> name;
    switch (p.referent) {
      case Referent::kPerson: {
        // The later of the last person quoted and the last person named as a subject: in
        // "Gov. Jo Reed spoke next: “…,” he said", he is Reed, not the speaker before. A
        // name whose first name or title says another gender is passed over.
        const lexicon::Gender want = p.word == "he"    ? lexicon::Gender::kMale
                                     : p.word == "she" ? lexicon::Gender::kFemale
                                                       : lexicon::Gender::kUnknown;
        // `strict`: a one-word name whose gender nothing says ("Marovia" read as a surname
        // in "Marovia says") is passed over for a name that says the pronoun's gender
        // ("Ingrid Solvang ... she told reporters") in the pronoun's sentence or the two
        // before it; tried first, then without.
        const uint32_t here = doc_.sentence_at(span.begin);
        const uint32_t strict_floor = doc_.sentences[here >= 2 ? here - 2 : 0].span.begin;
        auto fits_gender = [&](std::string_view candidate, bool strict) {
          if (want == lexicon::Gender::kUnknown) return true;
          auto it = genders_.find(candidate);
          const bool unknown = it == genders_.end() || it->second == lexicon::Gender::kUnknown;
          if (unknown && strict && candidate.find(' ') == std::string_view::npos) return false;
          return unknown || it->second == want;
        };
        for (const bool strict : {true, false}) {
          if (name || (!strict && want == lexicon::Gender::kUnknown)) break;
          auto quoted = history_.rbegin();
          size_t quoted_looked = 0;
          auto next_quoted = [&] {
            while (quoted != history_.rend() && quoted_looked < kMaxLookback &&
                   !fits(*quoted, Referent::kPerson, "")) {
              ++quoted;
              ++quoted_looked;
            }
            if (quoted_looked >= kMaxLookback) quoted = history_.rend();
          };
          next_quoted();
          int32_t named = salient_person_before(span.begin);
          for (size_t steps = 0; steps < 2 * kMaxLookback; ++steps) {
            const bool has_quoted = quoted != history_.rend();
            if (!has_quoted && named < 0) break;
            const bool take_named =
                named >= 0 &&
                (!has_quoted || entities_[static_cast<size_t>(named)].span.begin > quoted->offset);
            const std::string_view candidate =
                take_named ? std::string_view(entities_[static_cast<size_t>(named)].canonical)
                           : quoted->name;
            const uint32_t at =
                take_named ? entities_[static_cast<size_t>(named)].span.begin : quoted->offset;
            if (strict && at < strict_floor) break;
            if (fits_gender(candidate, strict)) {
              name = candidate;
              break;
            }
            if (take_named) {
              named = salient_person_before(entities_[static_cast<size_t>(named)].span.begin);
            } else {
              ++quoted;
              ++quoted_looked;
              next_quoted();
            }
          }
        }
        if (!name && !last_person_entity_.empty() && fits_gender(last_person_entity_, false))
          name = last_person_entity_;
        break;
      }
      case Referent::kGroup:
        name = most_recent(Referent::kGroup, "");
        if (!name) name = most_recent(Referent::kOrganization, "");
        break;
      case Referent::kOrganization:
        name = most_recent(Referent::kOrganization, "");
        if (!name && !last_org_entity_.empty()) name = last_org_entity_;
        break;
      case Referent::kSelf:
        break;
    }
    if (!name) return std::nullopt;
    f.name = *name;
    // A resolved pronoun names the same source again: keep its kind.
    for (auto it = history_.rbegin(); it != history_.rend(); ++it)
      if (it->name == f.name) {
        f.kind = it->kind;
        f.head = it->head;
        break;
      }
    return f;
  }

  // "said Seth Jones, senior vice president ...", "according to a Washington Post report".
  std::optional<Found> phrase_after(uint32_t t, const Sentence& s) {
    if (t < s.end_token && is_punct(t, ',')) ++t;
    t = skip_adverbials(t, s);
    std::optional<lexicon::Determiner> det;
    uint32_t start = t;
    for (int n = 0; t < s.end_token && n < kMaxPhrase; ++n, ++t) {
      if (in_quote_[t]) return std::nullopt;
      if (is_punct(t, '.')) continue;
      if (!is_word(t) && tok(t).kind != TokenKind::kNumber) return std::nullopt;
      const std::string_view f = folded_[t];
      if (n == 0 && lexicon::find_pronoun(f))
        return pronoun(*lexicon::find_pronoun(f), tok(t).span);
      if (entity_start_[t] >= 0) {
        const auto e = static_cast<uint32_t>(entity_start_[t]);
        const uint32_t last = last_token_of_[e];
        if (possessive(last)) {
          // "according to South Korea’s spy agency": the owner and what it owns.
          if (auto rest = role_phrase(last + 1, s)) {
            // "said the Union’s crisis commissioner, Lucien Ferrand": a person's role in a
            // body, then the person set off after it, who is the speaker.
            if (lexicon::find_role_noun(folded_[*rest])->referent == Referent::kPerson)
              if (auto named = name_after_description(*rest + 1, s)) return named;
            Found f2;
            f2.span = {entities_[e].span.begin, tok(*rest).span.end};
            f2.kind = lexicon::find_role_noun(folded_[*rest])->referent;
            f2.head = folded_[*rest];
            f2.name = compose(entities_[e].canonical,
                              doc_.slice({tok(last + 1).span.begin, tok(*rest).span.end}));
            return f2;
          }
          return std::nullopt;
        }
        // "said the EU crisis commissioner, Helga Moravec": a body named before a role noun
        // describes the role; the person set off after it is the speaker.
        if (entities_[e].type != EntityType::kPerson)
          if (const auto head = role_phrase(last + 1, s))
            if (auto named = name_after_description(*head + 1, s)) return named;
        Found found = from_entity(e);
        // Roles from an appositive after the name: ", another lawmaker on the committee".
        uint32_t after = last + 1;
        if (after < s.end_token && is_punct(after, ',')) {
          uint32_t stop = after + 1;
          while (stop < s.end_token && !is_punct(stop, ',') && stop - after < kMaxAppositive)
            ++stop;
          collect_roles(after + 1, stop, found);
        }
        return found;
      }
      if (const auto* d = lexicon::find_determiner(f); d && t == start) {
        det = d->kind;
        start = t + 1;
        continue;
      }
      if (const auto* role = lexicon::find_role_noun(f)) {
        const bool more =
            t + 1 < s.end_token && is_word(t + 1) && lexicon::find_role_noun(folded_[t + 1]);
        if (!more) {
          if (auto named = name_after_description(t + 1, s)) return named;
          return description(start, t, det, *role);
        }
        continue;
      }
      if (folded_.is(t, tc::kNonName | tc::kReportingVerb)) return std::nullopt;
      if (!words::is_capitalised(raw(t)) && !folded_.is(t, tc::kTitle) && n > 3)
        return std::nullopt;
    }
    return std::nullopt;
  }

  // Set-off adverbials at t: "Thursday evening, on RTL, the minister" -> "the minister".
  uint32_t skip_adverbials(uint32_t t, const Sentence& s) const {
    for (int round = 0; round < 3 && t < s.end_token; ++round) {
      if (!is_word(t) || in_quote_[t]) return t;
      if (!folded_.is(t, tc::kCalendar) && !lexicon::is_adverbial_lead(folded_[t])) return t;
      uint32_t comma = t;
      while (comma < s.end_token && comma - t < kMaxAdverbial && !is_punct(comma, ',')) {
        if (in_quote_[comma] ||
            (entity_start_[comma] >= 0 &&
             entities_[static_cast<size_t>(entity_start_[comma])].type == EntityType::kPerson))
          return t;
        ++comma;
      }
      if (comma >= s.end_token || !is_punct(comma, ',')) return t;
      t = comma + 1;
    }
    return t;
  }

  // "the Minister of Labor, Olivier Dussopt": the person a description introduces. `t` is
  // the token after the description's head.
  std::optional<Found> name_after_description(uint32_t t, const Sentence& s) {
    if (t < s.end_token && is_word(t) && folded_[t] == "of") {
      ++t;
      for (int n = 0; n < 4 && t < s.end_token && is_word(t) && !in_quote_[t] &&
                      (words::is_capitalised(raw(t)) || folded_[t] == "the");
           ++n)
        ++t;
    }
    if (t + 1 >= s.end_token || !is_punct(t, ',')) return std::nullopt;
    const int32_t e = entity_start_[t + 1];
    if (e < 0 || entities_[static_cast<size_t>(e)].type != EntityType::kPerson) return std::nullopt;
    if (possessive(last_token_of_[static_cast<size_t>(e)])) return std::nullopt;
    return from_entity(static_cast<uint32_t>(e));
  }

  // The head of a description starting at t ("spy agency" -> agency), if any.
  std::optional<uint32_t> role_phrase(uint32_t t, const Sentence& s) const {
    std::optional<uint32_t> head;
    for (int n = 0; t < s.end_token && n < kMaxPhrase; ++n, ++t) {
      if (!is_word(t) || in_quote_[t]) break;
      if (lexicon::find_role_noun(folded_[t]))
        head = t;
      else if (head || folded_.is(t, tc::kNonName))
        break;
    }
    return head;
  }

  // "“We will rebuild.” — Jane Doe": a dash and a name at the end of the sentence.
  // `dash`: the sentence's last dash token. Punctuation after it is no dash: it ends
  // before `end`, the token after the sentence's last word or dash.
  std::optional<Found> trailing_dash(const Sentence& s, uint32_t dash) {
    uint32_t end = s.end_token;
    while (end > s.first_token && tok(end - 1).kind == TokenKind::kPunct && !is_dash(end - 1))
      --end;
    const uint32_t t = dash;
    if (in_quote_[t] || t + 1 >= end) return std::nullopt;
    const int32_t e = entity_start_[t + 1];
    if (e < 0) return std::nullopt;
    const uint32_t last = last_token_of_[static_cast<size_t>(e)];
    if (last + 1 != end && !(last + 1 < end && is_punct(last + 1, ','))) return std::nullopt;
    if (lexicon::is_news_agency(unicode::fold(entities_[static_cast<size_t>(e)].canonical)))
      return std::nullopt;  // "— Reuters": a credit line
    return from_entity(static_cast<uint32_t>(e));
  }

  const DocumentText& doc_;
  const std::vector<EntityMention>& entities_;
  const words::FoldedTokens& folded_;
  std::vector<QuoteRegion> quote_regions_;  // handed to the attributions by run()
  // Kept by gather(), in order, and read by find_all from next_cue_ and next_dash_ on.
  std::vector<uint32_t> cue_words_;    // words that may be cues
  std::vector<uint32_t> dash_tokens_;  // punctuation that may be a dash
  std::vector<uint32_t> mark_tokens_;  // punctuation that may be a quotation mark
  size_t next_cue_ = 0;
  size_t next_dash_ = 0;
  std::vector<uint32_t> open_tokens_;  // the opening mark of each quotation that has one
  size_t next_open_ = 0;
  std::vector<bool> in_quote_;
  std::vector<int32_t> entity_start_;     // entity index starting in each token, or -1
  std::vector<int32_t> entity_end_;       // entity index ending in each token, or -1
  std::vector<uint32_t> first_token_of_;  // per entity: token_at its first byte
  std::vector<uint32_t> last_token_of_;   // per entity: token_at its last byte
  std::vector<Source> history_;
  std::vector<bool> salient_;                                      // per entity: is_salient_person
  std::unordered_map<std::string_view, lexicon::Gender> genders_;  // person canonical -> gender
  RoleSet roles_;                                                  // (name, title or role) pairs
  std::string_view last_person_entity_;
  std::vector<std::string_view> recent_people_;  // person entities of earlier sentences, in order
  std::string_view last_org_entity_;
  std::vector<NamedOrg> recent_orgs_;  // organisation entities as named, in order
  // Names made of two parts, rare: a list never moves them, and allocates nothing when empty.
  std::forward_list<std::string> composed_;
  std::string folded_name_;                                                  // reused by fits()
  std::vector<std::pair<std::string_view, std::string_view>> person_roles_;  // in roles_ too
  std::unordered_set<std::string> unexplained_names_;  // note_unexplained's, once each
  // Body voices read ("a government spokesman": {"spokesman", "government"}), in text order.
  std::vector<std::pair<std::string_view, std::string_view>> body_voices_;
  uint32_t last_cue_end_ = 0;
};

}  // namespace

std::string person_for_role(const UnexplainedRole& description,
                            const std::vector<std::vector<PersonRole>>& roles) {
  // "Kostova" is a word-suffix of "Mirela Kostova": one person named twice.
  auto word_suffix = [](std::string_view shorter, std::string_view longer) {
    if (shorter.size() > longer.size() || !longer.ends_with(shorter)) return false;
    return shorter.size() == longer.size() || longer[longer.size() - shorter.size() - 1] == ' ';
  };
  if (description.words.empty()) return {};
  // Each word's class, looked up once rather than once per document.
  std::vector<std::string_view> kinds;
  kinds.reserve(description.words.size());
  for (const std::string& word : description.words) kinds.push_back(lexicon::role_class(word));
  auto fits = [&](const PersonRole& r, size_t w) {
    return r.role == description.words[w] || (!kinds[w].empty() && r.role == kinds[w]);
  };
  std::string found;
  for (const std::vector<PersonRole>& doc : roles) {
    // A person fits only with every word, the first among them: most documents give no one
    // a role of the first word, and are passed over in one look at their roles.
    if (std::none_of(doc.begin(), doc.end(), [&](const PersonRole& r) { return fits(r, 0); }))
      continue;
    // The document's people, each with every word of the description among their roles.
    std::unordered_map<std::string_view, size_t> matched;  // name -> words matched
    for (size_t w = 0; w < description.words.size(); ++w) {
      std::unordered_set<std::string_view> has;
      for (const PersonRole& r : doc)
        if (fits(r, w)) has.insert(r.name);
      for (const std::string_view name : has) ++matched[name];
    }
    for (const auto& [name, count] : matched) {
      if (count < description.words.size()) continue;
      if (found.empty()) {
        found = name;
      } else if (!word_suffix(found, name) && !word_suffix(name, found)) {
        return {};  // two people fit ("Shehbaz Sharif", "Nawaz Sharif")
      } else if (name.size() > found.size()) {
        found = name;
      }
    }
  }
  return found;
}

Attributions resolve_attribution(const DocumentText& doc,
                                 const std::vector<EntityMention>& entities) {
  return resolve_attribution(doc, entities, words::FoldedTokens(doc));
}

Attributions resolve_attribution(const DocumentText& doc,
                                 const std::vector<EntityMention>& entities,
                                 const words::FoldedTokens& folded) {
  return Resolver(doc, entities, folded).run();
}

}  // namespace parallax
