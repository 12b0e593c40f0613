# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QProgressBar,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(1000, 680)
        self.mainLayout = QVBoxLayout(ImportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.fileLabel = QLabel(ImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(ImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(ImportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileLayout)

        self.programLabel = QLabel(ImportDialog)
        self.programLabel.setObjectName(u"programLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.programLabel)

        self.programCombo = QComboBox(ImportDialog)
        self.programCombo.setObjectName(u"programCombo")
        self.programCombo.setEditable(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.programCombo)

        self.roleLabel = QLabel(ImportDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(ImportDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.fileInfoLabel = QLabel(ImportDialog)
        self.fileInfoLabel.setObjectName(u"fileInfoLabel")
        self.fileInfoLabel.setWordWrap(True)
        self.fileInfoLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.fileInfoLabel)

        self.progressLayout = QHBoxLayout()
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressBar = QProgressBar(ImportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setTextVisible(True)

        self.progressLayout.addWidget(self.progressBar)

        self.cancelWorkButton = QPushButton(ImportDialog)
        self.cancelWorkButton.setObjectName(u"cancelWorkButton")

        self.progressLayout.addWidget(self.cancelWorkButton)


        self.mainLayout.addLayout(self.progressLayout)

        self.tabs = QTabWidget(ImportDialog)
        self.tabs.setObjectName(u"tabs")
        self.mappingTab = QWidget()
        self.mappingTab.setObjectName(u"mappingTab")
        self.mappingLayout = QVBoxLayout(self.mappingTab)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.mappingHint = QLabel(self.mappingTab)
        self.mappingHint.setObjectName(u"mappingHint")
        self.mappingHint.setWordWrap(True)

        self.mappingLayout.addWidget(self.mappingHint)

        self.mappingTable = QTableView(self.mappingTab)
        self.mappingTable.setObjectName(u"mappingTable")
        self.mappingTable.setAlternatingRowColors(True)
        self.mappingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.mappingLayout.addWidget(self.mappingTable)

        self.tabs.addTab(self.mappingTab, "")
        self.previewTab = QWidget()
        self.previewTab.setObjectName(u"previewTab")
        self.previewLayout = QVBoxLayout(self.previewTab)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewHint = QLabel(self.previewTab)
        self.previewHint.setObjectName(u"previewHint")

        self.previewLayout.addWidget(self.previewHint)

        self.previewTable = QTableView(self.previewTab)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setAlternatingRowColors(True)

        self.previewLayout.addWidget(self.previewTable)

        self.tabs.addTab(self.previewTab, "")
        self.problemsTab = QWidget()
        self.problemsTab.setObjectName(u"problemsTab")
        self.problemsLayout = QVBoxLayout(self.problemsTab)
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problemsHint = QLabel(self.problemsTab)
        self.problemsHint.setObjectName(u"problemsHint")
        self.problemsHint.setWordWrap(True)

        self.problemsLayout.addWidget(self.problemsHint)

        self.problemsTable = QTableView(self.problemsTab)
        self.problemsTable.setObjectName(u"problemsTable")
        self.problemsTable.setAlternatingRowColors(True)

        self.problemsLayout.addWidget(self.problemsTable)

        self.tabs.addTab(self.problemsTab, "")
        self.duplicatesTab = QWidget()
        self.duplicatesTab.setObjectName(u"duplicatesTab")
        self.duplicatesLayout = QVBoxLayout(self.duplicatesTab)
        self.duplicatesLayout.setObjectName(u"duplicatesLayout")
        self.duplicateChoiceLayout = QHBoxLayout()
        self.duplicateChoiceLayout.setObjectName(u"duplicateChoiceLayout")
        self.duplicatesHint = QLabel(self.duplicatesTab)
        self.duplicatesHint.setObjectName(u"duplicatesHint")

        self.duplicateChoiceLayout.addWidget(self.duplicatesHint)

        self.skipDuplicatesRadio = QRadioButton(self.duplicatesTab)
        self.skipDuplicatesRadio.setObjectName(u"skipDuplicatesRadio")
        self.skipDuplicatesRadio.setChecked(True)

        self.duplicateChoiceLayout.addWidget(self.skipDuplicatesRadio)

        self.updateDuplicatesRadio = QRadioButton(self.duplicatesTab)
        self.updateDuplicatesRadio.setObjectName(u"updateDuplicatesRadio")

        self.duplicateChoiceLayout.addWidget(self.updateDuplicatesRadio)

        self.duplicateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.duplicateChoiceLayout.addItem(self.duplicateSpacer)


        self.duplicatesLayout.addLayout(self.duplicateChoiceLayout)

        self.duplicatesTable = QTableView(self.duplicatesTab)
        self.duplicatesTable.setObjectName(u"duplicatesTable")
        self.duplicatesTable.setAlternatingRowColors(True)

        self.duplicatesLayout.addWidget(self.duplicatesTable)

        self.tabs.addTab(self.duplicatesTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.summaryLabel = QLabel(ImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.buttonBox = QDialogButtonBox(ImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.browseButton)
        self.programLabel.setBuddy(self.programCombo)
        self.roleLabel.setBuddy(self.roleCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportDialog)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import participants", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportDialog", u"&File:", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"Choose a CSV or Excel file (Google Forms and Microsoft Forms exports work as they are)", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("ImportDialog", u"File to import", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("ImportDialog", u"&Choose file\u2026", None))
        self.programLabel.setText(QCoreApplication.translate("ImportDialog", u"&Program:", None))
#if QT_CONFIG(tooltip)
        self.programCombo.setToolTip(QCoreApplication.translate("ImportDialog", u"Pick a program, or type a new name to create one with this import", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.programCombo.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Program", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("ImportDialog", u"&Role if the file has none:", None))
#if QT_CONFIG(tooltip)
        self.roleCombo.setToolTip(QCoreApplication.translate("ImportDialog", u"Used for rows without a role; a role column in the file wins", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Default role", None))
#endif // QT_CONFIG(accessibility)
        self.progressBar.setFormat(QCoreApplication.translate("ImportDialog", u"%v rows read", None))
        self.cancelWorkButton.setText(QCoreApplication.translate("ImportDialog", u"S&top", None))
        self.mappingHint.setText(QCoreApplication.translate("ImportDialog", u"Each column of the file and the field it fills. Double-click a field to change it, or choose \"(ignore)\".", None))
#if QT_CONFIG(accessibility)
        self.mappingTable.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Column mapping", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.mappingTab), QCoreApplication.translate("ImportDialog", u"Columns", None))
        self.previewHint.setText(QCoreApplication.translate("ImportDialog", u"The first rows as they will be imported.", None))
#if QT_CONFIG(accessibility)
        self.previewTable.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Preview", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.previewTab), QCoreApplication.translate("ImportDialog", u"Preview", None))
        self.problemsHint.setText(QCoreApplication.translate("ImportDialog", u"Rows that cannot be imported. Fix them in the spreadsheet and choose the file again, or import the good rows only.", None))
#if QT_CONFIG(accessibility)
        self.problemsTable.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Problems", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.problemsTab), QCoreApplication.translate("ImportDialog", u"Problems", None))
        self.duplicatesHint.setText(QCoreApplication.translate("ImportDialog", u"Rows with an e-mail already in the program or earlier in the file:", None))
        self.skipDuplicatesRadio.setText(QCoreApplication.translate("ImportDialog", u"&Skip them", None))
        self.updateDuplicatesRadio.setText(QCoreApplication.translate("ImportDialog", u"&Update with the file's values", None))
#if QT_CONFIG(accessibility)
        self.duplicatesTable.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Duplicates", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.duplicatesTab), QCoreApplication.translate("ImportDialog", u"Duplicates", None))
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Import summary", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

