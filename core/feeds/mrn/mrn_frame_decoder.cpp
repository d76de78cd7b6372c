#include "mrn_frame_decoder.h"

#include "omm_control.h"

#include <QVariant>

namespace sb {
namespace {

QString toQString(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

} // namespace

MrnFrameDecoder::MrnFrameDecoder(QString feedName, Options options)
    : m_feedName(feedName)
    , m_parser(options.maxFrameBytes)
    , m_assembler(options.assembler)
    , m_stories(std::move(feedName), options.story)
{
    qRegisterMetaType<sb::OmmControl>();
}

void MrnFrameDecoder::decodeError(DecodeOutput &out, const QString &code, const QString &message)
{
    out.error(FeedError {m_feedName, FeedError::Stage::Decode, code, message, true, 0});
}

void MrnFrameDecoder::decode(const RawFrame &frame, DecodeOutput &out)
{
    const auto visit = [&](const OmmMessageView &m) { handleMessage(m, frame.receivedMs, out); };
    OmmFrameParser::Status status;
    if (frame.kind == RawFrame::Kind::Binary)
        status = m_parser.parse(QByteArrayView(frame.binary), visit); // tr_json2 over a binary frame is still JSON
    else
        status = m_parser.parse(QStringView(frame.text), visit);
    if (status != OmmFrameParser::Status::Ok) {
        QString code = status == OmmFrameParser::Status::TooLarge ? QStringLiteral("omm_frame_too_large")
                                                                  : QStringLiteral("omm_json");
        decodeError(out, code,
            m_parser.errorText()
                + (frame.kind == RawFrame::Kind::Binary ? QStringLiteral(" (binary frame)") : QString()));
    }
}

void MrnFrameDecoder::handleMessage(const OmmMessageView &m, qint64 receivedMs, DecodeOutput &out)
{
    const bool isUpdate = m.type == "Update";
    if (isUpdate && m.hasFields && !m.fragmentIsNull) {
        MrnFragment f;
        f.ric = m.keyName;
        f.mrnSrc = m.mrnSrc;
        f.guid = m.guid;
        f.mrnType = m.mrnType;
        f.base64 = m.fragment;
        f.fragNum = m.fragNum;
        f.totSize = m.totSize;
        MrnFragmentAssembler::Error error;
        std::optional<MrnCompressedItem> item = m_assembler.add(f, receivedMs, error);
        QVector<MrnFragmentAssembler::Error> evicted;
        m_assembler.takeEvicted(evicted);
        for (const auto &e : std::as_const(evicted))
            decodeError(out, e.code, e.message);
        if (!item) {
            if (!error.code.isEmpty())
                decodeError(out, error.code, error.message);
            return;
        }
        Event event;
        QString code, message;
        switch (m_stories.decode(*item, receivedMs, event, code, message)) {
        case MrnStoryDecoder::Result::Event:
            out.event(std::move(event));
            break;
        case MrnStoryDecoder::Result::Duplicate:
            out.duplicate();
            break;
        case MrnStoryDecoder::Result::Error:
            decodeError(out, code, message);
            break;
        }
        return;
    }
    if (isUpdate)
        return; // an update without news content (e.g. other fields only) carries nothing to show

    OmmControl c;
    c.type = toQString(m.type);
    c.domain = toQString(m.domain);
    c.id = m.id;
    c.hasId = m.hasId;
    c.keyName = toQString(m.keyName);
    c.stream = toQString(m.stream);
    c.data = toQString(m.data);
    c.code = toQString(m.code);
    c.text = toQString(m.text);
    c.pingTimeout = m.pingTimeout;
    c.debugMessage = toQString(m.debugMessage);
    out.control(QVariant::fromValue(c));
}

void MrnFrameDecoder::tick(qint64 nowMs, DecodeOutput &out)
{
    QVector<MrnFragmentAssembler::Error> expired;
    m_assembler.expire(nowMs, expired);
    for (const auto &e : expired)
        decodeError(out, e.code, e.message);
}

void MrnFrameDecoder::reset()
{
    m_assembler.clear();
}

} // namespace sb
