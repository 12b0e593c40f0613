# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pair_progress_dialog.ui'
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
    QFormLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

from mentordesk.gui.common import DateEdit

class Ui_ProgressDialog(object):
    def setupUi(self, ProgressDialog):
        if not ProgressDialog.objectName():
            ProgressDialog.setObjectName(u"ProgressDialog")
        ProgressDialog.setModal(True)
        self.ProgressDialogLayout = QVBoxLayout(ProgressDialog)
        self.ProgressDialogLayout.setObjectName(u"ProgressDialogLayout")
        self.ProgressDialogForm = QFormLayout()
        self.ProgressDialogForm.setObjectName(u"ProgressDialogForm")
        self.dateEditLabel = QLabel(ProgressDialog)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.ProgressDialogForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateEditLabel)

        self.dateEdit = DateEdit(ProgressDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.ProgressDialogForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.percentSpinLabel = QLabel(ProgressDialog)
        self.percentSpinLabel.setObjectName(u"percentSpinLabel")

        self.ProgressDialogForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.percentSpinLabel)

        self.percentSpin = QSpinBox(ProgressDialog)
        self.percentSpin.setObjectName(u"percentSpin")
        self.percentSpin.setMinimum(0)
        self.percentSpin.setMaximum(100)
        self.percentSpin.setSingleStep(5)

        self.ProgressDialogForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.percentSpin)

        self.commentEditLabel = QLabel(ProgressDialog)
        self.commentEditLabel.setObjectName(u"commentEditLabel")

        self.ProgressDialogForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.commentEditLabel)

        self.commentEdit = QPlainTextEdit(ProgressDialog)
        self.commentEdit.setObjectName(u"commentEdit")
        self.commentEdit.setMinimumSize(QSize(0, 50))
        self.commentEdit.setTabChangesFocus(True)
        self.commentEdit.setMaximumSize(QSize(16777215, 80))

        self.ProgressDialogForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.commentEdit)


        self.ProgressDialogLayout.addLayout(self.ProgressDialogForm)

        self.errorLabel = QLabel(ProgressDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b00020;")

        self.ProgressDialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ProgressDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.ProgressDialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.percentSpinLabel.setBuddy(self.percentSpin)
        self.commentEditLabel.setBuddy(self.commentEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProgressDialog)
    # setupUi

    def retranslateUi(self, ProgressDialog):
        ProgressDialog.setWindowTitle(QCoreApplication.translate("ProgressDialog", u"Log progress", None))
        self.dateEditLabel.setText(QCoreApplication.translate("ProgressDialog", u"Date", None))
        self.percentSpinLabel.setText(QCoreApplication.translate("ProgressDialog", u"Progress", None))
        self.percentSpin.setSuffix(QCoreApplication.translate("ProgressDialog", u" %", None))
        self.commentEditLabel.setText(QCoreApplication.translate("ProgressDialog", u"Comment", None))
        self.errorLabel.setText("")
    # retranslateUi

