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

    static LibraryVersions running();
};

} // namespace sb
