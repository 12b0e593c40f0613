# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pair_rules_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_RulesDialog(object):
    def setupUi(self, RulesDialog):
        if not RulesDialog.objectName():
            RulesDialog.setObjectName(u"RulesDialog")
        RulesDialog.setModal(True)
        self.RulesDialogLayout = QVBoxLayout(RulesDialog)
        self.RulesDialogLayout.setObjectName(u"RulesDialogLayout")
        self.RulesDialogForm = QFormLayout()
        self.RulesDialogForm.setObjectName(u"RulesDialogForm")
        self.cadenceSpinLabel = QLabel(RulesDialog)
        self.cadenceSpinLabel.setObjectName(u"cadenceSpinLabel")

        self.RulesDialogForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.cadenceSpinLabel)

        self.cadenceSpin = QSpinBox(RulesDialog)
        self.cadenceSpin.setObjectName(u"cadenceSpin")
        self.cadenceSpin.setMinimum(1)
        self.cadenceSpin.setMaximum(120)

        self.RulesDialogForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.cadenceSpin)

        self.firstWithinSpinLabel = QLabel(RulesDialog)
        self.firstWithinSpinLabel.setObjectName(u"firstWithinSpinLabel")

        self.RulesDialogForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.firstWithinSpinLabel)

        self.firstWithinSpin = QSpinBox(RulesDialog)
        self.firstWithinSpin.setObjectName(u"firstWithinSpin")
        self.firstWithinSpin.setMinimum(0)
        self.firstWithinSpin.setMaximum(60)

        self.RulesDialogForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.firstWithinSpin)

        self.firstMonthCountSpinLabel = QLabel(RulesDialog)
        self.firstMonthCountSpinLabel.setObjectName(u"firstMonthCountSpinLabel")

        self.RulesDialogForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.firstMonthCountSpinLabel)

        self.firstMonthCountSpin = QSpinBox(RulesDialog)
        self.firstMonthCountSpin.setObjectName(u"firstMonthCountSpin")
        self.firstMonthCountSpin.setMinimum(1)
        self.firstMonthCountSpin.setMaximum(10)

        self.RulesDialogForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.firstMonthCountSpin)

        self.monthlySpinLabel = QLabel(RulesDialog)
        self.monthlySpinLabel.setObjectName(u"monthlySpinLabel")

        self.RulesDialogForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.monthlySpinLabel)

        self.monthlySpin = QSpinBox(RulesDialog)
        self.monthlySpin.setObjectName(u"monthlySpin")
        self.monthlySpin.setMinimum(1)
        self.monthlySpin.setMaximum(180)

        self.RulesDialogForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.monthlySpin)

        self.guardianSpinLabel = QLabel(RulesDialog)
        self.guardianSpinLabel.setObjectName(u"guardianSpinLabel")

        self.RulesDialogForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.guardianSpinLabel)

        self.guardianSpin = QSpinBox(RulesDialog)
        self.guardianSpin.setObjectName(u"guardianSpin")
        self.guardianSpin.setMinimum(1)
        self.guardianSpin.setMaximum(366)

        self.RulesDialogForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.guardianSpin)


        self.RulesDialogLayout.addLayout(self.RulesDialogForm)

        self.rulesHint = QLabel(RulesDialog)
        self.rulesHint.setObjectName(u"rulesHint")
        self.rulesHint.setWordWrap(True)

        self.RulesDialogLayout.addWidget(self.rulesHint)

        self.errorLabel = QLabel(RulesDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b00020;")

        self.RulesDialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(RulesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.RulesDialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.cadenceSpinLabel.setBuddy(self.cadenceSpin)
        self.firstWithinSpinLabel.setBuddy(self.firstWithinSpin)
        self.firstMonthCountSpinLabel.setBuddy(self.firstMonthCountSpin)
        self.monthlySpinLabel.setBuddy(self.monthlySpin)
        self.guardianSpinLabel.setBuddy(self.guardianSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RulesDialog)
    # setupUi

    def retranslateUi(self, RulesDialog):
        RulesDialog.setWindowTitle(QCoreApplication.translate("RulesDialog", u"Cadence and check-in rules", None))
        self.cadenceSpinLabel.setText(QCoreApplication.translate("RulesDialog", u"Meet every", None))
        self.cadenceSpin.setSuffix(QCoreApplication.translate("RulesDialog", u" days", None))
#if QT_CONFIG(tooltip)
        self.cadenceSpin.setToolTip(QCoreApplication.translate("RulesDialog", u"The program's meeting cadence target", None))
#endif // QT_CONFIG(tooltip)
        self.firstWithinSpinLabel.setText(QCoreApplication.translate("RulesDialog", u"First check-in", None))
        self.firstWithinSpin.setSuffix(QCoreApplication.translate("RulesDialog", u" days after the first meeting", None))
        self.firstMonthCountSpinLabel.setText(QCoreApplication.translate("RulesDialog", u"Check-ins in month one", None))
        self.monthlySpinLabel.setText(QCoreApplication.translate("RulesDialog", u"Then every", None))
        self.monthlySpin.setSuffix(QCoreApplication.translate("RulesDialog", u" days", None))
        self.guardianSpinLabel.setText(QCoreApplication.translate("RulesDialog", u"Guardian (minors) every", None))
        self.guardianSpin.setSuffix(QCoreApplication.translate("RulesDialog", u" days", None))
        self.rulesHint.setText(QCoreApplication.translate("RulesDialog", u"A pair is at risk when it has not met within 1.5 \u00d7 the cadence, a check-in is overdue, the latest relationship rating is 2 or lower, or a safety concern is open.", None))
        self.errorLabel.setText("")
    # retranslateUi

