#include "sound_toggle.h"

#include "dialogs/preference_keys.h"
#include "rule_sound_player.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSettings>

namespace sb::ui {
namespace {

// Drawn in the palette's text colour: the style's stock volume icons are dark and vanish on the dark theme.
QIcon speakerIcon(const QColor &colour, bool muted)
{
    QIcon icon;
    for (const int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 16.0, size / 16.0);
        QPainterPath body;
        body.moveTo(1.5, 6);
        body.lineTo(4.5, 6);
        body.lineTo(8.5, 2.5);
        body.lineTo(8.5, 13.5);
        body.lineTo(4.5, 10);
        body.lineTo(1.5, 10);
        body.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawPath(body);
        p.setPen(QPen(colour, 1.4, Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        if (muted) {
            p.drawLine(QPointF(10.5, 5.5), QPointF(15, 10.5));
            p.drawLine(QPointF(15, 5.5), QPointF(10.5, 10.5));
        } else {
            p.drawArc(QRectF(7, 5, 5, 6), -60 * 16, 120 * 16);
            p.drawArc(QRectF(6.5, 2.5, 8.5, 11), -60 * 16, 120 * 16);
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

SoundToggle::SoundToggle(QSettings *settings, RuleSoundPlayer *player, QWidget *parent)
    : QToolButton(parent)
    , m_settings(settings)
    , m_player(player)
{
    setObjectName(QStringLiteral("soundToggle"));
    setCheckable(true);
    setAutoRaise(true);
    setFocusPolicy(Qt::NoFocus);
    reload();
    connect(this, &QToolButton::toggled, this, [this](bool muted) {
        m_settings->setValue(QLatin1String(PreferenceKeys::kSoundsEnabled), !muted);
        apply(muted);
    });
}

void SoundToggle::reload()
{
    const bool muted = !m_settings->value(QLatin1String(PreferenceKeys::kSoundsEnabled), true).toBool();
    const QSignalBlocker quiet(this);
    setChecked(muted);
    apply(muted);
}

void SoundToggle::apply(bool muted)
{
    m_player->setMuted(muted);
    updateLook();
}

void SoundToggle::updateLook()
{
    setIcon(speakerIcon(palette().color(QPalette::WindowText), isChecked()));
    setToolTip(isChecked() ? tr("Rule sounds are muted. Click to play them again.")
                           : tr("Rule sounds are on. Click to mute them."));
    setAccessibleName(isChecked() ? tr("Unmute rule sounds") : tr("Mute rule sounds"));
}

void SoundToggle::changeEvent(QEvent *event)
{
    QToolButton::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateLook();
}

} // namespace sb::ui
