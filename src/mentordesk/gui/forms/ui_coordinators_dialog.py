# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'coordinators_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_CoordinatorsDialog(object):
    def setupUi(self, CoordinatorsDialog):
        if not CoordinatorsDialog.objectName():
            CoordinatorsDialog.setObjectName(u"CoordinatorsDialog")
        CoordinatorsDialog.resize(680, 480)
        self.mainLayout = QVBoxLayout(CoordinatorsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(CoordinatorsDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.table = QTableView(CoordinatorsDialog)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)

        self.mainLayout.addWidget(self.table)

        self.grantLayout = QHBoxLayout()
        self.grantLayout.setObjectName(u"grantLayout")
        self.roleLabel = QLabel(CoordinatorsDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.grantLayout.addWidget(self.roleLabel)

        self.roleCombo = QComboBox(CoordinatorsDialog)
        self.roleCombo.setObjectName(u"roleCombo")
        self.roleCombo.setEditable(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.roleCombo.sizePolicy().hasHeightForWidth())
        self.roleCombo.setSizePolicy(sizePolicy)

        self.grantLayout.addWidget(self.roleCombo)

        self.programLabel = QLabel(CoordinatorsDialog)
        self.programLabel.setObjectName(u"programLabel")

        self.grantLayout.addWidget(self.programLabel)

        self.programCombo = QComboBox(CoordinatorsDialog)
        self.programCombo.setObjectName(u"programCombo")
        sizePolicy.setHeightForWidth(self.programCombo.sizePolicy().hasHeightForWidth())
        self.programCombo.setSizePolicy(sizePolicy)

        self.grantLayout.addWidget(self.programCombo)

        self.accessLabel = QLabel(CoordinatorsDialog)
        self.accessLabel.setObjectName(u"accessLabel")

        self.grantLayout.addWidget(self.accessLabel)

        self.accessCombo = QComboBox(CoordinatorsDialog)
        self.accessCombo.setObjectName(u"accessCombo")

        self.grantLayout.addWidget(self.accessCombo)

        self.grantButton = QPushButton(CoordinatorsDialog)
        self.grantButton.setObjectName(u"grantButton")

        self.grantLayout.addWidget(self.grantButton)


        self.mainLayout.addLayout(self.grantLayout)

        self.messageLabel = QLabel(CoordinatorsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.revokeButton = QPushButton(CoordinatorsDialog)
        self.revokeButton.setObjectName(u"revokeButton")
        self.revokeButton.setEnabled(False)

        self.buttonLayout.addWidget(self.revokeButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.buttons = QDialogButtonBox(CoordinatorsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonLayout.addWidget(self.buttons)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.roleLabel.setBuddy(self.roleCombo)
        self.programLabel.setBuddy(self.programCombo)
        self.accessLabel.setBuddy(self.accessCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CoordinatorsDialog)
    # setupUi

    def retranslateUi(self, CoordinatorsDialog):
        CoordinatorsDialog.setWindowTitle(QCoreApplication.translate("CoordinatorsDialog", u"Coordinators and viewers", None))
        self.intro.setText(QCoreApplication.translate("CoordinatorsDialog", u"Who may work on which program. A coordinator reads and writes the programs assigned here; a viewer (a principal, a funder liaison) sees their figures and never a sensitive field. The server enforces it, whatever program connects. Logins are created by IT.", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("CoordinatorsDialog", u"Assignments", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("CoordinatorsDialog", u"&Login:", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("CoordinatorsDialog", u"Login role", None))
#endif // QT_CONFIG(accessibility)
        self.programLabel.setText(QCoreApplication.translate("CoordinatorsDialog", u"&Program:", None))
#if QT_CONFIG(accessibility)
        self.programCombo.setAccessibleName(QCoreApplication.translate("CoordinatorsDialog", u"Program", None))
#endif // QT_CONFIG(accessibility)
        self.accessLabel.setText(QCoreApplication.translate("CoordinatorsDialog", u"&As:", None))
#if QT_CONFIG(accessibility)
        self.accessCombo.setAccessibleName(QCoreApplication.translate("CoordinatorsDialog", u"Access", None))
#endif // QT_CONFIG(accessibility)
        self.grantButton.setText(QCoreApplication.translate("CoordinatorsDialog", u"&Grant", None))
        self.revokeButton.setText(QCoreApplication.translate("CoordinatorsDialog", u"&Revoke selected", None))
    # retranslateUi

