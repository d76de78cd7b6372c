#include "json_tree_filler.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTreeWidget>

namespace sb::ui {

namespace {

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return QStringLiteral("[%1]").arg(v.toArray().size());
    case QJsonValue::Object:
        return QStringLiteral("{%1}").arg(v.toObject().size());
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

} // namespace

void JsonTreeFiller::fill(QTreeWidget *tree, const QJsonValue &value, int maxItems)
{
    tree->clear();
    int budget = maxItems;
    auto *root = new QTreeWidgetItem(tree, {QStringLiteral("data"), scalarText(value), typeName(value)});
    if (value.isObject() || value.isArray()) {
        if (value.isObject()) {
            const QJsonObject o = value.toObject();
            for (auto it = o.begin(); it != o.end() && budget > 0; ++it)
                add(root, it.key(), it.value(), budget);
        } else {
            const QJsonArray a = value.toArray();
            for (int i = 0; i < a.size() && budget > 0; ++i)
                add(root, QString::number(i), a.at(i), budget);
        }
    }
    tree->expandToDepth(2);
}

void JsonTreeFiller::add(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value, int &budget)
{
    if (--budget < 0)
        return;
    auto *item = new QTreeWidgetItem(parent, {key, scalarText(value), typeName(value)});
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end() && budget > 0; ++it)
            add(item, it.key(), it.value(), budget);
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (int i = 0; i < a.size() && budget > 0; ++i)
            add(item, QString::number(i), a.at(i), budget);
    }
}

} // namespace sb::ui
