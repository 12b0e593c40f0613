# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pair_agreement_tab.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

from mentordesk.gui.common import DateEdit

class Ui_AgreementTab(object):
    def setupUi(self, AgreementTab):
        if not AgreementTab.objectName():
            AgreementTab.setObjectName(u"AgreementTab")
        self.agreementLayout = QVBoxLayout(AgreementTab)
        self.agreementLayout.setObjectName(u"agreementLayout")
        self.agreementStateLabel = QLabel(AgreementTab)
        self.agreementStateLabel.setObjectName(u"agreementStateLabel")
        self.agreementStateLabel.setWordWrap(True)

        self.agreementLayout.addWidget(self.agreementStateLabel)

        self.agreementScroll = QScrollArea(AgreementTab)
        self.agreementScroll.setObjectName(u"agreementScroll")
        self.agreementScroll.setWidgetResizable(True)
        self.agreementScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.agreementInner = QWidget()
        self.agreementInner.setObjectName(u"agreementInner")
        self.agreementColumns = QHBoxLayout(self.agreementInner)
        self.agreementColumns.setObjectName(u"agreementColumns")
        self.termsColumn = QVBoxLayout()
        self.termsColumn.setObjectName(u"termsColumn")
        self.termsForm = QFormLayout()
        self.termsForm.setObjectName(u"termsForm")
        self.frequencyEditLabel = QLabel(self.agreementInner)
        self.frequencyEditLabel.setObjectName(u"frequencyEditLabel")

        self.termsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.frequencyEditLabel)

        self.frequencyEdit = QLineEdit(self.agreementInner)
        self.frequencyEdit.setObjectName(u"frequencyEdit")

        self.termsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.frequencyEdit)

        self.minutesSpinLabel = QLabel(self.agreementInner)
        self.minutesSpinLabel.setObjectName(u"minutesSpinLabel")

        self.termsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.minutesSpinLabel)

        self.minutesSpin = QSpinBox(self.agreementInner)
        self.minutesSpin.setObjectName(u"minutesSpin")
        self.minutesSpin.setMinimum(0)
        self.minutesSpin.setMaximum(600)
        self.minutesSpin.setSingleStep(5)

        self.termsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.minutesSpin)

        self.formatComboLabel = QLabel(self.agreementInner)
        self.formatComboLabel.setObjectName(u"formatComboLabel")

        self.termsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.formatComboLabel)

        self.formatCombo = QComboBox(self.agreementInner)
        self.formatCombo.setObjectName(u"formatCombo")

        self.termsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.formatCombo)

        self.usualTimeEditLabel = QLabel(self.agreementInner)
        self.usualTimeEditLabel.setObjectName(u"usualTimeEditLabel")

        self.termsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.usualTimeEditLabel)

        self.usualTimeEdit = QLineEdit(self.agreementInner)
        self.usualTimeEdit.setObjectName(u"usualTimeEdit")

        self.termsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.usualTimeEdit)

        self.placeEditLabel = QLabel(self.agreementInner)
        self.placeEditLabel.setObjectName(u"placeEditLabel")

        self.termsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.placeEditLabel)

        self.placeEdit = QLineEdit(self.agreementInner)
        self.placeEdit.setObjectName(u"placeEdit")

        self.termsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.contactEditLabel = QLabel(self.agreementInner)
        self.contactEditLabel.setObjectName(u"contactEditLabel")

        self.termsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.contactEditLabel)

        self.contactEdit = QPlainTextEdit(self.agreementInner)
        self.contactEdit.setObjectName(u"contactEdit")
        self.contactEdit.setMinimumSize(QSize(0, 50))
        self.contactEdit.setTabChangesFocus(True)
        self.contactEdit.setMaximumSize(QSize(16777215, 80))

        self.termsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.durationSpinLabel = QLabel(self.agreementInner)
        self.durationSpinLabel.setObjectName(u"durationSpinLabel")

        self.termsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.durationSpinLabel)

        self.durationSpin = QSpinBox(self.agreementInner)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMinimum(0)
        self.durationSpin.setMaximum(60)

        self.termsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.durationSpin)

        self.midpointEditLabel = QLabel(self.agreementInner)
        self.midpointEditLabel.setObjectName(u"midpointEditLabel")

        self.termsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.midpointEditLabel)

        self.midpointEdit = DateEdit(self.agreementInner)
        self.midpointEdit.setObjectName(u"midpointEdit")

        self.termsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.midpointEdit)

        self.noticeSpinLabel = QLabel(self.agreementInner)
        self.noticeSpinLabel.setObjectName(u"noticeSpinLabel")

        self.termsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.noticeSpinLabel)

        self.noticeSpin = QSpinBox(self.agreementInner)
        self.noticeSpin.setObjectName(u"noticeSpin")
        self.noticeSpin.setMinimum(0)
        self.noticeSpin.setMaximum(365)

        self.termsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.noticeSpin)

        self.agreementStatusComboLabel = QLabel(self.agreementInner)
        self.agreementStatusComboLabel.setObjectName(u"agreementStatusComboLabel")

        self.termsForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.agreementStatusComboLabel)

        self.agreementStatusCombo = QComboBox(self.agreementInner)
        self.agreementStatusCombo.setObjectName(u"agreementStatusCombo")

        self.termsForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.agreementStatusCombo)

        self.mentorSignedEditLabel = QLabel(self.agreementInner)
        self.mentorSignedEditLabel.setObjectName(u"mentorSignedEditLabel")

        self.termsForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.mentorSignedEditLabel)

        self.mentorSignedEdit = DateEdit(self.agreementInner)
        self.mentorSignedEdit.setObjectName(u"mentorSignedEdit")

        self.termsForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.mentorSignedEdit)

        self.menteeSignedEditLabel = QLabel(self.agreementInner)
        self.menteeSignedEditLabel.setObjectName(u"menteeSignedEditLabel")

        self.termsForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.menteeSignedEditLabel)

        self.menteeSignedEdit = DateEdit(self.agreementInner)
        self.menteeSignedEdit.setObjectName(u"menteeSignedEdit")

        self.termsForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.menteeSignedEdit)

        self.guardianSignedEditLabel = QLabel(self.agreementInner)
        self.guardianSignedEditLabel.setObjectName(u"guardianSignedEditLabel")

        self.termsForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.guardianSignedEditLabel)

        self.guardianSignedEdit = DateEdit(self.agreementInner)
        self.guardianSignedEdit.setObjectName(u"guardianSignedEdit")

        self.termsForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.guardianSignedEdit)

        self.coordinatorSignedEditLabel = QLabel(self.agreementInner)
        self.coordinatorSignedEditLabel.setObjectName(u"coordinatorSignedEditLabel")

        self.termsForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.coordinatorSignedEditLabel)

        self.coordinatorSignedEdit = DateEdit(self.agreementInner)
        self.coordinatorSignedEdit.setObjectName(u"coordinatorSignedEdit")

        self.termsForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.coordinatorSignedEdit)


        self.termsColumn.addLayout(self.termsForm)

        self.termsSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.termsColumn.addItem(self.termsSpacer)


        self.agreementColumns.addLayout(self.termsColumn)

        self.textsForm = QFormLayout()
        self.textsForm.setObjectName(u"textsForm")
        self.textsForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.agreementGoalsLabelLabel = QLabel(self.agreementInner)
        self.agreementGoalsLabelLabel.setObjectName(u"agreementGoalsLabelLabel")

        self.textsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.agreementGoalsLabelLabel)

        self.agreementGoalsLabel = QLabel(self.agreementInner)
        self.agreementGoalsLabel.setObjectName(u"agreementGoalsLabel")
        self.agreementGoalsLabel.setWordWrap(True)
        self.agreementGoalsLabel.setTextFormat(Qt.TextFormat.RichText)

        self.textsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.agreementGoalsLabel)

        self.confidentialityEditLabel = QLabel(self.agreementInner)
        self.confidentialityEditLabel.setObjectName(u"confidentialityEditLabel")

        self.textsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.confidentialityEditLabel)

        self.confidentialityEdit = QPlainTextEdit(self.agreementInner)
        self.confidentialityEdit.setObjectName(u"confidentialityEdit")
        self.confidentialityEdit.setMinimumSize(QSize(0, 110))
        self.confidentialityEdit.setTabChangesFocus(True)
        self.confidentialityEdit.setMaximumSize(QSize(16777215, 150))

        self.textsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.confidentialityEdit)

        self.boundariesEditLabel = QLabel(self.agreementInner)
        self.boundariesEditLabel.setObjectName(u"boundariesEditLabel")

        self.textsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.boundariesEditLabel)

        self.boundariesEdit = QPlainTextEdit(self.agreementInner)
        self.boundariesEdit.setObjectName(u"boundariesEdit")
        self.boundariesEdit.setMinimumSize(QSize(0, 90))
        self.boundariesEdit.setTabChangesFocus(True)
        self.boundariesEdit.setMaximumSize(QSize(16777215, 130))

        self.textsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.boundariesEdit)

        self.obligationsEditLabel = QLabel(self.agreementInner)
        self.obligationsEditLabel.setObjectName(u"obligationsEditLabel")

        self.textsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.obligationsEditLabel)

        self.obligationsEdit = QPlainTextEdit(self.agreementInner)
        self.obligationsEdit.setObjectName(u"obligationsEdit")
        self.obligationsEdit.setMinimumSize(QSize(0, 80))
        self.obligationsEdit.setTabChangesFocus(True)
        self.obligationsEdit.setMaximumSize(QSize(16777215, 120))

        self.textsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.obligationsEdit)

        self.endingEditLabel = QLabel(self.agreementInner)
        self.endingEditLabel.setObjectName(u"endingEditLabel")

        self.textsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.endingEditLabel)

        self.endingEdit = QPlainTextEdit(self.agreementInner)
        self.endingEdit.setObjectName(u"endingEdit")
        self.endingEdit.setMinimumSize(QSize(0, 80))
        self.endingEdit.setTabChangesFocus(True)
        self.endingEdit.setMaximumSize(QSize(16777215, 120))

        self.textsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.endingEdit)


        self.agreementColumns.addLayout(self.textsForm)

        self.agreementColumns.setStretch(0, 1)
        self.agreementColumns.setStretch(1, 1)
        self.agreementScroll.setWidget(self.agreementInner)

        self.agreementLayout.addWidget(self.agreementScroll)

        self.agreementErrorLabel = QLabel(AgreementTab)
        self.agreementErrorLabel.setObjectName(u"agreementErrorLabel")
        self.agreementErrorLabel.setWordWrap(True)
        self.agreementErrorLabel.setStyleSheet(u"color: #b00020;")

        self.agreementLayout.addWidget(self.agreementErrorLabel)

        self.agreementButtons = QHBoxLayout()
        self.agreementButtons.setObjectName(u"agreementButtons")
        self.agreementSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.agreementButtons.addItem(self.agreementSpacer)

        self.revertAgreementButton = QPushButton(AgreementTab)
        self.revertAgreementButton.setObjectName(u"revertAgreementButton")

        self.agreementButtons.addWidget(self.revertAgreementButton)

        self.saveAgreementButton = QPushButton(AgreementTab)
        self.saveAgreementButton.setObjectName(u"saveAgreementButton")

        self.agreementButtons.addWidget(self.saveAgreementButton)


        self.agreementLayout.addLayout(self.agreementButtons)

#if QT_CONFIG(shortcut)
        self.frequencyEditLabel.setBuddy(self.frequencyEdit)
        self.minutesSpinLabel.setBuddy(self.minutesSpin)
        self.formatComboLabel.setBuddy(self.formatCombo)
        self.usualTimeEditLabel.setBuddy(self.usualTimeEdit)
        self.placeEditLabel.setBuddy(self.placeEdit)
        self.contactEditLabel.setBuddy(self.contactEdit)
        self.durationSpinLabel.setBuddy(self.durationSpin)
        self.midpointEditLabel.setBuddy(self.midpointEdit)
        self.noticeSpinLabel.setBuddy(self.noticeSpin)
        self.agreementStatusComboLabel.setBuddy(self.agreementStatusCombo)
        self.mentorSignedEditLabel.setBuddy(self.mentorSignedEdit)
        self.menteeSignedEditLabel.setBuddy(self.menteeSignedEdit)
        self.guardianSignedEditLabel.setBuddy(self.guardianSignedEdit)
        self.coordinatorSignedEditLabel.setBuddy(self.coordinatorSignedEdit)
        self.agreementGoalsLabelLabel.setBuddy(self.agreementGoalsLabel)
        self.confidentialityEditLabel.setBuddy(self.confidentialityEdit)
        self.boundariesEditLabel.setBuddy(self.boundariesEdit)
        self.obligationsEditLabel.setBuddy(self.obligationsEdit)
        self.endingEditLabel.setBuddy(self.endingEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AgreementTab)
    # setupUi

    def retranslateUi(self, AgreementTab):
        self.agreementStateLabel.setText("")
        self.frequencyEditLabel.setText(QCoreApplication.translate("AgreementTab", u"Meeting frequency", None))
        self.frequencyEdit.setPlaceholderText(QCoreApplication.translate("AgreementTab", u"e.g. Every 2 weeks", None))
        self.minutesSpinLabel.setText(QCoreApplication.translate("AgreementTab", u"Meeting length", None))
        self.minutesSpin.setSuffix(QCoreApplication.translate("AgreementTab", u" min", None))
        self.minutesSpin.setSpecialValueText(QCoreApplication.translate("AgreementTab", u"not set", None))
        self.formatComboLabel.setText(QCoreApplication.translate("AgreementTab", u"Format", None))
        self.usualTimeEditLabel.setText(QCoreApplication.translate("AgreementTab", u"Usual day and time", None))
        self.usualTimeEdit.setPlaceholderText(QCoreApplication.translate("AgreementTab", u"e.g. Wednesdays 15:30", None))
        self.placeEditLabel.setText(QCoreApplication.translate("AgreementTab", u"Place", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("AgreementTab", u"e.g. School library", None))
        self.contactEditLabel.setText(QCoreApplication.translate("AgreementTab", u"Contact between meetings", None))
        self.durationSpinLabel.setText(QCoreApplication.translate("AgreementTab", u"Duration", None))
        self.durationSpin.setSuffix(QCoreApplication.translate("AgreementTab", u" months", None))
        self.durationSpin.setSpecialValueText(QCoreApplication.translate("AgreementTab", u"not set", None))
        self.midpointEditLabel.setText(QCoreApplication.translate("AgreementTab", u"Mid-point review", None))
        self.noticeSpinLabel.setText(QCoreApplication.translate("AgreementTab", u"Notice period (ending)", None))
        self.noticeSpin.setSuffix(QCoreApplication.translate("AgreementTab", u" days", None))
        self.agreementStatusComboLabel.setText(QCoreApplication.translate("AgreementTab", u"Status", None))
        self.mentorSignedEditLabel.setText(QCoreApplication.translate("AgreementTab", u"Mentor signed", None))
        self.menteeSignedEditLabel.setText(QCoreApplication.translate("AgreementTab", u"Mentee signed", None))
        self.guardianSignedEditLabel.setText(QCoreApplication.translate("AgreementTab", u"Guardian signed", None))
        self.coordinatorSignedEditLabel.setText(QCoreApplication.translate("AgreementTab", u"Coordinator signed", None))
        self.agreementGoalsLabelLabel.setText(QCoreApplication.translate("AgreementTab", u"Goals (from the Goals tab)", None))
        self.agreementGoalsLabel.setText("")
        self.confidentialityEditLabel.setText(QCoreApplication.translate("AgreementTab", u"Confidentiality and its limits", None))
        self.boundariesEditLabel.setText(QCoreApplication.translate("AgreementTab", u"Boundaries", None))
        self.obligationsEditLabel.setText(QCoreApplication.translate("AgreementTab", u"Program obligations", None))
        self.endingEditLabel.setText(QCoreApplication.translate("AgreementTab", u"No-fault ending", None))
        self.agreementErrorLabel.setText("")
        self.revertAgreementButton.setText(QCoreApplication.translate("AgreementTab", u"Revert", None))
        self.saveAgreementButton.setText(QCoreApplication.translate("AgreementTab", u"Save agreement", None))
        pass
    # retranslateUi

