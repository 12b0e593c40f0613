# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'participant_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QFrame, QLabel, QScrollArea,
    QSizePolicy, QTabWidget, QVBoxLayout, QWidget)

class Ui_ParticipantDialog(object):
    def setupUi(self, ParticipantDialog):
        if not ParticipantDialog.objectName():
            ParticipantDialog.setObjectName(u"ParticipantDialog")
        ParticipantDialog.resize(640, 620)
        ParticipantDialog.setModal(True)
        self.rootLayout = QVBoxLayout(ParticipantDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.summaryLabel = QLabel(ParticipantDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.rootLayout.addWidget(self.summaryLabel)

        self.tabs = QTabWidget(ParticipantDialog)
        self.tabs.setObjectName(u"tabs")
        self.profileTab = QWidget()
        self.profileTab.setObjectName(u"profileTab")
        self.profileTabLayout = QVBoxLayout(self.profileTab)
        self.profileTabLayout.setObjectName(u"profileTabLayout")
        self.profileHint = QLabel(self.profileTab)
        self.profileHint.setObjectName(u"profileHint")
        self.profileHint.setWordWrap(True)
        self.profileHint.setStyleSheet(u"color: palette(placeholder-text);")

        self.profileTabLayout.addWidget(self.profileHint)

        self.profileScroll = QScrollArea(self.profileTab)
        self.profileScroll.setObjectName(u"profileScroll")
        self.profileScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.profileScroll.setWidgetResizable(True)
        self.profilePage = QWidget()
        self.profilePage.setObjectName(u"profilePage")
        self.profileForm = QFormLayout(self.profilePage)
        self.profileForm.setObjectName(u"profileForm")
        self.profileForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.profileScroll.setWidget(self.profilePage)

        self.profileTabLayout.addWidget(self.profileScroll)

        self.tabs.addTab(self.profileTab, "")
        self.matchingTab = QWidget()
        self.matchingTab.setObjectName(u"matchingTab")
        self.matchingTabLayout = QVBoxLayout(self.matchingTab)
        self.matchingTabLayout.setObjectName(u"matchingTabLayout")
        self.matchingHint = QLabel(self.matchingTab)
        self.matchingHint.setObjectName(u"matchingHint")
        self.matchingHint.setWordWrap(True)
        self.matchingHint.setStyleSheet(u"color: palette(placeholder-text);")

        self.matchingTabLayout.addWidget(self.matchingHint)

        self.matchingScroll = QScrollArea(self.matchingTab)
        self.matchingScroll.setObjectName(u"matchingScroll")
        self.matchingScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.matchingScroll.setWidgetResizable(True)
        self.matchingPage = QWidget()
        self.matchingPage.setObjectName(u"matchingPage")
        self.matchingForm = QFormLayout(self.matchingPage)
        self.matchingForm.setObjectName(u"matchingForm")
        self.matchingForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.matchingScroll.setWidget(self.matchingPage)

        self.matchingTabLayout.addWidget(self.matchingScroll)

        self.tabs.addTab(self.matchingTab, "")
        self.screeningTab = QWidget()
        self.screeningTab.setObjectName(u"screeningTab")
        self.screeningTabLayout = QVBoxLayout(self.screeningTab)
        self.screeningTabLayout.setObjectName(u"screeningTabLayout")
        self.screeningHint = QLabel(self.screeningTab)
        self.screeningHint.setObjectName(u"screeningHint")
        self.screeningHint.setWordWrap(True)
        self.screeningHint.setStyleSheet(u"color: palette(placeholder-text);")

        self.screeningTabLayout.addWidget(self.screeningHint)

        self.screeningScroll = QScrollArea(self.screeningTab)
        self.screeningScroll.setObjectName(u"screeningScroll")
        self.screeningScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.screeningScroll.setWidgetResizable(True)
        self.screeningPage = QWidget()
        self.screeningPage.setObjectName(u"screeningPage")
        self.screeningForm = QFormLayout(self.screeningPage)
        self.screeningForm.setObjectName(u"screeningForm")
        self.screeningForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.screeningScroll.setWidget(self.screeningPage)

        self.screeningTabLayout.addWidget(self.screeningScroll)

        self.tabs.addTab(self.screeningTab, "")
        self.guardianTab = QWidget()
        self.guardianTab.setObjectName(u"guardianTab")
        self.guardianTabLayout = QVBoxLayout(self.guardianTab)
        self.guardianTabLayout.setObjectName(u"guardianTabLayout")
        self.guardianHint = QLabel(self.guardianTab)
        self.guardianHint.setObjectName(u"guardianHint")
        self.guardianHint.setWordWrap(True)
        self.guardianHint.setStyleSheet(u"color: palette(placeholder-text);")

        self.guardianTabLayout.addWidget(self.guardianHint)

        self.guardianScroll = QScrollArea(self.guardianTab)
        self.guardianScroll.setObjectName(u"guardianScroll")
        self.guardianScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.guardianScroll.setWidgetResizable(True)
        self.guardianPage = QWidget()
        self.guardianPage.setObjectName(u"guardianPage")
        self.guardianForm = QFormLayout(self.guardianPage)
        self.guardianForm.setObjectName(u"guardianForm")
        self.guardianForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.guardianScroll.setWidget(self.guardianPage)

        self.guardianTabLayout.addWidget(self.guardianScroll)

        self.tabs.addTab(self.guardianTab, "")
        self.sensitiveTab = QWidget()
        self.sensitiveTab.setObjectName(u"sensitiveTab")
        self.sensitiveTabLayout = QVBoxLayout(self.sensitiveTab)
        self.sensitiveTabLayout.setObjectName(u"sensitiveTabLayout")
        self.sensitiveHint = QLabel(self.sensitiveTab)
        self.sensitiveHint.setObjectName(u"sensitiveHint")
        self.sensitiveHint.setWordWrap(True)
        self.sensitiveHint.setStyleSheet(u"color: palette(placeholder-text);")

        self.sensitiveTabLayout.addWidget(self.sensitiveHint)

        self.sensitiveScroll = QScrollArea(self.sensitiveTab)
        self.sensitiveScroll.setObjectName(u"sensitiveScroll")
        self.sensitiveScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.sensitiveScroll.setWidgetResizable(True)
        self.sensitivePage = QWidget()
        self.sensitivePage.setObjectName(u"sensitivePage")
        self.sensitiveForm = QFormLayout(self.sensitivePage)
        self.sensitiveForm.setObjectName(u"sensitiveForm")
        self.sensitiveForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.sensitiveScroll.setWidget(self.sensitivePage)

        self.sensitiveTabLayout.addWidget(self.sensitiveScroll)

        self.tabs.addTab(self.sensitiveTab, "")

        self.rootLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(ParticipantDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.rootLayout.addWidget(self.buttonBox)


        self.retranslateUi(ParticipantDialog)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, ParticipantDialog):
        ParticipantDialog.setWindowTitle(QCoreApplication.translate("ParticipantDialog", u"Participant", None))
        self.profileHint.setText(QCoreApplication.translate("ParticipantDialog", u"Who the person is and their place in this program.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.profileTab), QCoreApplication.translate("ParticipantDialog", u"Profile", None))
        self.matchingHint.setText(QCoreApplication.translate("ParticipantDialog", u"What matching compares. Separate several values with ; (semicolon).", None))
        self.tabs.setTabText(self.tabs.indexOf(self.matchingTab), QCoreApplication.translate("ParticipantDialog", u"Matching", None))
        self.screeningHint.setText(QCoreApplication.translate("ParticipantDialog", u"Mentor screening: a mentor must be cleared, with a valid background check, to be matched.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.screeningTab), QCoreApplication.translate("ParticipantDialog", u"Screening", None))
        self.guardianHint.setText(QCoreApplication.translate("ParticipantDialog", u"For minors: the parent or guardian and their consent. Confidential: hidden from printouts and exports unless asked.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.guardianTab), QCoreApplication.translate("ParticipantDialog", u"Guardian", None))
        self.sensitiveHint.setText(QCoreApplication.translate("ParticipantDialog", u"Optional and confidential: hidden from printouts and exports unless you explicitly include them.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.sensitiveTab), QCoreApplication.translate("ParticipantDialog", u"Sensitive", None))
    # retranslateUi

