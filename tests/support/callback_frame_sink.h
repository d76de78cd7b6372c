#pragma once

#include "event/frame_sink.h"

#include <functional>

namespace sb::test {

// Stands in for the Feed in tests of a session alone: every frame goes to `onFrame` at once. Markers are refused, as
// by a feed without a decode worker: nothing would answer a barrier, so the session acts on a close at once.
class CallbackFrameSink : public FrameSink
{
public:
    explicit CallbackFrameSink(std::function<void(RawFrame &&)> onFrame)
        : m_onFrame(std::move(onFrame))
    { }

    bool post(RawFrame &&frame) override
    {
        if (frame.isMarker())
            return false;
        m_onFrame(std::move(frame));
        return true;
    }

private:
    std::function<void(RawFrame &&)> m_onFrame;
};

} // namespace sb::test
