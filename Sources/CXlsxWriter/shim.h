// libxlsxwriter (Debian's libxlsxwriter-dev) ships no module map; this shim lets Swift see it.
#include <xlsxwriter.h>
