// A core file that breaks the dependency rule, for the purity check's own test. Never compiled.
#pragma once
#include <httplib.h>
