#pragma once

#include "event/raw_frame.h"

namespace sb {

// Keeps a copy of every frame a feed's decoder sees, on the decode thread, before it is decoded: a capture file
// (CaptureWriter). The pipeline records through this and the capture code implements it, so neither includes the
// other.
class FrameRecorder
{
public:
    virtual ~FrameRecorder() = default;
    virtual void write(const RawFrame &frame) = 0;
};

} // namespace sb
