// What the extractors find in one document, and the groups the compare stage builds.
//
// Every mention names its document by index (`doc`) and its place by a byte Span into
// that document's decoded text. Report ids ("n12", "q3") are given only when the
// analysis is written out (report.cpp), so the stages never juggle strings.
//
//   for (const parallax::NumberMention& n : analysis.numbers)
//     if (n.value) std::cout << *n.value << " " << n.unit << "\n";
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "parallax/text.h"

namespace parallax {

inline constexpr int32_t kNoGroup = -1;

enum class NumberKind : uint8_t { kCount, kMoney, kPercent, kDuration, kMeasure, kAge };
enum class Qualifier : uint8_t { kExact, kApprox, kUpper, kLower, kRange, kVague };

const char* number_kind_name(NumberKind kind);
const char* qualifier_name(Qualifier qualifier);

struct NumberMention {
  uint32_t doc = 0;
  Span span;
  std::optional<double> value;  // the figure; null for ranges and vague amounts
  std::optional<double> low;    // a range or vague amount: its bounds
  std::optional<double> high;
  NumberKind kind = NumberKind::kCount;
  std::string unit;  // counted noun ("troops"), currency code ("USD") or unit ("km")
  Qualifier qualifier = Qualifier::kExact;
  std::string source;  // who the sentence attributes the figure to; empty if nobody
  uint32_t sentence = 0;
  int32_t group = kNoGroup;
};

struct DateMention {
  uint32_t doc = 0;
  Span span;
  std::string resolved;           // "2024-10-22", "2024-10", "2024" or empty when unresolvable
  bool is_time = false;           // a time of day ("7pm"), resolved to its day
  bool weekday_conflict = false;  // "Wednesday, Oct. 22, 2024" where Oct. 22 is a Tuesday
  std::string note;               // why it conflicts or how it was resolved
  // A period ("last week", "within six months") or a range of times ("from 9 a.m. to
  // noon"): first and last day "YYYY-MM-DD", or minute "YYYY-MM-DDTHH:MM"; empty otherwise.
  std::string range_from;
  std::string range_to;
  uint32_t sentence = 0;
  int32_t group = kNoGroup;
};

struct QuoteMention {
  uint32_t doc = 0;
  Span span;            // the quoted words, without the quotation marks
  std::string speaker;  // canonical name of who is quoted; empty if unknown
  uint32_t sentence = 0;
  std::vector<int32_t> groups;  // utterance groups (usually one; two where a quote joins two)
};

enum class EntityType : uint8_t { kPerson, kOrganization, kPlace, kOther };
const char* entity_type_name(EntityType type);

struct EntityMention {
  uint32_t doc = 0;
  Span span;
  EntityType type = EntityType::kOther;
  std::string canonical;  // "Lloyd Austin" for "Austin", "Lloyd J. Austin III", ...
};

struct ClaimMention {
  uint32_t doc = 0;
  Span span;  // a check-worthy sentence
  uint32_t sentence = 0;
  int32_t group = kNoGroup;
  uint32_t support = 1;  // how many documents state it (copies count once)
};

enum class GroupKind : uint8_t { kQuantity, kEvent, kUtterance, kClaim };
const char* group_kind_name(GroupKind kind);

// One step of a word-level diff of a quote variant against the most common wording.
struct WordDiff {
  enum class Op : uint8_t { kSame, kAdded, kRemoved };
  Op op = Op::kSame;
  std::string words;
};

// How two or more readings of one group differ (compare/readings.h decides):
//   kEstimatesDiffer  readings given by different sources ("1.3 million, the ministry said" /
//                     "2.5 million, the organisers said")
//   kUpdated          a figure that rises in later-published articles (19, then 41, then 44)
//   kContradicts      any other difference
enum class ConflictKind : uint8_t { kNone, kEstimatesDiffer, kUpdated, kContradicts };
const char* conflict_kind_name(ConflictKind kind);  // "none", "estimates_differ", ...

// One value of a group with everyone who states it. Compatible values are one reading:
// rounding, qualifiers and ranges for figures ("more than 1 million" with "1.3 million"),
// the same day for dates, the same wording (a run of the common one) for quotes.
struct Reading {
  std::string text;  // as a reader sees it: "more than 1 million", "Wednesday (Oct 23)", a wording
  std::optional<double> value, low, high;   // quantities: the figure or range of the reading
  Qualifier qualifier = Qualifier::kExact;  // quantities: the qualifier of that figure
  std::string resolved;                     // events: the day ("2024-10-23"), or month or year
  std::vector<uint32_t> members;            // indices into the Analysis vector of the group's kind
  std::vector<uint32_t> documents;          // document indices, ascending
  std::vector<std::string> sources;  // who states it (number sources, quote speakers), sorted
};

struct Group {
  GroupKind kind = GroupKind::kQuantity;
  std::string label;
  std::vector<uint32_t> members;  // indices into the Analysis vector of that kind
  // Readings, conflict, its kind and explanation are set by the readings pass for quantity,
  // event and utterance groups; claim groups set only an explanation (their support).
  std::vector<Reading> readings;
  bool conflict = false;  // two or more readings stated by two or more documents
  ConflictKind conflict_kind = ConflictKind::kNone;
  std::string explanation;  // one line a journalist can read
  // Utterances: per member (parallel to `members`), its word diff against the common wording.
  std::vector<std::vector<WordDiff>> diffs;
  bool attribution_conflict = false;  // utterances: the same words given to different speakers
  uint32_t documents = 0;             // how many documents its members come from
};

}  // namespace parallax
