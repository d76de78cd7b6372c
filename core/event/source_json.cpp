#include "source_json.h"

#include "event_tags.h"
#include "json_writer.h"

#include <cstring>

namespace sb {
namespace {

// The scanners trust their input: every caller hands them JSON a parser has already accepted.
qsizetype skipSpace(const char *p, qsizetype i, qsizetype n)
{
    while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\n' || p[i] == '\r'))
        ++i;
    return i;
}

qsizetype skipString(const char *p, qsizetype i, qsizetype n)
{
    ++i; // the opening quote
    while (i < n) {
        const void *quote = std::memchr(p + i, '"', std::size_t(n - i));
        if (!quote)
            return n;
        qsizetype q = static_cast<const char *>(quote) - p;
        qsizetype backslashes = 0;
        while (q - 1 - backslashes >= i && p[q - 1 - backslashes] == '\\')
            ++backslashes;
        if (backslashes % 2 == 0)
            return q + 1;
        i = q + 1;
    }
    return n;
}

qsizetype skipValue(const char *p, qsizetype i, qsizetype n)
{
    if (i >= n)
        return n;
    if (p[i] == '"')
        return skipString(p, i, n);
    if (p[i] == '{' || p[i] == '[') {
        int depth = 0;
        while (i < n) {
            const char c = p[i];
            if (c == '"') {
                i = skipString(p, i, n);
                continue;
            }
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return i + 1;
            ++i;
        }
        return n;
    }
    while (i < n && !std::strchr(",}] \t\r\n", p[i]))
        ++i;
    return i;
}

// Moves `i` past the value at `i` and the comma after it, to the next member or element; false when no comma follows
// (the end of the object or array).
bool skipToNextItem(const char *p, qsizetype &i, qsizetype n)
{
    i = skipSpace(p, skipValue(p, i, n), n);
    if (i >= n || p[i] != ',')
        return false;
    i = skipSpace(p, i + 1, n);
    return true;
}

// Moves `i` to the value of member `key` of the object at `i`; false when there is none.
bool enterMember(const char *p, qsizetype &i, qsizetype n, QByteArrayView key)
{
    i = skipSpace(p, i + 1, n);
    while (i < n && p[i] == '"') {
        const qsizetype keyEnd = skipString(p, i, n);
        const QByteArrayView name(p + i + 1, keyEnd - i - 2);
        i = skipSpace(p, keyEnd, n);
        if (i >= n || p[i] != ':')
            return false;
        i = skipSpace(p, i + 1, n);
        if (name == key)
            return true;
        if (!skipToNextItem(p, i, n))
            return false;
    }
    return false;
}

bool enterElement(const char *p, qsizetype &i, qsizetype n, QByteArrayView index)
{
    bool ok = false;
    const int wanted = index.toInt(&ok);
    if (!ok || wanted < 0)
        return false;
    i = skipSpace(p, i + 1, n);
    for (int at = 0; i < n && p[i] != ']'; ++at) {
        if (at == wanted)
            return true;
        if (!skipToNextItem(p, i, n))
            return false;
    }
    return false;
}

} // namespace

QByteArrayList SourceJson::bodyPointers(const QString &kind)
{
    if (kind.startsWith(QLatin1String("news.")))
        return {QByteArrayLiteral("/story/body")};
    if (kind.startsWith(QLatin1String("alert.")))
        // NewsML-G2 keeps the text in "$", inside a one-element array or not.
        return {QByteArrayLiteral("/alert/payload/newsMessage/itemSet/newsItem/0/contentSet/inlineData/0/$"),
            QByteArrayLiteral("/alert/payload/newsMessage/itemSet/newsItem/0/contentSet/inlineData/$")};
    return {};
}

QByteArray SourceJson::tagsPointer(const QString &kind)
{
    return kind.startsWith(QLatin1String("news.")) ? QByteArrayLiteral("/story/subjects") : QByteArray();
}

bool SourceJson::emptyArray(QByteArray &json, QByteArrayView pointer)
{
    const Span s = locate(json, pointer);
    if (!s.found() || json[s.begin] != '[')
        return false;
    json.replace(s.begin, s.end - s.begin, "[]");
    return true;
}

SourceJson::Span SourceJson::locate(QByteArrayView json, QByteArrayView pointer)
{
    const char *p = json.data();
    const qsizetype n = json.size();
    qsizetype i = skipSpace(p, 0, n);
    qsizetype at = pointer.startsWith('/') ? 1 : 0;
    while (at > 0 && at <= pointer.size()) {
        qsizetype next = pointer.indexOf('/', at);
        if (next < 0)
            next = pointer.size();
        const QByteArrayView token = pointer.sliced(at, next - at);
        if (i >= n)
            return {};
        if (p[i] == '{') {
            if (!enterMember(p, i, n, token))
                return {};
        } else if (p[i] == '[') {
            if (!enterElement(p, i, n, token))
                return {};
        } else {
            return {};
        }
        at = next + 1;
    }
    if (i >= n)
        return {};
    return {i, skipValue(p, i, n)};
}

bool SourceJson::appendWithoutString(QByteArray &out, QByteArrayView json, QByteArrayView pointer)
{
    const Span s = locate(json, pointer);
    if (!s.found() || json[s.begin] != '"') {
        out.append(json);
        return false;
    }
    out.append(json.first(s.begin));
    out.append("\"\"");
    out.append(json.sliced(s.end));
    return true;
}

QByteArray SourceJson::restoredAttrs(const Event &event)
{
    QByteArray out = event.attrs;
    const QByteArray tagsAt = tagsPointer(event.kind);
    const qsizetype codes = tags::codeCount(event);
    if (!tagsAt.isEmpty() && codes > 0) {
        const Span s = locate(out, tagsAt);
        if (s.found() && s.end - s.begin == 2 && out[s.begin] == '[') {
            QByteArray list;
            JsonWriter(list).stringArray(codes == event.tags.size() ? event.tags : event.tags.first(codes));
            out.replace(s.begin, 2, list);
        }
    }
    if (event.body.isEmpty())
        return out;
    Span s;
    for (const QByteArray &pointer : bodyPointers(event.kind)) {
        s = locate(out, pointer);
        if (s.found())
            break;
    }
    if (!s.found() || s.end - s.begin != 2 || out[s.begin] != '"')
        return out;
    QByteArray text;
    text.reserve(event.body.size() + event.body.size() / 8 + 2);
    JsonWriter::appendEscaped(text, event.body.constData(), event.body.size());
    out.insert(s.begin + 1, text);
    return out;
}

} // namespace sb
