#pragma once

#include "lseg_fault.h"

#include <QHash>

namespace sb::sim {

// Which faults are armed and for how many more uses. Shared by the emulator's parts, which ask it as they answer.
class LsegFaultSwitches
{
public:
    static constexpr int kForever = -1;

    void set(LsegFault fault, bool on);
    void arm(LsegFault fault, int times);
    bool isOn(LsegFault fault) const { return m_armed.contains(fault); }
    // True if armed; uses one of its counted uses.
    bool consume(LsegFault fault);

private:
    QHash<LsegFault, int> m_armed;
};

} // namespace sb::sim
