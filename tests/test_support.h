// Shared helpers for the table-driven tests.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
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

// A shell command's exit status (-1 if it did not exit normally) and its standard output.
struct CommandResult {
  int status = -1;
  std::string out;
};
CommandResult run_command(const std::string& shell_command);

// A test with a folder of its own under the system's temporary folder, removed after the
// test. The process id keeps runs of other builds (or worktrees) at the same time apart.
class TempFolderTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;
  // Writes `bytes` to `name` (a path inside the folder; its folders are made) and returns
  // the file's path.
  std::string write(const std::string& name, const std::string& bytes);

  std::filesystem::path dir_;
};

}  // namespace parallax::testing_support
