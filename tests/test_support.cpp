#include "test_support.h"

#include <filesystem>

namespace parallax::testing_support {

std::string shared_dir() {
  const std::filesystem::path dir = std::filesystem::path(PARALLAX_SOURCE_DIR) / ".." / "shared";
  std::error_code ec;
  return std::filesystem::exists(dir / "corpus" / "seeds", ec) ? dir.lexically_normal().string()
                                                               : std::string();
}

}  // namespace parallax::testing_support
