// Cross-document names: one canonical name per person (or organisation) across documents.
//
// Person names are blocked by their folded first name; inside a block, surnames that
// differ by a small edit distance are transliteration variants (Zelensky / Zelenskyy /
// Zelenskiy). A surname-only name in one document ("Austin") joins the one full name of
// another document that ends in it (or in a variant of it). An undefined acronym ("NIS")
// takes the name another document defines it as. Each cluster keeps its most used
// variant; entities, quote speakers and number sources are rewritten to it. Work grows
// with the number of distinct names: blocks are compared only within a small window.
#include <algorithm>
#include <array>
#include <numeric>
#include <string>
#include <unordered_map>
#include <vector>

#include "compare/compare.h"
#include "compare/words.h"
#include "extract/words.h"
#include "lexicon/people_lexicon.h"
#include "text/unicode.h"

namespace parallax {

namespace {

constexpr size_t kWindow = 8;          // neighbours compared inside a sorted block
constexpr double kMaxDistance = 0.25;  // edit distance / longer surname length
constexpr size_t kMinVariantLength = 4;

struct Name {
  std::string canonical;
  std::string first;     // folded first word ("" for one-word names)
  std::string last;      // folded last word
  uint64_t letters = 0;  // the bytes of `last`, folded into 64 bits (surname_variants)
  size_t mentions = 0;
  size_t documents = 0;
  uint32_t last_doc = UINT32_MAX;

  // One more mention, in document `doc` (mentions come in document order).
  void count(uint32_t doc) {
    ++mentions;
    if (last_doc != doc) {
      ++documents;
      last_doc = doc;
    }
  }
};

bool variants(std::string_view a, std::string_view b) {
  if (a == b) return true;
  if (a.size() < kMinVariantLength || b.size() < kMinVariantLength) return false;
  if (a.substr(0, 2) != b.substr(0, 2)) return false;
  // distance / longer <= kMaxDistance, as a whole number of edits.
  const auto max_edits =
      static_cast<size_t>(kMaxDistance * static_cast<double>(std::max(a.size(), b.size())));
  return within_edits(a, b, max_edits);
}

// The bytes of a word, folded into 64 bits as within_edits folds them for its first bound.
uint64_t letters_of(std::string_view word) {
  uint64_t letters = 0;
  for (const char c : word) letters |= uint64_t{1} << (static_cast<unsigned char>(c) & 63);
  return letters;
}

// variants() of two names' surnames; false at once where the bytes one has and the other
// lacks need more edits than it allows (within_edits' first bound, from each name's letters
// worked out once rather than at every comparison).
bool surname_variants(const Name& x, const Name& y) {
  const auto max_edits = static_cast<size_t>(
      kMaxDistance * static_cast<double>(std::max(x.last.size(), y.last.size())));
  if (std::max(bits_set(x.letters & ~y.letters), bits_set(y.letters & ~x.letters)) > max_edits)
    return false;
  return variants(x.last, y.last);
}

struct UnionFind {
  std::vector<size_t> parent;
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), size_t{0}); }
  size_t find(size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void join(size_t a, size_t b) { parent[find(a)] = find(b); }
};

// Compares each member of a block with its next kWindow neighbours in surname order.
void join_block(std::vector<size_t>& block, const std::vector<Name>& names, UnionFind& uf) {
  std::sort(block.begin(), block.end(),
            [&](size_t a, size_t b) { return names[a].last < names[b].last; });
  for (size_t i = 0; i < block.size(); ++i)
    for (size_t j = i + 1; j < block.size() && j <= i + kWindow; ++j)
      if (surname_variants(names[block[i]], names[block[j]])) uf.join(block[i], block[j]);
}

// Latin letters U+00C0..U+017F without their marks, lowercase ('?' where none is plain).
constexpr std::string_view kLatinBase =
    "aaaaaa?ceeeeiiii?nooooo??uuuuy??aaaaaa?ceeeeiiii?nooooo??uuuuy?yaaaaaaccccccccdd??eeeeeeeeee"
    "gggggggghh??iiiiiiiii???jjkk?llllll????nnnnnn???oooooo??rrrrrrsssssssstttt??uuuuuuuuuuuuwwyy"
    "yzzzzzz?";

// A name as compared across documents: lowercase, Latin letters without their marks, the
// typographic apostrophe plain ("Gérald DARMANIN" and "Gerald Darmanin" are one key).
std::string plain_key(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (size_t i = 0; i < name.size();) {
    int len = 1;
    const char32_t cp = unicode::decode_at(name, i, len);
    if (cp < 0x80) {
      out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp);
    } else if (cp >= 0xC0 && cp < 0x180 && kLatinBase[cp - 0xC0] != '?') {
      out += kLatinBase[cp - 0xC0];
    } else if (cp == 0x2019) {
      out += '\'';
    } else {
      out.append(name.substr(i, static_cast<size_t>(len)));
    }
    i += static_cast<size_t>(len);
  }
  return out;
}

// How many letters of a name carry a mark (Latin letters U+00C0..U+017F).
int marks_of(std::string_view name) {
  int marks = 0;
  for (size_t i = 0; i < name.size();) {
    int len = 1;
    const char32_t cp = unicode::decode_at(name, i, len);
    if (cp >= 0xC0 && cp < 0x180) ++marks;
    i += static_cast<size_t>(len);
  }
  return marks;
}

// Whether two names are one spelling but for marks, letter case kept ("Marović", "Marovic";
// not "Gérald DARMANIN" and "Gerald Darmanin").
bool same_but_marks(std::string_view a, std::string_view b) {
  auto shape = [](std::string_view name) {
    std::string out;
    for (size_t i = 0; i < name.size();) {
      int len = 1;
      const char32_t cp = unicode::decode_at(name, i, len);
      out += unicode::is_upper(cp) ? 'U' : 'l';
      i += static_cast<size_t>(len);
    }
    return out;
  };
  return shape(a) == shape(b);
}

bool better(const Name& a, const Name& b) {
  if (a.mentions != b.mentions) return a.mentions > b.mentions;
  if (a.documents != b.documents) return a.documents > b.documents;
  if (a.canonical.size() != b.canonical.size()) return a.canonical.size() > b.canonical.size();
  return a.canonical < b.canonical;
}

// Person names -> the canonical name of their cluster, for names that change.
std::unordered_map<std::string, std::string> person_renames(const Analysis& analysis) {
  std::vector<Name> names;
  std::unordered_map<std::string, size_t> index;
  for (const EntityMention& e : analysis.entities) {
    if (e.canonical.empty()) continue;
    // A lone word of unknown kind ("talks with Biden") may be a person's surname.
    const bool lone_word =
        e.type == EntityType::kOther && e.canonical.find(' ') == std::string::npos;
    if (e.type != EntityType::kPerson && !lone_word) continue;
    auto [it, inserted] = index.try_emplace(e.canonical, names.size());
    if (inserted) {
      Name n;
      n.canonical = e.canonical;
      const std::string folded = plain_key(e.canonical);
      const size_t sp = folded.find(' ');
      if (sp != std::string::npos) n.first = folded.substr(0, sp);
      n.last = folded.substr(folded.rfind(' ') == std::string::npos ? 0 : folded.rfind(' ') + 1);
      n.letters = letters_of(n.last);
      names.push_back(std::move(n));
    }
    names[it->second].count(e.doc);
  }
  UnionFind uf(names.size());
  // Full names: same first name, surnames alike.
  std::unordered_map<std::string, std::vector<size_t>> by_first;
  for (size_t i = 0; i < names.size(); ++i)
    if (!names[i].first.empty()) by_first[names[i].first].push_back(i);
  for (auto& [first, block] : by_first) join_block(block, names, uf);
  // One-word names: the single full-name cluster whose surname is alike.
  std::unordered_map<std::string, std::vector<size_t>> by_prefix;  // first two letters
  for (size_t i = 0; i < names.size(); ++i)
    if (!names[i].first.empty()) by_prefix[names[i].last.substr(0, 2)].push_back(i);
  for (size_t i = 0; i < names.size(); ++i) {
    if (!names[i].first.empty()) continue;
    auto it = by_prefix.find(names[i].last.substr(0, 2));
    if (it == by_prefix.end()) continue;
    size_t cluster = SIZE_MAX;
    bool unique = true;
    size_t looked = 0;
    for (size_t j : it->second) {
      if (++looked > kWindow * 8) break;
      if (!surname_variants(names[i], names[j])) continue;
      const size_t root = uf.find(j);
      if (cluster != SIZE_MAX && cluster != root) unique = false;
      cluster = root;
    }
    if (cluster != SIZE_MAX && unique) uf.join(i, cluster);
  }
  // Spellings that differ only in their marks ("Marović", "Marovic") are one spelling: an
  // outlet drops marks, none adds them. They count together against another variant
  // ("Marovich"), and the spelling that wins is written with its marks.
  std::vector<Name> spellings = names;  // by name: the counts of all its mark-free twins
  {
    std::unordered_map<std::string, std::vector<size_t>> twins;  // root and key -> names
    for (size_t i = 0; i < names.size(); ++i)
      twins[std::to_string(uf.find(i)) + '|' + plain_key(names[i].canonical)].push_back(i);
    for (const auto& [key, members] : twins) {
      if (members.size() < 2) continue;
      for (size_t i : members) {
        spellings[i].mentions = 0;
        spellings[i].documents = 0;
        for (size_t j : members) {
          spellings[i].mentions += names[j].mentions;
          spellings[i].documents += names[j].documents;
        }
      }
    }
  }
  std::unordered_map<size_t, size_t> best;  // root -> best member
  for (size_t i = 0; i < names.size(); ++i) {
    const size_t root = uf.find(i);
    auto [it, inserted] = best.emplace(root, i);
    if (inserted) continue;
    const size_t b = it->second;
    // A one-word name never wins over a full name.
    const bool full_i = !names[i].first.empty(), full_b = !names[b].first.empty();
    if (full_i != full_b) {
      if (full_i) it->second = i;
      continue;
    }
    if (plain_key(names[i].canonical) == plain_key(names[b].canonical)) {
      // Twins: the one with more marks, when it is the other written with its marks.
      const int marks_i = marks_of(names[i].canonical), marks_b = marks_of(names[b].canonical);
      if (marks_i != marks_b && same_but_marks(names[i].canonical, names[b].canonical)) {
        if (marks_i > marks_b) it->second = i;
        continue;
      }
      if (better(names[i], names[b])) it->second = i;
      continue;
    }
    if (better(spellings[i], spellings[b])) it->second = i;
  }
  std::unordered_map<std::string, std::string> renames;
  for (size_t i = 0; i < names.size(); ++i) {
    const Name& chosen = names[best[uf.find(i)]];
    if (chosen.canonical != names[i].canonical) renames[names[i].canonical] = chosen.canonical;
  }
  return renames;
}

// A place's or organisation's name as compared: plain, without a company's legal form
// ("Norvik Motors Inc"), a final plural "s" dropped ("Railways").
std::string comparison_key(std::string_view name) {
  std::string key = plain_key(name);
  if (const size_t space = key.rfind(' ');
      space != std::string::npos && lexicon::is_company_suffix(key.substr(space + 1))) {
    key.erase(space);
    if (!key.empty() && key.back() == ',') key.pop_back();
  }
  if (key.size() > 4 && key.back() == 's' && key[key.size() - 2] != 's') key.pop_back();
  return key;
}

// The body an institution's name names, as "country|words": "Ukraine's army", "the
// Ukrainian military" and "the Armed Forces of Ukraine" are all "ukraine|military". Empty
// unless the name has an owner that is a country or place (a nationality word, "X's", "...
// of X"): "the mayor's office" says too little. `plain` is a plain_key.
std::string institution_key(std::string plain) {
  if (plain.starts_with("the ")) plain.erase(0, 4);
  std::string owner, head;
  if (const size_t pos = plain.find("'s "); pos != std::string::npos) {
    owner = plain.substr(0, pos);
    head = plain.substr(pos + 3);
  } else if (const size_t of = plain.rfind(" of "); of != std::string::npos) {
    head = plain.substr(0, of);
    owner = plain.substr(of + 4);
    if (owner.starts_with("the ")) owner.erase(0, 4);
  } else if (const size_t space = plain.find(' '); space != std::string::npos) {
    const std::string_view country = lexicon::country_of_nationality(plain.substr(0, space));
    if (country.empty()) return {};
    owner = unicode::fold(country);
    head = plain.substr(space + 1);
  }
  if (owner.empty() || head.empty()) return {};
  std::string country;
  if (const std::string_view c = lexicon::country_of_nationality(owner); !c.empty())
    country = unicode::fold(c);
  else if (const auto* alias = lexicon::find_alias(owner);
           alias && alias->type == EntityType::kPlace)
    country = unicode::fold(alias->canonical);
  else if (lexicon::is_place(owner))
    country = owner;
  else
    return {};
  std::vector<std::string> words_of_head;
  for (size_t from = 0; from < head.size();) {
    const size_t end = std::min(head.find(' ', from), head.size());
    if (end > from) words_of_head.push_back(head.substr(from, end - from));
    from = end + 1;
  }
  auto synonym_of = [](std::string_view phrase) -> std::string_view {
    for (const lexicon::Synonym& synonym : lexicon::institution_synonyms())
      if (synonym.phrase == phrase) return synonym.same_as;
    return {};
  };
  std::vector<std::string> head_words;
  for (size_t i = 0; i < words_of_head.size(); ++i) {
    const std::string& word = words_of_head[i];
    if (word == "of" || word == "the" || word == "and") continue;
    if (i + 1 < words_of_head.size()) {
      if (auto same = synonym_of(word + " " + words_of_head[i + 1]); !same.empty()) {
        head_words.emplace_back(same);
        ++i;
        continue;
      }
    }
    const std::string_view same = synonym_of(word);
    head_words.emplace_back(same.empty() ? std::string_view(word) : same);
  }
  if (head_words.empty()) return {};
  std::sort(head_words.begin(), head_words.end());
  head_words.erase(std::unique(head_words.begin(), head_words.end()), head_words.end());
  std::string key = country + "|";
  for (const std::string& w : head_words) key.append(w).push_back(' ');
  return key;
}

// Names of places, organisations and things written differently across documents: "Lahaina"
// and "LAHAINA", "Marseille" and "Marseilles", "South Eastern Railway" and "... Railways"
// (one key: plain, a final plural "s" dropped), and a name after a place or nationality
// that another document leaves out: "French Interior Ministry" and "Interior Ministry",
// "Shalimar-Chennai Coromandel Express" and "Coromandel Express" (two words at least).
void add_other_renames(const Analysis& analysis,
                       std::unordered_map<std::string, std::string>& renames) {
  std::vector<Name> names;
  std::unordered_map<std::string, size_t> index;
  for (const EntityMention& e : analysis.entities) {
    if (e.type == EntityType::kPerson || e.canonical.empty()) continue;
    auto [it, inserted] = index.try_emplace(e.canonical, names.size());
    if (inserted) {
      Name n;
      n.canonical = e.canonical;
      n.last = comparison_key(e.canonical);
      names.push_back(std::move(n));
    }
    names[it->second].count(e.doc);
  }
  // Speakers and sources that are no person's name: "Ukraine's army", "the Ukrainian
  // military", composed by the attribution reader and named by no entity.
  std::unordered_map<std::string_view, bool> people;
  for (const EntityMention& e : analysis.entities)
    if (e.type == EntityType::kPerson) people.try_emplace(e.canonical, true);
  auto add_source = [&](const std::string& name, uint32_t doc) {
    if (name.empty() || people.count(name)) return;
    auto [it, inserted] = index.try_emplace(name, names.size());
    if (inserted) {
      Name n;
      n.canonical = name;
      n.last = comparison_key(name);
      names.push_back(std::move(n));
    }
    names[it->second].count(doc);
  };
  for (const QuoteMention& q : analysis.quotes) add_source(q.speaker, q.doc);
  for (const NumberMention& m : analysis.numbers) add_source(m.source, m.doc);
  if (names.size() < 2) return;
  // One-word places and things the documents name ("Chennai" when the gazetteer lacks it).
  std::unordered_map<std::string, bool> named_places;
  for (const EntityMention& e : analysis.entities)
    if ((e.type == EntityType::kPlace || e.type == EntityType::kOther) &&
        e.canonical.find(' ') == std::string::npos)
      named_places.try_emplace(plain_key(e.canonical), true);
  UnionFind uf(names.size());
  std::unordered_map<std::string_view, size_t> by_key;
  for (size_t i = 0; i < names.size(); ++i) {
    auto [it, inserted] = by_key.try_emplace(names[i].last, i);
    if (!inserted) uf.join(i, it->second);
  }
  // Words that may stand before a name without changing what it names.
  auto place_like = [&](std::string_view word) {
    if (lexicon::is_demonym(word) || lexicon::is_place(word)) return true;
    if (named_places.count(std::string(word))) return true;
    const auto* alias = lexicon::find_alias(word);
    if (alias && alias->type == EntityType::kPlace) return true;
    for (size_t from = 0; from <= word.size();) {  // "shalimar-chennai"
      const size_t dash = std::min(word.find('-', from), word.size());
      if (dash < word.size() || from > 0) {
        const std::string_view part = word.substr(from, dash - from);
        if (lexicon::is_place(part) || lexicon::is_demonym(part) ||
            named_places.count(std::string(part)))
          return true;
      }
      from = dash + 1;
    }
    return false;
  };
  for (size_t i = 0; i < names.size(); ++i) {
    const std::string& key = names[i].last;
    size_t space = key.find(' ');
    bool prefix_ok = true;
    for (size_t start = 0; space != std::string::npos && prefix_ok;
         start = space + 1, space = key.find(' ', start)) {
      prefix_ok = place_like(std::string_view(key).substr(start, space - start));
      const std::string_view rest = std::string_view(key).substr(space + 1);
      if (!prefix_ok || rest.find(' ') == std::string_view::npos) break;
      if (auto it = by_key.find(rest); it != by_key.end()) {
        uf.join(i, it->second);
        break;
      }
    }
  }
  std::unordered_map<std::string, size_t> by_institution;
  for (size_t i = 0; i < names.size(); ++i) {
    std::string key = institution_key(plain_key(names[i].canonical));
    if (key.empty()) continue;
    auto [it, inserted] = by_institution.emplace(std::move(key), i);
    if (!inserted) uf.join(i, it->second);
  }
  // "Lahaina Town" and "Lahaina"; "Bengaluru-Howrah Superfast Express" and "Bengaluru-Howrah
  // Express": a word that only says what kind of place or thing it is, left out.
  auto kind_word = [](std::string_view word) {
    return word == "town" || word == "village" || lexicon::find_name_head(word) != nullptr;
  };
  for (size_t i = 0; i < names.size(); ++i) {
    const std::string& key = names[i].last;
    for (size_t start = key.find(' '); start != std::string::npos;
         start = key.find(' ', start + 1)) {
      const size_t end = std::min(key.find(' ', start + 1), key.size());
      const std::string_view word = std::string_view(key).substr(start + 1, end - start - 1);
      if (!kind_word(word)) continue;
      const std::string shorter = key.substr(0, start) + key.substr(end);
      if (auto it = by_key.find(shorter); it != by_key.end()) uf.join(i, it->second);
    }
  }
  std::unordered_map<size_t, size_t> best;  // root -> best member
  for (size_t i = 0; i < names.size(); ++i) {
    auto [it, inserted] = best.emplace(uf.find(i), i);
    if (inserted) continue;
    const Name& a = names[i];
    const Name& b = names[it->second];
    // A name in capitals (a dateline's "LAHAINA") never wins over its usual spelling.
    const bool caps_a = words::is_all_caps(a.canonical), caps_b = words::is_all_caps(b.canonical);
    if (caps_a != caps_b ? caps_b : better(a, b)) it->second = i;
  }
  for (size_t i = 0; i < names.size(); ++i) {
    const Name& chosen = names[best[uf.find(i)]];
    if (chosen.canonical != names[i].canonical && !renames.count(names[i].canonical))
      renames[names[i].canonical] = chosen.canonical;
  }
}

// Acronyms with the names documents define them as ("NIS" -> "National Intelligence
// Service"; "CGT" defined as two different translations by two outlets): the acronym and
// its expansions are one name, called by the form the most documents use (the acronym when
// most articles write it bare), ties going to the expansion.
void add_acronym_renames(const Analysis& analysis,
                         std::unordered_map<std::string, std::string>& renames) {
  std::unordered_map<std::string, std::vector<std::string>> expansions;  // acronym -> names
  for (const EntityMention& e : analysis.entities) {
    if (e.doc >= analysis.documents.size()) continue;
    const std::string_view text = analysis.documents[e.doc].text.slice(e.span);
    if (!words::is_all_caps(text) || text == e.canonical) continue;
    std::vector<std::string>& names = expansions[std::string(text)];
    if (std::find(names.begin(), names.end(), e.canonical) == names.end())
      names.push_back(e.canonical);
  }
  if (expansions.empty()) return;
  std::unordered_map<std::string, Name> uses;  // documents and mentions of each form
  for (const auto& [acronym, names] : expansions) {
    uses.emplace(acronym, Name{});
    for (const std::string& name : names) uses.emplace(name, Name{});
  }
  for (const EntityMention& e : analysis.entities) {
    auto it = uses.find(e.canonical);
    if (it == uses.end()) continue;
    it->second.count(e.doc);
  }
  for (const auto& [acronym, names] : expansions) {
    const std::string* best = &acronym;
    auto better_use = [&](const std::string& a, const std::string& b) {
      const Name &ua = uses[a], &ub = uses[b];
      if (ua.documents != ub.documents) return ua.documents > ub.documents;
      if (ua.mentions != ub.mentions) return ua.mentions > ub.mentions;
      return a.size() > b.size();
    };
    for (const std::string& name : names)
      if (better_use(name, *best)) best = &name;
    auto rename_to_best = [&](const std::string& name) {
      if (name != *best && !renames.count(name)) renames[name] = *best;
    };
    rename_to_best(acronym);
    for (const std::string& name : names) rename_to_best(name);
  }
}

}  // namespace

void unify_names(Analysis& analysis) {
  std::unordered_map<std::string, std::string> renames = person_renames(analysis);
  add_other_renames(analysis, renames);
  add_acronym_renames(analysis, renames);
  auto rename = [&](std::string& name) {
    if (auto it = renames.find(name); it != renames.end()) name = it->second;
  };
  if (!renames.empty()) {
    for (EntityMention& e : analysis.entities) rename(e.canonical);
    for (QuoteMention& q : analysis.quotes) rename(q.speaker);
    for (NumberMention& n : analysis.numbers) rename(n.source);
    for (DocumentInfo& d : analysis.documents)
      for (std::string& source : d.sentence_sources) rename(source);
  }
  // One name, one kind: "Biden" read alone as a name of unknown kind and "Joe Biden" as a
  // person are both the person. The kind most mentions give wins; a person on a tie.
  std::unordered_map<std::string_view, std::array<size_t, 4>> kinds;
  auto slot = [](EntityType type) {
    switch (type) {
      case EntityType::kPerson:
        return 0;
      case EntityType::kOrganization:
        return 1;
      case EntityType::kPlace:
        return 2;
      default:
        return 3;
    }
  };
  // Each mention's counts, found once (values of an unordered_map stay where they are).
  std::vector<const std::array<size_t, 4>*> counts_of;
  counts_of.reserve(analysis.entities.size());
  for (const EntityMention& e : analysis.entities) {
    std::array<size_t, 4>& counts = kinds[e.canonical];
    ++counts[slot(e.type)];
    counts_of.push_back(&counts);
  }
  for (size_t k = 0; k < analysis.entities.size(); ++k) {
    EntityMention& e = analysis.entities[k];
    const std::array<size_t, 4>& counts = *counts_of[k];
    const auto best =
        static_cast<size_t>(std::max_element(counts.begin(), counts.end()) - counts.begin());
    static constexpr EntityType kSlots[] = {EntityType::kPerson, EntityType::kOrganization,
                                            EntityType::kPlace, EntityType::kOther};
    e.type = kSlots[best];
  }
}

}  // namespace parallax
