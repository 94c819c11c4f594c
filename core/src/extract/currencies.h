// Currencies the lexicon does not know, learnt from the articles themselves.
#pragma once

#include <vector>

#include "parallax/parallax.h"

namespace parallax {

// "840 million dalens (about $100 million)", "1.2bn marks, or about €110m": a count whose
// noun is restated right after it as a sum in a known currency names a currency, and every
// count of that noun in the analysis is then a sum in it ("closing at 26.95 dalens"), its
// span taking in the currency's name as "21 euros" does. A count restated as more than a
// quarter of its number in dollars is things and their price ("300 tickets ($4,500)",
// "300 million masks ($90 million)"), and a noun the tables class ("shares", "votes") is
// never a currency.
void infer_currencies(Analysis& analysis);

}  // namespace parallax
