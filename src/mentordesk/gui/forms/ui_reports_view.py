# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_view.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableView, QToolButton, QVBoxLayout, QWidget)

class Ui_ReportsView(object):
    def setupUi(self, ReportsView):
        if not ReportsView.objectName():
            ReportsView.setObjectName(u"ReportsView")
        ReportsView.resize(1200, 760)
        self.mainLayout = QVBoxLayout(ReportsView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.periodLabel = QLabel(ReportsView)
        self.periodLabel.setObjectName(u"periodLabel")

        self.toolbarLayout.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(ReportsView)
        self.periodCombo.setObjectName(u"periodCombo")

        self.toolbarLayout.addWidget(self.periodCombo)

        self.fromLabel = QLabel(ReportsView)
        self.fromLabel.setObjectName(u"fromLabel")

        self.toolbarLayout.addWidget(self.fromLabel)

        self.fromDate = QDateEdit(ReportsView)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.toolbarLayout.addWidget(self.fromDate)

        self.toLabel = QLabel(ReportsView)
        self.toLabel.setObjectName(u"toLabel")

        self.toolbarLayout.addWidget(self.toLabel)

        self.toDate = QDateEdit(ReportsView)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.toolbarLayout.addWidget(self.toDate)

        self.periodError = QLabel(ReportsView)
        self.periodError.setObjectName(u"periodError")
        self.periodError.setStyleSheet(u"color: #b00020;")

        self.toolbarLayout.addWidget(self.periodError)

        self.toolbarSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.exportButton = QToolButton(ReportsView)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.exportButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.toolbarLayout.addWidget(self.exportButton)

        self.rolloverButton = QPushButton(ReportsView)
        self.rolloverButton.setObjectName(u"rolloverButton")

        self.toolbarLayout.addWidget(self.rolloverButton)


        self.mainLayout.addLayout(self.toolbarLayout)

        self.titleLabel = QLabel(ReportsView)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 15px; font-weight: 600;")
        self.titleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.titleLabel)

        self.cardsArea = QWidget(ReportsView)
        self.cardsArea.setObjectName(u"cardsArea")

        self.mainLayout.addWidget(self.cardsArea)

        self.tabs = QTabWidget(ReportsView)
        self.tabs.setObjectName(u"tabs")
        self.chartsTab = QWidget()
        self.chartsTab.setObjectName(u"chartsTab")
        self.chartsLayout = QGridLayout(self.chartsTab)
        self.chartsLayout.setSpacing(4)
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.chartsLayout.setContentsMargins(2, 2, 2, 2)
        self.tabs.addTab(self.chartsTab, "")
        self.riskTab = QWidget()
        self.riskTab.setObjectName(u"riskTab")
        self.riskLayout = QVBoxLayout(self.riskTab)
        self.riskLayout.setObjectName(u"riskLayout")
        self.riskHint = QLabel(self.riskTab)
        self.riskHint.setObjectName(u"riskHint")
        self.riskHint.setWordWrap(True)

        self.riskLayout.addWidget(self.riskHint)

        self.riskTable = QTableView(self.riskTab)
        self.riskTable.setObjectName(u"riskTable")
        self.riskTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.riskTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.riskTable.setSortingEnabled(True)
        self.riskTable.setWordWrap(True)

        self.riskLayout.addWidget(self.riskTable)

        self.tabs.addTab(self.riskTab, "")
        self.measuresTab = QWidget()
        self.measuresTab.setObjectName(u"measuresTab")
        self.measuresLayout = QVBoxLayout(self.measuresTab)
        self.measuresLayout.setObjectName(u"measuresLayout")
        self.measuresTable = QTableView(self.measuresTab)
        self.measuresTable.setObjectName(u"measuresTable")
        self.measuresTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.measuresTable.setSortingEnabled(False)

        self.measuresLayout.addWidget(self.measuresTable)

        self.tabs.addTab(self.measuresTab, "")
        self.yoyTab = QWidget()
        self.yoyTab.setObjectName(u"yoyTab")
        self.yoyLayout = QVBoxLayout(self.yoyTab)
        self.yoyLayout.setObjectName(u"yoyLayout")
        self.yoyBar = QHBoxLayout()
        self.yoyBar.setObjectName(u"yoyBar")
        self.compareLabel = QLabel(self.yoyTab)
        self.compareLabel.setObjectName(u"compareLabel")

        self.yoyBar.addWidget(self.compareLabel)

        self.compareCombo = QComboBox(self.yoyTab)
        self.compareCombo.setObjectName(u"compareCombo")
        self.compareCombo.setMinimumSize(QSize(220, 0))

        self.yoyBar.addWidget(self.compareCombo)

        self.compareInfo = QLabel(self.yoyTab)
        self.compareInfo.setObjectName(u"compareInfo")
        self.compareInfo.setWordWrap(True)

        self.yoyBar.addWidget(self.compareInfo)

        self.yoySpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yoyBar.addItem(self.yoySpacer)


        self.yoyLayout.addLayout(self.yoyBar)

        self.yoyBody = QHBoxLayout()
        self.yoyBody.setObjectName(u"yoyBody")
        self.yoyTable = QTableView(self.yoyTab)
        self.yoyTable.setObjectName(u"yoyTable")
        self.yoyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.yoyBody.addWidget(self.yoyTable)

        self.yoyChartArea = QWidget(self.yoyTab)
        self.yoyChartArea.setObjectName(u"yoyChartArea")

        self.yoyBody.addWidget(self.yoyChartArea)


        self.yoyLayout.addLayout(self.yoyBody)

        self.tabs.addTab(self.yoyTab, "")

        self.mainLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodCombo)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
        self.compareLabel.setBuddy(self.compareCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportsView)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, ReportsView):
        self.periodLabel.setText(QCoreApplication.translate("ReportsView", u"&Period:", None))
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleName(QCoreApplication.translate("ReportsView", u"Period", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("ReportsView", u"&From", None))
        self.fromDate.setDisplayFormat(QCoreApplication.translate("ReportsView", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("ReportsView", u"Period start", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("ReportsView", u"&to", None))
        self.toDate.setDisplayFormat(QCoreApplication.translate("ReportsView", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("ReportsView", u"Period end", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("ReportsView", u"&Export\u2026", None))
        self.rolloverButton.setText(QCoreApplication.translate("ReportsView", u"Start &next cycle\u2026", None))
#if QT_CONFIG(tooltip)
        self.rolloverButton.setToolTip(QCoreApplication.translate("ReportsView", u"Roll over: a new program with the participants who continue (no pairs)", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.chartsTab), QCoreApplication.translate("ReportsView", u"Charts", None))
        self.riskHint.setText(QCoreApplication.translate("ReportsView", u"Pairs the pair health rule flags on the period's last day. Double-click a pair to open it.", None))
#if QT_CONFIG(accessibility)
        self.riskTable.setAccessibleName(QCoreApplication.translate("ReportsView", u"Pairs at risk", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.riskTab), QCoreApplication.translate("ReportsView", u"At risk", None))
#if QT_CONFIG(accessibility)
        self.measuresTable.setAccessibleName(QCoreApplication.translate("ReportsView", u"All measures", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.measuresTab), QCoreApplication.translate("ReportsView", u"All measures", None))
        self.compareLabel.setText(QCoreApplication.translate("ReportsView", u"&Compare with:", None))
#if QT_CONFIG(accessibility)
        self.compareCombo.setAccessibleName(QCoreApplication.translate("ReportsView", u"Program to compare with", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.yoyTable.setAccessibleName(QCoreApplication.translate("ReportsView", u"Year over year comparison", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.yoyTab), QCoreApplication.translate("ReportsView", u"Year over year", None))
        pass
    # retranslateUi

