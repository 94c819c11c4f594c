#include "lexicon/token_classes.h"

#include "lexicon/calendar_lexicon.h"
#include "lexicon/dates_lexicon.h"
#include "lexicon/key_index.h"
#include "lexicon/numbers_lexicon.h"
#include "lexicon/people_lexicon.h"

namespace parallax::lexicon {

namespace {

// The bits of one key, asked of the tables' own lookups: the combined index can only
// agree with them.
uint16_t classes_of(std::string_view w) {
  namespace tc = token_class;
  uint16_t bits = 0;
  if (find_number_word(w)) bits |= tc::kNumberWord;
  if (may_start_date(w)) bits |= tc::kDateStart;
  if (month_number(w) != 0) bits |= tc::kMonth;
  if (weekday_number(w) >= 0) bits |= tc::kWeekday;
  if (find_reporting_verb(w)) bits |= tc::kReportingVerb;
  if (is_non_name(w)) bits |= tc::kNonName;
  if (find_title(w)) bits |= tc::kTitle;
  if (is_subject_skip(w)) bits |= tc::kSubjectSkip;
  return bits;
}

struct ClassIndex {
  std::vector<std::string_view> keys;
  std::vector<uint16_t> bits;  // per row of `index`
  KeyIndex index;
};

const ClassIndex& class_index() {
  static const ClassIndex built = [] {
    // Every key of every table a bit stands for: a word outside them all is in none.
    std::vector<std::string_view> keys;
    for (const NumberWord& w : number_words()) keys.push_back(w.text);
    for (std::string_view w : date_start_words()) keys.push_back(w);
    for (std::string_view w : calendar_words()) keys.push_back(w);
    for (const ReportingVerb& v : reporting_verbs()) keys.push_back(v.form);
    for (std::string_view w : non_names()) keys.push_back(w);
    for (const TitleWord& t : titles()) keys.push_back(t.word);
    for (std::string_view w : subject_skips()) keys.push_back(w);
    std::vector<uint16_t> bits;
    bits.reserve(keys.size());
    for (std::string_view k : keys) bits.push_back(classes_of(k));
    // A repeated key keeps its first row, which has the same bits as any other.
    KeyIndex index(keys);
    return ClassIndex{std::move(keys), std::move(bits), std::move(index)};
  }();
  return built;
}

}  // namespace

uint16_t token_classes(std::string_view folded) {
  const ClassIndex& c = class_index();
  const int32_t row = c.index.find(folded);
  return row < 0 ? uint16_t{0} : c.bits[static_cast<size_t>(row)];
}

std::vector<std::string_view> classified_words() { return class_index().keys; }

}  // namespace parallax::lexicon
