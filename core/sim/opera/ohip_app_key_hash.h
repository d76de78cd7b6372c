#pragma once

#include <QString>

namespace sb::sim {

// The `key` OHIP expects in the stream URL: SHA-256 of the application key, as lowercase hex ("Ensure only lowercase
// hashes are used", OHIP's streaming guide). The emulator computes it itself rather than asking the client's config,
// so a client that got the hash wrong is refused as the real gateway would refuse it.
class OhipAppKeyHash
{
public:
    static QString of(const QString &appKey);
};

} // namespace sb::sim
