# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pairs_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QSplitter,
    QStackedWidget, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_PairsView(object):
    def setupUi(self, PairsView):
        if not PairsView.objectName():
            PairsView.setObjectName(u"PairsView")
        self.pairsViewLayout = QVBoxLayout(PairsView)
        self.pairsViewLayout.setObjectName(u"pairsViewLayout")
        self.pairsViewLayout.setContentsMargins(6, 6, 6, 6)
        self.stack = QStackedWidget(PairsView)
        self.stack.setObjectName(u"stack")
        self.listPage = QWidget()
        self.listPage.setObjectName(u"listPage")
        self.listLayout = QVBoxLayout(self.listPage)
        self.listLayout.setObjectName(u"listLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.statusFilterLabel = QLabel(self.listPage)
        self.statusFilterLabel.setObjectName(u"statusFilterLabel")

        self.filterRow.addWidget(self.statusFilterLabel)

        self.statusCombo = QComboBox(self.listPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterRow.addWidget(self.statusCombo)

        self.atRiskCheck = QCheckBox(self.listPage)
        self.atRiskCheck.setObjectName(u"atRiskCheck")

        self.filterRow.addWidget(self.atRiskCheck)

        self.searchEdit = QLineEdit(self.listPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.searchEdit)

        self.filterSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.countLabel = QLabel(self.listPage)
        self.countLabel.setObjectName(u"countLabel")

        self.filterRow.addWidget(self.countLabel)

        self.rulesButton = QPushButton(self.listPage)
        self.rulesButton.setObjectName(u"rulesButton")

        self.filterRow.addWidget(self.rulesButton)

        self.openButton = QPushButton(self.listPage)
        self.openButton.setObjectName(u"openButton")

        self.filterRow.addWidget(self.openButton)


        self.listLayout.addLayout(self.filterRow)

        self.listSplitter = QSplitter(self.listPage)
        self.listSplitter.setObjectName(u"listSplitter")
        self.listSplitter.setOrientation(Qt.Orientation.Vertical)
        self.listSplitter.setChildrenCollapsible(False)
        self.pairsTable = QTableView(self.listSplitter)
        self.pairsTable.setObjectName(u"pairsTable")
        self.pairsTable.setAlternatingRowColors(True)
        self.pairsTable.setSortingEnabled(True)
        self.pairsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pairsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pairsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pairsTable.setWordWrap(False)
        self.listSplitter.addWidget(self.pairsTable)
        self.dueGroup = QGroupBox(self.listSplitter)
        self.dueGroup.setObjectName(u"dueGroup")
        self.dueLayout = QVBoxLayout(self.dueGroup)
        self.dueLayout.setObjectName(u"dueLayout")
        self.dueRow = QHBoxLayout()
        self.dueRow.setObjectName(u"dueRow")
        self.dueHint = QLabel(self.dueGroup)
        self.dueHint.setObjectName(u"dueHint")

        self.dueRow.addWidget(self.dueHint)

        self.dueDaysSpin = QSpinBox(self.dueGroup)
        self.dueDaysSpin.setObjectName(u"dueDaysSpin")
        self.dueDaysSpin.setMinimum(1)
        self.dueDaysSpin.setMaximum(90)
        self.dueDaysSpin.setValue(7)

        self.dueRow.addWidget(self.dueDaysSpin)

        self.dueSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dueRow.addItem(self.dueSpacer)

        self.calendarButton = QPushButton(self.dueGroup)
        self.calendarButton.setObjectName(u"calendarButton")

        self.dueRow.addWidget(self.calendarButton)


        self.dueLayout.addLayout(self.dueRow)

        self.dueTable = QTableView(self.dueGroup)
        self.dueTable.setObjectName(u"dueTable")
        self.dueTable.setAlternatingRowColors(True)
        self.dueTable.setSortingEnabled(True)
        self.dueTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dueTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.dueTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dueTable.setWordWrap(False)

        self.dueLayout.addWidget(self.dueTable)

        self.listSplitter.addWidget(self.dueGroup)

        self.listLayout.addWidget(self.listSplitter)

        self.stack.addWidget(self.listPage)
        self.detailPage = QWidget()
        self.detailPage.setObjectName(u"detailPage")
        self.detailLayout = QVBoxLayout(self.detailPage)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailTopRow = QHBoxLayout()
        self.detailTopRow.setObjectName(u"detailTopRow")
        self.backButton = QPushButton(self.detailPage)
        self.backButton.setObjectName(u"backButton")

        self.detailTopRow.addWidget(self.backButton)

        self.titleLabel = QLabel(self.detailPage)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.titleLabel.setFont(font)
        self.titleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailTopRow.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.detailTopRow.addItem(self.titleSpacer)

        self.printButton = QPushButton(self.detailPage)
        self.printButton.setObjectName(u"printButton")

        self.detailTopRow.addWidget(self.printButton)

        self.emailButton = QPushButton(self.detailPage)
        self.emailButton.setObjectName(u"emailButton")

        self.detailTopRow.addWidget(self.emailButton)

        self.activateButton = QPushButton(self.detailPage)
        self.activateButton.setObjectName(u"activateButton")

        self.detailTopRow.addWidget(self.activateButton)

        self.pauseButton = QPushButton(self.detailPage)
        self.pauseButton.setObjectName(u"pauseButton")

        self.detailTopRow.addWidget(self.pauseButton)

        self.resumeButton = QPushButton(self.detailPage)
        self.resumeButton.setObjectName(u"resumeButton")

        self.detailTopRow.addWidget(self.resumeButton)

        self.closePairButton = QPushButton(self.detailPage)
        self.closePairButton.setObjectName(u"closePairButton")

        self.detailTopRow.addWidget(self.closePairButton)

        self.reopenButton = QPushButton(self.detailPage)
        self.reopenButton.setObjectName(u"reopenButton")

        self.detailTopRow.addWidget(self.reopenButton)


        self.detailLayout.addLayout(self.detailTopRow)

        self.headerFrame = QFrame(self.detailPage)
        self.headerFrame.setObjectName(u"headerFrame")
        self.headerFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.headerGrid = QGridLayout(self.headerFrame)
        self.headerGrid.setObjectName(u"headerGrid")
        self.peopleLabel = QLabel(self.headerFrame)
        self.peopleLabel.setObjectName(u"peopleLabel")
        self.peopleLabel.setTextFormat(Qt.TextFormat.RichText)
        self.peopleLabel.setWordWrap(True)

        self.headerGrid.addWidget(self.peopleLabel, 0, 0, 1, 1)

        self.statusLabel = QLabel(self.headerFrame)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.RichText)
        self.statusLabel.setWordWrap(True)

        self.headerGrid.addWidget(self.statusLabel, 0, 1, 1, 1)

        self.scoreLabel = QLabel(self.headerFrame)
        self.scoreLabel.setObjectName(u"scoreLabel")
        self.scoreLabel.setTextFormat(Qt.TextFormat.RichText)
        self.scoreLabel.setWordWrap(True)

        self.headerGrid.addWidget(self.scoreLabel, 0, 2, 1, 1)

        self.riskLabel = QLabel(self.headerFrame)
        self.riskLabel.setObjectName(u"riskLabel")
        self.riskLabel.setTextFormat(Qt.TextFormat.RichText)
        self.riskLabel.setWordWrap(True)

        self.headerGrid.addWidget(self.riskLabel, 1, 0, 1, 3)


        self.detailLayout.addWidget(self.headerFrame)

        self.tabs = QTabWidget(self.detailPage)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)

        self.detailLayout.addWidget(self.tabs)

        self.detailLayout.setStretch(2, 1)
        self.stack.addWidget(self.detailPage)

        self.pairsViewLayout.addWidget(self.stack)

#if QT_CONFIG(shortcut)
        self.statusFilterLabel.setBuddy(self.statusCombo)
        self.dueHint.setBuddy(self.dueDaysSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PairsView)
    # setupUi

    def retranslateUi(self, PairsView):
        self.statusFilterLabel.setText(QCoreApplication.translate("PairsView", u"Status:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("PairsView", u"Status filter", None))
#endif // QT_CONFIG(accessibility)
        self.atRiskCheck.setText(QCoreApplication.translate("PairsView", u"At risk only", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PairsView", u"Search by name\u2026", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("PairsView", u"Search pairs", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
        self.rulesButton.setText(QCoreApplication.translate("PairsView", u"Cadence rules\u2026", None))
#if QT_CONFIG(tooltip)
        self.rulesButton.setToolTip(QCoreApplication.translate("PairsView", u"Meeting cadence and check-in rules of this program", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("PairsView", u"Open pair", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("PairsView", u"Open the selected pair (or double-click it)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.pairsTable.setAccessibleName(QCoreApplication.translate("PairsView", u"Pairs", None))
#endif // QT_CONFIG(accessibility)
        self.dueGroup.setTitle(QCoreApplication.translate("PairsView", u"Due this week", None))
        self.dueHint.setText(QCoreApplication.translate("PairsView", u"Overdue and upcoming check-ins, meetings, reviews and action steps. Look ahead:", None))
        self.dueDaysSpin.setSuffix(QCoreApplication.translate("PairsView", u" days", None))
#if QT_CONFIG(accessibility)
        self.dueDaysSpin.setAccessibleName(QCoreApplication.translate("PairsView", u"Look ahead days", None))
#endif // QT_CONFIG(accessibility)
        self.calendarButton.setText(QCoreApplication.translate("PairsView", u"Export to calendar (.ics)\u2026", None))
#if QT_CONFIG(tooltip)
        self.calendarButton.setToolTip(QCoreApplication.translate("PairsView", u"Save the due items and planned meetings as an iCalendar file", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.dueTable.setAccessibleName(QCoreApplication.translate("PairsView", u"Due items", None))
#endif // QT_CONFIG(accessibility)
        self.backButton.setText(QCoreApplication.translate("PairsView", u"\u2190 All pairs", None))
        self.titleLabel.setText("")
        self.printButton.setText(QCoreApplication.translate("PairsView", u"&Print", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("PairsView", u"Preview, print or save the agreement, the IDP, the status sheet or the certificates", None))
#endif // QT_CONFIG(tooltip)
        self.emailButton.setText(QCoreApplication.translate("PairsView", u"E-mail pair\u2026", None))
#if QT_CONFIG(tooltip)
        self.emailButton.setToolTip(QCoreApplication.translate("PairsView", u"Open a prefilled e-mail to the pair", None))
#endif // QT_CONFIG(tooltip)
        self.activateButton.setText(QCoreApplication.translate("PairsView", u"Activate", None))
#if QT_CONFIG(tooltip)
        self.activateButton.setToolTip(QCoreApplication.translate("PairsView", u"Start this proposed pair", None))
#endif // QT_CONFIG(tooltip)
        self.pauseButton.setText(QCoreApplication.translate("PairsView", u"Pause\u2026", None))
#if QT_CONFIG(tooltip)
        self.pauseButton.setToolTip(QCoreApplication.translate("PairsView", u"Pause the pair (with a reason)", None))
#endif // QT_CONFIG(tooltip)
        self.resumeButton.setText(QCoreApplication.translate("PairsView", u"Resume\u2026", None))
#if QT_CONFIG(tooltip)
        self.resumeButton.setToolTip(QCoreApplication.translate("PairsView", u"Resume the paused pair (with a reason)", None))
#endif // QT_CONFIG(tooltip)
        self.closePairButton.setText(QCoreApplication.translate("PairsView", u"Close pair\u2026", None))
#if QT_CONFIG(tooltip)
        self.closePairButton.setToolTip(QCoreApplication.translate("PairsView", u"Close with date, type, reason and exit feedback; frees the mentor's capacity", None))
#endif // QT_CONFIG(tooltip)
        self.reopenButton.setText(QCoreApplication.translate("PairsView", u"Reopen\u2026", None))
#if QT_CONFIG(tooltip)
        self.reopenButton.setToolTip(QCoreApplication.translate("PairsView", u"Reopen the closed pair (with a reason)", None))
#endif // QT_CONFIG(tooltip)
        self.peopleLabel.setText("")
        self.statusLabel.setText("")
        self.scoreLabel.setText("")
        self.riskLabel.setText("")
        pass
    # retranslateUi

