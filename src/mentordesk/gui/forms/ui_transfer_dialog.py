# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'transfer_dialog.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QListView,
    QProgressBar, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_TransferDialog(object):
    def setupUi(self, TransferDialog):
        if not TransferDialog.objectName():
            TransferDialog.setObjectName(u"TransferDialog")
        TransferDialog.setModal(True)
        self.TransferDialogLayout = QVBoxLayout(TransferDialog)
        self.TransferDialogLayout.setObjectName(u"TransferDialogLayout")
        self.introLabel = QLabel(TransferDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.TransferDialogLayout.addWidget(self.introLabel)

        self.programsList = QListView(TransferDialog)
        self.programsList.setObjectName(u"programsList")

        self.TransferDialogLayout.addWidget(self.programsList)

        self.targetRow = QHBoxLayout()
        self.targetRow.setObjectName(u"targetRow")
        self.targetEditLabel = QLabel(TransferDialog)
        self.targetEditLabel.setObjectName(u"targetEditLabel")

        self.targetRow.addWidget(self.targetEditLabel)

        self.targetEdit = QLineEdit(TransferDialog)
        self.targetEdit.setObjectName(u"targetEdit")

        self.targetRow.addWidget(self.targetEdit)

        self.browseButton = QPushButton(TransferDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.targetRow.addWidget(self.browseButton)


        self.TransferDialogLayout.addLayout(self.targetRow)

        self.progressBar = QProgressBar(TransferDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setVisible(False)

        self.TransferDialogLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(TransferDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.TransferDialogLayout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(TransferDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.TransferDialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.targetEditLabel.setBuddy(self.targetEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TransferDialog)
    # setupUi

    def retranslateUi(self, TransferDialog):
        TransferDialog.setWindowTitle(QCoreApplication.translate("TransferDialog", u"Transfer programs", None))
        self.introLabel.setText(QCoreApplication.translate("TransferDialog", u"Copy the ticked programs, with everyone and everything in them, to another database: a file (to work offline) or a server (postgresql://user@host/database). A program the other database already has is left as it is.", None))
#if QT_CONFIG(accessibility)
        self.programsList.setAccessibleName(QCoreApplication.translate("TransferDialog", u"Programs to copy", None))
#endif // QT_CONFIG(accessibility)
        self.targetEditLabel.setText(QCoreApplication.translate("TransferDialog", u"Copy to:", None))
        self.targetEdit.setPlaceholderText(QCoreApplication.translate("TransferDialog", u"a .sqlite file, or postgresql://user@host/database", None))
        self.browseButton.setText(QCoreApplication.translate("TransferDialog", u"File\u2026", None))
        self.statusLabel.setText("")
    # retranslateUi

