#pragma once

#include "feeds/alerts/alert_filter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace sb::ui {

// Edits the filter of a news-alerts subscription (language, urgency, RICs or news codes, headline text, all/any).
// Kept out of the pane so the pane's only boxes are the ones that act on rows already received; accepting it
// replaces the feed's subscription on the service.
class AlertSubscriptionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AlertSubscriptionDialog(QWidget *parent = nullptr);

    AlertFilter filter() const;
    void setFilter(const AlertFilter &filter);
    // "en, urgency ≤ 1, VOD.L" for the pane's summary line and the subscriptions menu.
    static QString describe(const AlertFilter &filter);

    // For tests.
    QComboBox *languageBox() const { return m_language; }
    QSpinBox *urgencyBox() const { return m_urgency; }
    QLineEdit *codesEdit() const { return m_codes; }
    QLineEdit *textEdit() const { return m_text; }
    QCheckBox *anyBox() const { return m_any; }
    QPushButton *subscribeButton() const { return m_subscribe; }

private:
    QComboBox *m_language;
    QSpinBox *m_urgency;
    QLineEdit *m_codes;
    QLineEdit *m_text;
    QCheckBox *m_any;
    QPushButton *m_subscribe;
};

} // namespace sb::ui
