#pragma once

#include "mrn_fragment_assembler.h"
#include "mrn_story_decoder.h"
#include "omm_frame_parser.h"
#include "pipeline/frame_decoder.h"

namespace sb {

// The decode path of the MRN feed, run on its decode thread: OMM frame JSON → MRN fragments → reassembly → gunzip
// → story JSON → Event. Protocol messages the session must see (ping, login and stream states, errors) are handed
// back as OmmControl values.
class MrnFrameDecoder : public FrameDecoder
{
public:
    struct Options
    {
        MrnFragmentAssembler::Limits assembler;
        MrnStoryDecoder::Limits story;
        qsizetype maxFrameBytes = OmmFrameParser::kDefaultMaxFrameBytes;
    };

    explicit MrnFrameDecoder(QString feedName)
        : MrnFrameDecoder(std::move(feedName), Options {})
    { }
    MrnFrameDecoder(QString feedName, Options options);

    void decode(const RawFrame &frame, DecodeOutput &out) override;
    void tick(qint64 nowMs, DecodeOutput &out) override;
    void reset() override;

private:
    void handleMessage(const OmmMessageView &m, qint64 receivedMs, DecodeOutput &out);
    void decodeError(DecodeOutput &out, const QString &code, const QString &message);

    QString m_feedName;
    OmmFrameParser m_parser;
    MrnFragmentAssembler m_assembler;
    MrnStoryDecoder m_stories;
};

} // namespace sb
