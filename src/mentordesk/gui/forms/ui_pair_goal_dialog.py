# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pair_goal_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

from mentordesk.gui.common import DateEdit

class Ui_GoalDialog(object):
    def setupUi(self, GoalDialog):
        if not GoalDialog.objectName():
            GoalDialog.setObjectName(u"GoalDialog")
        GoalDialog.setModal(True)
        self.GoalDialogLayout = QVBoxLayout(GoalDialog)
        self.GoalDialogLayout.setObjectName(u"GoalDialogLayout")
        self.GoalDialogForm = QFormLayout()
        self.GoalDialogForm.setObjectName(u"GoalDialogForm")
        self.statementEditLabel = QLabel(GoalDialog)
        self.statementEditLabel.setObjectName(u"statementEditLabel")

        self.GoalDialogForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statementEditLabel)

        self.statementEdit = QPlainTextEdit(GoalDialog)
        self.statementEdit.setObjectName(u"statementEdit")
        self.statementEdit.setMinimumSize(QSize(0, 40))
        self.statementEdit.setTabChangesFocus(True)
        self.statementEdit.setMaximumSize(QSize(16777215, 64))

        self.GoalDialogForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statementEdit)

        self.measureEditLabel = QLabel(GoalDialog)
        self.measureEditLabel.setObjectName(u"measureEditLabel")

        self.GoalDialogForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.measureEditLabel)

        self.measureEdit = QLineEdit(GoalDialog)
        self.measureEdit.setObjectName(u"measureEdit")

        self.GoalDialogForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.measureEdit)

        self.targetEditLabel = QLabel(GoalDialog)
        self.targetEditLabel.setObjectName(u"targetEditLabel")

        self.GoalDialogForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.targetEditLabel)

        self.targetEdit = DateEdit(GoalDialog)
        self.targetEdit.setObjectName(u"targetEdit")

        self.GoalDialogForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.targetEdit)

        self.priorityComboLabel = QLabel(GoalDialog)
        self.priorityComboLabel.setObjectName(u"priorityComboLabel")

        self.GoalDialogForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.priorityComboLabel)

        self.priorityCombo = QComboBox(GoalDialog)
        self.priorityCombo.setObjectName(u"priorityCombo")

        self.GoalDialogForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.priorityCombo)

        self.goalStatusComboLabel = QLabel(GoalDialog)
        self.goalStatusComboLabel.setObjectName(u"goalStatusComboLabel")

        self.GoalDialogForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.goalStatusComboLabel)

        self.goalStatusCombo = QComboBox(GoalDialog)
        self.goalStatusCombo.setObjectName(u"goalStatusCombo")

        self.GoalDialogForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.goalStatusCombo)

        self.resourcesEditLabel = QLabel(GoalDialog)
        self.resourcesEditLabel.setObjectName(u"resourcesEditLabel")

        self.GoalDialogForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.resourcesEditLabel)

        self.resourcesEdit = QLineEdit(GoalDialog)
        self.resourcesEdit.setObjectName(u"resourcesEdit")

        self.GoalDialogForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.resourcesEdit)

        self.mentorRoleEditLabel = QLabel(GoalDialog)
        self.mentorRoleEditLabel.setObjectName(u"mentorRoleEditLabel")

        self.GoalDialogForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.mentorRoleEditLabel)

        self.mentorRoleEdit = QLineEdit(GoalDialog)
        self.mentorRoleEdit.setObjectName(u"mentorRoleEdit")

        self.GoalDialogForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.mentorRoleEdit)

        self.idpCheckLabel = QLabel(GoalDialog)
        self.idpCheckLabel.setObjectName(u"idpCheckLabel")

        self.GoalDialogForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.idpCheckLabel)

        self.idpCheck = QCheckBox(GoalDialog)
        self.idpCheck.setObjectName(u"idpCheck")

        self.GoalDialogForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.idpCheck)


        self.GoalDialogLayout.addLayout(self.GoalDialogForm)

        self.stepsLabel = QLabel(GoalDialog)
        self.stepsLabel.setObjectName(u"stepsLabel")

        self.GoalDialogLayout.addWidget(self.stepsLabel)

        self.stepsRow = QHBoxLayout()
        self.stepsRow.setObjectName(u"stepsRow")
        self.stepsTable = QTableView(GoalDialog)
        self.stepsTable.setObjectName(u"stepsTable")
        self.stepsTable.setMinimumSize(QSize(0, 120))

        self.stepsRow.addWidget(self.stepsTable)

        self.stepsButtons = QVBoxLayout()
        self.stepsButtons.setObjectName(u"stepsButtons")
        self.addStepButton = QPushButton(GoalDialog)
        self.addStepButton.setObjectName(u"addStepButton")

        self.stepsButtons.addWidget(self.addStepButton)

        self.removeStepButton = QPushButton(GoalDialog)
        self.removeStepButton.setObjectName(u"removeStepButton")

        self.stepsButtons.addWidget(self.removeStepButton)

        self.sv = QSpacerItem(0, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.stepsButtons.addItem(self.sv)


        self.stepsRow.addLayout(self.stepsButtons)


        self.GoalDialogLayout.addLayout(self.stepsRow)

        self.errorLabel = QLabel(GoalDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b00020;")

        self.GoalDialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(GoalDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.GoalDialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.statementEditLabel.setBuddy(self.statementEdit)
        self.measureEditLabel.setBuddy(self.measureEdit)
        self.targetEditLabel.setBuddy(self.targetEdit)
        self.priorityComboLabel.setBuddy(self.priorityCombo)
        self.goalStatusComboLabel.setBuddy(self.goalStatusCombo)
        self.resourcesEditLabel.setBuddy(self.resourcesEdit)
        self.mentorRoleEditLabel.setBuddy(self.mentorRoleEdit)
        self.idpCheckLabel.setBuddy(self.idpCheck)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GoalDialog)
    # setupUi

    def retranslateUi(self, GoalDialog):
        GoalDialog.setWindowTitle(QCoreApplication.translate("GoalDialog", u"Goal", None))
        self.statementEditLabel.setText(QCoreApplication.translate("GoalDialog", u"Specific statement", None))
        self.statementEdit.setPlaceholderText(QCoreApplication.translate("GoalDialog", u"What exactly will be achieved?", None))
        self.measureEditLabel.setText(QCoreApplication.translate("GoalDialog", u"Measure of success", None))
        self.measureEdit.setPlaceholderText(QCoreApplication.translate("GoalDialog", u"How will we know?", None))
        self.targetEditLabel.setText(QCoreApplication.translate("GoalDialog", u"Target date", None))
        self.priorityComboLabel.setText(QCoreApplication.translate("GoalDialog", u"Priority", None))
        self.goalStatusComboLabel.setText(QCoreApplication.translate("GoalDialog", u"Status", None))
        self.resourcesEditLabel.setText(QCoreApplication.translate("GoalDialog", u"Resources", None))
        self.mentorRoleEditLabel.setText(QCoreApplication.translate("GoalDialog", u"Mentor's role", None))
        self.idpCheckLabel.setText("")
        self.idpCheck.setText(QCoreApplication.translate("GoalDialog", u"Part of the mentee's IDP (up to 3 goals)", None))
        self.stepsLabel.setText(QCoreApplication.translate("GoalDialog", u"Action steps: due date as YYYY-MM-DD; status to do, in progress or done", None))
#if QT_CONFIG(accessibility)
        self.stepsTable.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Action steps", None))
#endif // QT_CONFIG(accessibility)
        self.addStepButton.setText(QCoreApplication.translate("GoalDialog", u"Add step", None))
        self.removeStepButton.setText(QCoreApplication.translate("GoalDialog", u"Remove", None))
        self.errorLabel.setText("")
    # retranslateUi

