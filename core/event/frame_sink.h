#pragma once

#include "event/raw_frame.h"

namespace sb {

// Where every session hands what arrived, the same way for every service: raw frames in arrival order, with the
// feed's context (RawFrame::text on a binary frame, RawFrame::channel), and the Reset and Barrier markers between
// them. The pipeline's Feed implements it and moves the frames to its decode worker, so the io thread only moves
// bytes. It lives beside RawFrame rather than in core/pipeline because the sessions in core/net may not include the
// pipeline.
class FrameSink
{
public:
    virtual ~FrameSink() = default;
    // False when the frame was not taken (no decode worker, or its queue is full and the frame was dropped).
    virtual bool post(RawFrame &&frame) = 0;
};

} // namespace sb
