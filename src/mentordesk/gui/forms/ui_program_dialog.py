# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'program_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

from mentordesk.gui.common import DateEdit

class Ui_ProgramDialog(object):
    def setupUi(self, ProgramDialog):
        if not ProgramDialog.objectName():
            ProgramDialog.setObjectName(u"ProgramDialog")
        ProgramDialog.resize(520, 420)
        ProgramDialog.setModal(True)
        self.rootLayout = QVBoxLayout(ProgramDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(ProgramDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(ProgramDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.nameError = QLabel(ProgramDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setStyleSheet(u"color: #c62828;")

        self.form.addWidget(self.nameError, 1, 1, 1, 1)

        self.organizationLabel = QLabel(ProgramDialog)
        self.organizationLabel.setObjectName(u"organizationLabel")

        self.form.addWidget(self.organizationLabel, 2, 0, 1, 1)

        self.organizationEdit = QLineEdit(ProgramDialog)
        self.organizationEdit.setObjectName(u"organizationEdit")

        self.form.addWidget(self.organizationEdit, 2, 1, 1, 1)

        self.formatLabel = QLabel(ProgramDialog)
        self.formatLabel.setObjectName(u"formatLabel")

        self.form.addWidget(self.formatLabel, 4, 0, 1, 1)

        self.formatEdit = QComboBox(ProgramDialog)
        self.formatEdit.setObjectName(u"formatEdit")

        self.form.addWidget(self.formatEdit, 4, 1, 1, 1)

        self.startDateLabel = QLabel(ProgramDialog)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.form.addWidget(self.startDateLabel, 6, 0, 1, 1)

        self.startDateEdit = DateEdit(ProgramDialog)
        self.startDateEdit.setObjectName(u"startDateEdit")

        self.form.addWidget(self.startDateEdit, 6, 1, 1, 1)

        self.startDateError = QLabel(ProgramDialog)
        self.startDateError.setObjectName(u"startDateError")
        self.startDateError.setStyleSheet(u"color: #c62828;")

        self.form.addWidget(self.startDateError, 7, 1, 1, 1)

        self.endDateLabel = QLabel(ProgramDialog)
        self.endDateLabel.setObjectName(u"endDateLabel")

        self.form.addWidget(self.endDateLabel, 8, 0, 1, 1)

        self.endDateEdit = DateEdit(ProgramDialog)
        self.endDateEdit.setObjectName(u"endDateEdit")

        self.form.addWidget(self.endDateEdit, 8, 1, 1, 1)

        self.endDateError = QLabel(ProgramDialog)
        self.endDateError.setObjectName(u"endDateError")
        self.endDateError.setStyleSheet(u"color: #c62828;")

        self.form.addWidget(self.endDateError, 9, 1, 1, 1)

        self.cadenceDaysLabel = QLabel(ProgramDialog)
        self.cadenceDaysLabel.setObjectName(u"cadenceDaysLabel")

        self.form.addWidget(self.cadenceDaysLabel, 10, 0, 1, 1)

        self.cadenceDaysEdit = QSpinBox(ProgramDialog)
        self.cadenceDaysEdit.setObjectName(u"cadenceDaysEdit")
        self.cadenceDaysEdit.setMinimum(1)
        self.cadenceDaysEdit.setMaximum(365)
        self.cadenceDaysEdit.setValue(14)

        self.form.addWidget(self.cadenceDaysEdit, 10, 1, 1, 1)

        self.meetingMinutesLabel = QLabel(ProgramDialog)
        self.meetingMinutesLabel.setObjectName(u"meetingMinutesLabel")

        self.form.addWidget(self.meetingMinutesLabel, 12, 0, 1, 1)

        self.meetingMinutesEdit = QSpinBox(ProgramDialog)
        self.meetingMinutesEdit.setObjectName(u"meetingMinutesEdit")
        self.meetingMinutesEdit.setMinimum(5)
        self.meetingMinutesEdit.setMaximum(480)
        self.meetingMinutesEdit.setValue(45)

        self.form.addWidget(self.meetingMinutesEdit, 12, 1, 1, 1)

        self.objectivesLabel = QLabel(ProgramDialog)
        self.objectivesLabel.setObjectName(u"objectivesLabel")

        self.form.addWidget(self.objectivesLabel, 14, 0, 1, 1)

        self.objectivesEdit = QPlainTextEdit(ProgramDialog)
        self.objectivesEdit.setObjectName(u"objectivesEdit")

        self.form.addWidget(self.objectivesEdit, 14, 1, 1, 1)


        self.rootLayout.addLayout(self.form)

        self.documentsBox = QGroupBox(ProgramDialog)
        self.documentsBox.setObjectName(u"documentsBox")
        self.documentsForm = QFormLayout(self.documentsBox)
        self.documentsForm.setObjectName(u"documentsForm")
        self.paperLabel = QLabel(self.documentsBox)
        self.paperLabel.setObjectName(u"paperLabel")

        self.documentsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(self.documentsBox)
        self.paperCombo.setObjectName(u"paperCombo")

        self.documentsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.paperCombo)

        self.logoLabel = QLabel(self.documentsBox)
        self.logoLabel.setObjectName(u"logoLabel")

        self.documentsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoRow = QHBoxLayout()
        self.logoRow.setObjectName(u"logoRow")
        self.logoEdit = QLineEdit(self.documentsBox)
        self.logoEdit.setObjectName(u"logoEdit")

        self.logoRow.addWidget(self.logoEdit)

        self.logoButton = QPushButton(self.documentsBox)
        self.logoButton.setObjectName(u"logoButton")

        self.logoRow.addWidget(self.logoButton)


        self.documentsForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.logoRow)

        self.logoError = QLabel(self.documentsBox)
        self.logoError.setObjectName(u"logoError")
        self.logoError.setStyleSheet(u"color: #c62828;")

        self.documentsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.logoError)

        self.coordinatorLabel = QLabel(self.documentsBox)
        self.coordinatorLabel.setObjectName(u"coordinatorLabel")

        self.documentsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.coordinatorLabel)

        self.coordinatorEdit = QLineEdit(self.documentsBox)
        self.coordinatorEdit.setObjectName(u"coordinatorEdit")

        self.documentsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.coordinatorEdit)

        self.coordinatorContactLabel = QLabel(self.documentsBox)
        self.coordinatorContactLabel.setObjectName(u"coordinatorContactLabel")

        self.documentsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.coordinatorContactLabel)

        self.coordinatorContactEdit = QLineEdit(self.documentsBox)
        self.coordinatorContactEdit.setObjectName(u"coordinatorContactEdit")

        self.documentsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.coordinatorContactEdit)

        self.documentOrganizationLabel = QLabel(self.documentsBox)
        self.documentOrganizationLabel.setObjectName(u"documentOrganizationLabel")

        self.documentsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.documentOrganizationLabel)

        self.documentOrganizationEdit = QLineEdit(self.documentsBox)
        self.documentOrganizationEdit.setObjectName(u"documentOrganizationEdit")

        self.documentsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.documentOrganizationEdit)

        self.languageLabel = QLabel(self.documentsBox)
        self.languageLabel.setObjectName(u"languageLabel")

        self.documentsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.documentsBox)
        self.languageCombo.setObjectName(u"languageCombo")

        self.documentsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.rootLayout.addWidget(self.documentsBox)

        self.buttonBox = QDialogButtonBox(ProgramDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.rootLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.organizationLabel.setBuddy(self.organizationEdit)
        self.formatLabel.setBuddy(self.formatEdit)
        self.startDateLabel.setBuddy(self.startDateEdit)
        self.endDateLabel.setBuddy(self.endDateEdit)
        self.cadenceDaysLabel.setBuddy(self.cadenceDaysEdit)
        self.meetingMinutesLabel.setBuddy(self.meetingMinutesEdit)
        self.objectivesLabel.setBuddy(self.objectivesEdit)
        self.paperLabel.setBuddy(self.paperCombo)
        self.logoLabel.setBuddy(self.logoEdit)
        self.coordinatorLabel.setBuddy(self.coordinatorEdit)
        self.coordinatorContactLabel.setBuddy(self.coordinatorContactEdit)
        self.documentOrganizationLabel.setBuddy(self.documentOrganizationEdit)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProgramDialog)
    # setupUi

    def retranslateUi(self, ProgramDialog):
        ProgramDialog.setWindowTitle(QCoreApplication.translate("ProgramDialog", u"Program settings", None))
        self.nameLabel.setText(QCoreApplication.translate("ProgramDialog", u"Name *", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("ProgramDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.organizationLabel.setText(QCoreApplication.translate("ProgramDialog", u"Organization", None))
#if QT_CONFIG(accessibility)
        self.organizationEdit.setAccessibleName(QCoreApplication.translate("ProgramDialog", u"Organization", None))
#endif // QT_CONFIG(accessibility)
        self.formatLabel.setText(QCoreApplication.translate("ProgramDialog", u"Format", None))
#if QT_CONFIG(accessibility)
        self.formatEdit.setAccessibleName(QCoreApplication.translate("ProgramDialog", u"Format", None))
#endif // QT_CONFIG(accessibility)
        self.startDateLabel.setText(QCoreApplication.translate("ProgramDialog", u"Start date", None))
#if QT_CONFIG(accessibility)
        self.startDateEdit.setAccessibleName(QCoreApplication.translate("ProgramDialog", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.endDateLabel.setText(QCoreApplication.translate("ProgramDialog", u"End date", None))
#if QT_CONFIG(accessibility)
        self.endDateEdit.setAccessibleName(QCoreApplication.translate("ProgramDialog", u"End date", None))
#endif // QT_CONFIG(accessibility)
        self.cadenceDaysLabel.setText(QCoreApplication.translate("ProgramDialog", u"Meet every (days)", None))
#if QT_CONFIG(accessibility)
        self.cadenceDaysEdit.setAccessibleName(QCoreApplication.translate("ProgramDialog", u"Meet every (days)", None))
#endif // QT_CONFIG(accessibility)
        self.meetingMinutesLabel.setText(QCoreApplication.translate("ProgramDialog", u"Meeting length (minutes)", None))
#if QT_CONFIG(accessibility)
        self.meetingMinutesEdit.setAccessibleName(QCoreApplication.translate("ProgramDialog", u"Meeting length (minutes)", None))
#endif // QT_CONFIG(accessibility)
        self.objectivesLabel.setText(QCoreApplication.translate("ProgramDialog", u"Objectives", None))
#if QT_CONFIG(accessibility)
        self.objectivesEdit.setAccessibleName(QCoreApplication.translate("ProgramDialog", u"Objectives", None))
#endif // QT_CONFIG(accessibility)
        self.documentsBox.setTitle(QCoreApplication.translate("ProgramDialog", u"Documents (agreements, IDPs, summaries, certificates)", None))
        self.paperLabel.setText(QCoreApplication.translate("ProgramDialog", u"Paper", None))
#if QT_CONFIG(accessibility)
        self.paperCombo.setAccessibleName(QCoreApplication.translate("ProgramDialog", u"Paper", None))
#endif // QT_CONFIG(accessibility)
        self.logoLabel.setText(QCoreApplication.translate("ProgramDialog", u"Logo", None))
        self.logoEdit.setPlaceholderText(QCoreApplication.translate("ProgramDialog", u"a PNG or JPEG picture (optional)", None))
#if QT_CONFIG(accessibility)
        self.logoEdit.setAccessibleName(QCoreApplication.translate("ProgramDialog", u"Logo file", None))
#endif // QT_CONFIG(accessibility)
        self.logoButton.setText(QCoreApplication.translate("ProgramDialog", u"Choose\u2026", None))
        self.coordinatorLabel.setText(QCoreApplication.translate("ProgramDialog", u"Coordinator", None))
        self.coordinatorEdit.setPlaceholderText(QCoreApplication.translate("ProgramDialog", u"name printed on signature lines", None))
#if QT_CONFIG(accessibility)
        self.coordinatorEdit.setAccessibleName(QCoreApplication.translate("ProgramDialog", u"Coordinator name", None))
#endif // QT_CONFIG(accessibility)
        self.coordinatorContactLabel.setText(QCoreApplication.translate("ProgramDialog", u"Coordinator contact", None))
        self.coordinatorContactEdit.setPlaceholderText(QCoreApplication.translate("ProgramDialog", u"e-mail or phone", None))
#if QT_CONFIG(accessibility)
        self.coordinatorContactEdit.setAccessibleName(QCoreApplication.translate("ProgramDialog", u"Coordinator contact", None))
#endif // QT_CONFIG(accessibility)
        self.documentOrganizationLabel.setText(QCoreApplication.translate("ProgramDialog", u"Organization on documents", None))
        self.documentOrganizationEdit.setPlaceholderText(QCoreApplication.translate("ProgramDialog", u"empty: the program's organization", None))
#if QT_CONFIG(accessibility)
        self.documentOrganizationEdit.setAccessibleName(QCoreApplication.translate("ProgramDialog", u"Organization on documents", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("ProgramDialog", u"Document language", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("ProgramDialog", u"Document language", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

