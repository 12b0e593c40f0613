# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(560, 260)
        self.mainLayout = QVBoxLayout(ExportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.programCaption = QLabel(ExportDialog)
        self.programCaption.setObjectName(u"programCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.programCaption)

        self.programLabel = QLabel(ExportDialog)
        self.programLabel.setObjectName(u"programLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.programLabel)

        self.formatLabel = QLabel(ExportDialog)
        self.formatLabel.setObjectName(u"formatLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatCombo = QComboBox(ExportDialog)
        self.formatCombo.setObjectName(u"formatCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.formatCombo)

        self.pathLabel = QLabel(ExportDialog)
        self.pathLabel.setObjectName(u"pathLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pathLabel)

        self.pathLayout = QHBoxLayout()
        self.pathLayout.setObjectName(u"pathLayout")
        self.pathEdit = QLineEdit(ExportDialog)
        self.pathEdit.setObjectName(u"pathEdit")

        self.pathLayout.addWidget(self.pathEdit)

        self.browseButton = QPushButton(ExportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.pathLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.pathLayout)


        self.mainLayout.addLayout(self.formLayout)

        self.sensitiveCheck = QCheckBox(ExportDialog)
        self.sensitiveCheck.setObjectName(u"sensitiveCheck")

        self.mainLayout.addWidget(self.sensitiveCheck)

        self.sensitiveWarning = QLabel(ExportDialog)
        self.sensitiveWarning.setObjectName(u"sensitiveWarning")
        self.sensitiveWarning.setWordWrap(True)
        self.sensitiveWarning.setStyleSheet(u"color: #9a3412; font-weight: bold;")

        self.mainLayout.addWidget(self.sensitiveWarning)

        self.messageLabel = QLabel(ExportDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(ExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.formatLabel.setBuddy(self.formatCombo)
        self.pathLabel.setBuddy(self.pathEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export roster", None))
        self.programCaption.setText(QCoreApplication.translate("ExportDialog", u"Program:", None))
#if QT_CONFIG(accessibility)
        self.programLabel.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Program", None))
#endif // QT_CONFIG(accessibility)
        self.formatLabel.setText(QCoreApplication.translate("ExportDialog", u"&Format:", None))
#if QT_CONFIG(accessibility)
        self.formatCombo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Format", None))
#endif // QT_CONFIG(accessibility)
        self.pathLabel.setText(QCoreApplication.translate("ExportDialog", u"&Save as:", None))
#if QT_CONFIG(accessibility)
        self.pathEdit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"File to write", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("ExportDialog", u"&Browse\u2026", None))
        self.sensitiveCheck.setText(QCoreApplication.translate("ExportDialog", u"&Include sensitive fields (date of birth, gender, pronouns, identity preferences, confidential notes, guardian details)", None))
        self.sensitiveWarning.setText(QCoreApplication.translate("ExportDialog", u"\u26a0 The file will contain confidential and minors' data. Keep it on this computer or share it only with people allowed to see it.", None))
    # retranslateUi

