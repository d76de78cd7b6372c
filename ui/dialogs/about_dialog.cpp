#include "about_dialog.h"

#include "config/library_versions.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QTextDocument>
#include <QVBoxLayout>

namespace sb::ui {

AboutDialog::AboutDialog(const Paths &paths, QWidget *parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Switchboard"));
    const LibraryVersions versions = LibraryVersions::running();
    const QString none = tr("none");
    auto row = [](const QString &name, const QString &value) {
        return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
            .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = tr("<p><b>Switchboard</b> %1<br>A real-time news and events terminal.</p>")
                       .arg(QCoreApplication::applicationVersion().toHtmlEscaped());
    html += QStringLiteral("<table>");
    html += row(tr("Qt"), versions.qt);
    html += row(tr("OpenSSL"), versions.openssl);
    html += row(tr("SQLite"), versions.sqlite);
    html += row(tr("zlib"), versions.zlib);
    html += row(tr("libdeflate"), versions.libdeflate);
    html += row(tr("simdjson"), versions.simdjson);
    html += row(tr("History"), paths.history.isEmpty() ? none : paths.history);
    html += row(tr("Settings"), paths.settings.isEmpty() ? none : paths.settings);
    html += row(tr("Configuration"), paths.config.isEmpty() ? tr("none (demo)") : paths.config);
    html += QStringLiteral("</table>");
    html += tr("<p><b>Licences</b> of the components the installers bundle:</p>");
    html += QStringLiteral("<table>");
    int count = 0;
    const BundledComponent *components = bundledComponents(&count);
    for (int i = 0; i < count; ++i)
        html += QStringLiteral("<tr><td style=\"padding-right:12px\">%1</td><td><a href=\"%3\">%2</a></td></tr>")
                    .arg(QString::fromLatin1(components[i].name), QString::fromLatin1(components[i].licence),
                        QString::fromLatin1(components[i].url));
    html += QStringLiteral("</table>");
    m_text->setTextFormat(Qt::RichText);
    m_text->setOpenExternalLinks(true);
    m_text->setText(html);
    // Paths are for copying into a file manager or a bug report.
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
}

QString AboutDialog::text() const
{
    QTextDocument document;
    document.setHtml(m_text->text());
    return document.toPlainText();
}

} // namespace sb::ui
