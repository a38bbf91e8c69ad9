// SPDX-License-Identifier: GPL-3.0-or-later
// The theme setting: System keeps the platform's palette, Light and Dark set
// an explicit one, at start and live when Settings change it; self-coloured
// widgets (charts, inline error text) follow.
#include "MainWindow.h"
#include "MapSecretStore.h"

#include "curves/MetricChart.h"
#include "profiles/ErrorLabel.h"
#include "profiles/ProfileStore.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "theme/Theme.h"

#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void appliedAtStart();
    void switchedLiveFromSettings();

private:
    static int windowLightness() { return QApplication::palette().color(QPalette::Window).lightness(); }

    QTemporaryDir m_dir;
    int m_systemLightness = 0;
    QString m_systemStyle;
};

void TestTheme::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(u"config"_s)));
    m_systemLightness = windowLightness();
    m_systemStyle = QApplication::style()->name();
    // The platform palette here is a light one; the test needs a visible difference.
    QVERIFY(m_systemLightness > 150);
}

void TestTheme::cleanup()
{
    Theme::apply(ThemePreference::FollowSystem);
}

void TestTheme::appliedAtStart()
{
    AppSettings settings(m_dir.filePath(u"start.ini"_s));
    settings.setTheme(ThemePreference::Dark);
    ProfileStore store(m_dir.filePath(u"start-profiles.json"_s));
    MapSecretStore secrets;
    MainWindow window(&store, &secrets, &settings);
    QCOMPARE(Theme::current(), ThemePreference::Dark);
    QVERIFY2(windowLightness() < 80, qPrintable(QString::number(windowLightness())));
    QVERIFY(Theme::isDark(window.palette()));
    QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
}

void TestTheme::switchedLiveFromSettings()
{
    AppSettings settings(m_dir.filePath(u"live.ini"_s));
    ProfileStore store(m_dir.filePath(u"live-profiles.json"_s));
    MapSecretStore secrets;
    MainWindow window(&store, &secrets, &settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(Theme::current(), ThemePreference::FollowSystem);
    QCOMPARE(windowLightness(), m_systemLightness);

    MetricChart chart(u"critic/score/mean"_s);
    chart.setRuns({{u"run"_s, {QPointF(1, 0.1), QPointF(2, 0.3)}}});
    chart.show();
    ErrorLabel error(nullptr);
    error.setMessage(u"Port is not a number."_s);
    const QColor lightChartBackground = chart.chart()->backgroundBrush().color();
    const QColor lightErrorColour = error.palette().color(QPalette::WindowText);
    QVERIFY(lightChartBackground.lightness() > 150);

    // Settings > Theme > Dark, OK: everything turns dark without a restart.
    window.showSettings();
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<SettingsDialog *>()) && dialog->isVisible());
    auto *themes = dialog->findChild<QComboBox *>(u"themeComboBox"_s);
    QVERIFY(themes);
    themes->setCurrentIndex(themes->findData(int(ThemePreference::Dark)));
    dialog->findChild<QDialogButtonBox *>(u"settingsButtonBox"_s)->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(settings.theme(), ThemePreference::Dark);
    QTRY_VERIFY2(windowLightness() < 80, qPrintable(QString::number(windowLightness())));
    QVERIFY(Theme::isDark(window.palette()));

    // The chart's background and text follow the palette.
    QTRY_COMPARE(chart.chart()->backgroundBrush().color(), chart.palette().color(QPalette::Base));
    QVERIFY(chart.chart()->backgroundBrush().color().lightness() < 80);
    QVERIFY(chart.chart()->titleBrush().color().lightness() > 150);
    QCOMPARE(chart.chart()->theme(), QChart::ChartThemeDark);
    // Inline errors switch to a shade that reads on dark.
    QTRY_COMPARE(error.palette().color(QPalette::WindowText), Theme::errorColor(error.palette()));
    QVERIFY(error.palette().color(QPalette::WindowText) != lightErrorColour);
    QVERIFY(error.palette().color(QPalette::WindowText).lightness() > 120);

    // Light: explicit and light; System: the platform's palette and style again.
    settings.setTheme(ThemePreference::Light);
    QTRY_VERIFY(windowLightness() > 200);
    QTRY_VERIFY(chart.chart()->backgroundBrush().color().lightness() > 200);
    settings.setTheme(ThemePreference::FollowSystem);
    QTRY_COMPARE(windowLightness(), m_systemLightness);
    QCOMPARE(QApplication::style()->name(), m_systemStyle);
    QTRY_COMPARE(error.palette().color(QPalette::WindowText), lightErrorColour);
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
