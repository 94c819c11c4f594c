#include "test_support.h"

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

}  // namespace parallax::testing_support
