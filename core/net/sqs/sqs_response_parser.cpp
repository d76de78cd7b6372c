#include "sqs_response_parser.h"

#include "event/fail_with.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

namespace sb {
namespace {

constexpr qsizetype kMaxSmallAnswer = 1024 * 1024;

enum class Shape { Json, Xml, Unknown };

Shape shapeOf(const QByteArray &body)
{
    for (const char c : body) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        return c == '{' ? Shape::Json : (c == '<' ? Shape::Xml : Shape::Unknown);
    }
    return Shape::Unknown;
}

bool jsonObject(const QByteArray &body, QJsonObject &out, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return failWith(error, QStringLiteral("malformed JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString()));
    if (!doc.isObject())
        return failWith(error, QStringLiteral("JSON answer is not an object"));
    out = doc.object();
    return true;
}

// An answer read whole (a batch result, a send): its shape, with a JSON one's object in `json`; Unknown, with `error`
// set, when it is too large, neither JSON nor XML, or JSON that is not an object.
Shape smallAnswer(const QByteArray &body, QJsonObject &json, QString *error)
{
    if (body.size() > kMaxSmallAnswer) {
        failWith(error, QStringLiteral("answer of %1 bytes is too large").arg(body.size()));
        return Shape::Unknown;
    }
    const Shape shape = shapeOf(body);
    if (shape == Shape::Unknown)
        failWith(error, QStringLiteral("answer is neither JSON nor XML"));
    else if (shape == Shape::Json && !jsonObject(body, json, error))
        return Shape::Unknown;
    return shape;
}

bool finishMessage(SqsMessage &m, QVector<SqsMessage> &messages, int &skipped, QString *error)
{
    if (m.messageId.isEmpty() || m.receiptHandle.isEmpty()) {
        ++skipped;
        return true;
    }
    if (messages.size() >= SqsResponseParser::kMaxMessages)
        return failWith(
            error, QStringLiteral("more than %1 messages in one answer").arg(SqsResponseParser::kMaxMessages));
    messages.append(std::move(m));
    return true;
}

bool parseReceiveJson(const QByteArray &body, QVector<SqsMessage> &messages, int &skipped, QString *error)
{
    QJsonObject o;
    if (!jsonObject(body, o, error))
        return false;
    const QJsonValue list = o.value(QStringLiteral("Messages"));
    if (list.isUndefined() || list.isNull())
        return true; // no messages: the key is absent
    if (!list.isArray())
        return failWith(error, QStringLiteral("Messages is not an array"));
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject mo = v.toObject();
        SqsMessage m;
        m.messageId = mo.value(QStringLiteral("MessageId")).toString();
        m.receiptHandle = mo.value(QStringLiteral("ReceiptHandle")).toString();
        m.body = mo.value(QStringLiteral("Body")).toString().toUtf8();
        m.md5OfBody = mo.value(QStringLiteral("MD5OfBody")).toString();
        const QJsonObject attrs = mo.value(QStringLiteral("Attributes")).toObject();
        for (auto it = attrs.begin(); it != attrs.end(); ++it)
            m.attributes.insert(it.key(), it.value().toString());
        if (!finishMessage(m, messages, skipped, error))
            return false;
    }
    return true;
}

bool xmlError(const QXmlStreamReader &xml, QString *error)
{
    return failWith(error, QStringLiteral("malformed XML at line %1: %2").arg(xml.lineNumber()).arg(xml.errorString()));
}

bool parseReceiveXml(const QByteArray &body, QVector<SqsMessage> &messages, int &skipped, QString *error)
{
    QXmlStreamReader xml(body);
    bool sawRoot = false;
    bool inMessage = false;
    SqsMessage m;
    QString attrName;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (!sawRoot) {
                if (name != QLatin1String("ReceiveMessageResponse"))
                    return failWith(error, QStringLiteral("unexpected XML root <%1>").arg(name.toString()));
                sawRoot = true;
            } else if (name == QLatin1String("Message")) {
                inMessage = true;
                m = SqsMessage();
            } else if (inMessage && name == QLatin1String("MessageId")) {
                m.messageId = xml.readElementText();
            } else if (inMessage && name == QLatin1String("ReceiptHandle")) {
                m.receiptHandle = xml.readElementText();
            } else if (inMessage && name == QLatin1String("Body")) {
                m.body = xml.readElementText().toUtf8();
            } else if (inMessage && name == QLatin1String("MD5OfBody")) {
                m.md5OfBody = xml.readElementText();
            } else if (inMessage && name == QLatin1String("Name")) {
                attrName = xml.readElementText();
            } else if (inMessage && name == QLatin1String("Value") && !attrName.isEmpty()) {
                m.attributes.insert(attrName, xml.readElementText());
                attrName.clear();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("Message") && inMessage) {
            inMessage = false;
            if (!finishMessage(m, messages, skipped, error))
                return false;
        }
    }
    if (xml.hasError())
        return xmlError(xml, error);
    return sawRoot || failWith(error, QStringLiteral("empty XML answer"));
}

} // namespace

bool SqsResponseParser::parseReceive(
    const QByteArray &body, QVector<SqsMessage> &messages, QString *error, int *skipped, qsizetype maxBytes)
{
    messages.clear();
    int skippedCount = 0;
    if (body.size() > maxBytes)
        return failWith(
            error, QStringLiteral("answer of %1 bytes exceeds the limit of %2").arg(body.size()).arg(maxBytes));
    bool ok = false;
    switch (shapeOf(body)) {
    case Shape::Json:
        ok = parseReceiveJson(body, messages, skippedCount, error);
        break;
    case Shape::Xml:
        ok = parseReceiveXml(body, messages, skippedCount, error);
        break;
    case Shape::Unknown:
        ok = failWith(error, QStringLiteral("answer is neither JSON nor XML"));
        break;
    }
    if (!ok)
        messages.clear();
    if (skipped)
        *skipped = skippedCount;
    return ok;
}

bool SqsResponseParser::parseDeleteBatch(const QByteArray &body, DeleteBatch &result, QString *error)
{
    return parseBatch(body, "DeleteMessageBatch", result, error);
}

bool SqsResponseParser::parseChangeVisibilityBatch(const QByteArray &body, VisibilityBatch &result, QString *error)
{
    return parseBatch(body, "ChangeMessageVisibilityBatch", result, error);
}

bool SqsResponseParser::parseBatch(const QByteArray &body, const char *action, BatchResult &result, QString *error)
{
    result = BatchResult();
    QJsonObject o;
    const Shape shape = smallAnswer(body, o, error);
    if (shape == Shape::Unknown)
        return false;
    if (shape == Shape::Json) {
        for (const QJsonValue &v : o.value(QStringLiteral("Successful")).toArray())
            result.successfulIds.append(v.toObject().value(QStringLiteral("Id")).toString());
        for (const QJsonValue &v : o.value(QStringLiteral("Failed")).toArray()) {
            const QJsonObject f = v.toObject();
            result.failed.append({f.value(QStringLiteral("Id")).toString(), f.value(QStringLiteral("Code")).toString(),
                f.value(QStringLiteral("Message")).toString(), f.value(QStringLiteral("SenderFault")).toBool(true)});
        }
        return true;
    }
    // <ActionResponse><ActionResult><ActionResultEntry><Id/>…
    // <BatchResultErrorEntry><Id/><Code/><Message/><SenderFault/></BatchResultErrorEntry>
    const QString root = QLatin1String(action) + QLatin1String("Response");
    const QString okEntry = QLatin1String(action) + QLatin1String("ResultEntry");
    QXmlStreamReader xml(body);
    bool sawRoot = false;
    enum class Entry { None, Ok, Failed } entry = Entry::None;
    BatchFailure failure;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (!sawRoot) {
                if (name != root)
                    return failWith(error, QStringLiteral("unexpected XML root <%1>").arg(name.toString()));
                sawRoot = true;
            } else if (name == okEntry) {
                entry = Entry::Ok;
            } else if (name == QLatin1String("BatchResultErrorEntry")) {
                entry = Entry::Failed;
                failure = BatchFailure();
            } else if (name == QLatin1String("Id") && entry == Entry::Ok) {
                result.successfulIds.append(xml.readElementText());
            } else if (name == QLatin1String("Id") && entry == Entry::Failed) {
                failure.id = xml.readElementText();
            } else if (name == QLatin1String("Code") && entry == Entry::Failed) {
                failure.code = xml.readElementText();
            } else if (name == QLatin1String("Message") && entry == Entry::Failed) {
                failure.message = xml.readElementText();
            } else if (name == QLatin1String("SenderFault") && entry == Entry::Failed) {
                failure.senderFault = xml.readElementText().trimmed() != QLatin1String("false");
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("BatchResultErrorEntry") && entry == Entry::Failed)
                result.failed.append(failure);
            if (xml.name() == QLatin1String("BatchResultErrorEntry") || xml.name() == okEntry)
                entry = Entry::None;
        }
    }
    if (xml.hasError())
        return xmlError(xml, error);
    return sawRoot || failWith(error, QStringLiteral("empty XML answer"));
}

bool SqsResponseParser::parseSend(const QByteArray &body, QString &messageId, QString &md5OfBody, QString *error)
{
    QJsonObject o;
    const Shape shape = smallAnswer(body, o, error);
    if (shape == Shape::Unknown)
        return false;
    if (shape == Shape::Json) {
        messageId = o.value(QStringLiteral("MessageId")).toString();
        md5OfBody = o.value(QStringLiteral("MD5OfMessageBody")).toString();
    } else {
        QXmlStreamReader xml(body);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("MessageId"))
                messageId = xml.readElementText();
            else if (xml.isStartElement() && xml.name() == QLatin1String("MD5OfMessageBody"))
                md5OfBody = xml.readElementText();
        }
        if (xml.hasError())
            return xmlError(xml, error);
    }
    return !messageId.isEmpty() || failWith(error, QStringLiteral("SendMessage answer without MessageId"));
}

} // namespace sb
