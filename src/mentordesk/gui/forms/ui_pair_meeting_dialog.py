# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pair_meeting_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

from mentordesk.gui.common import DateEdit

class Ui_MeetingDialog(object):
    def setupUi(self, MeetingDialog):
        if not MeetingDialog.objectName():
            MeetingDialog.setObjectName(u"MeetingDialog")
        MeetingDialog.setModal(True)
        self.MeetingDialogLayout = QVBoxLayout(MeetingDialog)
        self.MeetingDialogLayout.setObjectName(u"MeetingDialogLayout")
        self.MeetingDialogForm = QFormLayout()
        self.MeetingDialogForm.setObjectName(u"MeetingDialogForm")
        self.dateEditLabel = QLabel(MeetingDialog)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.MeetingDialogForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateEditLabel)

        self.dateEdit = DateEdit(MeetingDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.MeetingDialogForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.statusComboLabel = QLabel(MeetingDialog)
        self.statusComboLabel.setObjectName(u"statusComboLabel")

        self.MeetingDialogForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.statusComboLabel)

        self.statusCombo = QComboBox(MeetingDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.MeetingDialogForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.durationSpinLabel = QLabel(MeetingDialog)
        self.durationSpinLabel.setObjectName(u"durationSpinLabel")

        self.MeetingDialogForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.durationSpinLabel)

        self.durationSpin = QSpinBox(MeetingDialog)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMinimum(0)
        self.durationSpin.setMaximum(1440)
        self.durationSpin.setSingleStep(5)

        self.MeetingDialogForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.durationSpin)

        self.formatComboLabel = QLabel(MeetingDialog)
        self.formatComboLabel.setObjectName(u"formatComboLabel")

        self.MeetingDialogForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.formatComboLabel)

        self.formatCombo = QComboBox(MeetingDialog)
        self.formatCombo.setObjectName(u"formatCombo")

        self.MeetingDialogForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.formatCombo)

        self.attendeesEditLabel = QLabel(MeetingDialog)
        self.attendeesEditLabel.setObjectName(u"attendeesEditLabel")

        self.MeetingDialogForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.attendeesEditLabel)

        self.attendeesEdit = QLineEdit(MeetingDialog)
        self.attendeesEdit.setObjectName(u"attendeesEdit")

        self.MeetingDialogForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.attendeesEdit)

        self.topicsEditLabel = QLabel(MeetingDialog)
        self.topicsEditLabel.setObjectName(u"topicsEditLabel")

        self.MeetingDialogForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.topicsEditLabel)

        self.topicsEdit = QPlainTextEdit(MeetingDialog)
        self.topicsEdit.setObjectName(u"topicsEdit")
        self.topicsEdit.setMinimumSize(QSize(0, 50))
        self.topicsEdit.setTabChangesFocus(True)
        self.topicsEdit.setMaximumSize(QSize(16777215, 80))

        self.MeetingDialogForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.topicsEdit)

        self.nextStepsEditLabel = QLabel(MeetingDialog)
        self.nextStepsEditLabel.setObjectName(u"nextStepsEditLabel")

        self.MeetingDialogForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.nextStepsEditLabel)

        self.nextStepsEdit = QPlainTextEdit(MeetingDialog)
        self.nextStepsEdit.setObjectName(u"nextStepsEdit")
        self.nextStepsEdit.setMinimumSize(QSize(0, 50))
        self.nextStepsEdit.setTabChangesFocus(True)
        self.nextStepsEdit.setMaximumSize(QSize(16777215, 80))

        self.MeetingDialogForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.nextStepsEdit)

        self.notesEditLabel = QLabel(MeetingDialog)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.MeetingDialogForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesEdit = QPlainTextEdit(MeetingDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMinimumSize(QSize(0, 60))
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 96))

        self.MeetingDialogForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.MeetingDialogLayout.addLayout(self.MeetingDialogForm)

        self.errorLabel = QLabel(MeetingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b00020;")

        self.MeetingDialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MeetingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.MeetingDialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.statusComboLabel.setBuddy(self.statusCombo)
        self.durationSpinLabel.setBuddy(self.durationSpin)
        self.formatComboLabel.setBuddy(self.formatCombo)
        self.attendeesEditLabel.setBuddy(self.attendeesEdit)
        self.topicsEditLabel.setBuddy(self.topicsEdit)
        self.nextStepsEditLabel.setBuddy(self.nextStepsEdit)
        self.notesEditLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeetingDialog)
    # setupUi

    def retranslateUi(self, MeetingDialog):
        MeetingDialog.setWindowTitle(QCoreApplication.translate("MeetingDialog", u"Meeting", None))
        self.dateEditLabel.setText(QCoreApplication.translate("MeetingDialog", u"Date", None))
        self.statusComboLabel.setText(QCoreApplication.translate("MeetingDialog", u"Status", None))
        self.durationSpinLabel.setText(QCoreApplication.translate("MeetingDialog", u"Duration", None))
        self.durationSpin.setSuffix(QCoreApplication.translate("MeetingDialog", u" min", None))
        self.formatComboLabel.setText(QCoreApplication.translate("MeetingDialog", u"Format", None))
        self.attendeesEditLabel.setText(QCoreApplication.translate("MeetingDialog", u"Who attended", None))
        self.topicsEditLabel.setText(QCoreApplication.translate("MeetingDialog", u"Topics", None))
        self.nextStepsEditLabel.setText(QCoreApplication.translate("MeetingDialog", u"Next steps", None))
        self.notesEditLabel.setText(QCoreApplication.translate("MeetingDialog", u"Notes (confidential)", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"Confidential: never printed or exported", None))
        self.errorLabel.setText("")
    # retranslateUi

