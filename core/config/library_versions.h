#pragma once

#include <QString>

namespace sb {

// The versions of the libraries the program runs with (not the headers it was built against, where they differ):
// what a bug report needs and what Help → About shows.
struct LibraryVersions
{
    QString qt;
    QString openssl;
    QString sqlite;
    QString zlib;
    QString libdeflate;
    QString simdjson;

    static LibraryVersions running();
};

// A component the installers bundle (Windows, macOS) or the packages depend on (Linux), and its licence: what the
// About dialog lists, as packaging/LICENSE.txt does.
struct BundledComponent
{
    const char *name;
    const char *licence;
    const char *url;
};
const BundledComponent *bundledComponents(int *count);

} // namespace sb
