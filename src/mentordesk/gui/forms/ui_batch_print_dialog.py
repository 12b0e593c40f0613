# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'batch_print_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QRadioButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_BatchPrintDialog(object):
    def setupUi(self, BatchPrintDialog):
        if not BatchPrintDialog.objectName():
            BatchPrintDialog.setObjectName(u"BatchPrintDialog")
        BatchPrintDialog.resize(520, 300)
        self.mainLayout = QVBoxLayout(BatchPrintDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.kindLabel = QLabel(BatchPrintDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(BatchPrintDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.modeLabel = QLabel(BatchPrintDialog)
        self.modeLabel.setObjectName(u"modeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.modeLabel)

        self.modeLayout = QVBoxLayout()
        self.modeLayout.setObjectName(u"modeLayout")
        self.folderRadio = QRadioButton(BatchPrintDialog)
        self.folderRadio.setObjectName(u"folderRadio")
        self.folderRadio.setChecked(True)

        self.modeLayout.addWidget(self.folderRadio)

        self.combinedRadio = QRadioButton(BatchPrintDialog)
        self.combinedRadio.setObjectName(u"combinedRadio")

        self.modeLayout.addWidget(self.combinedRadio)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.modeLayout)

        self.targetLabel = QLabel(BatchPrintDialog)
        self.targetLabel.setObjectName(u"targetLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.targetLayout = QHBoxLayout()
        self.targetLayout.setObjectName(u"targetLayout")
        self.targetEdit = QLineEdit(BatchPrintDialog)
        self.targetEdit.setObjectName(u"targetEdit")

        self.targetLayout.addWidget(self.targetEdit)

        self.browseButton = QPushButton(BatchPrintDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.targetLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.targetLayout)

        self.paperLabel = QLabel(BatchPrintDialog)
        self.paperLabel.setObjectName(u"paperLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(BatchPrintDialog)
        self.paperCombo.setObjectName(u"paperCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.paperCombo)

        self.languageLabel = QLabel(BatchPrintDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(BatchPrintDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(BatchPrintDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.progressBar = QProgressBar(BatchPrintDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.mainLayout.addWidget(self.progressBar)

        self.buttonBox = QDialogButtonBox(BatchPrintDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.targetLabel.setBuddy(self.targetEdit)
        self.paperLabel.setBuddy(self.paperCombo)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BatchPrintDialog)
    # setupUi

    def retranslateUi(self, BatchPrintDialog):
        BatchPrintDialog.setWindowTitle(QCoreApplication.translate("BatchPrintDialog", u"Print a whole cohort", None))
        self.kindLabel.setText(QCoreApplication.translate("BatchPrintDialog", u"&Documents:", None))
        self.modeLabel.setText(QCoreApplication.translate("BatchPrintDialog", u"Save as:", None))
        self.folderRadio.setText(QCoreApplication.translate("BatchPrintDialog", u"One file each (per pair or person), in a &folder", None))
        self.combinedRadio.setText(QCoreApplication.translate("BatchPrintDialog", u"One &combined PDF", None))
        self.targetLabel.setText(QCoreApplication.translate("BatchPrintDialog", u"&Where:", None))
        self.targetEdit.setPlaceholderText(QCoreApplication.translate("BatchPrintDialog", u"Choose a folder or a file name", None))
        self.browseButton.setText(QCoreApplication.translate("BatchPrintDialog", u"&Browse\u2026", None))
        self.paperLabel.setText(QCoreApplication.translate("BatchPrintDialog", u"&Paper:", None))
        self.languageLabel.setText(QCoreApplication.translate("BatchPrintDialog", u"&Language:", None))
        self.messageLabel.setText("")
    # retranslateUi

