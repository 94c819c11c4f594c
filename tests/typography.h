// Typographic characters as string-literal macros, so test sentences can be concatenated
// ("\xE2\x80\x9C" "Clearly" would otherwise run into the hex escape).
#pragma once

#define LDQ "\xE2\x80\x9C"    // “
#define RDQ "\xE2\x80\x9D"    // ”
#define LSQ "\xE2\x80\x98"    // ‘
#define RSQ "\xE2\x80\x99"    // ’ (also the apostrophe)
#define MDASH "\xE2\x80\x94"  // —
#define ELLIPSIS "\xE2\x80\xA6"
#define LGUIL "\xC2\xAB"  // «
#define RGUIL "\xC2\xBB"  // »
