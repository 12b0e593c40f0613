# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rollover_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_RolloverDialog(object):
    def setupUi(self, RolloverDialog):
        if not RolloverDialog.objectName():
            RolloverDialog.setObjectName(u"RolloverDialog")
        RolloverDialog.resize(720, 560)
        self.mainLayout = QVBoxLayout(RolloverDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(RolloverDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(RolloverDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameBox = QVBoxLayout()
        self.nameBox.setSpacing(2)
        self.nameBox.setObjectName(u"nameBox")
        self.nameEdit = QLineEdit(RolloverDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.nameBox.addWidget(self.nameEdit)

        self.nameError = QLabel(RolloverDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setStyleSheet(u"color: #b00020;")

        self.nameBox.addWidget(self.nameError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameBox)

        self.datesLabel = QLabel(RolloverDialog)
        self.datesLabel.setObjectName(u"datesLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.datesLabel)

        self.datesBox = QHBoxLayout()
        self.datesBox.setObjectName(u"datesBox")
        self.startDate = QDateEdit(RolloverDialog)
        self.startDate.setObjectName(u"startDate")
        self.startDate.setCalendarPopup(True)

        self.datesBox.addWidget(self.startDate)

        self.toLabel = QLabel(RolloverDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.datesBox.addWidget(self.toLabel)

        self.endDate = QDateEdit(RolloverDialog)
        self.endDate.setObjectName(u"endDate")
        self.endDate.setCalendarPopup(True)

        self.datesBox.addWidget(self.endDate)

        self.datesError = QLabel(RolloverDialog)
        self.datesError.setObjectName(u"datesError")
        self.datesError.setStyleSheet(u"color: #b00020;")

        self.datesBox.addWidget(self.datesError)

        self.datesSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.datesBox.addItem(self.datesSpacer)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.datesBox)


        self.mainLayout.addLayout(self.form)

        self.selectBar = QHBoxLayout()
        self.selectBar.setObjectName(u"selectBar")
        self.whoLabel = QLabel(RolloverDialog)
        self.whoLabel.setObjectName(u"whoLabel")

        self.selectBar.addWidget(self.whoLabel)

        self.selectSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.selectBar.addItem(self.selectSpacer)

        self.allButton = QPushButton(RolloverDialog)
        self.allButton.setObjectName(u"allButton")

        self.selectBar.addWidget(self.allButton)

        self.noneButton = QPushButton(RolloverDialog)
        self.noneButton.setObjectName(u"noneButton")

        self.selectBar.addWidget(self.noneButton)

        self.defaultButton = QPushButton(RolloverDialog)
        self.defaultButton.setObjectName(u"defaultButton")

        self.selectBar.addWidget(self.defaultButton)


        self.mainLayout.addLayout(self.selectBar)

        self.table = QTableView(RolloverDialog)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)

        self.mainLayout.addWidget(self.table)

        self.countLabel = QLabel(RolloverDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.mainLayout.addWidget(self.countLabel)

        self.archiveCheck = QCheckBox(RolloverDialog)
        self.archiveCheck.setObjectName(u"archiveCheck")

        self.mainLayout.addWidget(self.archiveCheck)

        self.buttons = QDialogButtonBox(RolloverDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.datesLabel.setBuddy(self.startDate)
        self.whoLabel.setBuddy(self.table)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RolloverDialog)
    # setupUi

    def retranslateUi(self, RolloverDialog):
        RolloverDialog.setWindowTitle(QCoreApplication.translate("RolloverDialog", u"Start the next cycle", None))
        self.intro.setText(QCoreApplication.translate("RolloverDialog", u"A new program with the same settings and the participants you tick below. Their profiles and screening come along (background check expiry dates are kept); pairs do not. The old program stays for year-over-year comparison.", None))
        self.nameLabel.setText(QCoreApplication.translate("RolloverDialog", u"New program &name:", None))
        self.datesLabel.setText(QCoreApplication.translate("RolloverDialog", u"&Runs from:", None))
        self.startDate.setDisplayFormat(QCoreApplication.translate("RolloverDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.startDate.setAccessibleName(QCoreApplication.translate("RolloverDialog", u"New cycle start", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("RolloverDialog", u"to", None))
        self.endDate.setDisplayFormat(QCoreApplication.translate("RolloverDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.endDate.setAccessibleName(QCoreApplication.translate("RolloverDialog", u"New cycle end", None))
#endif // QT_CONFIG(accessibility)
        self.whoLabel.setText(QCoreApplication.translate("RolloverDialog", u"&Who continues:", None))
        self.allButton.setText(QCoreApplication.translate("RolloverDialog", u"&All", None))
        self.noneButton.setText(QCoreApplication.translate("RolloverDialog", u"N&one", None))
        self.defaultButton.setText(QCoreApplication.translate("RolloverDialog", u"&Everyone but withdrawn", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("RolloverDialog", u"Participants who continue", None))
#endif // QT_CONFIG(accessibility)
        self.archiveCheck.setText(QCoreApplication.translate("RolloverDialog", u"Archive the old program (it stays available for comparison)", None))
    # retranslateUi

