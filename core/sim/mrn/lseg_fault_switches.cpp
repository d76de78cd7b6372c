#include "lseg_fault_switches.h"

namespace sb::sim {

void LsegFaultSwitches::set(LsegFault fault, bool on)
{
    if (on)
        m_armed.insert(fault, kForever);
    else
        m_armed.remove(fault);
}

void LsegFaultSwitches::arm(LsegFault fault, int times)
{
    if (times <= 0)
        return;
    auto it = m_armed.find(fault);
    if (it == m_armed.end())
        m_armed.insert(fault, times);
    else if (it.value() != kForever)
        it.value() += times;
}

bool LsegFaultSwitches::consume(LsegFault fault)
{
    auto it = m_armed.find(fault);
    if (it == m_armed.end())
        return false;
    if (it.value() != kForever && --it.value() == 0)
        m_armed.erase(it);
    return true;
}

} // namespace sb::sim
