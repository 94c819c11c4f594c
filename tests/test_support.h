// Shared helpers for the table-driven tests.
#pragma once

#include <gtest/gtest.h>

#include <string>

namespace parallax::testing_support {

// Names each row of a parameterised table after its `name` field, so a failing row
// names itself: INSTANTIATE_TEST_SUITE_P(Cases, Suite, ValuesIn(kRows), CaseName()).
struct CaseName {
  template <class Param>
  std::string operator()(const ::testing::TestParamInfo<Param>& row) const {
    return std::string(row.param.name);
  }
};

// The shared folder (../shared beside the checkout), or "" when it is absent.
std::string shared_dir();

// The bytes of a file ("" if it cannot be read).
std::string read_file(const std::string& path);

}  // namespace parallax::testing_support
