# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pair_idp_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QFrame,
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QTextBrowser, QVBoxLayout, QWidget)

from mentordesk.gui.common import DateEdit

class Ui_IdpTab(object):
    def setupUi(self, IdpTab):
        if not IdpTab.objectName():
            IdpTab.setObjectName(u"IdpTab")
        self.idpLayout = QVBoxLayout(IdpTab)
        self.idpLayout.setObjectName(u"idpLayout")
        self.idpStateLabel = QLabel(IdpTab)
        self.idpStateLabel.setObjectName(u"idpStateLabel")
        self.idpStateLabel.setWordWrap(True)

        self.idpLayout.addWidget(self.idpStateLabel)

        self.idpScroll = QScrollArea(IdpTab)
        self.idpScroll.setObjectName(u"idpScroll")
        self.idpScroll.setWidgetResizable(True)
        self.idpScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.idpInner = QWidget()
        self.idpInner.setObjectName(u"idpInner")
        self.idpColumns = QHBoxLayout(self.idpInner)
        self.idpColumns.setObjectName(u"idpColumns")
        self.idpLeftColumn = QVBoxLayout()
        self.idpLeftColumn.setObjectName(u"idpLeftColumn")
        self.idpDatesForm = QFormLayout()
        self.idpDatesForm.setObjectName(u"idpDatesForm")
        self.menteeComboLabel = QLabel(self.idpInner)
        self.menteeComboLabel.setObjectName(u"menteeComboLabel")

        self.idpDatesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.menteeComboLabel)

        self.menteeCombo = QComboBox(self.idpInner)
        self.menteeCombo.setObjectName(u"menteeCombo")

        self.idpDatesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.menteeCombo)

        self.periodStartEditLabel = QLabel(self.idpInner)
        self.periodStartEditLabel.setObjectName(u"periodStartEditLabel")

        self.idpDatesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.periodStartEditLabel)

        self.periodStartEdit = DateEdit(self.idpInner)
        self.periodStartEdit.setObjectName(u"periodStartEdit")

        self.idpDatesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.periodStartEdit)

        self.periodEndEditLabel = QLabel(self.idpInner)
        self.periodEndEditLabel.setObjectName(u"periodEndEditLabel")

        self.idpDatesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.periodEndEditLabel)

        self.periodEndEdit = DateEdit(self.idpInner)
        self.periodEndEdit.setObjectName(u"periodEndEdit")

        self.idpDatesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.periodEndEdit)

        self.idpMidpointEditLabel = QLabel(self.idpInner)
        self.idpMidpointEditLabel.setObjectName(u"idpMidpointEditLabel")

        self.idpDatesForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.idpMidpointEditLabel)

        self.idpMidpointEdit = DateEdit(self.idpInner)
        self.idpMidpointEdit.setObjectName(u"idpMidpointEdit")

        self.idpDatesForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.idpMidpointEdit)

        self.finalReviewEditLabel = QLabel(self.idpInner)
        self.finalReviewEditLabel.setObjectName(u"finalReviewEditLabel")

        self.idpDatesForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.finalReviewEditLabel)

        self.finalReviewEdit = DateEdit(self.idpInner)
        self.finalReviewEdit.setObjectName(u"finalReviewEdit")

        self.idpDatesForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.finalReviewEdit)

        self.baselineSpinLabel = QLabel(self.idpInner)
        self.baselineSpinLabel.setObjectName(u"baselineSpinLabel")

        self.idpDatesForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.baselineSpinLabel)

        self.baselineSpin = QSpinBox(self.idpInner)
        self.baselineSpin.setObjectName(u"baselineSpin")
        self.baselineSpin.setMinimum(0)
        self.baselineSpin.setMaximum(5)

        self.idpDatesForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.baselineSpin)

        self.finalSpinLabel = QLabel(self.idpInner)
        self.finalSpinLabel.setObjectName(u"finalSpinLabel")

        self.idpDatesForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.finalSpinLabel)

        self.finalSpin = QSpinBox(self.idpInner)
        self.finalSpin.setObjectName(u"finalSpin")
        self.finalSpin.setMinimum(0)
        self.finalSpin.setMaximum(5)

        self.idpDatesForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.finalSpin)

        self.idpMenteeSignedEditLabel = QLabel(self.idpInner)
        self.idpMenteeSignedEditLabel.setObjectName(u"idpMenteeSignedEditLabel")

        self.idpDatesForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.idpMenteeSignedEditLabel)

        self.idpMenteeSignedEdit = DateEdit(self.idpInner)
        self.idpMenteeSignedEdit.setObjectName(u"idpMenteeSignedEdit")

        self.idpDatesForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.idpMenteeSignedEdit)

        self.idpMentorSignedEditLabel = QLabel(self.idpInner)
        self.idpMentorSignedEditLabel.setObjectName(u"idpMentorSignedEditLabel")

        self.idpDatesForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.idpMentorSignedEditLabel)

        self.idpMentorSignedEdit = DateEdit(self.idpInner)
        self.idpMentorSignedEdit.setObjectName(u"idpMentorSignedEdit")

        self.idpDatesForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.idpMentorSignedEdit)

        self.idpCoordinatorSignedEditLabel = QLabel(self.idpInner)
        self.idpCoordinatorSignedEditLabel.setObjectName(u"idpCoordinatorSignedEditLabel")

        self.idpDatesForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.idpCoordinatorSignedEditLabel)

        self.idpCoordinatorSignedEdit = DateEdit(self.idpInner)
        self.idpCoordinatorSignedEdit.setObjectName(u"idpCoordinatorSignedEdit")

        self.idpDatesForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.idpCoordinatorSignedEdit)


        self.idpLeftColumn.addLayout(self.idpDatesForm)

        self.idpLeftSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.idpLeftColumn.addItem(self.idpLeftSpacer)


        self.idpColumns.addLayout(self.idpLeftColumn)

        self.idpTextsForm = QFormLayout()
        self.idpTextsForm.setObjectName(u"idpTextsForm")
        self.idpTextsForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.strengthsEditLabel = QLabel(self.idpInner)
        self.strengthsEditLabel.setObjectName(u"strengthsEditLabel")

        self.idpTextsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.strengthsEditLabel)

        self.strengthsEdit = QPlainTextEdit(self.idpInner)
        self.strengthsEdit.setObjectName(u"strengthsEdit")
        self.strengthsEdit.setMinimumSize(QSize(0, 50))
        self.strengthsEdit.setTabChangesFocus(True)
        self.strengthsEdit.setMaximumSize(QSize(16777215, 80))

        self.idpTextsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.strengthsEdit)

        self.growthEditLabel = QLabel(self.idpInner)
        self.growthEditLabel.setObjectName(u"growthEditLabel")

        self.idpTextsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.growthEditLabel)

        self.growthEdit = QPlainTextEdit(self.idpInner)
        self.growthEdit.setObjectName(u"growthEdit")
        self.growthEdit.setMinimumSize(QSize(0, 50))
        self.growthEdit.setTabChangesFocus(True)
        self.growthEdit.setMaximumSize(QSize(16777215, 80))

        self.idpTextsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.growthEdit)

        self.shortTermEditLabel = QLabel(self.idpInner)
        self.shortTermEditLabel.setObjectName(u"shortTermEditLabel")

        self.idpTextsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.shortTermEditLabel)

        self.shortTermEdit = QPlainTextEdit(self.idpInner)
        self.shortTermEdit.setObjectName(u"shortTermEdit")
        self.shortTermEdit.setMinimumSize(QSize(0, 50))
        self.shortTermEdit.setTabChangesFocus(True)
        self.shortTermEdit.setMaximumSize(QSize(16777215, 80))

        self.idpTextsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.shortTermEdit)

        self.longTermEditLabel = QLabel(self.idpInner)
        self.longTermEditLabel.setObjectName(u"longTermEditLabel")

        self.idpTextsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.longTermEditLabel)

        self.longTermEdit = QPlainTextEdit(self.idpInner)
        self.longTermEdit.setObjectName(u"longTermEdit")
        self.longTermEdit.setMinimumSize(QSize(0, 50))
        self.longTermEdit.setTabChangesFocus(True)
        self.longTermEdit.setMaximumSize(QSize(16777215, 80))

        self.idpTextsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.longTermEdit)

        self.idpGoalsBrowserLabel = QLabel(self.idpInner)
        self.idpGoalsBrowserLabel.setObjectName(u"idpGoalsBrowserLabel")

        self.idpTextsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.idpGoalsBrowserLabel)

        self.idpGoalsBrowser = QTextBrowser(self.idpInner)
        self.idpGoalsBrowser.setObjectName(u"idpGoalsBrowser")
        self.idpGoalsBrowser.setMinimumSize(QSize(0, 110))
        self.idpGoalsBrowser.setOpenLinks(False)

        self.idpTextsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.idpGoalsBrowser)


        self.idpColumns.addLayout(self.idpTextsForm)

        self.idpColumns.setStretch(0, 2)
        self.idpColumns.setStretch(1, 3)
        self.idpScroll.setWidget(self.idpInner)

        self.idpLayout.addWidget(self.idpScroll)

        self.idpErrorLabel = QLabel(IdpTab)
        self.idpErrorLabel.setObjectName(u"idpErrorLabel")
        self.idpErrorLabel.setWordWrap(True)
        self.idpErrorLabel.setStyleSheet(u"color: #b00020;")

        self.idpLayout.addWidget(self.idpErrorLabel)

        self.idpButtons = QHBoxLayout()
        self.idpButtons.setObjectName(u"idpButtons")
        self.idpSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.idpButtons.addItem(self.idpSpacer)

        self.revertIdpButton = QPushButton(IdpTab)
        self.revertIdpButton.setObjectName(u"revertIdpButton")

        self.idpButtons.addWidget(self.revertIdpButton)

        self.saveIdpButton = QPushButton(IdpTab)
        self.saveIdpButton.setObjectName(u"saveIdpButton")

        self.idpButtons.addWidget(self.saveIdpButton)


        self.idpLayout.addLayout(self.idpButtons)

#if QT_CONFIG(shortcut)
        self.menteeComboLabel.setBuddy(self.menteeCombo)
        self.periodStartEditLabel.setBuddy(self.periodStartEdit)
        self.periodEndEditLabel.setBuddy(self.periodEndEdit)
        self.idpMidpointEditLabel.setBuddy(self.idpMidpointEdit)
        self.finalReviewEditLabel.setBuddy(self.finalReviewEdit)
        self.baselineSpinLabel.setBuddy(self.baselineSpin)
        self.finalSpinLabel.setBuddy(self.finalSpin)
        self.idpMenteeSignedEditLabel.setBuddy(self.idpMenteeSignedEdit)
        self.idpMentorSignedEditLabel.setBuddy(self.idpMentorSignedEdit)
        self.idpCoordinatorSignedEditLabel.setBuddy(self.idpCoordinatorSignedEdit)
        self.strengthsEditLabel.setBuddy(self.strengthsEdit)
        self.growthEditLabel.setBuddy(self.growthEdit)
        self.shortTermEditLabel.setBuddy(self.shortTermEdit)
        self.longTermEditLabel.setBuddy(self.longTermEdit)
        self.idpGoalsBrowserLabel.setBuddy(self.idpGoalsBrowser)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(IdpTab)
    # setupUi

    def retranslateUi(self, IdpTab):
        self.idpStateLabel.setText("")
        self.menteeComboLabel.setText(QCoreApplication.translate("IdpTab", u"Mentee", None))
        self.periodStartEditLabel.setText(QCoreApplication.translate("IdpTab", u"Plan starts", None))
        self.periodEndEditLabel.setText(QCoreApplication.translate("IdpTab", u"Plan ends", None))
        self.idpMidpointEditLabel.setText(QCoreApplication.translate("IdpTab", u"Mid-point review", None))
        self.finalReviewEditLabel.setText(QCoreApplication.translate("IdpTab", u"Final review", None))
        self.baselineSpinLabel.setText(QCoreApplication.translate("IdpTab", u"Baseline self-rating", None))
        self.baselineSpin.setSpecialValueText(QCoreApplication.translate("IdpTab", u"not rated", None))
        self.baselineSpin.setSuffix(QCoreApplication.translate("IdpTab", u" / 5", None))
        self.finalSpinLabel.setText(QCoreApplication.translate("IdpTab", u"Final self-rating", None))
        self.finalSpin.setSpecialValueText(QCoreApplication.translate("IdpTab", u"not rated", None))
        self.finalSpin.setSuffix(QCoreApplication.translate("IdpTab", u" / 5", None))
        self.idpMenteeSignedEditLabel.setText(QCoreApplication.translate("IdpTab", u"Mentee signed", None))
        self.idpMentorSignedEditLabel.setText(QCoreApplication.translate("IdpTab", u"Mentor signed", None))
        self.idpCoordinatorSignedEditLabel.setText(QCoreApplication.translate("IdpTab", u"Coordinator signed", None))
        self.strengthsEditLabel.setText(QCoreApplication.translate("IdpTab", u"Strengths", None))
        self.growthEditLabel.setText(QCoreApplication.translate("IdpTab", u"Growth areas", None))
        self.shortTermEditLabel.setText(QCoreApplication.translate("IdpTab", u"Short-term aspirations", None))
        self.longTermEditLabel.setText(QCoreApplication.translate("IdpTab", u"Long-term aspirations", None))
        self.idpGoalsBrowserLabel.setText(QCoreApplication.translate("IdpTab", u"IDP goals, action plans, resources", None))
        self.idpErrorLabel.setText("")
        self.revertIdpButton.setText(QCoreApplication.translate("IdpTab", u"Revert", None))
        self.saveIdpButton.setText(QCoreApplication.translate("IdpTab", u"Save IDP", None))
        pass
    # retranslateUi

