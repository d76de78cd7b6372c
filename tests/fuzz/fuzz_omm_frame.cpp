// The OMM frame parser on arbitrary bytes, as UTF-8 and as UTF-16 text.
#include "feeds/mrn/omm_frame_parser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static sb::OmmFrameParser parser(1 << 20);
    std::size_t messages = 0;
    const auto visit
        = [&messages](const sb::OmmMessageView &m) { messages += m.type.size() + m.fragment.size() + m.guid.size(); };
    parser.parse(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)), visit);
    parser.parse(QStringView(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size))), visit);
    return 0;
}
