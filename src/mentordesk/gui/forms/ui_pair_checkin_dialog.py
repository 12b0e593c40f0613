# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pair_checkin_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

from mentordesk.gui.common import DateEdit

class Ui_CheckinDialog(object):
    def setupUi(self, CheckinDialog):
        if not CheckinDialog.objectName():
            CheckinDialog.setObjectName(u"CheckinDialog")
        CheckinDialog.setModal(True)
        self.CheckinDialogLayout = QVBoxLayout(CheckinDialog)
        self.CheckinDialogLayout.setObjectName(u"CheckinDialogLayout")
        self.CheckinDialogForm = QFormLayout()
        self.CheckinDialogForm.setObjectName(u"CheckinDialogForm")
        self.dateEditLabel = QLabel(CheckinDialog)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.CheckinDialogForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateEditLabel)

        self.dateEdit = DateEdit(CheckinDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.CheckinDialogForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.partyComboLabel = QLabel(CheckinDialog)
        self.partyComboLabel.setObjectName(u"partyComboLabel")

        self.CheckinDialogForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.partyComboLabel)

        self.partyCombo = QComboBox(CheckinDialog)
        self.partyCombo.setObjectName(u"partyCombo")

        self.CheckinDialogForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.partyCombo)

        self.methodComboLabel = QLabel(CheckinDialog)
        self.methodComboLabel.setObjectName(u"methodComboLabel")

        self.CheckinDialogForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.methodComboLabel)

        self.methodCombo = QComboBox(CheckinDialog)
        self.methodCombo.setObjectName(u"methodCombo")

        self.CheckinDialogForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.ratingSpinLabel = QLabel(CheckinDialog)
        self.ratingSpinLabel.setObjectName(u"ratingSpinLabel")

        self.CheckinDialogForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.ratingSpinLabel)

        self.ratingSpin = QSpinBox(CheckinDialog)
        self.ratingSpin.setObjectName(u"ratingSpin")
        self.ratingSpin.setMinimum(0)
        self.ratingSpin.setMaximum(5)

        self.CheckinDialogForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ratingSpin)

        self.safetyCheckLabel = QLabel(CheckinDialog)
        self.safetyCheckLabel.setObjectName(u"safetyCheckLabel")

        self.CheckinDialogForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.safetyCheckLabel)

        self.safetyCheck = QCheckBox(CheckinDialog)
        self.safetyCheck.setObjectName(u"safetyCheck")

        self.CheckinDialogForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.safetyCheck)

        self.safetyNoteEditLabel = QLabel(CheckinDialog)
        self.safetyNoteEditLabel.setObjectName(u"safetyNoteEditLabel")

        self.CheckinDialogForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.safetyNoteEditLabel)

        self.safetyNoteEdit = QPlainTextEdit(CheckinDialog)
        self.safetyNoteEdit.setObjectName(u"safetyNoteEdit")
        self.safetyNoteEdit.setMinimumSize(QSize(0, 50))
        self.safetyNoteEdit.setTabChangesFocus(True)
        self.safetyNoteEdit.setMaximumSize(QSize(16777215, 80))

        self.CheckinDialogForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.safetyNoteEdit)

        self.resolvedEditLabel = QLabel(CheckinDialog)
        self.resolvedEditLabel.setObjectName(u"resolvedEditLabel")

        self.CheckinDialogForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.resolvedEditLabel)

        self.resolvedEdit = DateEdit(CheckinDialog)
        self.resolvedEdit.setObjectName(u"resolvedEdit")

        self.CheckinDialogForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.resolvedEdit)

        self.followUpEditLabel = QLabel(CheckinDialog)
        self.followUpEditLabel.setObjectName(u"followUpEditLabel")

        self.CheckinDialogForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.followUpEditLabel)

        self.followUpEdit = QPlainTextEdit(CheckinDialog)
        self.followUpEdit.setObjectName(u"followUpEdit")
        self.followUpEdit.setMinimumSize(QSize(0, 40))
        self.followUpEdit.setTabChangesFocus(True)
        self.followUpEdit.setMaximumSize(QSize(16777215, 64))

        self.CheckinDialogForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.followUpEdit)

        self.notesEditLabel = QLabel(CheckinDialog)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.CheckinDialogForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesEdit = QPlainTextEdit(CheckinDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMinimumSize(QSize(0, 50))
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 80))

        self.CheckinDialogForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.CheckinDialogLayout.addLayout(self.CheckinDialogForm)

        self.errorLabel = QLabel(CheckinDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b00020;")

        self.CheckinDialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CheckinDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.CheckinDialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.partyComboLabel.setBuddy(self.partyCombo)
        self.methodComboLabel.setBuddy(self.methodCombo)
        self.ratingSpinLabel.setBuddy(self.ratingSpin)
        self.safetyCheckLabel.setBuddy(self.safetyCheck)
        self.safetyNoteEditLabel.setBuddy(self.safetyNoteEdit)
        self.resolvedEditLabel.setBuddy(self.resolvedEdit)
        self.followUpEditLabel.setBuddy(self.followUpEdit)
        self.notesEditLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CheckinDialog)
    # setupUi

    def retranslateUi(self, CheckinDialog):
        CheckinDialog.setWindowTitle(QCoreApplication.translate("CheckinDialog", u"Support check-in", None))
        self.dateEditLabel.setText(QCoreApplication.translate("CheckinDialog", u"Date", None))
        self.partyComboLabel.setText(QCoreApplication.translate("CheckinDialog", u"Contacted", None))
        self.methodComboLabel.setText(QCoreApplication.translate("CheckinDialog", u"Method", None))
        self.ratingSpinLabel.setText(QCoreApplication.translate("CheckinDialog", u"Relationship quality", None))
        self.ratingSpin.setSpecialValueText(QCoreApplication.translate("CheckinDialog", u"not rated", None))
        self.ratingSpin.setSuffix(QCoreApplication.translate("CheckinDialog", u" / 5", None))
        self.safetyCheckLabel.setText("")
        self.safetyCheck.setText(QCoreApplication.translate("CheckinDialog", u"Safety concern raised", None))
        self.safetyNoteEditLabel.setText(QCoreApplication.translate("CheckinDialog", u"Safety note (confidential)", None))
        self.safetyNoteEdit.setPlaceholderText(QCoreApplication.translate("CheckinDialog", u"What was reported and what was done", None))
        self.resolvedEditLabel.setText(QCoreApplication.translate("CheckinDialog", u"Concern resolved on", None))
        self.followUpEditLabel.setText(QCoreApplication.translate("CheckinDialog", u"Follow-up", None))
        self.notesEditLabel.setText(QCoreApplication.translate("CheckinDialog", u"Notes (confidential)", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("CheckinDialog", u"Confidential: never printed or exported", None))
        self.errorLabel.setText("")
    # retranslateUi

