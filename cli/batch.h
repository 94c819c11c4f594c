// `parallax batch`: many clusters in, one report line out for each, in input order.
//
//   parallax batch [--jobs N] clusters.jsonl > reports.jsonl
//   {"id": "a", "reference_date": "2025-03-12", "documents": [{"name": "x.txt", "text": "…"}]}
//   -> {"id":"a","documents":[…],"numbers":[…],…}   (the report `analyze` gives, on one line)
//
// A line that cannot be analysed gives {"id":…,"line":N,"error":"…"} and the run goes on.
// Lines are read one at a time and at most 2 × jobs clusters are held at once, so memory
// follows the largest cluster, not the input.
#pragma once

#include <cstddef>
#include <string>

#include "parallax/parallax.h"

namespace parallax::cli {

// Options and their defaults:
//
//   field           default     meaning
//   input           "-"         a JSON Lines file, or "-" for standard input
//   jobs            1           clusters analysed at once, on threads (the CLI: the cores)
//   reference_date  ""          YYYY-MM-DD for clusters without a reference_date
//   unit            code points offsets in the reports
//   first_line      1           number of the input's first line (for a chunk of a larger input)
struct BatchOptions {
  std::string input = "-";
  unsigned jobs = 1;
  std::string reference_date;
  OffsetUnit unit = OffsetUnit::kCodePoint;
  size_t first_line = 1;
};

// Runs the batch; reports go to standard output, warnings and progress (only on a terminal)
// to standard error. Returns the exit status: 0, 1 when any line gave an error line, 2 when
// the input cannot be read or the reports cannot be written.
int run_batch(const BatchOptions& options);

}  // namespace parallax::cli
