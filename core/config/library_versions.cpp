#include "library_versions.h"

#include <iterator>

#include <libdeflate.h>
#include <openssl/crypto.h>
#include <simdjson.h>
#include <sqlite3.h>
#include <zlib.h>

namespace sb {

LibraryVersions LibraryVersions::running()
{
    LibraryVersions v;
    v.qt = QString::fromLatin1(qVersion());
    v.openssl = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
    v.sqlite = QString::fromLatin1(sqlite3_libversion());
    v.zlib = QString::fromLatin1(zlibVersion());
    // libdeflate and simdjson have no run-time version call: these are the versions built against.
    v.libdeflate = QStringLiteral(LIBDEFLATE_VERSION_STRING);
    v.simdjson = QStringLiteral("%1.%2.%3")
                     .arg(int(simdjson::SIMDJSON_VERSION_MAJOR))
                     .arg(int(simdjson::SIMDJSON_VERSION_MINOR))
                     .arg(int(simdjson::SIMDJSON_VERSION_REVISION));
    return v;
}

const BundledComponent *bundledComponents(int *count)
{
    static const BundledComponent components[] = {
        {"Qt 6", "GNU LGPL v3", "https://www.qt.io/licensing/"},
        {"OpenSSL 3", "Apache License 2.0", "https://www.openssl.org/source/license.html"},
        {"SQLite", "Public domain", "https://www.sqlite.org/copyright.html"},
        {"zlib", "zlib licence", "https://zlib.net/zlib_license.html"},
        {"libdeflate", "MIT licence", "https://github.com/ebiggers/libdeflate/blob/master/COPYING"},
        {"simdjson", "Apache License 2.0", "https://github.com/simdjson/simdjson/blob/master/LICENSE"},
        {"QtKeychain", "BSD 3-Clause licence", "https://github.com/frankosterfeld/qtkeychain/blob/main/COPYING"},
    };
    *count = int(std::size(components));
    return components;
}

} // namespace sb
