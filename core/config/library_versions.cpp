#include "library_versions.h"

#include <openssl/crypto.h>
#include <sqlite3.h>

namespace sb {

LibraryVersions LibraryVersions::running()
{
    LibraryVersions v;
    v.qt = QString::fromLatin1(qVersion());
    v.openssl = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
    v.sqlite = QString::fromLatin1(sqlite3_libversion());
    return v;
}

} // namespace sb
