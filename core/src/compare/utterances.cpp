// Utterance groups: the same spoken words reported by several documents.
//
// Quotes are compared as comparable words (compare/words.h: case, quote marks, hyphens,
// contractions unified). Candidates share a word trigram (blocking); two quotes are the
// same utterance when their longest common word subsequence covers most of the shorter
// one, so partial quotes, ellipses and added or dropped words still match. Each variant
// gets a word-level diff (dtl) against the most common wording; different wording across
// documents is a conflict, and so are the same words given to different speakers.
#include <dtl/dtl.hpp>

#include <algorithm>
#include <map>
#include <sstream>
#include <unordered_map>

#include "compare/cluster.h"
#include "compare/groups_internal.h"
#include "compare/words.h"

namespace parallax {

namespace {

constexpr double kMinCoverage = 0.6;     // LCS words / words of the shorter quote
constexpr size_t kMinWords = 3;          // shorter quotes ("evidence") are too common to align
constexpr size_t kMaxTrigramPostings = 64;

size_t lcs_length(const std::vector<std::string>& x, const std::vector<std::string>& y) {
  dtl::Diff<std::string, std::vector<std::string>> diff(x, y);
  diff.onOnlyEditDistance();
  diff.compose();
  // edit distance = |x| + |y| - 2 * LCS for insert/delete-only diffs
  const auto distance = static_cast<size_t>(diff.getEditDistance());
  return (x.size() + y.size() - distance) / 2;
}

bool contains_run(const std::vector<std::string>& longer, const std::vector<std::string>& shorter) {
  return std::search(longer.begin(), longer.end(), shorter.begin(), shorter.end()) != longer.end();
}

std::string join(const std::vector<std::string>& words, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) out += (i > from ? " " : "") + words[i];
  return out;
}

std::vector<WordDiff> word_diff(const std::vector<std::string>& base,
                                const std::vector<std::string>& variant) {
  dtl::Diff<std::string, std::vector<std::string>> diff(base, variant);
  diff.compose();
  std::vector<WordDiff> out;
  for (const auto& [word, info] : diff.getSes().getSequence()) {
    const WordDiff::Op op = info.type == dtl::SES_ADD      ? WordDiff::Op::kAdded
                            : info.type == dtl::SES_DELETE ? WordDiff::Op::kRemoved
                                                           : WordDiff::Op::kSame;
    if (!out.empty() && out.back().op == op) {
      out.back().words += " " + word;
    } else {
      out.push_back({op, word});
    }
  }
  return out;
}

}  // namespace

void group_utterances(Analysis& a) {
  const size_t count = a.quotes.size();
  std::vector<std::vector<std::string>> words(count);
  for (uint32_t i = 0; i < count; ++i)
    words[i] = comparable_words(a.documents[a.quotes[i].doc].text.slice(a.quotes[i].span));

  // Blocking on word trigrams.
  std::unordered_map<std::string, std::vector<uint32_t>> postings;
  for (uint32_t i = 0; i < count; ++i) {
    if (words[i].size() < kMinWords) continue;
    std::vector<std::string> grams;
    for (size_t k = 0; k + 3 <= words[i].size(); ++k) grams.push_back(join(words[i], k, k + 3));
    for (const std::string& g : sorted_unique(std::move(grams))) postings[g].push_back(i);
  }
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  for (const auto& [gram, list] : postings) {
    if (list.size() > kMaxTrigramPostings) continue;
    for (size_t x = 0; x < list.size(); ++x)
      for (size_t y = x + 1; y < list.size(); ++y)
        if (a.quotes[list[x]].doc != a.quotes[list[y]].doc) pairs.emplace_back(list[x], list[y]);
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());

  DisjointSets sets(count);
  for (const auto& [i, j] : pairs) {
    const size_t shorter = std::min(words[i].size(), words[j].size());
    if (static_cast<double>(lcs_length(words[i], words[j])) >= kMinCoverage * static_cast<double>(shorter))
      sets.unite(i, j);
  }

  for (std::vector<uint32_t>& members : sets.clusters(2)) {
    Group g;
    g.kind = GroupKind::kUtterance;
    // The most common wording (ties: the longest) is the base of every diff.
    std::map<std::vector<std::string>, int> votes;
    for (uint32_t m : members) ++votes[words[m]];
    const std::vector<std::string>* base = &words[members[0]];
    int best = 0;
    for (const auto& [wording, n] : votes)
      if (n > best || (n == best && wording.size() > base->size())) {
        best = n;
        base = &wording;
      }
    std::vector<uint32_t> docs_seen;
    std::vector<std::string> speakers;
    for (uint32_t m : members) {
      docs_seen.push_back(a.quotes[m].doc);
      if (!a.quotes[m].speaker.empty()) speakers.push_back(a.quotes[m].speaker);
      g.diffs.push_back(word_diff(*base, words[m]));
    }
    std::sort(docs_seen.begin(), docs_seen.end());
    g.documents =
        static_cast<uint32_t>(std::unique(docs_seen.begin(), docs_seen.end()) - docs_seen.begin());
    speakers = sorted_unique(std::move(speakers));
    g.attribution_conflict = speakers.size() > 1;
    // Wording conflicts: two documents whose words differ, neither a run of the other.
    bool wording_conflict = false;
    for (size_t x = 0; x < members.size() && !wording_conflict; ++x)
      for (size_t y = x + 1; y < members.size(); ++y) {
        const auto &p = words[members[x]], &q = words[members[y]];
        if (a.quotes[members[x]].doc == a.quotes[members[y]].doc || p == q) continue;
        if (!contains_run(p.size() >= q.size() ? p : q, p.size() >= q.size() ? q : p)) {
          wording_conflict = true;
          break;
        }
      }
    g.conflict = wording_conflict || g.attribution_conflict;
    g.label = (speakers.empty() ? std::string("unattributed") : speakers.front()) + ": \u201c" +
              join(*base, 0, std::min<size_t>(base->size(), 8)) +
              (base->size() > 8 ? "\u2026" : "") + "\u201d";
    std::ostringstream out;
    if (wording_conflict) out << "wording differs across documents";
    if (g.attribution_conflict) {
      out << (wording_conflict ? "; " : "") << "attributed to different speakers:";
      for (const std::string& s : speakers) out << " " << s << ";";
    }
    if (!g.conflict) out << "same words in " << g.documents << " documents";
    g.explanation = out.str();
    g.members = members;
    const auto index = static_cast<int32_t>(a.groups.size());
    for (uint32_t m : members) a.quotes[m].groups.push_back(index);
    a.groups.push_back(std::move(g));
  }
}

}  // namespace parallax
