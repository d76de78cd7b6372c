#pragma once

namespace sb::test {

// An emulator's options for a test that talks plain ws:// and http:// and wants no server pings it did not ask for.
template<typename Options>
Options plainEmulatorOptions()
{
    Options o;
    o.tls = false;
    o.pingIntervalMs = 0;
    return o;
}

} // namespace sb::test
