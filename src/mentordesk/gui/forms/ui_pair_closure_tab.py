# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pair_closure_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_ClosureTab(object):
    def setupUi(self, ClosureTab):
        if not ClosureTab.objectName():
            ClosureTab.setObjectName(u"ClosureTab")
        self.closureLayout = QVBoxLayout(ClosureTab)
        self.closureLayout.setObjectName(u"closureLayout")
        self.closureStateLabel = QLabel(ClosureTab)
        self.closureStateLabel.setObjectName(u"closureStateLabel")
        self.closureStateLabel.setWordWrap(True)
        self.closureStateLabel.setTextFormat(Qt.TextFormat.RichText)

        self.closureLayout.addWidget(self.closureStateLabel)

        self.closureButtons = QHBoxLayout()
        self.closureButtons.setObjectName(u"closureButtons")
        self.tabCloseButton = QPushButton(ClosureTab)
        self.tabCloseButton.setObjectName(u"tabCloseButton")

        self.closureButtons.addWidget(self.tabCloseButton)

        self.tabReopenButton = QPushButton(ClosureTab)
        self.tabReopenButton.setObjectName(u"tabReopenButton")

        self.closureButtons.addWidget(self.tabReopenButton)

        self.tabPauseButton = QPushButton(ClosureTab)
        self.tabPauseButton.setObjectName(u"tabPauseButton")

        self.closureButtons.addWidget(self.tabPauseButton)

        self.tabResumeButton = QPushButton(ClosureTab)
        self.tabResumeButton.setObjectName(u"tabResumeButton")

        self.closureButtons.addWidget(self.tabResumeButton)

        self.closureSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.closureButtons.addItem(self.closureSpacer)


        self.closureLayout.addLayout(self.closureButtons)

        self.historyLabel = QLabel(ClosureTab)
        self.historyLabel.setObjectName(u"historyLabel")

        self.closureLayout.addWidget(self.historyLabel)

        self.eventsTable = QTableView(ClosureTab)
        self.eventsTable.setObjectName(u"eventsTable")
        self.eventsTable.setAlternatingRowColors(True)
        self.eventsTable.setSortingEnabled(True)
        self.eventsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.eventsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.eventsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.eventsTable.setWordWrap(False)

        self.closureLayout.addWidget(self.eventsTable)

        self.closureLayout.setStretch(3, 1)

        self.retranslateUi(ClosureTab)
    # setupUi

    def retranslateUi(self, ClosureTab):
        self.closureStateLabel.setText("")
        self.tabCloseButton.setText(QCoreApplication.translate("ClosureTab", u"Close pair\u2026", None))
        self.tabReopenButton.setText(QCoreApplication.translate("ClosureTab", u"Reopen\u2026", None))
        self.tabPauseButton.setText(QCoreApplication.translate("ClosureTab", u"Pause\u2026", None))
        self.tabResumeButton.setText(QCoreApplication.translate("ClosureTab", u"Resume\u2026", None))
        self.historyLabel.setText(QCoreApplication.translate("ClosureTab", u"Status history", None))
#if QT_CONFIG(accessibility)
        self.eventsTable.setAccessibleName(QCoreApplication.translate("ClosureTab", u"Status history", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

