// GLPK ships no pkg-config file on Debian; this shim lets the module map find <glpk.h>.
#include <glpk.h>
