#include "message_composer.h"

#include "widgets/plain_label.h"
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb::ui {

namespace {

// The payload as typed: JSON when it parses (any JSON value), else nullopt with the parse error.
std::optional<QJsonValue> parsePayload(const QString &text, QString *problem)
{
    // Wrapping in an array lets QJsonDocument take scalars ("hello", 42, true) as well as objects and arrays.
    QJsonParseError error;
    const QByteArray wrapped = "[" + text.toUtf8() + "]";
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1) {
        if (problem)
            *problem = error.error != QJsonParseError::NoError
                ? MessageComposer::tr("%1 at %2").arg(error.errorString()).arg(qMax(0, error.offset - 1))
                : MessageComposer::tr("one JSON value expected");
        return std::nullopt;
    }
    return doc.array().first();
}

} // namespace

MessageComposer::MessageComposer(QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_topic(new QLineEdit(this))
    , m_type(new QLineEdit(this))
    , m_payload(new QPlainTextEdit(this))
    , m_validation(plainLabel(this))
    , m_compress(new QCheckBox(tr("Compress"), this))
    , m_asText(new QCheckBox(tr("Send text as a string"), this))
    , m_wait(new QComboBox(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_templateBox(new QComboBox(this))
    , m_saveTemplate(new QPushButton(tr("Save…"), this))
    , m_deleteTemplate(new QPushButton(tr("Delete"), this))
{
    m_mode->addItem(tr("Publish to topic"), QStringLiteral("publish"));
    m_mode->addItem(tr("Send to backend"), QStringLiteral("send"));
    m_mode->addItem(tr("Publish over HTTP (admin)"), QStringLiteral("adminPublish"));
    m_wait->addItem(tr("Don't wait"), QString());
    m_wait->addItem(tr("Wait for ack"), QStringLiteral("ack"));
    m_wait->addItem(tr("Wait for reply"), QStringLiteral("reply"));
    m_topic->setPlaceholderText(tr("topic, e.g. chat"));
    m_type->setPlaceholderText(tr("messageType (default broadcast)"));
    m_payload->setPlaceholderText(tr("Payload: JSON, e.g. {\"text\": \"hello\"}"));
    m_payload->setTabChangesFocus(true);
    m_validation->setWordWrap(true);
    m_templateBox->setPlaceholderText(tr("Templates"));
    m_templateBox->setMinimumContentsLength(12);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(plainLabel(tr("Mode"), this), m_mode);
    form->addRow(plainLabel(tr("Topic"), this), m_topic);
    form->addRow(plainLabel(tr("Type"), this), m_type);
    auto *options = new QHBoxLayout;
    options->addWidget(m_compress);
    options->addWidget(m_wait);
    options->addStretch(1);
    options->addWidget(m_send);
    auto *templates = new QHBoxLayout;
    templates->addWidget(m_templateBox, 1);
    templates->addWidget(m_saveTemplate);
    templates->addWidget(m_deleteTemplate);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(templates);
    layout->addLayout(form);
    layout->addWidget(m_payload, 1);
    auto *validation = new QHBoxLayout;
    validation->addWidget(m_validation, 1);
    validation->addWidget(m_asText);
    layout->addLayout(validation);
    layout->addLayout(options);

    connect(m_payload, &QPlainTextEdit::textChanged, this, &MessageComposer::validate);
    connect(m_asText, &QCheckBox::toggled, this, &MessageComposer::validate);
    connect(m_topic, &QLineEdit::textChanged, this, &MessageComposer::validate);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        const bool send = m_mode->currentData().toString() == QLatin1String("send");
        const bool admin = m_mode->currentData().toString() == QLatin1String("adminPublish");
        m_topic->setEnabled(!send);
        m_type->setEnabled(!admin);
        m_wait->setEnabled(!admin);
        validate();
    });
    connect(m_send, &QPushButton::clicked, this, [this] {
        const QJsonObject c = command();
        if (!c.isEmpty())
            Q_EMIT sendRequested(c);
    });
    connect(m_templateBox, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_templates.size())
            applyTemplate(m_templates.at(index));
    });
    connect(m_saveTemplate, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(
            this, tr("Save template"), tr("Name"), QLineEdit::Normal, m_templateBox->currentText(), &ok);
        if (ok && !name.trimmed().isEmpty())
            saveTemplate(name.trimmed());
    });
    connect(m_deleteTemplate, &QPushButton::clicked, this, [this] {
        const int index = m_templateBox->currentIndex();
        if (index < 0 || index >= m_templates.size())
            return;
        m_templates.removeAt(index);
        refreshTemplateBox();
        Q_EMIT templatesChanged();
    });
    validate();
}

void MessageComposer::setMaxPayloadBytes(int bytes)
{
    m_maxPayloadBytes = qMax(1, bytes);
    validate();
}

QString MessageComposer::validationText() const
{
    return m_validation->text();
}

QJsonObject MessageComposer::command(QString *error) const
{
    auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return QJsonObject();
    };
    const QString mode = m_mode->currentData().toString();
    const QString text = m_payload->toPlainText();
    QString problem;
    std::optional<QJsonValue> payload = parsePayload(text, &problem);
    if (!payload) {
        if (!m_asText->isChecked())
            return fail(tr("Payload is not valid JSON (%1)").arg(problem));
        payload = QJsonValue(text);
    }
    const qsizetype bytes = payload->isString()
        ? payload->toString().toUtf8().size()
        : QJsonDocument(QJsonArray {*payload}).toJson(QJsonDocument::Compact).size() - 2;
    if (bytes > m_maxPayloadBytes)
        return fail(tr("Payload of %1 bytes exceeds the limit of %2 bytes").arg(bytes).arg(m_maxPayloadBytes));
    QJsonObject c {{QStringLiteral("op"), mode}, {QStringLiteral("payload"), *payload},
        {QStringLiteral("compress"), m_compress->isChecked()}};
    if (mode != QLatin1String("send")) {
        const QString topic = m_topic->text().trimmed();
        if (topic.isEmpty())
            return fail(tr("Topic is empty"));
        c.insert(QStringLiteral("topic"), topic);
    }
    if (mode != QLatin1String("adminPublish")) {
        if (!m_type->text().trimmed().isEmpty())
            c.insert(QStringLiteral("messageType"), m_type->text().trimmed());
        const QString wait = m_wait->currentData().toString();
        if (!wait.isEmpty())
            c.insert(QStringLiteral("waitFor"), wait);
    }
    return c;
}

void MessageComposer::validate()
{
    const QString text = m_payload->toPlainText();
    QString problem;
    const std::optional<QJsonValue> payload = text.trimmed().isEmpty() ? std::nullopt : parsePayload(text, &problem);
    if (!text.isEmpty())
        m_payloadTouched = true;
    // An empty editor is not an error until the user has typed in it: the placeholder says what to enter.
    if (text.trimmed().isEmpty())
        m_validation->setText(m_payloadTouched ? tr("Empty payload") : QString());
    else if (payload)
        m_validation->setText(tr("✓ valid JSON (%1 bytes)").arg(text.toUtf8().size()));
    else
        m_validation->setText(tr("✗ not JSON: %1").arg(problem));
    const bool problemShown = !payload && !m_validation->text().isEmpty();
    m_validation->setStyleSheet(problemShown ? QStringLiteral("color: #c0392b;") : QString());
    QString error;
    m_send->setEnabled(!command(&error).isEmpty());
    m_send->setToolTip(error);
}

MessageTemplate MessageComposer::currentTemplate(const QString &name) const
{
    MessageTemplate t;
    t.name = name;
    t.mode = m_mode->currentData().toString();
    t.topic = m_topic->text();
    t.messageType = m_type->text();
    t.payload = m_payload->toPlainText();
    t.compress = m_compress->isChecked();
    t.waitFor = m_wait->currentData().toString();
    return t;
}

void MessageComposer::applyTemplate(const MessageTemplate &t)
{
    const int mode = m_mode->findData(t.mode);
    m_mode->setCurrentIndex(mode >= 0 ? mode : 0);
    m_topic->setText(t.topic);
    m_type->setText(t.messageType);
    m_payload->setPlainText(t.payload);
    m_compress->setChecked(t.compress);
    const int wait = m_wait->findData(t.waitFor);
    m_wait->setCurrentIndex(wait >= 0 ? wait : 0);
    validate();
}

void MessageComposer::saveTemplate(const QString &name)
{
    const MessageTemplate t = currentTemplate(name);
    bool replaced = false;
    for (MessageTemplate &existing : m_templates) {
        if (existing.name == name) {
            existing = t;
            replaced = true;
        }
    }
    if (!replaced)
        m_templates.append(t);
    refreshTemplateBox();
    m_templateBox->setCurrentIndex(m_templateBox->findText(name));
    Q_EMIT templatesChanged();
}

void MessageComposer::setTemplates(const QVector<MessageTemplate> &templates)
{
    m_templates = templates;
    refreshTemplateBox();
}

void MessageComposer::refreshTemplateBox()
{
    m_templateBox->clear();
    for (const MessageTemplate &t : qAsConst(m_templates))
        m_templateBox->addItem(t.name);
    m_templateBox->setCurrentIndex(-1);
    m_deleteTemplate->setEnabled(!m_templates.isEmpty());
}

} // namespace sb::ui
