#pragma once

#include "event/frame_recorder.h"
#include "frame_decoder.h"

#include <memory>

namespace sb {

// Records every frame (to a capture file) before decoding it, on the decode thread, so recording never slows the io
// thread and the capture holds exactly what the decoder saw.
class RecordingFrameDecoder : public FrameDecoder
{
public:
    RecordingFrameDecoder(std::unique_ptr<FrameDecoder> inner, std::unique_ptr<FrameRecorder> recorder)
        : m_inner(std::move(inner))
        , m_recorder(std::move(recorder))
    { }
    void decode(const RawFrame &frame, DecodeOutput &out) override
    {
        m_recorder->write(frame);
        m_inner->decode(frame, out);
    }
    void tick(qint64 nowMs, DecodeOutput &out) override { m_inner->tick(nowMs, out); }
    void reset() override { m_inner->reset(); }

private:
    std::unique_ptr<FrameDecoder> m_inner;
    std::unique_ptr<FrameRecorder> m_recorder;
};

} // namespace sb
