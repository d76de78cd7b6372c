#include "event_json_writer.h"

#include "json_escape.h"

#include <cstring>

namespace sb {
namespace {

// 9999-12-31T23:59:59.999Z: past it (and before the epoch) Qt's ISO form changes shape, so those go through Qt.
constexpr qint64 kLastFourDigitYearMs = 253'402'300'799'999;
constexpr qsizetype kTimeSize = 24; // yyyy-MM-ddTHH:mm:ss.zzzZ

// Writes into a buffer already sized for the worst case, so the hot path has no capacity checks.
class Cursor
{
public:
    explicit Cursor(char *p)
        : m_p(p)
    { }
    char *end() const { return m_p; }

    void put(char c) { *m_p++ = c; }
    template<size_t N>
    void literal(const char (&s)[N])
    {
        std::memcpy(m_p, s, N - 1);
        m_p += N - 1;
    }
    void bytes(const char *s, qsizetype n)
    {
        std::memcpy(m_p, s, size_t(n));
        m_p += n;
    }
    void string(const QByteArray &utf8)
    {
        put('"');
        m_p = json::writeEscaped(m_p, utf8.constData(), utf8.size());
        put('"');
    }
    // QString::toUtf8() allocates; feed, kind, key and tags are nearly always ASCII, which needs no conversion.
    void string(const QString &s)
    {
        const QChar *u = s.constData();
        const qsizetype n = s.size();
        for (qsizetype i = 0; i < n; ++i) {
            if (u[i].unicode() >= 0x80) {
                string(s.toUtf8());
                return;
            }
        }
        put('"');
        for (qsizetype i = 0; i < n; ++i) {
            const char c = char(u[i].unicode());
            if (c < 0x20 || c == '"' || c == '\\')
                m_p = json::writeEscaped(m_p, &c, 1);
            else
                put(c);
        }
        put('"');
    }
    void digits(int value, int width)
    {
        for (int i = width - 1; i >= 0; --i) {
            m_p[i] = char('0' + value % 10);
            value /= 10;
        }
        m_p += width;
    }
    void number(int value)
    {
        const QByteArray text = QByteArray::number(value);
        bytes(text.constData(), text.size());
    }
    void time(qint64 ms)
    {
        if (ms < 0 || ms > kLastFourDigitYearMs) {
            string(Event::formatTime(ms).toUtf8());
            return;
        }
        // Days to civil date: Howard Hinnant's algorithm, exact for the proleptic Gregorian calendar Qt uses.
        const qint64 days = ms / 86'400'000;
        const qint64 msOfDay = ms % 86'400'000;
        const qint64 z = days + 719'468;
        const qint64 era = z / 146'097;
        const qint64 doe = z - era * 146'097;
        const qint64 yoe = (doe - doe / 1460 + doe / 36'524 - doe / 146'096) / 365;
        const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        const qint64 mp = (5 * doy + 2) / 153;
        const int day = int(doy - (153 * mp + 2) / 5 + 1);
        const int month = int(mp < 10 ? mp + 3 : mp - 9);
        const int year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
        put('"');
        digits(year, 4);
        put('-');
        digits(month, 2);
        put('-');
        digits(day, 2);
        put('T');
        digits(int(msOfDay / 3'600'000), 2);
        put(':');
        digits(int(msOfDay / 60'000 % 60), 2);
        put(':');
        digits(int(msOfDay / 1000 % 60), 2);
        put('.');
        digits(int(msOfDay % 1000), 3);
        literal("Z\"");
    }

private:
    char *m_p;
};

qsizetype stringBound(qsizetype units)
{
    // A UTF-16 unit becomes at most 3 UTF-8 bytes, and only 1-byte ones are escaped (to at most 6).
    return 2 + json::escapedSizeBound(units);
}

qsizetype timeBound(qint64 ms)
{
    return ms < 0 || ms > kLastFourDigitYearMs ? stringBound(64) : kTimeSize + 2;
}

qsizetype sizeBound(const Event &e)
{
    qsizetype n = 128 // keys, punctuation, null/urgency
        + stringBound(e.feed.size()) + stringBound(e.kind.size()) + stringBound(e.key.size()) + timeBound(e.timeMs)
        + timeBound(e.receivedMs) + stringBound(e.title.size()) + stringBound(e.body.size()) + e.attrs.size();
    for (const QString &t : e.tags)
        n += 1 + stringBound(t.size());
    if (!e.rules.isEmpty())
        n += 16; // ,"rules":[]
    for (const QString &r : e.rules)
        n += 1 + stringBound(r.size());
    return n;
}

char *write(char *dst, const Event &e)
{
    Cursor c(dst);
    c.literal("{\"feed\":");
    c.string(e.feed);
    c.literal(",\"kind\":");
    c.string(e.kind);
    c.literal(",\"key\":");
    c.string(e.key);
    c.literal(",\"time\":");
    if (e.timeMs > 0)
        c.time(e.timeMs);
    else
        c.literal("null");
    c.literal(",\"received\":");
    c.time(e.receivedMs);
    c.literal(",\"title\":");
    c.string(e.title);
    c.literal(",\"body\":");
    c.string(e.body);
    c.literal(",\"urgency\":");
    if (e.urgency >= 0)
        c.number(e.urgency);
    else
        c.literal("null");
    c.literal(",\"tags\":[");
    for (qsizetype i = 0; i < e.tags.size(); ++i) {
        if (i > 0)
            c.put(',');
        c.string(e.tags.at(i));
    }
    c.literal("],\"attrs\":");
    if (e.attrs.isEmpty())
        c.literal("{}");
    else
        c.bytes(e.attrs.constData(), e.attrs.size());
    // Only when a rule matched, so a consumer without rules sees the lines it always saw.
    if (!e.rules.isEmpty()) {
        c.literal(",\"rules\":[");
        for (qsizetype i = 0; i < e.rules.size(); ++i) {
            if (i > 0)
                c.put(',');
            c.string(e.rules.at(i));
        }
        c.put(']');
    }
    c.put('}');
    return c.end();
}

} // namespace

void EventJsonWriter::append(QByteArray &out, const Event &event)
{
    appendLines(out, &event, 1);
    out.chop(1);
}

void EventJsonWriter::appendLines(QByteArray &out, const Event *events, qsizetype count)
{
    for (qsizetype i = 0; i < count; ++i) {
        const qsizetype start = out.size();
        // Room for the worst case, then trimmed: resize() keeps the capacity, so a reused buffer stops allocating
        // once it has held its largest batch.
        const qsizetype bound = sizeBound(events[i]) + 1;
        if (out.capacity() < start + bound)
            out.reserve(qMax(start + bound, out.capacity() * 2));
        out.resize(start + bound);
        char *end = write(out.data() + start, events[i]);
        *end++ = '\n';
        out.resize(end - out.constData());
    }
}

} // namespace sb
