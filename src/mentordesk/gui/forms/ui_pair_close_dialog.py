# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pair_close_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from mentordesk.gui.common import DateEdit

class Ui_CloseDialog(object):
    def setupUi(self, CloseDialog):
        if not CloseDialog.objectName():
            CloseDialog.setObjectName(u"CloseDialog")
        CloseDialog.setModal(True)
        self.CloseDialogLayout = QVBoxLayout(CloseDialog)
        self.CloseDialogLayout.setObjectName(u"CloseDialogLayout")
        self.CloseDialogForm = QFormLayout()
        self.CloseDialogForm.setObjectName(u"CloseDialogForm")
        self.dateEditLabel = QLabel(CloseDialog)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.CloseDialogForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateEditLabel)

        self.dateEdit = DateEdit(CloseDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.CloseDialogForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.typeComboLabel = QLabel(CloseDialog)
        self.typeComboLabel.setObjectName(u"typeComboLabel")

        self.CloseDialogForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.typeComboLabel)

        self.typeCombo = QComboBox(CloseDialog)
        self.typeCombo.setObjectName(u"typeCombo")

        self.CloseDialogForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.initiatedComboLabel = QLabel(CloseDialog)
        self.initiatedComboLabel.setObjectName(u"initiatedComboLabel")

        self.CloseDialogForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.initiatedComboLabel)

        self.initiatedCombo = QComboBox(CloseDialog)
        self.initiatedCombo.setObjectName(u"initiatedCombo")
        self.initiatedCombo.setEditable(True)

        self.CloseDialogForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.initiatedCombo)

        self.reasonComboLabel = QLabel(CloseDialog)
        self.reasonComboLabel.setObjectName(u"reasonComboLabel")

        self.CloseDialogForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonComboLabel)

        self.reasonCombo = QComboBox(CloseDialog)
        self.reasonCombo.setObjectName(u"reasonCombo")
        self.reasonCombo.setEditable(True)

        self.CloseDialogForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonCombo)

        self.mentorFeedbackEditLabel = QLabel(CloseDialog)
        self.mentorFeedbackEditLabel.setObjectName(u"mentorFeedbackEditLabel")

        self.CloseDialogForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.mentorFeedbackEditLabel)

        self.mentorFeedbackEdit = QPlainTextEdit(CloseDialog)
        self.mentorFeedbackEdit.setObjectName(u"mentorFeedbackEdit")
        self.mentorFeedbackEdit.setMinimumSize(QSize(0, 50))
        self.mentorFeedbackEdit.setTabChangesFocus(True)
        self.mentorFeedbackEdit.setMaximumSize(QSize(16777215, 80))

        self.CloseDialogForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.mentorFeedbackEdit)

        self.menteeFeedbackEditLabel = QLabel(CloseDialog)
        self.menteeFeedbackEditLabel.setObjectName(u"menteeFeedbackEditLabel")

        self.CloseDialogForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.menteeFeedbackEditLabel)

        self.menteeFeedbackEdit = QPlainTextEdit(CloseDialog)
        self.menteeFeedbackEdit.setObjectName(u"menteeFeedbackEdit")
        self.menteeFeedbackEdit.setMinimumSize(QSize(0, 50))
        self.menteeFeedbackEdit.setTabChangesFocus(True)
        self.menteeFeedbackEdit.setMaximumSize(QSize(16777215, 80))

        self.CloseDialogForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.menteeFeedbackEdit)

        self.rematchComboLabel = QLabel(CloseDialog)
        self.rematchComboLabel.setObjectName(u"rematchComboLabel")

        self.CloseDialogForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.rematchComboLabel)

        self.rematchCombo = QComboBox(CloseDialog)
        self.rematchCombo.setObjectName(u"rematchCombo")
        self.rematchCombo.setEditable(True)

        self.CloseDialogForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.rematchCombo)


        self.CloseDialogLayout.addLayout(self.CloseDialogForm)

        self.closeHint = QLabel(CloseDialog)
        self.closeHint.setObjectName(u"closeHint")
        self.closeHint.setWordWrap(True)

        self.CloseDialogLayout.addWidget(self.closeHint)

        self.errorLabel = QLabel(CloseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b00020;")

        self.CloseDialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CloseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.CloseDialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.typeComboLabel.setBuddy(self.typeCombo)
        self.initiatedComboLabel.setBuddy(self.initiatedCombo)
        self.reasonComboLabel.setBuddy(self.reasonCombo)
        self.mentorFeedbackEditLabel.setBuddy(self.mentorFeedbackEdit)
        self.menteeFeedbackEditLabel.setBuddy(self.menteeFeedbackEdit)
        self.rematchComboLabel.setBuddy(self.rematchCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CloseDialog)
    # setupUi

    def retranslateUi(self, CloseDialog):
        CloseDialog.setWindowTitle(QCoreApplication.translate("CloseDialog", u"Close pair", None))
        self.dateEditLabel.setText(QCoreApplication.translate("CloseDialog", u"Closure date", None))
        self.typeComboLabel.setText(QCoreApplication.translate("CloseDialog", u"Type", None))
        self.initiatedComboLabel.setText(QCoreApplication.translate("CloseDialog", u"Initiated by", None))
        self.reasonComboLabel.setText(QCoreApplication.translate("CloseDialog", u"Reason code", None))
        self.mentorFeedbackEditLabel.setText(QCoreApplication.translate("CloseDialog", u"Mentor's exit feedback", None))
        self.menteeFeedbackEditLabel.setText(QCoreApplication.translate("CloseDialog", u"Mentee's exit feedback", None))
        self.rematchComboLabel.setText(QCoreApplication.translate("CloseDialog", u"Rematch decision", None))
        self.closeHint.setText(QCoreApplication.translate("CloseDialog", u"Closing frees the mentor's capacity. A closed pair can be reopened later.", None))
        self.errorLabel.setText("")
    # retranslateUi

