#include "filter_syntax_dialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sb::ui {
namespace {

QString row(const QString &example, const QString &meaning)
{
    return QStringLiteral("<tr><td><code>%1</code></td><td>%2</td></tr>").arg(example.toHtmlEscaped(), meaning);
}

QString section(const QString &title, const QString &intro, const QStringList &rows)
{
    return QStringLiteral("<h3>%1</h3><p>%2</p><table cellspacing=\"0\" cellpadding=\"3\">%3</table>")
        .arg(title, intro, rows.join(QString()));
}

} // namespace

FilterSyntaxDialog::FilterSyntaxDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("filterSyntax"));
    setWindowTitle(tr("Filter syntax"));
    QString html = tr("<p>Every pane has a filter box: type words and <code>field:value</code> tokens separated by "
                      "spaces. All of them must hold; values of one field are alternatives. A token the filter "
                      "cannot read is named in red under the box. Escape clears the box.</p>");
    html += section(tr("News (blotter and alerts)"),
        tr("A word matches the headline or the value of one of the story's codes, in any case. The history search "
           "box next to the filter reads the same words and codes (Enter runs it)."),
        {row(QStringLiteral("MSFT.O"), tr("stories coded R:MSFT.O, or with MSFT.O in the headline")),
            row(QStringLiteral("R:VOD.L"), tr("stories with exactly this code (any code prefix: R:, N2:, G:, M:…)")),
            row(QStringLiteral("R:VOD*"), tr("stories with a code starting R:VOD (R:VOD.L, R:VODA.MI…)")),
            row(QStringLiteral("N2:COM N2:AUT"), tr("either subject")),
            row(QStringLiteral("urgency:1"), tr("flashes only; urgency:1-2 for a range")),
            row(QStringLiteral("lang:en"), tr("English stories")),
            row(QStringLiteral("type:story"), tr("stories, not analytics or sentiment")),
            row(QStringLiteral("provider:RTRS"), tr("one provider")),
            row(QStringLiteral("\"rate cut\""), tr("a phrase, in the headline")),
            row(QStringLiteral("oil OR gas"), tr("history search only: either word; krem* for a prefix"))});
    html += section(tr("Door incidents"),
        tr("A word matches anywhere in the row; a field restricts it to one column. The list above the table shows "
           "entries, incidents or both."),
        {row(QStringLiteral("severity:critical,high"), tr("critical or high incidents")),
            row(QStringLiteral("severity:high+"), tr("high and above")),
            row(QStringLiteral("urgency:1-2"), tr("urgency 1 or 2")),
            row(QStringLiteral("door:server"), tr("doors whose name contains server")),
            row(QStringLiteral("site:… user:… event:forced_door"),
                tr("by site, user or event (an underscore stands for a space)"))});
    html += section(tr("Hotel events"), tr("A word matches anywhere in the row; a field restricts it to one column."),
        {row(QStringLiteral("hotel:…"), tr("one hotel, by its code")),
            row(QStringLiteral("module:FrontDesk"), tr("one business module")),
            row(QStringLiteral("event:cancel"), tr("event names containing cancel")),
            row(QStringLiteral("key:…"), tr("by the record's key"))});
    html += section(tr("Topic inspector"), tr("A word matches the topic, type, title or body of a message."),
        {row(QStringLiteral("topic:orders"), tr("topics starting with orders")),
            row(QStringLiteral("type:price"), tr("message types starting with price")),
            row(QStringLiteral("dir:in"), tr("received messages; dir:out for the ones you sent"))});
    html += tr("<p>Negation (<code>-word</code>) is not supported: a leading minus is part of the word.</p>");
    m_browser->setHtml(html);
    m_browser->setOpenLinks(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(620, 560);
}

FilterSyntaxDialog *FilterSyntaxDialog::showFor(QWidget *window)
{
    auto *dialog = window->findChild<FilterSyntaxDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog)
        dialog = new FilterSyntaxDialog(window);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

QString FilterSyntaxDialog::text() const
{
    return m_browser->toPlainText();
}

} // namespace sb::ui
