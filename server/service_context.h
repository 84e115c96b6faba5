// What every route may use: the database (one connection, one writer at a time) and the build's
// version. Routes get it by reference; nothing here is global.
#pragma once

#include <mutex>
#include <string>

#include "store/database.h"

namespace optagelse {

struct ServiceContext {
  store::Database db;
  std::mutex db_mutex;  // SQLite connection shared by the worker threads: one user at a time
  std::string version;
};

}  // namespace optagelse
