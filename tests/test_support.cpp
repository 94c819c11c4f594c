#include "test_support.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace parallax::testing_support {

std::string shared_dir() {
  const std::filesystem::path dir = std::filesystem::path(PARALLAX_SOURCE_DIR) / ".." / "shared";
  std::error_code ec;
  return std::filesystem::exists(dir / "corpus" / "seeds", ec) ? dir.lexically_normal().string()
                                                               : std::string();
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

CommandResult run_command(const std::string& shell_command) {
  CommandResult r;
  FILE* pipe = popen(shell_command.c_str(), "r");
  if (!pipe) return r;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) r.out.append(buffer, n);
  const int raw = pclose(pipe);
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return r;
}

void TempFolderTest::SetUp() {
  const ::testing::TestInfo* test = ::testing::UnitTest::GetInstance()->current_test_info();
  dir_ = std::filesystem::temp_directory_path() /
         ("parallax-" + std::string(test->test_suite_name()) + "-" + std::to_string(getpid()) +
          "-" + test->name());
  std::filesystem::create_directories(dir_);
}

void TempFolderTest::TearDown() {
  std::filesystem::remove_all(dir_);
}

std::string TempFolderTest::write(const std::string& name, const std::string& bytes) {
  const std::filesystem::path p = dir_ / name;
  std::filesystem::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << bytes;
  return p.string();
}

}  // namespace parallax::testing_support
