# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'matching_weights_dialog.ui'
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
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_MatchingWeightsDialog(object):
    def setupUi(self, MatchingWeightsDialog):
        if not MatchingWeightsDialog.objectName():
            MatchingWeightsDialog.setObjectName(u"MatchingWeightsDialog")
        MatchingWeightsDialog.resize(620, 520)
        self.rootLayout = QVBoxLayout(MatchingWeightsDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.introLabel = QLabel(MatchingWeightsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.introLabel)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.weightsGroup = QGroupBox(MatchingWeightsDialog)
        self.weightsGroup.setObjectName(u"weightsGroup")
        self.weightsForm = QFormLayout(self.weightsGroup)
        self.weightsForm.setObjectName(u"weightsForm")
        self.skillsLabel = QLabel(self.weightsGroup)
        self.skillsLabel.setObjectName(u"skillsLabel")

        self.weightsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.skillsLabel)

        self.skillsSpin = QDoubleSpinBox(self.weightsGroup)
        self.skillsSpin.setObjectName(u"skillsSpin")
        self.skillsSpin.setDecimals(1)
        self.skillsSpin.setMaximum(100.000000000000000)
        self.skillsSpin.setSingleStep(0.500000000000000)

        self.weightsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.skillsSpin)

        self.goalsLabel = QLabel(self.weightsGroup)
        self.goalsLabel.setObjectName(u"goalsLabel")

        self.weightsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.goalsLabel)

        self.goalsSpin = QDoubleSpinBox(self.weightsGroup)
        self.goalsSpin.setObjectName(u"goalsSpin")
        self.goalsSpin.setDecimals(1)
        self.goalsSpin.setMaximum(100.000000000000000)
        self.goalsSpin.setSingleStep(0.500000000000000)

        self.weightsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.goalsSpin)

        self.interestsLabel = QLabel(self.weightsGroup)
        self.interestsLabel.setObjectName(u"interestsLabel")

        self.weightsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.interestsLabel)

        self.interestsSpin = QDoubleSpinBox(self.weightsGroup)
        self.interestsSpin.setObjectName(u"interestsSpin")
        self.interestsSpin.setDecimals(1)
        self.interestsSpin.setMaximum(100.000000000000000)
        self.interestsSpin.setSingleStep(0.500000000000000)

        self.weightsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.interestsSpin)

        self.languageLabel = QLabel(self.weightsGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.weightsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageSpin = QDoubleSpinBox(self.weightsGroup)
        self.languageSpin.setObjectName(u"languageSpin")
        self.languageSpin.setDecimals(1)
        self.languageSpin.setMaximum(100.000000000000000)
        self.languageSpin.setSingleStep(0.500000000000000)

        self.weightsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.languageSpin)

        self.orgUnitLabel = QLabel(self.weightsGroup)
        self.orgUnitLabel.setObjectName(u"orgUnitLabel")

        self.weightsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.orgUnitLabel)

        self.orgUnitSpin = QDoubleSpinBox(self.weightsGroup)
        self.orgUnitSpin.setObjectName(u"orgUnitSpin")
        self.orgUnitSpin.setDecimals(1)
        self.orgUnitSpin.setMaximum(100.000000000000000)
        self.orgUnitSpin.setSingleStep(0.500000000000000)

        self.weightsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.orgUnitSpin)

        self.timeZoneLabel = QLabel(self.weightsGroup)
        self.timeZoneLabel.setObjectName(u"timeZoneLabel")

        self.weightsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.timeZoneLabel)

        self.timeZoneSpin = QDoubleSpinBox(self.weightsGroup)
        self.timeZoneSpin.setObjectName(u"timeZoneSpin")
        self.timeZoneSpin.setDecimals(1)
        self.timeZoneSpin.setMaximum(100.000000000000000)
        self.timeZoneSpin.setSingleStep(0.500000000000000)

        self.weightsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.timeZoneSpin)

        self.seniorityLabel = QLabel(self.weightsGroup)
        self.seniorityLabel.setObjectName(u"seniorityLabel")

        self.weightsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.seniorityLabel)

        self.senioritySpin = QDoubleSpinBox(self.weightsGroup)
        self.senioritySpin.setObjectName(u"senioritySpin")
        self.senioritySpin.setDecimals(1)
        self.senioritySpin.setMaximum(100.000000000000000)
        self.senioritySpin.setSingleStep(0.500000000000000)

        self.weightsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.senioritySpin)

        self.availabilityLabel = QLabel(self.weightsGroup)
        self.availabilityLabel.setObjectName(u"availabilityLabel")

        self.weightsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.availabilityLabel)

        self.availabilitySpin = QDoubleSpinBox(self.weightsGroup)
        self.availabilitySpin.setObjectName(u"availabilitySpin")
        self.availabilitySpin.setDecimals(1)
        self.availabilitySpin.setMaximum(100.000000000000000)
        self.availabilitySpin.setSingleStep(0.500000000000000)

        self.weightsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.availabilitySpin)

        self.formatLabel = QLabel(self.weightsGroup)
        self.formatLabel.setObjectName(u"formatLabel")

        self.weightsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatSpin = QDoubleSpinBox(self.weightsGroup)
        self.formatSpin.setObjectName(u"formatSpin")
        self.formatSpin.setDecimals(1)
        self.formatSpin.setMaximum(100.000000000000000)
        self.formatSpin.setSingleStep(0.500000000000000)

        self.weightsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.formatSpin)

        self.identityLabel = QLabel(self.weightsGroup)
        self.identityLabel.setObjectName(u"identityLabel")

        self.weightsForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.identityLabel)

        self.identitySpin = QDoubleSpinBox(self.weightsGroup)
        self.identitySpin.setObjectName(u"identitySpin")
        self.identitySpin.setDecimals(1)
        self.identitySpin.setMaximum(100.000000000000000)
        self.identitySpin.setSingleStep(0.500000000000000)

        self.weightsForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.identitySpin)


        self.columns.addWidget(self.weightsGroup)

        self.optionsGroup = QGroupBox(MatchingWeightsDialog)
        self.optionsGroup.setObjectName(u"optionsGroup")
        self.optionsForm = QFormLayout(self.optionsGroup)
        self.optionsForm.setObjectName(u"optionsForm")
        self.objectiveLabel = QLabel(self.optionsGroup)
        self.objectiveLabel.setObjectName(u"objectiveLabel")

        self.optionsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.objectiveLabel)

        self.objectiveCombo = QComboBox(self.optionsGroup)
        self.objectiveCombo.setObjectName(u"objectiveCombo")

        self.optionsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.objectiveCombo)

        self.minScoreLabel = QLabel(self.optionsGroup)
        self.minScoreLabel.setObjectName(u"minScoreLabel")

        self.optionsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.minScoreLabel)

        self.minScoreSpin = QSpinBox(self.optionsGroup)
        self.minScoreSpin.setObjectName(u"minScoreSpin")
        self.minScoreSpin.setMaximum(100)

        self.optionsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.minScoreSpin)

        self.orgModeLabel = QLabel(self.optionsGroup)
        self.orgModeLabel.setObjectName(u"orgModeLabel")

        self.optionsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.orgModeLabel)

        self.orgModeCombo = QComboBox(self.optionsGroup)
        self.orgModeCombo.addItem("")
        self.orgModeCombo.addItem("")
        self.orgModeCombo.setObjectName(u"orgModeCombo")

        self.optionsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.orgModeCombo)

        self.seniorityRuleCheck = QCheckBox(self.optionsGroup)
        self.seniorityRuleCheck.setObjectName(u"seniorityRuleCheck")

        self.optionsForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.seniorityRuleCheck)

        self.seniorityTargetLabel = QLabel(self.optionsGroup)
        self.seniorityTargetLabel.setObjectName(u"seniorityTargetLabel")

        self.optionsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.seniorityTargetLabel)

        self.seniorityTargetSpin = QDoubleSpinBox(self.optionsGroup)
        self.seniorityTargetSpin.setObjectName(u"seniorityTargetSpin")
        self.seniorityTargetSpin.setDecimals(1)
        self.seniorityTargetSpin.setMinimum(-50.000000000000000)
        self.seniorityTargetSpin.setMaximum(50.000000000000000)

        self.optionsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.seniorityTargetSpin)

        self.seniorityToleranceLabel = QLabel(self.optionsGroup)
        self.seniorityToleranceLabel.setObjectName(u"seniorityToleranceLabel")

        self.optionsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.seniorityToleranceLabel)

        self.seniorityToleranceSpin = QDoubleSpinBox(self.optionsGroup)
        self.seniorityToleranceSpin.setObjectName(u"seniorityToleranceSpin")
        self.seniorityToleranceSpin.setDecimals(1)
        self.seniorityToleranceSpin.setMaximum(50.000000000000000)

        self.optionsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.seniorityToleranceSpin)

        self.requireScreeningCheck = QCheckBox(self.optionsGroup)
        self.requireScreeningCheck.setObjectName(u"requireScreeningCheck")

        self.optionsForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.requireScreeningCheck)

        self.groupSizeLabel = QLabel(self.optionsGroup)
        self.groupSizeLabel.setObjectName(u"groupSizeLabel")

        self.optionsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.groupSizeLabel)

        self.groupSizeSpin = QSpinBox(self.optionsGroup)
        self.groupSizeSpin.setObjectName(u"groupSizeSpin")
        self.groupSizeSpin.setMinimum(1)
        self.groupSizeSpin.setMaximum(20)

        self.optionsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.groupSizeSpin)


        self.columns.addWidget(self.optionsGroup)


        self.rootLayout.addLayout(self.columns)

        self.reasonRow = QHBoxLayout()
        self.reasonRow.setObjectName(u"reasonRow")
        self.reasonLabel = QLabel(MatchingWeightsDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.reasonRow.addWidget(self.reasonLabel)

        self.reasonEdit = QLineEdit(MatchingWeightsDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.reasonRow.addWidget(self.reasonEdit)


        self.rootLayout.addLayout(self.reasonRow)

        self.errorLabel = QLabel(MatchingWeightsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.errorLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.defaultsButton = QPushButton(MatchingWeightsDialog)
        self.defaultsButton.setObjectName(u"defaultsButton")

        self.buttonRow.addWidget(self.defaultsButton)

        self.buttonBox = QDialogButtonBox(MatchingWeightsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttonRow.addWidget(self.buttonBox)


        self.rootLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.skillsLabel.setBuddy(self.skillsSpin)
        self.goalsLabel.setBuddy(self.goalsSpin)
        self.interestsLabel.setBuddy(self.interestsSpin)
        self.languageLabel.setBuddy(self.languageSpin)
        self.orgUnitLabel.setBuddy(self.orgUnitSpin)
        self.timeZoneLabel.setBuddy(self.timeZoneSpin)
        self.seniorityLabel.setBuddy(self.senioritySpin)
        self.availabilityLabel.setBuddy(self.availabilitySpin)
        self.formatLabel.setBuddy(self.formatSpin)
        self.identityLabel.setBuddy(self.identitySpin)
        self.objectiveLabel.setBuddy(self.objectiveCombo)
        self.minScoreLabel.setBuddy(self.minScoreSpin)
        self.orgModeLabel.setBuddy(self.orgModeCombo)
        self.seniorityTargetLabel.setBuddy(self.seniorityTargetSpin)
        self.seniorityToleranceLabel.setBuddy(self.seniorityToleranceSpin)
        self.groupSizeLabel.setBuddy(self.groupSizeSpin)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MatchingWeightsDialog)
    # setupUi

    def retranslateUi(self, MatchingWeightsDialog):
        MatchingWeightsDialog.setWindowTitle(QCoreApplication.translate("MatchingWeightsDialog", u"Matching criteria and weights", None))
        self.introLabel.setText(QCoreApplication.translate("MatchingWeightsDialog", u"A score is the weighted mean of the criteria both people answered (0 = not used). Approved pairs keep the score they were approved with.", None))
        self.weightsGroup.setTitle(QCoreApplication.translate("MatchingWeightsDialog", u"Weights", None))
        self.skillsLabel.setText(QCoreApplication.translate("MatchingWeightsDialog", u"Skills offered vs sought:", None))
#if QT_CONFIG(accessibility)
        self.skillsSpin.setAccessibleName(QCoreApplication.translate("MatchingWeightsDialog", u"Skills offered vs sought weight", None))
#endif // QT_CONFIG(accessibility)
        self.goalsLabel.setText(QCoreApplication.translate("MatchingWeightsDialog", u"Goals:", None))
#if QT_CONFIG(accessibility)
        self.goalsSpin.setAccessibleName(QCoreApplication.translate("MatchingWeightsDialog", u"Goals weight", None))
#endif // QT_CONFIG(accessibility)
        self.interestsLabel.setText(QCoreApplication.translate("MatchingWeightsDialog", u"Interests:", None))
#if QT_CONFIG(accessibility)
        self.interestsSpin.setAccessibleName(QCoreApplication.translate("MatchingWeightsDialog", u"Interests weight", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("MatchingWeightsDialog", u"Language:", None))
#if QT_CONFIG(accessibility)
        self.languageSpin.setAccessibleName(QCoreApplication.translate("MatchingWeightsDialog", u"Language weight", None))
#endif // QT_CONFIG(accessibility)
        self.orgUnitLabel.setText(QCoreApplication.translate("MatchingWeightsDialog", u"Organization unit:", None))
#if QT_CONFIG(accessibility)
        self.orgUnitSpin.setAccessibleName(QCoreApplication.translate("MatchingWeightsDialog", u"Organization unit weight", None))
#endif // QT_CONFIG(accessibility)
        self.timeZoneLabel.setText(QCoreApplication.translate("MatchingWeightsDialog", u"Time zone:", None))
#if QT_CONFIG(accessibility)
        self.timeZoneSpin.setAccessibleName(QCoreApplication.translate("MatchingWeightsDialog", u"Time zone weight", None))
#endif // QT_CONFIG(accessibility)
        self.seniorityLabel.setText(QCoreApplication.translate("MatchingWeightsDialog", u"Seniority / grade gap:", None))
#if QT_CONFIG(accessibility)
        self.senioritySpin.setAccessibleName(QCoreApplication.translate("MatchingWeightsDialog", u"Seniority / grade gap weight", None))
#endif // QT_CONFIG(accessibility)
        self.availabilityLabel.setText(QCoreApplication.translate("MatchingWeightsDialog", u"Weekly availability:", None))
#if QT_CONFIG(accessibility)
        self.availabilitySpin.setAccessibleName(QCoreApplication.translate("MatchingWeightsDialog", u"Weekly availability weight", None))
#endif // QT_CONFIG(accessibility)
        self.formatLabel.setText(QCoreApplication.translate("MatchingWeightsDialog", u"Preferred format:", None))
#if QT_CONFIG(accessibility)
        self.formatSpin.setAccessibleName(QCoreApplication.translate("MatchingWeightsDialog", u"Preferred format weight", None))
#endif // QT_CONFIG(accessibility)
        self.identityLabel.setText(QCoreApplication.translate("MatchingWeightsDialog", u"Identity preferences:", None))
#if QT_CONFIG(accessibility)
        self.identitySpin.setAccessibleName(QCoreApplication.translate("MatchingWeightsDialog", u"Identity preferences weight", None))
#endif // QT_CONFIG(accessibility)
        self.optionsGroup.setTitle(QCoreApplication.translate("MatchingWeightsDialog", u"Rules and options", None))
        self.objectiveLabel.setText(QCoreApplication.translate("MatchingWeightsDialog", u"Objective:", None))
        self.minScoreLabel.setText(QCoreApplication.translate("MatchingWeightsDialog", u"Minimum score:", None))
        self.minScoreSpin.setSpecialValueText(QCoreApplication.translate("MatchingWeightsDialog", u"none", None))
        self.orgModeLabel.setText(QCoreApplication.translate("MatchingWeightsDialog", u"Organization unit:", None))
        self.orgModeCombo.setItemText(0, QCoreApplication.translate("MatchingWeightsDialog", u"prefer the same unit", None))
        self.orgModeCombo.setItemText(1, QCoreApplication.translate("MatchingWeightsDialog", u"prefer a different unit", None))

        self.seniorityRuleCheck.setText(QCoreApplication.translate("MatchingWeightsDialog", u"Mentors must be more senior than mentees", None))
        self.seniorityTargetLabel.setText(QCoreApplication.translate("MatchingWeightsDialog", u"Ideal seniority gap:", None))
        self.seniorityToleranceLabel.setText(QCoreApplication.translate("MatchingWeightsDialog", u"\u2026 give or take:", None))
        self.requireScreeningCheck.setText(QCoreApplication.translate("MatchingWeightsDialog", u"Mentors must be cleared by screening", None))
        self.groupSizeLabel.setText(QCoreApplication.translate("MatchingWeightsDialog", u"Flash: mentees per table:", None))
        self.reasonLabel.setText(QCoreApplication.translate("MatchingWeightsDialog", u"Reason:", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("MatchingWeightsDialog", u"optional, kept in the audit log", None))
        self.errorLabel.setStyleSheet(QCoreApplication.translate("MatchingWeightsDialog", u"color: #b00020;", None))
        self.defaultsButton.setText(QCoreApplication.translate("MatchingWeightsDialog", u"Restore &defaults", None))
    # retranslateUi

