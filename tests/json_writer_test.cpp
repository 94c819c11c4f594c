// The report writer's pieces (core/src/report/json_writer.h), each row checked against
// nlohmann::json: what it parses back to, and (strings, numbers) that the bytes are those
// nlohmann's own dump writes, so the report reads the same as when it was a nlohmann dump.
#include "report/json_writer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "parallax/parallax.h"

namespace parallax {
namespace {

using Json = nlohmann::json;

std::string dumped(const Json& j) {
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// ---- Strings ---------------------------------------------------------------------------

struct StringCase {
  const char* name;
  std::string input;
  std::string parsed;  // what a JSON reader gets back
};

class StringEscaping : public testing::TestWithParam<StringCase> {};

TEST_P(StringEscaping, ParsesBackAndMatchesNlohmann) {
  const StringCase& c = GetParam();
  std::string out;
  parallax::json::append_string(out, c.input);
  const Json back = Json::parse(out);  // throws (fails the test) on invalid JSON
  ASSERT_TRUE(back.is_string()) << out;
  EXPECT_EQ(back.get<std::string>(), c.parsed) << out;
  EXPECT_EQ(out, dumped(Json(c.input))) << "differs from nlohmann's dump";
}

const std::string kReplacement = "\xEF\xBF\xBD";  // U+FFFD

INSTANTIATE_TEST_SUITE_P(
    JsonWriter, StringEscaping,
    testing::Values(StringCase{"Empty", "", ""},
                    StringCase{"Plain", "Fire at the port", "Fire at the port"},
                    // Quotes and backslashes.
                    StringCase{"DoubleQuote", "say \"hi\"", "say \"hi\""},
                    StringCase{"Backslash", "a\\b\\\\c", "a\\b\\\\c"},
                    StringCase{"QuoteAtEnds", "\"x\"", "\"x\""},
                    // Control characters: the short escapes, the rest as \u00XX; DEL passes.
                    StringCase{"NewlineTabReturn", "a\nb\tc\rd", "a\nb\tc\rd"},
                    StringCase{"BackspaceFormFeed", "a\bb\fc", "a\bb\fc"},
                    StringCase{"Nul", std::string("a\0b", 3), std::string("a\0b", 3)},
                    StringCase{"Control01And1F", "\x01x\x1F", "\x01x\x1F"},
                    StringCase{"Delete", "a\x7F", "a\x7F"},
                    // Non-ASCII passes through as UTF-8.
                    StringCase{"Latin1", "Caf\xC3\xA9 M\xC3\xBCller", "Caf\xC3\xA9 M\xC3\xBCller"},
                    StringCase{"CurlyQuotesAndDash", "\xE2\x80\x9Cyes\xE2\x80\x9D \xE2\x80\x94 no",
                               "\xE2\x80\x9Cyes\xE2\x80\x9D \xE2\x80\x94 no"},
                    StringCase{"Emoji", "ok \xF0\x9F\x98\x80!", "ok \xF0\x9F\x98\x80!"},
                    StringCase{"CombiningMark", "e\xCC\x81t\xC3\xA9", "e\xCC\x81t\xC3\xA9"},
                    StringCase{"LastCodePoint", "\xF4\x8F\xBF\xBF", "\xF4\x8F\xBF\xBF"},
                    // Invalid UTF-8: one U+FFFD per maximal invalid subsequence.
                    StringCase{"Latin1Byte", "Caf\xE9 fire", "Caf" + kReplacement + " fire"},
                    StringCase{"LoneContinuation", "a\x80z", "a" + kReplacement + "z"},
                    StringCase{"TruncatedAtEnd", "a\xE2\x82", "a" + kReplacement},
                    StringCase{"TruncatedEmojiThenAscii", "\xF0\x9F\x98x", kReplacement + "x"},
                    StringCase{"Overlong", "\xC0\xAF", kReplacement + kReplacement},
                    StringCase{"Surrogate", "\xED\xA0\x80",
                               kReplacement + kReplacement + kReplacement},
                    StringCase{"AboveU10FFFF", "\xF4\x90\x80\x80",
                               kReplacement + kReplacement + kReplacement + kReplacement},
                    StringCase{"InvalidThenQuote", "\xFF\"", kReplacement + "\""}),
    [](const testing::TestParamInfo<StringCase>& i) { return std::string(i.param.name); });

// Random bytes, weighted towards the interesting ones (controls, quotes, backslashes, UTF-8
// lead and continuation bytes): the output is byte for byte what nlohmann writes.
TEST(JsonWriter, RandomBytesEscapeAsNlohmann) {
  uint32_t state = 12345;
  const auto next = [&] { return state = state * 1664525u + 1013904223u; };
  static constexpr unsigned char kPicks[] = {0x00, 0x01, 0x1F, '"',  '\\', 'a',  ' ',  0x7F,
                                             0x80, 0xBF, 0xC2, 0xC3, 0xE0, 0xE2, 0xED, 0xEF,
                                             0xF0, 0xF4, 0xF5, 0xFF, 0x9F, 0xA0, 0x8F, 0x90};
  for (int round = 0; round < 3000; ++round) {
    std::string s(next() % 24, '\0');
    for (char& c : s) {
      const uint32_t r = next() >> 8;
      c = static_cast<char>(r % 3 ? kPicks[r % sizeof kPicks] : r & 0xFF);
    }
    std::string out;
    parallax::json::append_string(out, s);
    ASSERT_EQ(out, dumped(Json(s))) << "round " << round;
    ASSERT_TRUE(Json::accept(out));
  }
}

// ---- Numbers ---------------------------------------------------------------------------

struct DoubleCase {
  const char* name;
  double value;
  const char* text;  // the exact bytes: nlohmann's format
};

class DoubleFormatting : public testing::TestWithParam<DoubleCase> {};

TEST_P(DoubleFormatting, PrintsAsNlohmannAndRoundTrips) {
  const DoubleCase& c = GetParam();
  std::string out;
  parallax::json::append_double(out, c.value);
  EXPECT_EQ(out, c.text);
  EXPECT_EQ(out, dumped(Json(c.value)));
  const Json back = Json::parse(out);
  if (std::isfinite(c.value))
    EXPECT_EQ(back.get<double>(), c.value);
  else
    EXPECT_TRUE(back.is_null());
}

INSTANTIATE_TEST_SUITE_P(
    JsonWriter, DoubleFormatting,
    testing::Values(
        // Integral values keep ".0", as the report always printed its figures.
        DoubleCase{"Zero", 0.0, "0.0"}, DoubleCase{"NegativeZero", -0.0, "-0.0"},
        DoubleCase{"Integer", 3000.0, "3000.0"}, DoubleCase{"Negative", -12.0, "-12.0"},
        // Decimals: the shortest digits that read back the same.
        DoubleCase{"Half", 0.5, "0.5"}, DoubleCase{"Decimal", 1.3, "1.3"},
        DoubleCase{"NegativeDecimal", -2.75, "-2.75"},
        DoubleCase{"SumOfTenths", 0.1 + 0.2, "0.30000000000000004"},
        DoubleCase{"Small", 0.0001, "0.0001"}, DoubleCase{"Tiny", 1e-7, "1e-07"},
        // Large values: plain digits up to 15 of them, then an exponent.
        DoubleCase{"Million", 1.3e6, "1300000.0"},
        DoubleCase{"Trillion", 2.5e12, "2500000000000.0"},
        DoubleCase{"FifteenDigits", 123456789012345.0, "123456789012345.0"},
        DoubleCase{"Large", 1e21, "1e+21"}, DoubleCase{"LargeNegative", -4.2e30, "-4.2e+30"},
        // Not a number, infinities: null, as nlohmann writes them.
        DoubleCase{"NaN", std::numeric_limits<double>::quiet_NaN(), "null"},
        DoubleCase{"Infinity", std::numeric_limits<double>::infinity(), "null"}),
    [](const testing::TestParamInfo<DoubleCase>& i) { return std::string(i.param.name); });

struct IntegerCase {
  const char* name;
  int64_t value;
};

class IntegerFormatting : public testing::TestWithParam<IntegerCase> {};

TEST_P(IntegerFormatting, PrintsAsNlohmann) {
  const IntegerCase& c = GetParam();
  std::string out;
  parallax::json::append_int(out, c.value);
  EXPECT_EQ(out, dumped(Json(c.value)));
  EXPECT_EQ(Json::parse(out).get<int64_t>(), c.value);
  if (c.value >= 0) {
    std::string u;
    parallax::json::append_uint(u, static_cast<uint64_t>(c.value));
    EXPECT_EQ(u, out);
  }
}

INSTANTIATE_TEST_SUITE_P(
    JsonWriter, IntegerFormatting,
    testing::Values(IntegerCase{"Zero", 0}, IntegerCase{"One", 1}, IntegerCase{"Offset", 4096},
                    IntegerCase{"Uint32Max", 4294967295}, IntegerCase{"Negative", -1},
                    IntegerCase{"Int64Max", std::numeric_limits<int64_t>::max()},
                    IntegerCase{"Int64Min", std::numeric_limits<int64_t>::min()}),
    [](const testing::TestParamInfo<IntegerCase>& i) { return std::string(i.param.name); });

TEST(JsonWriter, Uint64MaxPrintsAsNlohmann) {
  std::string out;
  parallax::json::append_uint(out, std::numeric_limits<uint64_t>::max());
  EXPECT_EQ(out, dumped(Json(std::numeric_limits<uint64_t>::max())));
}

// ---- Structure -------------------------------------------------------------------------

TEST(JsonWriter, WritesCompactNestedValues) {
  std::string out;
  parallax::json::Writer w(out);
  w.begin_object();
  w.key("id");
  w.id("n", 12);
  w.key("list");
  w.begin_array();
  w.uint(1);
  w.integer(-2);
  w.begin_object();
  w.key("v");
  w.optional_number(std::nullopt);
  w.key("x");
  w.optional_number(2.5);
  w.end_object();
  w.begin_array();
  w.end_array();
  w.string_or_null("");
  w.string_or_null("s");
  w.end_array();
  w.key("ok");
  w.boolean(true);
  w.key("kind");
  w.literal_string("count");
  w.key("x");
  w.number(3000);
  w.end_object();
  w.finish();
  EXPECT_EQ(out, R"({"id":"n12","list":[1,-2,{"v":null,"x":2.5},[],null,"s"],"ok":true,)"
                 R"("kind":"count","x":3000.0})");
  EXPECT_EQ(nlohmann::ordered_json::parse(out).dump(), out);
}

// ---- Offsets ---------------------------------------------------------------------------

// Code points and UTF-16 units before each code point boundary, counted the plain way.
struct Boundaries {
  std::vector<uint32_t> bytes, code_points, utf16;
};

Boundaries boundaries_of(const std::string& text) {
  Boundaries b;
  uint32_t cp = 0, u16 = 0;
  for (uint32_t i = 0; i <= text.size(); ++i) {
    const auto c = i < text.size() ? static_cast<unsigned char>(text[i]) : 0;
    if (i == text.size() || (c & 0xC0) != 0x80) {
      b.bytes.push_back(i);
      b.code_points.push_back(cp);
      b.utf16.push_back(u16);
      if (i == text.size()) break;
      ++cp;
      u16 += c >= 0xF0 ? 2 : 1;
    }
  }
  return b;
}

struct OffsetCase {
  const char* name;
  std::string text;
};

class OffsetConversion : public testing::TestWithParam<OffsetCase> {};

TEST_P(OffsetConversion, CursorAgreesInEveryOrder) {
  const std::string& text = GetParam().text;
  const Boundaries b = boundaries_of(text);
  const OffsetMap map(text);
  const size_t n = b.bytes.size();
  // Ascending (one forward pass), descending, and jumping back and forth.
  std::vector<size_t> order;
  for (size_t i = 0; i < n; ++i) order.push_back(i);
  for (size_t i = n; i-- > 0;) order.push_back(i);
  for (size_t i = 0; i < n; ++i) order.push_back(i % 2 ? n - 1 - i / 2 : i / 2);
  for (OffsetUnit unit : {OffsetUnit::kCodePoint, OffsetUnit::kUtf16, OffsetUnit::kByte}) {
    parallax::json::OffsetCursor cursor(text, unit);
    const auto& expected = unit == OffsetUnit::kCodePoint ? b.code_points
                           : unit == OffsetUnit::kUtf16   ? b.utf16
                                                          : b.bytes;
    for (size_t k : order) {
      ASSERT_EQ(cursor.to(b.bytes[k]), expected[k])
          << "unit " << static_cast<int>(unit) << ", byte " << b.bytes[k];
      ASSERT_EQ(map.to(unit, b.bytes[k]), expected[k]);
    }
  }
}

std::string repeated(const std::string& s, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

INSTANTIATE_TEST_SUITE_P(
    JsonWriter, OffsetConversion,
    testing::Values(
        OffsetCase{"Empty", ""}, OffsetCase{"Ascii", repeated("Fire at the port. ", 20)},
        // An emoji is one code point and two UTF-16 units; a skin tone is one more of each.
        OffsetCase{"Emoji", "ok \xF0\x9F\x98\x80 then \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD done"},
        // A combining acute accent is a code point of its own.
        OffsetCase{"CombiningMarks",
                   "Jose\xCC\x81 and Rene\xCC\x81"
                   "e said cafe\xCC\x81."},
        // Long enough to cross checkpoints (every 64 bytes) and the cursor's 8-byte steps.
        OffsetCase{
            "MixedLong",
            repeated("Caf\xC3\xA9 \xF0\x9F\x98\x80 e\xCC\x81 \xE2\x80\x94 plain words; ", 40)},
        OffsetCase{"AllFourByte", repeated("\xF0\x9F\x98\x80", 100)},
        // Longer than the cursor's near jumps back (256 bytes) and its count from the start
        // (4 KB), so the map's checkpoints are used too.
        OffsetCase{"LongerThanFourKilobytes",
                   repeated("Zo\xC3\xAB \xF0\x9F\x91\x8D said 3,000 \xE2\x80\x94 ", 300)}),
    [](const testing::TestParamInfo<OffsetCase>& i) { return std::string(i.param.name); });

// The whole report: every mention's offsets slice its own text out of the document, in
// code points and in UTF-16 units, for text with emoji and combining marks.
std::u32string code_points_of(const std::string& s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
    for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out += cp;
    i += len;
  }
  return out;
}

std::u16string utf16_of(const std::string& s) {
  std::u16string out;
  for (char32_t cp : code_points_of(s)) {
    if (cp < 0x10000) {
      out += static_cast<char16_t>(cp);
    } else {
      cp -= 0x10000;
      out += static_cast<char16_t>(0xD800 + (cp >> 10));
      out += static_cast<char16_t>(0xDC00 + (cp & 0x3FF));
    }
  }
  return out;
}

TEST(JsonWriter, ReportOffsetsSliceMentionTextsInBothUnits) {
  const std::string a =
      "Port blaze \xF0\x9F\x94\xA5 forces 3,000 from homes\n"
      "Fire Chief Jose\xCC\x81 Marti\xCC\x81nez said 12 people were hurt \xF0\x9F\x98\xA2 on "
      "Tuesday. \xE2\x80\x9CWe have never seen a blaze move this fast,\xE2\x80\x9D "
      "Marti\xCC\x81nez "
      "said. Mayor Zo\xC3\xAB M\xC3\xBCller \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD said 4,000 residents "
      "left the harbour district of Castellmar.\n";
  const std::string b =
      "About 2,500 people \xF0\x9F\x8F\x83 were evacuated from Castellmar on Tuesday, police "
      "said. Mayor Zo\xC3\xAB M\xC3\xBCller said 14 people were treated in hospital.\n";
  std::vector<Document> docs = {{"a.txt", a, "2025-03-12"}, {"b.txt", b, "2025-03-12"}};
  const Analysis analysis = analyze(std::span<const Document>(docs), Options{});
  size_t checked = 0;
  for (OffsetUnit unit : {OffsetUnit::kCodePoint, OffsetUnit::kUtf16}) {
    const Json report = Json::parse(to_json(analysis, unit));
    for (const char* kind : {"numbers", "dates", "quotes", "claims", "entities"}) {
      for (const Json& m : report[kind]) {
        const std::string& text = m["doc"] == "a" ? a : b;
        const auto start = m["start"].get<size_t>(), end = m["end"].get<size_t>();
        const std::string expected = m["text"].get<std::string>();
        if (unit == OffsetUnit::kCodePoint) {
          const std::u32string cps = code_points_of(text);
          ASSERT_LE(end, cps.size());
          EXPECT_EQ(cps.substr(start, end - start), code_points_of(expected)) << kind << " " << m;
        } else {
          const std::u16string units = utf16_of(text);
          ASSERT_LE(end, units.size());
          EXPECT_EQ(units.substr(start, end - start), utf16_of(expected)) << kind << " " << m;
        }
        ++checked;
      }
    }
  }
  EXPECT_GT(checked, 10u);
}

// A document's layout is written as short arrays: [start, end] paragraphs with the
// furniture kind as a third element, [start, end, paragraph] sentences, and the indexes of
// headline sentences; offsets in the report's unit.
TEST(JsonWriter, DocumentLayoutIsWrittenAsSpanArrays) {
  const std::string text =
      "Harbour \xF0\x9F\x94\xA5 blaze closes quay\n"
      "By Ana Ruiz\n"
      "Crews fought the fire overnight. It was out by dawn.\n";
  std::vector<Document> docs = {{"a.txt", text, "2025-03-12"}};
  const Analysis analysis = analyze(std::span<const Document>(docs), Options{});
  const Json doc = Json::parse(to_json(analysis, OffsetUnit::kUtf16))["documents"][0];
  EXPECT_FALSE(doc.contains("paragraphs"));
  EXPECT_FALSE(doc.contains("sentences"));
  // The emoji is two UTF-16 units: "Harbour 🔥 blaze closes quay" is 28 units long.
  EXPECT_EQ(doc["paragraph_spans"], Json::parse(R"([[0, 28], [29, 40, "byline"], [41, 93]])"))
      << doc;
  EXPECT_EQ(doc["sentence_spans"],
            Json::parse(R"([[0, 28, 0], [29, 40, 1], [41, 73, 2], [74, 93, 2]])"))
      << doc;
  // Lines without final punctuation (the title, the byline) are headline-like.
  EXPECT_EQ(doc["headline_sentences"], Json::parse("[0, 1]")) << doc;
}

// With a sink the writer streams through a window of about a megabyte: the pieces it hands
// on, joined, are what the same calls write into one string, however a value straddles
// the window's end (long escaped strings, many small values).
TEST(JsonWriter, StreamedPiecesJoinToTheWholeOutput) {
  auto write_values = [](parallax::json::Writer& w) {
    w.begin_array();
    const std::string long_text(3 * parallax::json::Writer::kStreamChunk / 2,
                                '\n');  // 2 bytes each
    w.string(long_text);
    for (uint64_t k = 0; k < 200000; ++k) {
      w.begin_object();
      w.key("id");
      w.id("n", k);
      w.key("text");
      w.string("caf\xC3\xA9 \"quoted\"");
      w.end_object();
    }
    w.end_array();
  };
  std::string whole;
  {
    parallax::json::Writer w(whole);
    write_values(w);
  }
  std::string joined, window;
  size_t pieces = 0;
  {
    parallax::json::Writer w(window, [&](std::string_view piece) {
      joined.append(piece);
      ++pieces;
    });
    write_values(w);
  }
  EXPECT_GT(whole.size(), 3 * parallax::json::Writer::kStreamChunk);
  EXPECT_GE(pieces, 3u);
  EXPECT_EQ(joined.size(), whole.size());
  EXPECT_TRUE(joined == whole);
}

// write_json hands on, piece by piece, exactly the compact report of to_json.
TEST(JsonWriter, WriteJsonStreamsTheCompactReport) {
  std::vector<Document> docs;
  for (int k = 0; k < 800; ++k) {
    docs.push_back({"a" + std::to_string(k) + ".txt",
                    "Harbour blaze forces " + std::to_string(1000 + k) +
                        " from homes\nFire chief Ana Ruiz said " + std::to_string(k % 40 + 2) +
                        " people were hurt on Tuesday. \xE2\x80\x9CWe have never seen a blaze "
                        "move this fast,\xE2\x80\x9D Ruiz said. About 2,500 people left the "
                        "harbour district of Castellmar, police said.\n",
                    "2025-03-12"});
  }
  const Analysis analysis = analyze(std::span<const Document>(docs), Options{});
  const std::string expected = to_json(analysis, OffsetUnit::kUtf16);
  std::string joined;
  size_t pieces = 0;
  write_json(analysis, OffsetUnit::kUtf16, [&](std::string_view piece) {
    joined.append(piece);
    ++pieces;
  });
  EXPECT_GT(expected.size(), parallax::json::Writer::kStreamChunk);  // more than one window
  EXPECT_GE(pieces, 2u);
  EXPECT_TRUE(joined == expected) << joined.size() << " vs " << expected.size();
}

}  // namespace
}  // namespace parallax
