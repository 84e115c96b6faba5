// The browser's localStorage, for what must survive a reload without the server: the what-if
// scenario a school is trying (never sent anywhere unless the user saves it). Plus the page's
// measurement log, where the app reports timings the benchmark reads (window.optagelse.measurements).
#pragma once

#include <optional>
#include <string>

namespace optagelse::web {

void StorageSet(const std::string& key, const std::string& value);
std::optional<std::string> StorageGet(const std::string& key);

// A high-resolution clock in milliseconds (performance.now()).
double NowMilliseconds();
// Appends a value to window.optagelse.measurements[name].
void PublishMeasurement(const char* name, double milliseconds);

}  // namespace optagelse::web
