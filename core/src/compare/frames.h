// The frame of a figure: what it counts or measures, where and for whom it holds, what
// happened to what it counts, when, and whether it is a count or a forecast. Two figures
// describe the same quantity only where their frames agree (compare/quantities.cpp).
//
//   "1.12 million demonstrators in France as a whole"  count|people  protest  national
//   "including 80,000 in Paris"                          count|people  protest  paris (elided)
//   "42.35% of teachers in primary education"            percent|teachers      school=primary
//   "the death toll rose to 53"                          count|people  death
//   "the 1960 tsunami killed 61 people"                  count|people  death   year 1960
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parallax/parallax.h"

namespace parallax {

struct QuantityFrame {
  std::string measured;   // kind and what is counted or measured: "count|people", "percent|"
  std::string predicate;  // death, injury, protest, deploy, pledge, ... or "" when none is near
  std::string place;      // folded place name the figure holds for ("paris"), or ""
  bool national = false;  // the figure holds for the whole country ("nationwide", "across X")
  bool local = false;     // it holds for an unnamed place below the country ("in the capital")
  // It holds for one site or its surroundings ("450 of the jobs there", "at the plant", "at
  // X's Y works", "in the area"): never the same quantity as a figure without that scope.
  bool site = false;
  // Subgroups as (dimension, value): ("school", "primary"). Tables' own storage.
  std::vector<std::pair<std::string_view, std::string_view>> subgroups;
  // The dimension of a subgroup that the counted noun itself names ("three civilians"), or
  // "": such a figure counts only that part, and joins only figures that name a value of
  // that dimension (not "17 dead", which counts everyone).
  std::string_view counted_subgroup;
  // The month that a date of the figure's clause puts it in when that is not the article's
  // own ("last month, two soldiers were killed": "2026-02"), or "".
  std::string period;
  std::string source;  // who gives the figure ("Interior Ministry"), or "": told, not compared
  // Who the words beside the figure say counted it ("police" in "(the police counted
  // 26,000)", "unions" in "34%, according to the unions"), folded, or "". Two figures of one
  // sentence with different counters are two estimates of one quantity, not two quantities.
  std::string counter;
  // What narrows the counted noun right after it ("with reserved" in "2,200 passengers with
  // reserved tickets"), or "": a narrowed count and the plain one never join.
  std::string restriction;
  // The whole a part is counted against ("2,800" in "2,800 of the 4,500 job cuts": 4500), or
  // 0: a part never joins a figure of its whole's size, which is the whole told elsewhere.
  double part_of = 0;
  // The person or organisation whose figure it is ("Kestrov took 48%", "the Greens' 17
  // seats", "... and Ms Ilves 31%"), folded, or "": two holders that are not one name keep
  // figures apart (one party's seats are not another's), one name brings them together.
  std::string holder;
  bool holder_person = false;
  // Whose figure a headcount is: the name nearest before an "employ" figure in its sentence
  // ("Halvard employs 9,000 and Brisk 4,000"), "combined" for a merged group's, folded, or "".
  // Two different owners never join.
  std::string owner;
  int year = 0;  // a year its clause names other than the article's own, else 0
  // A month its clause names after "in" other than the article's own ("an approach at $33
  // a share rejected in June" in an October article), 1..12, else 0.
  int month = 0;
  // The month other than the article's that the figure is put in, 1..12, else 0: its
  // clause's date (`period`), else a month named after "in" (`month`). The two readings of
  // one month agree ("last month" in a May article and "in April").
  int other_month() const {
    return period.size() >= 7 ? (period[5] - '0') * 10 + (period[6] - '0') : month;
  }
  bool change = false;   // a change ("up 12", "an increase of 19", "fell 38%"), not a level
  bool earlier = false;  // the level a change started from ("61%, down from 68%")
  // The day a change is counted from ("up 12 from Thursday": "2024-10-24"), or "": two
  // changes from different days are different quantities.
  std::string since;
  bool forecast = false;  // expected, hoped or predicted rather than counted
  bool generic = false;   // what it counts says little ("people", a bare %): joins need more
  bool vague = false;     // "dozens", "hundreds of": joins only other vague amounts
  // What it measures is an economic indicator ("inflation was 6.8%"): one told without a
  // month is its latest reading, the month another article names for it.
  bool indicator = false;
  int own_month = 0;      // the month of the article it is told in, 1..12, else 0
  bool excluded = false;  // nothing says what it counts: it joins no group

  // Whether it is one side of a vote tally ("voted 5-2": 5 for, 2 against).
  bool tally_side() const;
  // The slot by which figures are blocked: they join only within one.
  std::string block() const;
  // Whether two frames may describe one quantity: no slot that both fill disagrees.
  bool agrees_with(const QuantityFrame& other) const;
};

// Whether two folded holder names are one: equal, an acronym of the other ("nup", "national
// unity party"), or spelt within two letters of each other (transliterations: "ilyenko",
// "ilienko"; for people, their last words: "marta ilyenko", "ilienko").
bool same_holder(std::string_view a, bool a_person, std::string_view b, bool b_person);

// The frames of every figure of the analysis, in order (a.numbers). A bare figure after
// another in its sentence ("1.12 million demonstrators ..., including 80,000 in Paris")
// takes what the earlier one counts; place names that any article uses for the whole
// country ("across France", "France as a whole") make "in France" national everywhere.
// `same_as[i]`, when given, is an earlier figure whose sentence is the same text at the same
// place (a wire copy): its frame is taken instead of read again.
std::vector<QuantityFrame> quantity_frames(const Analysis& a,
                                           std::span<const uint32_t> same_as = {});

// The frame of one figure, alone (no earlier figure to inherit from, no national names).
// `previous` is the nearest earlier figure of the same sentence, or nullptr.
QuantityFrame frame_of_figure(const Analysis& a, const NumberMention& n,
                              const NumberMention* previous, const QuantityFrame* previous_frame);

}  // namespace parallax
