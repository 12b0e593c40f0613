# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pair_goals_tab.ui'
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
    QSplitter, QTableView, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_GoalsTab(object):
    def setupUi(self, GoalsTab):
        if not GoalsTab.objectName():
            GoalsTab.setObjectName(u"GoalsTab")
        self.goalsLayout = QVBoxLayout(GoalsTab)
        self.goalsLayout.setObjectName(u"goalsLayout")
        self.goalsButtons = QHBoxLayout()
        self.goalsButtons.setObjectName(u"goalsButtons")
        self.addGoalButton = QPushButton(GoalsTab)
        self.addGoalButton.setObjectName(u"addGoalButton")

        self.goalsButtons.addWidget(self.addGoalButton)

        self.editGoalButton = QPushButton(GoalsTab)
        self.editGoalButton.setObjectName(u"editGoalButton")

        self.goalsButtons.addWidget(self.editGoalButton)

        self.progressButton = QPushButton(GoalsTab)
        self.progressButton.setObjectName(u"progressButton")

        self.goalsButtons.addWidget(self.progressButton)

        self.deleteGoalButton = QPushButton(GoalsTab)
        self.deleteGoalButton.setObjectName(u"deleteGoalButton")

        self.goalsButtons.addWidget(self.deleteGoalButton)

        self.goalsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.goalsButtons.addItem(self.goalsSpacer)

        self.goalsCountLabel = QLabel(GoalsTab)
        self.goalsCountLabel.setObjectName(u"goalsCountLabel")

        self.goalsButtons.addWidget(self.goalsCountLabel)


        self.goalsLayout.addLayout(self.goalsButtons)

        self.goalsSplitter = QSplitter(GoalsTab)
        self.goalsSplitter.setObjectName(u"goalsSplitter")
        self.goalsSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.goalsSplitter.setChildrenCollapsible(False)
        self.goalsTable = QTableView(self.goalsSplitter)
        self.goalsTable.setObjectName(u"goalsTable")
        self.goalsTable.setAlternatingRowColors(True)
        self.goalsTable.setSortingEnabled(True)
        self.goalsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.goalsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.goalsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.goalsTable.setWordWrap(False)
        self.goalsSplitter.addWidget(self.goalsTable)
        self.goalDetail = QTextBrowser(self.goalsSplitter)
        self.goalDetail.setObjectName(u"goalDetail")
        self.goalDetail.setOpenLinks(False)
        self.goalsSplitter.addWidget(self.goalDetail)

        self.goalsLayout.addWidget(self.goalsSplitter)

        self.goalsLayout.setStretch(1, 1)

        self.retranslateUi(GoalsTab)
    # setupUi

    def retranslateUi(self, GoalsTab):
        self.addGoalButton.setText(QCoreApplication.translate("GoalsTab", u"Add goal\u2026", None))
        self.editGoalButton.setText(QCoreApplication.translate("GoalsTab", u"Edit\u2026", None))
        self.progressButton.setText(QCoreApplication.translate("GoalsTab", u"Log progress\u2026", None))
        self.deleteGoalButton.setText(QCoreApplication.translate("GoalsTab", u"Delete", None))
        self.goalsCountLabel.setText("")
#if QT_CONFIG(accessibility)
        self.goalsTable.setAccessibleName(QCoreApplication.translate("GoalsTab", u"Goals", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.goalDetail.setAccessibleName(QCoreApplication.translate("GoalsTab", u"Goal detail", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

