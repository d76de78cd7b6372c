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
    QString html = tr("<p>Every filter box, the history search and <code>switchboard-cli listen|replay --filter</code> "
                      "read one language. Tokens are separated by spaces; double quotes group a phrase or a value "
                      "with spaces. A word (or phrase) must appear in the title, in any case. <code>feed:</code>, "
                      "<code>kind:</code> (<code>kind:news</code> also matches <code>news.story</code>), "
                      "<code>urgency:N</code> or <code>urgency:N-M</code>, and any other <code>prefix:value</code> "
                      "names a tag of the event (<code>value*</code> for a prefix). Tokens of one field are "
                      "alternatives; different fields, and every word, must all hold. <code>-token</code> must not "
                      "hold. A malformed token is named in red under the box and the filter waits for a fix. Escape "
                      "clears the box.</p>"
                      "<p>In the boxes and the CLI a bare word (not a quoted phrase) also matches a tag's value: "
                      "<code>MSFT.O</code> finds events tagged <code>R:MSFT.O</code>, as <code>R:MSFT.O</code> "
                      "does. Rules use the strict language, where a word is the title only. A pane counts its columns "
                      "as tags (site, door, language…), so the same query works before every feed tags its events. "
                      "History search finds a word where the title or the story has it as a whole word.</p>");
    html += section(tr("News (blotter and alerts)"),
        tr("Codes keep their prefixes (R:, N2:, G:, M:, P:…); the history search box next to the filter reads "
           "the same language (Enter runs it)."),
        {row(QStringLiteral("MSFT.O"), tr("stories coded R:MSFT.O, or with MSFT.O in the headline")),
            row(QStringLiteral("R:VOD.L"), tr("stories with exactly this code")),
            row(QStringLiteral("R:VOD*"), tr("stories with a code starting R:VOD (R:VOD.L, R:VODA.MI…)")),
            row(QStringLiteral("N2:COM N2:AUT"), tr("either subject")),
            row(QStringLiteral("urgency:1"), tr("flashes only; urgency:1-2 for a range")),
            row(QStringLiteral("lang:en"), tr("English stories")),
            row(QStringLiteral("kind:news.story"), tr("stories, not analytics or sentiment")),
            row(QStringLiteral("provider:RTRS"), tr("one provider")),
            row(QStringLiteral("\"rate cut\""), tr("a phrase, in the headline")),
            row(QStringLiteral("oil -R:VOD*"), tr("oil in the headline, no Vodafone code"))});
    html += section(tr("Door incidents"),
        tr("Site, door, user, event and severity count as tags. The list above the table shows entries, incidents "
           "or both. An incident's urgency is its severity's rank: critical 1, high 2, medium 3, low 4."),
        {row(QStringLiteral("urgency:1-2"), tr("high and above")),
            row(QStringLiteral("severity:critical severity:high"), tr("critical or high incidents")),
            row(QStringLiteral("door:\"Server room\""), tr("one door; door:Server* for doors starting so")),
            row(QStringLiteral("site:… user:… event:door_left_open"), tr("by site, user or event (name or code)"))});
    html += section(tr("Hotel events"), tr("Hotel, module, event, room, guest, key and changed count as tags."),
        {row(QStringLiteral("hotel:…"), tr("one hotel, by its code")),
            row(QStringLiteral("module:FrontDesk"), tr("one business module")),
            row(QStringLiteral("event:cancel*"), tr("event names starting with cancel")),
            row(QStringLiteral("room:101 room:205"), tr("either room"))});
    html += section(tr("Topic inspector"), tr("The message's topic, type and direction count as tags."),
        {row(QStringLiteral("topic:orders*"), tr("topics starting with orders")),
            row(QStringLiteral("type:price"), tr("one message type")),
            row(QStringLiteral("dir:in"), tr("received messages; dir:out for the ones you sent"))});
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
