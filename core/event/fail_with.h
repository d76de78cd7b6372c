#pragma once

#include <QString>

namespace sb {

// How a function that explains its failures through an optional `QString *error` fails: it sets the explanation when
// the caller asked for one and returns false, so that each check fails in one line.
inline bool failWith(QString *error, QString explanation)
{
    if (error)
        *error = std::move(explanation);
    return false;
}

} // namespace sb
