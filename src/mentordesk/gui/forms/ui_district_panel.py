# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'district_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QSizePolicy, QTableView,
    QToolButton, QVBoxLayout, QWidget)

class Ui_DistrictPanel(object):
    def setupUi(self, DistrictPanel):
        if not DistrictPanel.objectName():
            DistrictPanel.setObjectName(u"DistrictPanel")
        DistrictPanel.resize(900, 400)
        self.mainLayout = QVBoxLayout(DistrictPanel)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(2, 2, 2, 2)
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.summaryLabel = QLabel(DistrictPanel)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.summaryLabel.sizePolicy().hasHeightForWidth())
        self.summaryLabel.setSizePolicy(sizePolicy)

        self.topLayout.addWidget(self.summaryLabel)

        self.archivedCheck = QCheckBox(DistrictPanel)
        self.archivedCheck.setObjectName(u"archivedCheck")

        self.topLayout.addWidget(self.archivedCheck)

        self.exportButton = QToolButton(DistrictPanel)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.exportButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.topLayout.addWidget(self.exportButton)


        self.mainLayout.addLayout(self.topLayout)

        self.table = QTableView(DistrictPanel)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        self.mainLayout.addWidget(self.table)

        self.noteLabel = QLabel(DistrictPanel)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.noteLabel)


        self.retranslateUi(DistrictPanel)
    # setupUi

    def retranslateUi(self, DistrictPanel):
        self.summaryLabel.setText(QCoreApplication.translate("DistrictPanel", u"Every program you may see, one row each, and the district total for the period chosen above.", None))
        self.archivedCheck.setText(QCoreApplication.translate("DistrictPanel", u"Include &archived programs", None))
        self.exportButton.setText(QCoreApplication.translate("DistrictPanel", u"E&xport district\u2026", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("DistrictPanel", u"District: every measure per program and the total", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("DistrictPanel", u"Totals add counts up and compute every rate from the summed numbers (4 of 10 mentees matched is 40 %, whatever each program's own rate). Hover a figure for its parts and formula.", None))
        pass
    # retranslateUi

