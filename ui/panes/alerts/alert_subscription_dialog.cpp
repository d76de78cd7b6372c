#include "alert_subscription_dialog.h"

#include "widgets/plain_label.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sb::ui {

AlertSubscriptionDialog::AlertSubscriptionDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_urgency(new QSpinBox(this))
    , m_codes(new QLineEdit(this))
    , m_text(new QLineEdit(this))
    , m_any(new QCheckBox(tr("Match any term instead of all of them"), this))
    , m_subscribe(nullptr)
{
    setWindowTitle(tr("News alerts subscription"));
    m_language->addItem(tr("any language"), QString());
    for (const auto &[code, name] : std::initializer_list<std::pair<const char *, const char *>> {{"en", "English"},
             {"de", "Deutsch"}, {"fr", "Français"}, {"es", "Español"}, {"ja", "日本語"}, {"zh", "中文"}})
        m_language->addItem(
            QStringLiteral("%1 (%2)").arg(QString::fromUtf8(name), QLatin1String(code)), QString::fromLatin1(code));
    m_urgency->setRange(0, 3);
    m_urgency->setSpecialValueText(tr("any urgency"));
    m_urgency->setPrefix(tr("urgency ≤ "));
    m_urgency->setToolTip(tr("1 is a flash, 3 an ordinary story"));
    m_codes->setPlaceholderText(tr("VOD.L, N2:TEL"));
    m_codes->setClearButtonEnabled(true);
    m_text->setPlaceholderText(tr("headline contains…"));
    m_text->setClearButtonEnabled(true);

    auto *intro = plainLabel(tr("The service sends only the alerts that match. Subscribing replaces this feed's "
                                "subscription; the filter box in the pane only narrows the rows already received."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(plainLabel(tr("Language"), this), m_language);
    form->addRow(plainLabel(tr("Urgency"), this), m_urgency);
    form->addRow(plainLabel(tr("RICs or news codes"), this), m_codes);
    form->addRow(plainLabel(tr("Headline text"), this), m_text);
    form->addRow(plainLabel(this), m_any);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_subscribe = buttons->addButton(tr("Subscribe"), QDialogButtonBox::AcceptRole);
    m_subscribe->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

AlertFilter AlertSubscriptionDialog::filter() const
{
    AlertFilter f;
    f.language = m_language->currentData().toString();
    f.maxUrgency = m_urgency->value();
    for (const QString &c : m_codes->text().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        f.codes << c;
    f.text = m_text->text();
    f.matchAny = m_any->isChecked();
    return f;
}

void AlertSubscriptionDialog::setFilter(const AlertFilter &filter)
{
    const int language = m_language->findData(filter.language);
    m_language->setCurrentIndex(language < 0 ? 0 : language);
    m_urgency->setValue(filter.maxUrgency);
    m_codes->setText(filter.codes.join(QStringLiteral(", ")));
    m_text->setText(filter.text);
    m_any->setChecked(filter.matchAny);
}

QString AlertSubscriptionDialog::describe(const AlertFilter &filter)
{
    if (filter.isEmpty())
        return tr("everything");
    QStringList parts;
    if (!filter.language.isEmpty())
        parts << filter.language;
    if (filter.maxUrgency)
        parts << tr("urgency ≤ %1").arg(filter.maxUrgency);
    parts += filter.codes;
    if (!filter.text.isEmpty())
        parts << QLatin1Char('"') + filter.text + QLatin1Char('"');
    return parts.join(filter.matchAny ? tr(" or ") : tr(", "));
}

} // namespace sb::ui
