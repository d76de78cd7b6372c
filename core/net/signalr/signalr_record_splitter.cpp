#include "signalr_record_splitter.h"

#include "event/fail_with.h"

namespace sb {

bool SignalRRecordSplitter::append(const QByteArray &bytes, QList<QByteArray> &records, QString *error)
{
    auto tooLarge = [this, error](qsizetype size) {
        m_pending.clear();
        return failWith(error,
            QStringLiteral("SignalR record of %1 bytes or more exceeds the limit of %2 bytes")
                .arg(size)
                .arg(m_maxRecordBytes));
    };
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype end = bytes.indexOf(Separator, start);
        if (end < 0)
            break;
        const qsizetype size = m_pending.size() + (end - start);
        if (size > m_maxRecordBytes)
            return tooLarge(size);
        QByteArray record = std::move(m_pending);
        m_pending = QByteArray();
        record.append(QByteArrayView(bytes).sliced(start, end - start));
        if (!record.isEmpty())
            records << std::move(record);
        start = end + 1;
    }
    const qsizetype rest = bytes.size() - start;
    if (rest > 0) {
        if (m_pending.size() + rest > m_maxRecordBytes)
            return tooLarge(m_pending.size() + rest);
        m_pending.append(QByteArrayView(bytes).sliced(start));
    }
    return true;
}

} // namespace sb
