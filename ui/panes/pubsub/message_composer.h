#pragma once

#include "panes/pubsub/message_template.h"

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sb::ui {

// The topic inspector's composer: publish to a topic, send a message to the backend, or publish through the admin
// HTTP API; message type, a payload editor that says whether the text is valid JSON (text that is not JSON is
// sent as a string only when asked), compress, wait for ack or reply; and saved templates. It only builds the
// command; the pane sends it.
class MessageComposer : public QWidget
{
    Q_OBJECT
public:
    explicit MessageComposer(QWidget *parent = nullptr);

    // The command for the current input ({"op", "topic", "messageType", "payload", "compress", "waitFor"}), or an
    // empty object with `error` set when the input cannot be sent.
    QJsonObject command(QString *error = nullptr) const;
    void setMaxPayloadBytes(int bytes);

    MessageTemplate currentTemplate(const QString &name) const;
    void applyTemplate(const MessageTemplate &t);
    void saveTemplate(const QString &name);
    const QVector<MessageTemplate> &templates() const { return m_templates; }
    void setTemplates(const QVector<MessageTemplate> &templates);

    // For tests and the pane.
    QComboBox *modeBox() const { return m_mode; }
    QLineEdit *topicEdit() const { return m_topic; }
    QLineEdit *typeEdit() const { return m_type; }
    QPlainTextEdit *payloadEdit() const { return m_payload; }
    QCheckBox *compressBox() const { return m_compress; }
    QCheckBox *asTextBox() const { return m_asText; }
    QComboBox *waitBox() const { return m_wait; }
    QPushButton *sendButton() const { return m_send; }
    QString validationText() const;

Q_SIGNALS:
    void sendRequested(const QJsonObject &command);
    void templatesChanged();

private:
    void validate();
    void refreshTemplateBox();

    QComboBox *m_mode;
    QLineEdit *m_topic;
    QLineEdit *m_type;
    QPlainTextEdit *m_payload;
    QLabel *m_validation;
    QCheckBox *m_compress;
    QCheckBox *m_asText;
    QComboBox *m_wait;
    QPushButton *m_send;
    QComboBox *m_templateBox;
    QPushButton *m_saveTemplate;
    QPushButton *m_deleteTemplate;
    QVector<MessageTemplate> m_templates;
    int m_maxPayloadBytes = 5 * 1024;
    bool m_payloadTouched = false;
};

} // namespace sb::ui
