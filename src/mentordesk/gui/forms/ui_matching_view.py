# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'matching_view.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QSplitter, QTabWidget, QTableView, QTextBrowser,
    QToolButton, QVBoxLayout, QWidget)

class Ui_MatchingView(object):
    def setupUi(self, MatchingView):
        if not MatchingView.objectName():
            MatchingView.setObjectName(u"MatchingView")
        MatchingView.resize(1200, 760)
        self.rootLayout = QVBoxLayout(MatchingView)
        self.rootLayout.setObjectName(u"rootLayout")
        self.runBar = QHBoxLayout()
        self.runBar.setObjectName(u"runBar")
        self.objectiveLabel = QLabel(MatchingView)
        self.objectiveLabel.setObjectName(u"objectiveLabel")

        self.runBar.addWidget(self.objectiveLabel)

        self.objectiveCombo = QComboBox(MatchingView)
        self.objectiveCombo.setObjectName(u"objectiveCombo")
        self.objectiveCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.runBar.addWidget(self.objectiveCombo)

        self.minScoreLabel = QLabel(MatchingView)
        self.minScoreLabel.setObjectName(u"minScoreLabel")

        self.runBar.addWidget(self.minScoreLabel)

        self.minScoreSpin = QSpinBox(MatchingView)
        self.minScoreSpin.setObjectName(u"minScoreSpin")
        self.minScoreSpin.setMaximum(100)

        self.runBar.addWidget(self.minScoreSpin)

        self.includeMatchedCheck = QCheckBox(MatchingView)
        self.includeMatchedCheck.setObjectName(u"includeMatchedCheck")

        self.runBar.addWidget(self.includeMatchedCheck)

        self.runButton = QPushButton(MatchingView)
        self.runButton.setObjectName(u"runButton")

        self.runBar.addWidget(self.runButton)

        self.progressBar = QProgressBar(MatchingView)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximumSize(QSize(180, 16777215))
        self.progressBar.setValue(0)

        self.runBar.addWidget(self.progressBar)

        self.cancelButton = QPushButton(MatchingView)
        self.cancelButton.setObjectName(u"cancelButton")

        self.runBar.addWidget(self.cancelButton)

        self.runSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.runBar.addItem(self.runSpacer)

        self.weightsButton = QPushButton(MatchingView)
        self.weightsButton.setObjectName(u"weightsButton")

        self.runBar.addWidget(self.weightsButton)


        self.rootLayout.addLayout(self.runBar)

        self.summaryLabel = QLabel(MatchingView)
        self.summaryLabel.setObjectName(u"summaryLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.summaryLabel.sizePolicy().hasHeightForWidth())
        self.summaryLabel.setSizePolicy(sizePolicy)
        self.summaryLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.summaryLabel)

        self.splitter = QSplitter(MatchingView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.peopleTabs = QTabWidget(self.splitter)
        self.peopleTabs.setObjectName(u"peopleTabs")
        self.menteesTab = QWidget()
        self.menteesTab.setObjectName(u"menteesTab")
        self.menteesLayout = QVBoxLayout(self.menteesTab)
        self.menteesLayout.setObjectName(u"menteesLayout")
        self.menteeTable = QTableView(self.menteesTab)
        self.menteeTable.setObjectName(u"menteeTable")

        self.menteesLayout.addWidget(self.menteeTable)

        self.peopleTabs.addTab(self.menteesTab, "")
        self.mentorsTab = QWidget()
        self.mentorsTab.setObjectName(u"mentorsTab")
        self.mentorsLayout = QVBoxLayout(self.mentorsTab)
        self.mentorsLayout.setObjectName(u"mentorsLayout")
        self.mentorTable = QTableView(self.mentorsTab)
        self.mentorTable.setObjectName(u"mentorTable")

        self.mentorsLayout.addWidget(self.mentorTable)

        self.peopleTabs.addTab(self.mentorsTab, "")
        self.unmatchedTab = QWidget()
        self.unmatchedTab.setObjectName(u"unmatchedTab")
        self.unmatchedLayout = QVBoxLayout(self.unmatchedTab)
        self.unmatchedLayout.setObjectName(u"unmatchedLayout")
        self.unmatchedTable = QTableView(self.unmatchedTab)
        self.unmatchedTable.setObjectName(u"unmatchedTable")

        self.unmatchedLayout.addWidget(self.unmatchedTable)

        self.peopleTabs.addTab(self.unmatchedTab, "")
        self.exclusionsTab = QWidget()
        self.exclusionsTab.setObjectName(u"exclusionsTab")
        self.exclusionsLayout = QVBoxLayout(self.exclusionsTab)
        self.exclusionsLayout.setObjectName(u"exclusionsLayout")
        self.exclusionTable = QTableView(self.exclusionsTab)
        self.exclusionTable.setObjectName(u"exclusionTable")

        self.exclusionsLayout.addWidget(self.exclusionTable)

        self.exclusionButtons = QHBoxLayout()
        self.exclusionButtons.setObjectName(u"exclusionButtons")
        self.excludeButton = QPushButton(self.exclusionsTab)
        self.excludeButton.setObjectName(u"excludeButton")

        self.exclusionButtons.addWidget(self.excludeButton)

        self.removeExclusionButton = QPushButton(self.exclusionsTab)
        self.removeExclusionButton.setObjectName(u"removeExclusionButton")

        self.exclusionButtons.addWidget(self.removeExclusionButton)


        self.exclusionsLayout.addLayout(self.exclusionButtons)

        self.peopleTabs.addTab(self.exclusionsTab, "")
        self.splitter.addWidget(self.peopleTabs)
        self.resultTabs = QTabWidget(self.splitter)
        self.resultTabs.setObjectName(u"resultTabs")
        self.proposalTab = QWidget()
        self.proposalTab.setObjectName(u"proposalTab")
        self.proposalLayout = QVBoxLayout(self.proposalTab)
        self.proposalLayout.setObjectName(u"proposalLayout")
        self.filterEdit = QLineEdit(self.proposalTab)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.proposalLayout.addWidget(self.filterEdit)

        self.draftTable = QTableView(self.proposalTab)
        self.draftTable.setObjectName(u"draftTable")

        self.proposalLayout.addWidget(self.draftTable)

        self.reasonRow = QHBoxLayout()
        self.reasonRow.setObjectName(u"reasonRow")
        self.reasonLabel = QLabel(self.proposalTab)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.reasonRow.addWidget(self.reasonLabel)

        self.reasonEdit = QLineEdit(self.proposalTab)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.reasonRow.addWidget(self.reasonEdit)


        self.proposalLayout.addLayout(self.reasonRow)

        self.reviewButtons = QHBoxLayout()
        self.reviewButtons.setObjectName(u"reviewButtons")
        self.pinButton = QPushButton(self.proposalTab)
        self.pinButton.setObjectName(u"pinButton")

        self.reviewButtons.addWidget(self.pinButton)

        self.unpinButton = QPushButton(self.proposalTab)
        self.unpinButton.setObjectName(u"unpinButton")

        self.reviewButtons.addWidget(self.unpinButton)

        self.rejectButton = QPushButton(self.proposalTab)
        self.rejectButton.setObjectName(u"rejectButton")

        self.reviewButtons.addWidget(self.rejectButton)

        self.reviewSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reviewButtons.addItem(self.reviewSpacer)

        self.approveSelectedButton = QPushButton(self.proposalTab)
        self.approveSelectedButton.setObjectName(u"approveSelectedButton")

        self.reviewButtons.addWidget(self.approveSelectedButton)

        self.approveAllButton = QPushButton(self.proposalTab)
        self.approveAllButton.setObjectName(u"approveAllButton")

        self.reviewButtons.addWidget(self.approveAllButton)


        self.proposalLayout.addLayout(self.reviewButtons)

        self.resultTabs.addTab(self.proposalTab, "")
        self.rotationTab = QWidget()
        self.rotationTab.setObjectName(u"rotationTab")
        self.rotationLayout = QVBoxLayout(self.rotationTab)
        self.rotationLayout.setObjectName(u"rotationLayout")
        self.rotationBar = QHBoxLayout()
        self.rotationBar.setObjectName(u"rotationBar")
        self.roundsLabel = QLabel(self.rotationTab)
        self.roundsLabel.setObjectName(u"roundsLabel")

        self.rotationBar.addWidget(self.roundsLabel)

        self.roundsSpin = QSpinBox(self.rotationTab)
        self.roundsSpin.setObjectName(u"roundsSpin")
        self.roundsSpin.setMinimum(1)
        self.roundsSpin.setMaximum(50)
        self.roundsSpin.setValue(4)

        self.rotationBar.addWidget(self.roundsSpin)

        self.seatsLabel = QLabel(self.rotationTab)
        self.seatsLabel.setObjectName(u"seatsLabel")

        self.rotationBar.addWidget(self.seatsLabel)

        self.seatsSpin = QSpinBox(self.rotationTab)
        self.seatsSpin.setObjectName(u"seatsSpin")
        self.seatsSpin.setMinimum(1)
        self.seatsSpin.setMaximum(20)

        self.rotationBar.addWidget(self.seatsSpin)

        self.rotationButton = QPushButton(self.rotationTab)
        self.rotationButton.setObjectName(u"rotationButton")

        self.rotationBar.addWidget(self.rotationButton)

        self.exportCsvButton = QPushButton(self.rotationTab)
        self.exportCsvButton.setObjectName(u"exportCsvButton")

        self.rotationBar.addWidget(self.exportCsvButton)

        self.printRotationButton = QToolButton(self.rotationTab)
        self.printRotationButton.setObjectName(u"printRotationButton")
        self.printRotationButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.printRotationButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.rotationBar.addWidget(self.printRotationButton)

        self.rotationSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rotationBar.addItem(self.rotationSpacer)


        self.rotationLayout.addLayout(self.rotationBar)

        self.rotationTable = QTableView(self.rotationTab)
        self.rotationTable.setObjectName(u"rotationTable")

        self.rotationLayout.addWidget(self.rotationTable)

        self.resultTabs.addTab(self.rotationTab, "")
        self.splitter.addWidget(self.resultTabs)
        self.candidatePanel = QWidget(self.splitter)
        self.candidatePanel.setObjectName(u"candidatePanel")
        self.candidateLayout = QVBoxLayout(self.candidatePanel)
        self.candidateLayout.setObjectName(u"candidateLayout")
        self.candidateLayout.setContentsMargins(0, 0, 0, 0)
        self.candidateLabel = QLabel(self.candidatePanel)
        self.candidateLabel.setObjectName(u"candidateLabel")
        self.candidateLabel.setWordWrap(True)

        self.candidateLayout.addWidget(self.candidateLabel)

        self.candidateTable = QTableView(self.candidatePanel)
        self.candidateTable.setObjectName(u"candidateTable")

        self.candidateLayout.addWidget(self.candidateTable)

        self.useCandidateButton = QPushButton(self.candidatePanel)
        self.useCandidateButton.setObjectName(u"useCandidateButton")

        self.candidateLayout.addWidget(self.useCandidateButton)

        self.explanationText = QTextBrowser(self.candidatePanel)
        self.explanationText.setObjectName(u"explanationText")

        self.candidateLayout.addWidget(self.explanationText)

        self.splitter.addWidget(self.candidatePanel)

        self.rootLayout.addWidget(self.splitter)

        self.rootLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.objectiveLabel.setBuddy(self.objectiveCombo)
        self.minScoreLabel.setBuddy(self.minScoreSpin)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.roundsLabel.setBuddy(self.roundsSpin)
        self.seatsLabel.setBuddy(self.seatsSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MatchingView)

        self.runButton.setDefault(True)

    # setupUi

    def retranslateUi(self, MatchingView):
        self.objectiveLabel.setText(QCoreApplication.translate("MatchingView", u"&Objective:", None))
#if QT_CONFIG(accessibility)
        self.objectiveCombo.setAccessibleName(QCoreApplication.translate("MatchingView", u"Objective", None))
#endif // QT_CONFIG(accessibility)
        self.minScoreLabel.setText(QCoreApplication.translate("MatchingView", u"&Minimum score:", None))
#if QT_CONFIG(accessibility)
        self.minScoreSpin.setAccessibleName(QCoreApplication.translate("MatchingView", u"Minimum score", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.minScoreSpin.setToolTip(QCoreApplication.translate("MatchingView", u"Pairs scoring below this are not allowed. \u201cnone\u201d = no minimum.", None))
#endif // QT_CONFIG(tooltip)
        self.minScoreSpin.setSpecialValueText(QCoreApplication.translate("MatchingView", u"none", None))
        self.includeMatchedCheck.setText(QCoreApplication.translate("MatchingView", u"Also re-match mentees already &paired", None))
        self.runButton.setText(QCoreApplication.translate("MatchingView", u"&Run matcher", None))
        self.cancelButton.setText(QCoreApplication.translate("MatchingView", u"Cancel", None))
        self.weightsButton.setText(QCoreApplication.translate("MatchingView", u"Criteria && &weights\u2026", None))
        self.summaryLabel.setText("")
        self.peopleTabs.setTabText(self.peopleTabs.indexOf(self.menteesTab), QCoreApplication.translate("MatchingView", u"Mentees", None))
        self.peopleTabs.setTabText(self.peopleTabs.indexOf(self.mentorsTab), QCoreApplication.translate("MatchingView", u"Mentors", None))
        self.peopleTabs.setTabText(self.peopleTabs.indexOf(self.unmatchedTab), QCoreApplication.translate("MatchingView", u"Unmatched", None))
        self.excludeButton.setText(QCoreApplication.translate("MatchingView", u"E&xclude pair\u2026", None))
#if QT_CONFIG(tooltip)
        self.excludeButton.setToolTip(QCoreApplication.translate("MatchingView", u"Never pair the selected draft's mentor and mentee", None))
#endif // QT_CONFIG(tooltip)
        self.removeExclusionButton.setText(QCoreApplication.translate("MatchingView", u"Remove exclusion", None))
        self.peopleTabs.setTabText(self.peopleTabs.indexOf(self.exclusionsTab), QCoreApplication.translate("MatchingView", u"Exclusions", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("MatchingView", u"Filter by name or reason\u2026", None))
        self.reasonLabel.setText(QCoreApplication.translate("MatchingView", u"R&eason:", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("MatchingView", u"optional \u2014 kept in the audit log with the next pin, reject, exclusion or approval", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("MatchingView", u"Reason", None))
#endif // QT_CONFIG(accessibility)
        self.pinButton.setText(QCoreApplication.translate("MatchingView", u"&Pin", None))
#if QT_CONFIG(tooltip)
        self.pinButton.setToolTip(QCoreApplication.translate("MatchingView", u"Keep this pair in every re-run", None))
#endif // QT_CONFIG(tooltip)
        self.unpinButton.setText(QCoreApplication.translate("MatchingView", u"U&npin", None))
        self.rejectButton.setText(QCoreApplication.translate("MatchingView", u"Re&ject", None))
#if QT_CONFIG(tooltip)
        self.rejectButton.setToolTip(QCoreApplication.translate("MatchingView", u"Never propose this pair again; re-run to fill the gap", None))
#endif // QT_CONFIG(tooltip)
        self.approveSelectedButton.setText(QCoreApplication.translate("MatchingView", u"&Approve selected", None))
        self.approveAllButton.setText(QCoreApplication.translate("MatchingView", u"Approve a&ll", None))
        self.resultTabs.setTabText(self.resultTabs.indexOf(self.proposalTab), QCoreApplication.translate("MatchingView", u"Proposal", None))
        self.roundsLabel.setText(QCoreApplication.translate("MatchingView", u"Rounds:", None))
        self.seatsLabel.setText(QCoreApplication.translate("MatchingView", u"Mentees per table:", None))
        self.rotationButton.setText(QCoreApplication.translate("MatchingView", u"&Build rotation", None))
        self.exportCsvButton.setText(QCoreApplication.translate("MatchingView", u"Export &CSV\u2026", None))
        self.printRotationButton.setText(QCoreApplication.translate("MatchingView", u"P&rint schedule", None))
#if QT_CONFIG(tooltip)
        self.printRotationButton.setToolTip(QCoreApplication.translate("MatchingView", u"Preview, print or save the rotation grid as PDF", None))
#endif // QT_CONFIG(tooltip)
        self.resultTabs.setTabText(self.resultTabs.indexOf(self.rotationTab), QCoreApplication.translate("MatchingView", u"Flash rotation", None))
        self.candidateLabel.setText(QCoreApplication.translate("MatchingView", u"Select a draft or a mentee to see the candidate mentors.", None))
        self.useCandidateButton.setText(QCoreApplication.translate("MatchingView", u"&Use this mentor (pin)", None))
#if QT_CONFIG(accessibility)
        self.explanationText.setAccessibleName(QCoreApplication.translate("MatchingView", u"Score explanation", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

