#include "desk/theme.h"

#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QTest>

using namespace sb::ui;

class TestTheme : public QObject
{
    Q_OBJECT
private:
    // How far the left edge of an unfocused line edit stands out from the inside of the box.
    static int frameContrast()
    {
        QWidget window;
        auto *edit = new QLineEdit(&window);
        auto *other = new QLineEdit(&window);
        edit->setGeometry(10, 10, 200, 28);
        other->setGeometry(10, 50, 200, 28);
        window.resize(240, 100);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return -1;
        other->setFocus();
        const QImage image = edit->grab().toImage();
        const QColor inside = image.pixelColor(image.width() / 2, image.height() / 2);
        int best = 0;
        for (int x = 0; x < 3; ++x) {
            const QColor edge = image.pixelColor(x, image.height() / 2);
            best = qMax(best, qAbs(edge.lightness() - inside.lightness()));
        }
        return best;
    }

private Q_SLOTS:
    void lineEditsHaveAVisibleFrameOnTheDarkTheme()
    {
        Theme::apply(Theme::Mode::Dark);
        QVERIFY(Theme::isDark(QApplication::palette()));
        const int contrast = frameContrast();
        QVERIFY2(contrast >= 24, qPrintable(QString::number(contrast)));
    }

    void lineEditsHaveAVisibleFrameOnTheLightTheme()
    {
        Theme::apply(Theme::Mode::Light);
        const int contrast = frameContrast();
        QVERIFY2(contrast >= 24, qPrintable(QString::number(contrast)));
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
