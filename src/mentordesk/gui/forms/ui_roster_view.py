# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'roster_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_RosterView(object):
    def setupUi(self, RosterView):
        if not RosterView.objectName():
            RosterView.setObjectName(u"RosterView")
        RosterView.resize(1000, 640)
        self.rootLayout = QVBoxLayout(RosterView)
        self.rootLayout.setObjectName(u"rootLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(RosterView)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.addButton = QPushButton(RosterView)
        self.addButton.setObjectName(u"addButton")

        self.headerLayout.addWidget(self.addButton)

        self.editButton = QPushButton(RosterView)
        self.editButton.setObjectName(u"editButton")

        self.headerLayout.addWidget(self.editButton)

        self.removeButton = QPushButton(RosterView)
        self.removeButton.setObjectName(u"removeButton")

        self.headerLayout.addWidget(self.removeButton)

        self.printButton = QPushButton(RosterView)
        self.printButton.setObjectName(u"printButton")

        self.headerLayout.addWidget(self.printButton)


        self.rootLayout.addLayout(self.headerLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterEdit = QLineEdit(RosterView)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.filterEdit)

        self.roleLabel = QLabel(RosterView)
        self.roleLabel.setObjectName(u"roleLabel")

        self.filterLayout.addWidget(self.roleLabel)

        self.roleCombo = QComboBox(RosterView)
        self.roleCombo.setObjectName(u"roleCombo")

        self.filterLayout.addWidget(self.roleCombo)

        self.statusLabel = QLabel(RosterView)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(RosterView)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.countLabel = QLabel(RosterView)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setMinimumSize(QSize(150, 0))
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.filterLayout.addWidget(self.countLabel)


        self.rootLayout.addLayout(self.filterLayout)

        self.table = QTableView(RosterView)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.rootLayout.addWidget(self.table)

        self.emptyLabel = QLabel(RosterView)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.emptyLabel)

#if QT_CONFIG(shortcut)
        self.roleLabel.setBuddy(self.roleCombo)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.filterEdit)
        QWidget.setTabOrder(self.filterEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.table)

        self.retranslateUi(RosterView)
    # setupUi

    def retranslateUi(self, RosterView):
        self.titleLabel.setText(QCoreApplication.translate("RosterView", u"Roster", None))
        self.addButton.setText(QCoreApplication.translate("RosterView", u"&Add participant\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("RosterView", u"Add a person to this program (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("RosterView", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("RosterView", u"Edit the selected person (Enter or double-click)", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("RosterView", u"&Remove\u2026", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("RosterView", u"Remove the selected people from this program (Delete); Undo brings them back", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("RosterView", u"&Print", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("RosterView", u"Preview, print or save the roster as PDF (sensitive fields only when you ask for them)", None))
#endif // QT_CONFIG(tooltip)
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("RosterView", u"Type to filter by name, email, department, screening\u2026  (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("RosterView", u"Filter", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("RosterView", u"R&ole:", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("RosterView", u"Role filter", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("RosterView", u"S&tatus:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("RosterView", u"Status filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("RosterView", u"Participants", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("RosterView", u"No program selected. Create one with Program \u25b8 New Program\u2026", None))
        pass
    # retranslateUi

