# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pair_records_tab.ui'
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

class Ui_RecordsTab(object):
    def setupUi(self, RecordsTab):
        if not RecordsTab.objectName():
            RecordsTab.setObjectName(u"RecordsTab")
        self.recordsLayout = QVBoxLayout(RecordsTab)
        self.recordsLayout.setObjectName(u"recordsLayout")
        self.summaryLabel = QLabel(RecordsTab)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)

        self.recordsLayout.addWidget(self.summaryLabel)

        self.recordsButtons = QHBoxLayout()
        self.recordsButtons.setObjectName(u"recordsButtons")
        self.addButton = QPushButton(RecordsTab)
        self.addButton.setObjectName(u"addButton")

        self.recordsButtons.addWidget(self.addButton)

        self.editButton = QPushButton(RecordsTab)
        self.editButton.setObjectName(u"editButton")

        self.recordsButtons.addWidget(self.editButton)

        self.deleteButton = QPushButton(RecordsTab)
        self.deleteButton.setObjectName(u"deleteButton")

        self.recordsButtons.addWidget(self.deleteButton)

        self.recordsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recordsButtons.addItem(self.recordsSpacer)

        self.confidentialHint = QLabel(RecordsTab)
        self.confidentialHint.setObjectName(u"confidentialHint")
        self.confidentialHint.setStyleSheet(u"color: #8a5a00;")

        self.recordsButtons.addWidget(self.confidentialHint)


        self.recordsLayout.addLayout(self.recordsButtons)

        self.recordsTable = QTableView(RecordsTab)
        self.recordsTable.setObjectName(u"recordsTable")
        self.recordsTable.setAlternatingRowColors(True)
        self.recordsTable.setSortingEnabled(True)
        self.recordsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recordsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recordsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recordsTable.setWordWrap(False)

        self.recordsLayout.addWidget(self.recordsTable)

        self.recordsLayout.setStretch(2, 1)

        self.retranslateUi(RecordsTab)
    # setupUi

    def retranslateUi(self, RecordsTab):
        self.summaryLabel.setText("")
        self.addButton.setText(QCoreApplication.translate("RecordsTab", u"Add\u2026", None))
        self.editButton.setText(QCoreApplication.translate("RecordsTab", u"Edit\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("RecordsTab", u"Delete", None))
        self.confidentialHint.setText("")
#if QT_CONFIG(accessibility)
        self.recordsTable.setAccessibleName(QCoreApplication.translate("RecordsTab", u"Records", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

