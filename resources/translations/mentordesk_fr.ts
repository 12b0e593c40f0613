<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AgreementTab</name>
    <message>
        <source>Meeting frequency</source>
        <translation>Fréquence des rencontres</translation>
    </message>
    <message>
        <source>e.g. Every 2 weeks</source>
        <translation>p. ex. Toutes les 2 semaines</translation>
    </message>
    <message>
        <source>Meeting length</source>
        <translation>Durée des rencontres</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Usual day and time</source>
        <translation>Jour et heure habituels</translation>
    </message>
    <message>
        <source>e.g. Wednesdays 15:30</source>
        <translation>p. ex. Mercredi 15 h 30</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>e.g. School library</source>
        <translation>p. ex. CDI de l&apos;établissement</translation>
    </message>
    <message>
        <source>Contact between meetings</source>
        <translation>Contact entre les rencontres</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Mid-point review</source>
        <translation>Bilan à mi-parcours</translation>
    </message>
    <message>
        <source>Notice period (ending)</source>
        <translation>Préavis (fin)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Mentor signed</source>
        <translation>Signature du mentor</translation>
    </message>
    <message>
        <source>Mentee signed</source>
        <translation>Signature du mentoré</translation>
    </message>
    <message>
        <source>Guardian signed</source>
        <translation>Signature du tuteur</translation>
    </message>
    <message>
        <source>Coordinator signed</source>
        <translation>Signature du coordinateur</translation>
    </message>
    <message>
        <source>Goals (from the Goals tab)</source>
        <translation>Objectifs (de l&apos;onglet Objectifs)</translation>
    </message>
    <message>
        <source>Confidentiality and its limits</source>
        <translation>Confidentialité et ses limites</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Program obligations</source>
        <translation>Obligations du programme</translation>
    </message>
    <message>
        <source>No-fault ending</source>
        <translation>Fin sans faute</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Save agreement</source>
        <translation>Enregistrer l&apos;accord</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <source>Print a whole cohort</source>
        <translation>Imprimer toute une cohorte</translation>
    </message>
    <message>
        <source>&amp;Documents:</source>
        <translation>&amp;Documents :</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Enregistrer sous :</translation>
    </message>
    <message>
        <source>One file each (per pair or person), in a &amp;folder</source>
        <translation>Un fichier par binôme ou par personne, dans un &amp;dossier</translation>
    </message>
    <message>
        <source>One &amp;combined PDF</source>
        <translation>Un PDF &amp;combiné</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Où :</translation>
    </message>
    <message>
        <source>Choose a folder or a file name</source>
        <translation>Choisissez un dossier ou un nom de fichier</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <source>Support check-in</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacté</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Relationship quality</source>
        <translation>Qualité de la relation</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source> / 5</source>
        <translation> / 5</translation>
    </message>
    <message>
        <source>Safety concern raised</source>
        <translation>Préoccupation de sécurité signalée</translation>
    </message>
    <message>
        <source>Safety note (confidential)</source>
        <translation>Note de sécurité (confidentielle)</translation>
    </message>
    <message>
        <source>What was reported and what was done</source>
        <translation>Ce qui a été signalé et ce qui a été fait</translation>
    </message>
    <message>
        <source>Concern resolved on</source>
        <translation>Préoccupation résolue le</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>Notes (confidential)</source>
        <translation>Notes (confidentielles)</translation>
    </message>
    <message>
        <source>Confidential: never printed or exported</source>
        <translation>Confidentiel : jamais imprimé ni exporté</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close pair</source>
        <translation>Clôturer le binôme</translation>
    </message>
    <message>
        <source>Closure date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>À l&apos;initiative de</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>Code du motif</translation>
    </message>
    <message>
        <source>Mentor&apos;s exit feedback</source>
        <translation>Bilan du mentor</translation>
    </message>
    <message>
        <source>Mentee&apos;s exit feedback</source>
        <translation>Bilan du mentoré</translation>
    </message>
    <message>
        <source>Rematch decision</source>
        <translation>Décision de réappariement</translation>
    </message>
    <message>
        <source>Closing frees the mentor&apos;s capacity. A closed pair can be reopened later.</source>
        <translation>La clôture libère la capacité du mentor. Un binôme clôturé peut être rouvert plus tard.</translation>
    </message>
</context>
<context>
    <name>ClosureTab</name>
    <message>
        <source>Close pair…</source>
        <translation>Clôturer le binôme…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Rouvrir…</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>Pause…</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Reprendre…</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee(s)</source>
        <translation>Mentoré(s)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>Dernière rencontre</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Prochain suivi</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>No meeting within 1.5× the cadence, a check-in overdue, latest rating ≤ 2, or an open safety concern</source>
        <translation>Aucune rencontre en 1,5× la fréquence, un suivi en retard, dernière note ≤ 2 ou un problème de sécurité ouvert</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Binôme</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Notes (confidential)</source>
        <translation>Notes (confidentielles)</translation>
    </message>
    <message>
        <source>Confidential: never printed or exported</source>
        <translation>Confidentiel : jamais imprimé ni exporté</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacté</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <source>IDP</source>
        <translation>PDI</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Accordé par</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Saved by them</source>
        <translation>Enregistré par l&apos;autre personne</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Le vôtre</translation>
    </message>
</context>
<context>
    <name>CoordinatorsDialog</name>
    <message>
        <source>Coordinators and viewers</source>
        <translation>Coordinateurs et observateurs</translation>
    </message>
    <message>
        <source>Who may work on which program. A coordinator reads and writes the programs assigned here; a viewer (a principal, a funder liaison) sees their figures and never a sensitive field. The server enforces it, whatever program connects. Logins are created by IT.</source>
        <translation>Qui peut travailler sur quel programme. Un coordinateur lit et modifie les programmes qui lui sont attribués ici ; un observateur (une direction d&apos;établissement, un référent du financeur) voit leurs chiffres et jamais un champ sensible. Le serveur l&apos;impose, quel que soit le programme qui se connecte. Les identifiants sont créés par le service informatique.</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Attributions</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>Login role</source>
        <translation>Rôle de connexion</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programme :</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>&amp;As:</source>
        <translation>&amp;En tant que :</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Accorder</translation>
    </message>
    <message>
        <source>&amp;Revoke selected</source>
        <translation>&amp;Retirer la sélection</translation>
    </message>
</context>
<context>
    <name>DistrictPanel</name>
    <message>
        <source>Every program you may see, one row each, and the district total for the period chosen above.</source>
        <translation>Chaque programme que vous pouvez voir, un par ligne, et le total du district pour la période choisie ci-dessus.</translation>
    </message>
    <message>
        <source>Include &amp;archived programs</source>
        <translation>Inclure les programmes &amp;archivés</translation>
    </message>
    <message>
        <source>E&amp;xport district…</source>
        <translation>E&amp;xporter le district…</translation>
    </message>
    <message>
        <source>District: every measure per program and the total</source>
        <translation>District : chaque mesure par programme et le total</translation>
    </message>
    <message>
        <source>Totals add counts up and compute every rate from the summed numbers (4 of 10 mentees matched is 40 %, whatever each program&apos;s own rate). Hover a figure for its parts and formula.</source>
        <translation>Les totaux additionnent les effectifs et calculent chaque taux à partir des nombres additionnés (4 mentorés appariés sur 10 font 40 %, quel que soit le taux propre à chaque programme). Survolez un chiffre pour voir ses composantes et sa formule.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export roster</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Programme :</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous :</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Include sensitive fields (date of birth, gender, pronouns, identity preferences, confidential notes, guardian details)</source>
        <translation>&amp;Inclure les champs sensibles (date de naissance, genre, pronoms, préférences d&apos;identité, notes confidentielles, coordonnées du tuteur)</translation>
    </message>
    <message>
        <source>⚠ The file will contain confidential and minors&apos; data. Keep it on this computer or share it only with people allowed to see it.</source>
        <translation>⚠ Le fichier contiendra des données confidentielles et des données de mineurs. Gardez-le sur cet ordinateur ou ne le partagez qu&apos;avec des personnes autorisées à les voir.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Full name</source>
        <extracomment>core/participant.FIELDS: the key is the attribute, the text core&apos;s English label.</extracomment>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nom d&apos;usage</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Mentor capacity</source>
        <translation>Capacité de mentor</translation>
    </message>
    <message>
        <source>Department / class</source>
        <translation>Service / classe</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Seniority / years</source>
        <translation>Ancienneté / années</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Langue des documents</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Skills offered</source>
        <translation>Compétences offertes</translation>
    </message>
    <message>
        <source>Skills sought</source>
        <translation>Compétences recherchées</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Centres d&apos;intérêt</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <source>Preferred format</source>
        <translation>Format préféré</translation>
    </message>
    <message>
        <source>Ranked choices</source>
        <translation>Choix classés</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <source>Identity preferences</source>
        <translation>Préférences d&apos;identité</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation>Notes confidentielles</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>Date de candidature</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Date d&apos;entretien</translation>
    </message>
    <message>
        <source>Interview outcome</source>
        <translation>Résultat de l&apos;entretien</translation>
    </message>
    <message>
        <source>Background check type</source>
        <translation>Type de contrôle d&apos;antécédents</translation>
    </message>
    <message>
        <source>Background check date</source>
        <translation>Date du contrôle d&apos;antécédents</translation>
    </message>
    <message>
        <source>Background check result</source>
        <translation>Résultat du contrôle d&apos;antécédents</translation>
    </message>
    <message>
        <source>Background check expiry</source>
        <translation>Expiration du contrôle d&apos;antécédents</translation>
    </message>
    <message>
        <source>Screening decision</source>
        <translation>Décision de vérification</translation>
    </message>
    <message>
        <source>Training date</source>
        <translation>Date de formation</translation>
    </message>
    <message>
        <source>Training hours</source>
        <translation>Heures de formation</translation>
    </message>
    <message>
        <source>Guardian name</source>
        <translation>Nom du tuteur</translation>
    </message>
    <message>
        <source>Guardian relationship</source>
        <translation>Lien du tuteur</translation>
    </message>
    <message>
        <source>Guardian email</source>
        <translation>E-mail du tuteur</translation>
    </message>
    <message>
        <source>Guardian phone</source>
        <translation>Téléphone du tuteur</translation>
    </message>
    <message>
        <source>Guardian consent date</source>
        <translation>Date du consentement du tuteur</translation>
    </message>
    <message>
        <source>Consent signed by</source>
        <translation>Consentement signé par</translation>
    </message>
    <message>
        <source>Media release</source>
        <translation>Droit à l&apos;image</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>core/program.Program (the program dialog&apos;s settings) and its document settings.</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Meet every (days)</source>
        <translation>Se rencontrer tous les (jours)</translation>
    </message>
    <message>
        <source>Meeting length (minutes)</source>
        <translation>Durée des rencontres (minutes)</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Previous program</source>
        <translation>Programme précédent</translation>
    </message>
    <message>
        <source>Agreement defaults</source>
        <translation>Valeurs par défaut de l&apos;accord</translation>
    </message>
    <message>
        <source>Matching weights</source>
        <translation>Poids de l&apos;appariement</translation>
    </message>
    <message>
        <source>Matching options</source>
        <translation>Options de l&apos;appariement</translation>
    </message>
    <message>
        <source>Check-in rules</source>
        <translation>Règles de suivi</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Coordinator contact</source>
        <translation>Contact du coordinateur</translation>
    </message>
    <message>
        <source>Meeting frequency</source>
        <extracomment>services/pairs/records.AgreementData (the pair&apos;s agreement tab).</extracomment>
        <translation>Fréquence des rencontres</translation>
    </message>
    <message>
        <source>Meeting format</source>
        <translation>Format des rencontres</translation>
    </message>
    <message>
        <source>Usual day and time</source>
        <translation>Jour et heure habituels</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Contact between meetings</source>
        <translation>Contact entre les rencontres</translation>
    </message>
    <message>
        <source>Duration (months)</source>
        <translation>Durée (mois)</translation>
    </message>
    <message>
        <source>Mid-point review</source>
        <translation>Bilan à mi-parcours</translation>
    </message>
    <message>
        <source>Confidentiality and its limits</source>
        <translation>Confidentialité et ses limites</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Program obligations</source>
        <translation>Obligations du programme</translation>
    </message>
    <message>
        <source>No-fault ending</source>
        <translation>Fin sans faute</translation>
    </message>
    <message>
        <source>Notice period (days)</source>
        <translation>Préavis (jours)</translation>
    </message>
    <message>
        <source>Mentor signed</source>
        <translation>Signature du mentor</translation>
    </message>
    <message>
        <source>Mentee signed</source>
        <translation>Signature du mentoré</translation>
    </message>
    <message>
        <source>Guardian signed</source>
        <translation>Signature du tuteur</translation>
    </message>
    <message>
        <source>Coordinator signed</source>
        <translation>Signature du coordinateur</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>The pair&apos;s other records (meetings, check-ins, closures: &quot;date&quot;; the IDP&apos;s dates).</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>Final review</source>
        <translation>Bilan final</translation>
    </message>
    <message>
        <source>Safety concern resolved on</source>
        <translation>Problème de sécurité résolu le</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>US Letter</source>
        <extracomment>One lookup for every record (a name means the same field wherever it appears: a program&apos;s `meeting_minutes` and an agreement&apos;s are both a meeting&apos;s length in minutes). Fields that hold a language code (&quot;es&quot;), shown by the language&apos;s own name. Values of settings that are words, not data (a paper size).</extracomment>
        <translation>Letter (US)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Specific statement</source>
        <translation>Énoncé précis</translation>
    </message>
    <message>
        <source>What exactly will be achieved?</source>
        <translation>Qu&apos;est-ce qui sera accompli exactement ?</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>Mesure de la réussite</translation>
    </message>
    <message>
        <source>How will we know?</source>
        <translation>Comment le saura-t-on ?</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Mentor&apos;s role</source>
        <translation>Rôle du mentor</translation>
    </message>
    <message>
        <source>Part of the mentee&apos;s IDP (up to 3 goals)</source>
        <translation>Fait partie du PDI du mentoré (jusqu&apos;à 3 objectifs)</translation>
    </message>
    <message>
        <source>Action steps: due date as YYYY-MM-DD; status to do, in progress or done</source>
        <translation>Étapes d&apos;action : échéance au format AAAA-MM-JJ ; statut to do, in progress ou done</translation>
    </message>
    <message>
        <source>Action steps</source>
        <translation>Étapes d&apos;action</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>Add goal…</source>
        <translation>Ajouter un objectif…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Log progress…</source>
        <translation>Noter un progrès…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Goal detail</source>
        <translation>Détail de l&apos;objectif</translation>
    </message>
</context>
<context>
    <name>IdpTab</name>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>Plan starts</source>
        <translation>Début du plan</translation>
    </message>
    <message>
        <source>Plan ends</source>
        <translation>Fin du plan</translation>
    </message>
    <message>
        <source>Mid-point review</source>
        <translation>Bilan à mi-parcours</translation>
    </message>
    <message>
        <source>Final review</source>
        <translation>Bilan final</translation>
    </message>
    <message>
        <source>Baseline self-rating</source>
        <translation>Auto-évaluation initiale</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source> / 5</source>
        <translation> / 5</translation>
    </message>
    <message>
        <source>Final self-rating</source>
        <translation>Auto-évaluation finale</translation>
    </message>
    <message>
        <source>Mentee signed</source>
        <translation>Signature du mentoré</translation>
    </message>
    <message>
        <source>Mentor signed</source>
        <translation>Signature du mentor</translation>
    </message>
    <message>
        <source>Coordinator signed</source>
        <translation>Signature du coordinateur</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Points forts</translation>
    </message>
    <message>
        <source>Growth areas</source>
        <translation>Axes de progrès</translation>
    </message>
    <message>
        <source>Short-term aspirations</source>
        <translation>Aspirations à court terme</translation>
    </message>
    <message>
        <source>Long-term aspirations</source>
        <translation>Aspirations à long terme</translation>
    </message>
    <message>
        <source>IDP goals, action plans, resources</source>
        <translation>Objectifs du PDI, plans d&apos;action, ressources</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Save IDP</source>
        <translation>Enregistrer le PDI</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import participants</source>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel file (Google Forms and Microsoft Forms exports work as they are)</source>
        <translation>Choisissez un fichier CSV ou Excel (les exports de Google Forms et Microsoft Forms fonctionnent tels quels)</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programme :</translation>
    </message>
    <message>
        <source>Pick a program, or type a new name to create one with this import</source>
        <translation>Choisissez un programme, ou tapez un nouveau nom pour le créer avec cette importation</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>&amp;Role if the file has none:</source>
        <translation>&amp;Rôle si le fichier n&apos;en indique pas :</translation>
    </message>
    <message>
        <source>Used for rows without a role; a role column in the file wins</source>
        <translation>Utilisé pour les lignes sans rôle ; une colonne de rôle dans le fichier l&apos;emporte</translation>
    </message>
    <message>
        <source>Default role</source>
        <translation>Rôle par défaut</translation>
    </message>
    <message>
        <source>%v rows read</source>
        <translation>%v lignes lues</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Each column of the file and the field it fills. Double-click a field to change it, or choose &quot;(ignore)&quot;.</source>
        <translation>Chaque colonne du fichier et le champ qu&apos;elle remplit. Double-cliquez sur un champ pour le changer, ou choisissez &quot;(ignore)&quot;.</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The first rows as they will be imported.</source>
        <translation>Les premières lignes telles qu&apos;elles seront importées.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Rows that cannot be imported. Fix them in the spreadsheet and choose the file again, or import the good rows only.</source>
        <translation>Lignes impossibles à importer. Corrigez-les dans le tableur et choisissez à nouveau le fichier, ou importez seulement les lignes correctes.</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Rows with an e-mail already in the program or earlier in the file:</source>
        <translation>Lignes dont l&apos;e-mail figure déjà dans le programme ou plus haut dans le fichier :</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>&amp;Les ignorer</translation>
    </message>
    <message>
        <source>&amp;Update with the file&apos;s values</source>
        <translation>&amp;Mettre à jour avec les valeurs du fichier</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Résumé de l&apos;importation</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MentorDesk</source>
        <translation>MentorDesk</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Appariement</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Binômes</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Récemment ouverts</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Import Participants…</source>
        <translation>&amp;Importer des participants…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export Roster…</source>
        <translation>&amp;Exporter la liste…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Print &amp;Whole Cohort…</source>
        <translation>Imprimer &amp;toute la cohorte…</translation>
    </message>
    <message>
        <source>All agreements, IDPs or certificates of the program: one file each or one combined PDF</source>
        <translation>Tous les accords, PDI ou certificats du programme : un fichier chacun ou un seul PDF combiné</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;New Program…</source>
        <translation>&amp;Nouveau programme…</translation>
    </message>
    <message>
        <source>&amp;Rename Program…</source>
        <translation>&amp;Renommer le programme…</translation>
    </message>
    <message>
        <source>&amp;Archive Program</source>
        <translation>&amp;Archiver le programme</translation>
    </message>
    <message>
        <source>Program &amp;Settings…</source>
        <translation>&amp;Réglages du programme…</translation>
    </message>
    <message>
        <source>&amp;About MentorDesk</source>
        <translation>À &amp;propos de MentorDesk</translation>
    </message>
</context>
<context>
    <name>MatchingView</name>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Objectif :</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>&amp;Minimum score:</source>
        <translation>Score &amp;minimal :</translation>
    </message>
    <message>
        <source>Minimum score</source>
        <translation>Score minimal</translation>
    </message>
    <message>
        <source>Pairs scoring below this are not allowed. “none” = no minimum.</source>
        <translation>Les binômes sous ce score ne sont pas autorisés. « aucun » = pas de minimum.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Also re-match mentees already &amp;paired</source>
        <translation>Réapparier aussi les mentorés déjà en &amp;binôme</translation>
    </message>
    <message>
        <source>&amp;Run matcher</source>
        <translation>&amp;Lancer l&apos;appariement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Criteria &amp;&amp; &amp;weights…</source>
        <translation>Critères et &amp;pondérations…</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentorés</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentors</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Sans binôme</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>Exclusions</translation>
    </message>
    <message>
        <source>E&amp;xclude pair…</source>
        <translation>E&amp;xclure le binôme…</translation>
    </message>
    <message>
        <source>Never pair the selected draft&apos;s mentor and mentee</source>
        <translation>Ne jamais apparier le mentor et le mentoré du brouillon sélectionné</translation>
    </message>
    <message>
        <source>Remove exclusion</source>
        <translation>Retirer l&apos;exclusion</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Filter by name or reason…</source>
        <translation>Filtrer par nom ou motif…</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>optional — kept in the audit log with the next pin, reject, exclusion or approval</source>
        <translation>facultatif — conservé dans le journal d&apos;audit avec le prochain épinglage, rejet, exclusion ou approbation</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>É&amp;pingler</translation>
    </message>
    <message>
        <source>Keep this pair in every re-run</source>
        <translation>Garder ce binôme à chaque relance</translation>
    </message>
    <message>
        <source>U&amp;npin</source>
        <translation>Dé&amp;sépingler</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;jeter</translation>
    </message>
    <message>
        <source>Never propose this pair again; re-run to fill the gap</source>
        <translation>Ne plus proposer ce binôme ; relancez pour combler le manque</translation>
    </message>
    <message>
        <source>&amp;Approve selected</source>
        <translation>&amp;Approuver la sélection</translation>
    </message>
    <message>
        <source>Approve a&amp;ll</source>
        <translation>Approuver &amp;tout</translation>
    </message>
    <message>
        <source>Flash rotation</source>
        <translation>Rotation flash</translation>
    </message>
    <message>
        <source>Rounds:</source>
        <translation>Tours :</translation>
    </message>
    <message>
        <source>Mentees per table:</source>
        <translation>Mentorés par table :</translation>
    </message>
    <message>
        <source>&amp;Build rotation</source>
        <translation>&amp;Construire la rotation</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>P&amp;rint schedule</source>
        <translation>&amp;Imprimer le planning</translation>
    </message>
    <message>
        <source>Preview, print or save the rotation grid as PDF</source>
        <translation>Aperçu, impression ou PDF du planning de rotation</translation>
    </message>
    <message>
        <source>Select a draft or a mentee to see the candidate mentors.</source>
        <translation>Choisissez un brouillon ou un mentoré pour voir les mentors candidats.</translation>
    </message>
    <message>
        <source>&amp;Use this mentor (pin)</source>
        <translation>&amp;Utiliser ce mentor (épingler)</translation>
    </message>
    <message>
        <source>Score explanation</source>
        <translation>Explication du score</translation>
    </message>
</context>
<context>
    <name>MatchingWeightsDialog</name>
    <message>
        <source>Matching criteria and weights</source>
        <translation>Critères et pondérations de l&apos;appariement</translation>
    </message>
    <message>
        <source>A score is the weighted mean of the criteria both people answered (0 = not used). Approved pairs keep the score they were approved with.</source>
        <translation>Un score est la moyenne pondérée des critères renseignés par les deux personnes (0 = non utilisé). Les binômes approuvés gardent le score avec lequel ils ont été approuvés.</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pondérations</translation>
    </message>
    <message>
        <source>Skills offered vs sought:</source>
        <translation>Compétences offertes / recherchées :</translation>
    </message>
    <message>
        <source>Skills offered vs sought weight</source>
        <translation>Pondération compétences offertes / recherchées</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Objectifs :</translation>
    </message>
    <message>
        <source>Goals weight</source>
        <translation>Pondération des objectifs</translation>
    </message>
    <message>
        <source>Interests:</source>
        <translation>Centres d&apos;intérêt :</translation>
    </message>
    <message>
        <source>Interests weight</source>
        <translation>Pondération des centres d&apos;intérêt</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Language weight</source>
        <translation>Pondération de la langue</translation>
    </message>
    <message>
        <source>Organization unit:</source>
        <translation>Unité :</translation>
    </message>
    <message>
        <source>Organization unit weight</source>
        <translation>Pondération de l&apos;unité</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuseau horaire :</translation>
    </message>
    <message>
        <source>Time zone weight</source>
        <translation>Pondération du fuseau horaire</translation>
    </message>
    <message>
        <source>Seniority / grade gap:</source>
        <translation>Écart d&apos;ancienneté / de niveau :</translation>
    </message>
    <message>
        <source>Seniority / grade gap weight</source>
        <translation>Pondération de l&apos;écart d&apos;ancienneté / de niveau</translation>
    </message>
    <message>
        <source>Weekly availability:</source>
        <translation>Disponibilités hebdomadaires :</translation>
    </message>
    <message>
        <source>Weekly availability weight</source>
        <translation>Pondération des disponibilités hebdomadaires</translation>
    </message>
    <message>
        <source>Preferred format:</source>
        <translation>Format préféré :</translation>
    </message>
    <message>
        <source>Preferred format weight</source>
        <translation>Pondération du format préféré</translation>
    </message>
    <message>
        <source>Identity preferences:</source>
        <translation>Préférences d&apos;identité :</translation>
    </message>
    <message>
        <source>Identity preferences weight</source>
        <translation>Pondération des préférences d&apos;identité</translation>
    </message>
    <message>
        <source>Rules and options</source>
        <translation>Règles et options</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>Objectif :</translation>
    </message>
    <message>
        <source>Minimum score:</source>
        <translation>Score minimal :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>prefer the same unit</source>
        <translation>préférer la même unité</translation>
    </message>
    <message>
        <source>prefer a different unit</source>
        <translation>préférer une autre unité</translation>
    </message>
    <message>
        <source>Mentors must be more senior than mentees</source>
        <translation>Les mentors doivent avoir plus d&apos;ancienneté que les mentorés</translation>
    </message>
    <message>
        <source>Ideal seniority gap:</source>
        <translation>Écart d&apos;ancienneté idéal :</translation>
    </message>
    <message>
        <source>… give or take:</source>
        <translation>… à peu près :</translation>
    </message>
    <message>
        <source>Mentors must be cleared by screening</source>
        <translation>Les mentors doivent être validés par la vérification</translation>
    </message>
    <message>
        <source>Flash: mentees per table:</source>
        <translation>Flash : mentorés par table :</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>optional, kept in the audit log</source>
        <translation>facultatif, conservé dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Restaurer les valeurs par &amp;défaut</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentors</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentorés</translation>
    </message>
    <message>
        <source>Match rate</source>
        <translation>Taux d&apos;appariement</translation>
    </message>
    <message>
        <source>Mentor utilization</source>
        <translation>Occupation des mentors</translation>
    </message>
    <message>
        <source>New pairs</source>
        <translation>Nouveaux binômes</translation>
    </message>
    <message>
        <source>Active pairs</source>
        <translation>Binômes actifs</translation>
    </message>
    <message>
        <source>Paused pairs</source>
        <translation>Binômes en pause</translation>
    </message>
    <message>
        <source>Closed pairs</source>
        <translation>Binômes clôturés</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Rencontres tenues</translation>
    </message>
    <message>
        <source>Meetings vs. target</source>
        <translation>Rencontres par rapport à l&apos;objectif</translation>
    </message>
    <message>
        <source>Mentoring hours</source>
        <translation>Heures de mentorat</translation>
    </message>
    <message>
        <source>Contacts made</source>
        <translation>Contacts effectués</translation>
    </message>
    <message>
        <source>Required check-ins done on time</source>
        <translation>Suivis obligatoires faits à temps</translation>
    </message>
    <message>
        <source>Staff contact rate</source>
        <translation>Taux de contact de l&apos;équipe</translation>
    </message>
    <message>
        <source>Pairs at risk</source>
        <translation>Binômes à risque</translation>
    </message>
    <message>
        <source>Goal completion</source>
        <translation>Objectifs atteints</translation>
    </message>
    <message>
        <source>Average goal progress</source>
        <translation>Avancement moyen des objectifs</translation>
    </message>
    <message>
        <source>Average relationship rating</source>
        <translation>Note moyenne de la relation</translation>
    </message>
    <message>
        <source>Closure rate</source>
        <translation>Taux de clôture</translation>
    </message>
    <message>
        <source>Early-closure rate</source>
        <translation>Taux de clôture anticipée</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <source>Average match length</source>
        <translation>Durée moyenne des binômes</translation>
    </message>
    <message>
        <source>Highest total score</source>
        <translation>Score total le plus élevé</translation>
    </message>
    <message>
        <source>As many matched as possible, then highest score</source>
        <translation>Le plus de binômes possible, puis le meilleur score</translation>
    </message>
    <message>
        <source>Stable matching (ranked choices)</source>
        <translation>Appariement stable (choix classés)</translation>
    </message>
    <message>
        <source>Status: {value}</source>
        <extracomment>Names the services build from a stored value (&quot;Status: applied&quot;, &quot;Mentors cleared&quot;).</extracomment>
        <translation>Statut : {value}</translation>
    </message>
    <message>
        <source>Mentors {value}</source>
        <translation>Mentors : {value}</translation>
    </message>
    <message>
        <source>{first}–{last} {month}</source>
        <translation>du {first} au {last} {month}</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>T{quarter} {year}</translation>
    </message>
    <message>
        <source>{quarter} to {day}</source>
        <translation>{quarter} jusqu’au {day}</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meeting</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Who attended</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Notes (confidential)</source>
        <translation>Notes (confidentielles)</translation>
    </message>
    <message>
        <source>Confidential: never printed or exported</source>
        <translation>Confidentiel : jamais imprimé ni exporté</translation>
    </message>
</context>
<context>
    <name>PairsView</name>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>At risk only</source>
        <translation>À risque seulement</translation>
    </message>
    <message>
        <source>Search by name…</source>
        <translation>Rechercher par nom…</translation>
    </message>
    <message>
        <source>Search pairs</source>
        <translation>Rechercher des binômes</translation>
    </message>
    <message>
        <source>Cadence rules…</source>
        <translation>Règles de fréquence…</translation>
    </message>
    <message>
        <source>Meeting cadence and check-in rules of this program</source>
        <translation>Fréquence des rencontres et règles de suivi de ce programme</translation>
    </message>
    <message>
        <source>Open pair</source>
        <translation>Ouvrir le binôme</translation>
    </message>
    <message>
        <source>Open the selected pair (or double-click it)</source>
        <translation>Ouvrir le binôme sélectionné (ou double-clic)</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Binômes</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Échéances de la semaine</translation>
    </message>
    <message>
        <source>Overdue and upcoming check-ins, meetings, reviews and action steps. Look ahead:</source>
        <translation>Suivis, rencontres, bilans et étapes d&apos;action en retard ou à venir. Regarder à :</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Look ahead days</source>
        <translation>Jours à l&apos;avance</translation>
    </message>
    <message>
        <source>Export to calendar (.ics)…</source>
        <translation>Exporter vers l&apos;agenda (.ics)…</translation>
    </message>
    <message>
        <source>Save the due items and planned meetings as an iCalendar file</source>
        <translation>Enregistrer les échéances et les rencontres prévues dans un fichier iCalendar</translation>
    </message>
    <message>
        <source>Due items</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>← All pairs</source>
        <translation>← Tous les binômes</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimer</translation>
    </message>
    <message>
        <source>Preview, print or save the agreement, the IDP, the status sheet or the certificates</source>
        <translation>Aperçu, impression ou PDF de l&apos;accord, du PDI, de la fiche ou des certificats</translation>
    </message>
    <message>
        <source>E-mail pair…</source>
        <translation>Écrire au binôme…</translation>
    </message>
    <message>
        <source>Open a prefilled e-mail to the pair</source>
        <translation>Ouvrir un e-mail prérempli pour le binôme</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Start this proposed pair</source>
        <translation>Démarrer ce binôme proposé</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>Pause…</translation>
    </message>
    <message>
        <source>Pause the pair (with a reason)</source>
        <translation>Mettre le binôme en pause (avec un motif)</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Reprendre…</translation>
    </message>
    <message>
        <source>Resume the paused pair (with a reason)</source>
        <translation>Reprendre le binôme en pause (avec un motif)</translation>
    </message>
    <message>
        <source>Close pair…</source>
        <translation>Clôturer le binôme…</translation>
    </message>
    <message>
        <source>Close with date, type, reason and exit feedback; frees the mentor&apos;s capacity</source>
        <translation>Clôturer avec date, type, motif et bilan ; libère la capacité du mentor</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Rouvrir…</translation>
    </message>
    <message>
        <source>Reopen the closed pair (with a reason)</source>
        <translation>Rouvrir le binôme clôturé (avec un motif)</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Who the person is and their place in this program.</source>
        <translation>Qui est la personne et sa place dans ce programme.</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Appariement</translation>
    </message>
    <message>
        <source>What matching compares. Separate several values with ; (semicolon).</source>
        <translation>Ce que compare l&apos;appariement. Séparez plusieurs valeurs par ; (point-virgule).</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Mentor screening: a mentor must be cleared, with a valid background check, to be matched.</source>
        <translation>Vérification des mentors : un mentor doit être validé, avec un contrôle d&apos;antécédents en cours de validité, pour être apparié.</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tuteur</translation>
    </message>
    <message>
        <source>For minors: the parent or guardian and their consent. Confidential: hidden from printouts and exports unless asked.</source>
        <translation>Pour les mineurs : le parent ou tuteur et son consentement. Confidentiel : masqué dans les impressions et exports sauf demande.</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <source>Optional and confidential: hidden from printouts and exports unless you explicitly include them.</source>
        <translation>Facultatif et confidentiel : masqué dans les impressions et exports sauf si vous l&apos;incluez expressément.</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>Program settings</source>
        <translation>Réglages du programme</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Meet every (days)</source>
        <translation>Se rencontrer tous les (jours)</translation>
    </message>
    <message>
        <source>Meeting length (minutes)</source>
        <translation>Durée des rencontres (minutes)</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Documents (agreements, IDPs, summaries, certificates)</source>
        <translation>Documents (accords, PDI, synthèses, certificats)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>a PNG or JPEG picture (optional)</source>
        <translation>une image PNG ou JPEG (facultatif)</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Fichier du logo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>name printed on signature lines</source>
        <translation>nom imprimé sur les lignes de signature</translation>
    </message>
    <message>
        <source>Coordinator name</source>
        <translation>Nom du coordinateur</translation>
    </message>
    <message>
        <source>Coordinator contact</source>
        <translation>Contact du coordinateur</translation>
    </message>
    <message>
        <source>e-mail or phone</source>
        <translation>e-mail ou téléphone</translation>
    </message>
    <message>
        <source>Organization on documents</source>
        <translation>Organisation sur les documents</translation>
    </message>
    <message>
        <source>empty: the program&apos;s organization</source>
        <translation>vide : l&apos;organisation du programme</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Langue des documents</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Log progress</source>
        <translation>Noter un progrès</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;au</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Start &amp;next cycle…</source>
        <translation>Démarrer le &amp;cycle suivant…</translation>
    </message>
    <message>
        <source>Roll over: a new program with the participants who continue (no pairs)</source>
        <translation>Nouveau cycle : un nouveau programme avec les participants qui continuent (sans binômes)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Pairs the pair health rule flags on the period&apos;s last day. Double-click a pair to open it.</source>
        <translation>Binômes que la règle de santé signale le dernier jour de la période. Double-cliquez sur un binôme pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Pairs at risk</source>
        <translation>Binômes à risque</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>Toutes les mesures</translation>
    </message>
    <message>
        <source>Year over year</source>
        <translation>D&apos;une année sur l&apos;autre</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Comparer avec :</translation>
    </message>
    <message>
        <source>Program to compare with</source>
        <translation>Programme de comparaison</translation>
    </message>
    <message>
        <source>Year over year comparison</source>
        <translation>Comparaison d&apos;une année sur l&apos;autre</translation>
    </message>
</context>
<context>
    <name>RolloverDialog</name>
    <message>
        <source>Start the next cycle</source>
        <translation>Démarrer le cycle suivant</translation>
    </message>
    <message>
        <source>A new program with the same settings and the participants you tick below. Their profiles and screening come along (background check expiry dates are kept); pairs do not. The old program stays for year-over-year comparison.</source>
        <translation>Un nouveau programme avec les mêmes réglages et les participants cochés ci-dessous. Leurs profils et leur vérification sont repris (les dates d&apos;expiration des contrôles d&apos;antécédents sont conservées) ; les binômes non. L&apos;ancien programme reste pour la comparaison d&apos;une année sur l&apos;autre.</translation>
    </message>
    <message>
        <source>New program &amp;name:</source>
        <translation>&amp;Nom du nouveau programme :</translation>
    </message>
    <message>
        <source>&amp;Runs from:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>New cycle start</source>
        <translation>Début du nouveau cycle</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>New cycle end</source>
        <translation>Fin du nouveau cycle</translation>
    </message>
    <message>
        <source>&amp;Who continues:</source>
        <translation>&amp;Qui continue :</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Tous</translation>
    </message>
    <message>
        <source>N&amp;one</source>
        <translation>&amp;Aucun</translation>
    </message>
    <message>
        <source>&amp;Everyone but withdrawn</source>
        <translation>&amp;Tous sauf les retirés</translation>
    </message>
    <message>
        <source>Participants who continue</source>
        <translation>Participants qui continuent</translation>
    </message>
    <message>
        <source>Archive the old program (it stays available for comparison)</source>
        <translation>Archiver l&apos;ancien programme (il reste disponible pour comparer)</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <source>Roster</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>&amp;Add participant…</source>
        <translation>&amp;Ajouter un participant…</translation>
    </message>
    <message>
        <source>Add a person to this program (Ctrl+N)</source>
        <translation>Ajouter une personne à ce programme (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected person (Enter or double-click)</source>
        <translation>Modifier la personne sélectionnée (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Remove the selected people from this program (Delete); Undo brings them back</source>
        <translation>Retirer les personnes sélectionnées de ce programme (Suppr) ; Annuler les fait revenir</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimer</translation>
    </message>
    <message>
        <source>Preview, print or save the roster as PDF (sensitive fields only when you ask for them)</source>
        <translation>Aperçu, impression ou PDF de la liste (champs sensibles seulement sur demande)</translation>
    </message>
    <message>
        <source>Type to filter by name, email, department, screening…  (Ctrl+F)</source>
        <translation>Tapez pour filtrer par nom, e-mail, service, vérification…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ôle :</translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation>Filtre de rôle</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>No program selected. Create one with Program ▸ New Program…</source>
        <translation>Aucun programme sélectionné. Créez-en un avec Programme ▸ Nouveau programme…</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Cadence and check-in rules</source>
        <translation>Fréquence et règles de suivi</translation>
    </message>
    <message>
        <source>Meet every</source>
        <translation>Se rencontrer tous les</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>The program&apos;s meeting cadence target</source>
        <translation>La fréquence de rencontre visée par le programme</translation>
    </message>
    <message>
        <source>First check-in</source>
        <translation>Premier suivi</translation>
    </message>
    <message>
        <source> days after the first meeting</source>
        <translation> jours après la première rencontre</translation>
    </message>
    <message>
        <source>Check-ins in month one</source>
        <translation>Suivis le premier mois</translation>
    </message>
    <message>
        <source>Then every</source>
        <translation>Puis tous les</translation>
    </message>
    <message>
        <source>Guardian (minors) every</source>
        <translation>Tuteur (mineurs) tous les</translation>
    </message>
    <message>
        <source>A pair is at risk when it has not met within 1.5 × the cadence, a check-in is overdue, the latest relationship rating is 2 or lower, or a safety concern is open.</source>
        <translation>Un binôme est à risque s&apos;il ne s&apos;est pas rencontré depuis 1,5 × la fréquence, si un suivi est en retard, si la dernière note de la relation est de 2 ou moins, ou si une préoccupation de sécurité est ouverte.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer programs</source>
        <translation>Transférer des programmes</translation>
    </message>
    <message>
        <source>Copy the ticked programs, with everyone and everything in them, to another database: a file (to work offline) or a server (postgresql://user@host/database). A program the other database already has is left as it is.</source>
        <translation>Copier les programmes cochés, avec toutes les personnes et tout ce qu&apos;ils contiennent, vers une autre base de données : un fichier (pour travailler hors ligne) ou un serveur (postgresql://utilisateur@hôte/base). Un programme que l&apos;autre base de données possède déjà est laissé tel quel.</translation>
    </message>
    <message>
        <source>Programs to copy</source>
        <translation>Programmes à copier</translation>
    </message>
    <message>
        <source>Copy to:</source>
        <translation>Copier vers :</translation>
    </message>
    <message>
        <source>a .sqlite file, or postgresql://user@host/database</source>
        <translation>un fichier .sqlite, ou postgresql://utilisateur@hôte/base</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Fichier…</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>mentor</source>
        <extracomment>Every value a view shows, marked for the catalogs (the key is the stored value).</extracomment>
        <translation>mentor</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>mentoré</translation>
    </message>
    <message>
        <source>both</source>
        <translation>les deux</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>tuteur</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>candidat</translation>
    </message>
    <message>
        <source>screened</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>trained</source>
        <translation>formé</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>validé</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>not cleared</source>
        <translation>non validé</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturé</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>épinglé</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signé</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>held</source>
        <translation>tenue</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>absence</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en présentiel</translation>
    </message>
    <message>
        <source>video</source>
        <translation>visio</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mixte</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>text</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>early</source>
        <translation>avant terme</translation>
    </message>
    <message>
        <source>one-on-one</source>
        <translation>individuel</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>peer</source>
        <translation>entre pairs</translation>
    </message>
    <message>
        <source>reverse</source>
        <translation>inversé</translation>
    </message>
    <message>
        <source>flash</source>
        <translation>flash</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>mineur</translation>
    </message>
    <message>
        <source>planned meeting</source>
        <translation>rencontre prévue</translation>
    </message>
    <message>
        <source>background check</source>
        <translation>contrôle d&apos;antécédents</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>guardian check-in</source>
        <translation>suivi du tuteur</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>rencontre</translation>
    </message>
    <message>
        <source>planned end</source>
        <translation>fin prévue</translation>
    </message>
    <message>
        <source>mid-point review</source>
        <translation>bilan à mi-parcours</translation>
    </message>
    <message>
        <source>IDP review</source>
        <translation>bilan du PDI</translation>
    </message>
    <message>
        <source>action step</source>
        <translation>étape d&apos;action</translation>
    </message>
    <message>
        <source>mentee&apos;s family</source>
        <translation>famille du mentoré</translation>
    </message>
    <message>
        <source>goals met</source>
        <translation>objectifs atteints</translation>
    </message>
    <message>
        <source>program ended</source>
        <translation>fin du programme</translation>
    </message>
    <message>
        <source>schedule conflict</source>
        <translation>conflit d&apos;horaires</translation>
    </message>
    <message>
        <source>moved away</source>
        <translation>déménagement</translation>
    </message>
    <message>
        <source>lost contact</source>
        <translation>contact perdu</translation>
    </message>
    <message>
        <source>mismatch</source>
        <translation>incompatibilité</translation>
    </message>
    <message>
        <source>mentor withdrew</source>
        <translation>le mentor s&apos;est retiré</translation>
    </message>
    <message>
        <source>mentee withdrew</source>
        <translation>le mentoré s&apos;est retiré</translation>
    </message>
    <message>
        <source>safety concern</source>
        <translation>problème de sécurité</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>no rematch</source>
        <translation>pas de nouvel appariement</translation>
    </message>
    <message>
        <source>rematch mentee</source>
        <translation>réapparier le mentoré</translation>
    </message>
    <message>
        <source>rematch mentor</source>
        <translation>réapparier le mentor</translation>
    </message>
    <message>
        <source>rematch both</source>
        <translation>réapparier les deux</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>non décidé</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinateur</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>observateur</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>New file created. To keep it unreadable without a passphrase, use File ▸ Protect with passphrase…</source>
        <extracomment>Set to print &quot;painted &lt;t&gt;&quot;, &quot;shown &lt;t&gt;&quot; and &quot;filled &lt;t&gt;&quot; (time.time()) on stderr as the window first paints, as the roster&apos;s rows are first on screen (read before the file was opened, or with it) and as the file is open and the roster filled; &quot;quit&quot; also ends the application then, &quot;painted&quot; right after the first paint (bench/: the CPU time to it). With &quot;stall &lt;seconds&gt;&quot; at &quot;filled&quot;: the longest the event loop went unanswered in between (a timer asking every 5 ms), i.e. how long input would have waited at worst while the file opened.</extracomment>
        <translation>Nouveau fichier créé. Pour qu&apos;il soit illisible sans phrase secrète, utilisez Fichier ▸ Protéger par phrase secrète…</translation>
    </message>
</context>
<context>
    <name>common.conflict</name>
    <message>
        <source>{group}: {field}</source>
        <translation>{group} : {field}</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>{who} on {date} at {time} UTC</source>
        <translation>{who} le {date} à {time} UTC</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>This was changed by {saved_by} while you were editing; nothing was saved. Reload their version or keep yours.</source>
        <translation>{saved_by} a modifié ceci pendant que vous le modifiiez ; rien n&apos;a été enregistré. Rechargez sa version ou gardez la vôtre.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>Their save holds the same values as your form.</source>
        <translation>Leur enregistrement contient les mêmes valeurs que votre formulaire.</translation>
    </message>
    <message>
        <source>Reload their version</source>
        <translation>Recharger leur version</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Save your values over theirs (recorded in the audit log)</source>
        <translation>Enregistrer vos valeurs à la place des leurs (consigné dans le journal d&apos;audit)</translation>
    </message>
</context>
<context>
    <name>common.date_edit</name>
    <message>
        <source>D</source>
        <comment>the letter for the day in a date pattern</comment>
        <translation>J</translation>
    </message>
    <message>
        <source>M</source>
        <comment>the letter for the month in a date pattern</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>YYYY</source>
        <comment>the year&apos;s four digits in a date pattern</comment>
        <translation>AAAA</translation>
    </message>
    <message>
        <source>{text} is not a date</source>
        <translation>{text} n’est pas une date</translation>
    </message>
    <message>
        <source>e.g. 2010-11-22</source>
        <translation>p. ex. 2010-11-22</translation>
    </message>
    <message>
        <source>e.g. {example} or 2010-11-22</source>
        <translation>p. ex. {example} ou 2010-11-22</translation>
    </message>
    <message>
        <source>not a date ({hint})</source>
        <translation>date non valide ({hint})</translation>
    </message>
    <message>
        <source>Pick the date on a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
</context>
<context>
    <name>common.errors</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>MentorDesk ran into a problem it did not expect. Everything saved before stays saved; the last action may not have been completed, so please check it.</source>
        <translation>MentorDesk a rencontré un problème inattendu. Tout ce qui a été enregistré avant le reste ; la dernière action n&apos;a peut-être pas abouti, vérifiez-la.</translation>
    </message>
    <message>
        <source>{__name__}: {error}

A report was written to {v2}.</source>
        <translation>{__name__} : {error}

Un rapport a été écrit dans {v2}.</translation>
    </message>
</context>
<context>
    <name>common.language_menu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Automatic: {language} (the family&apos;s language)</source>
        <translation>Automatique : {language} (la langue de la famille)</translation>
    </message>
    <message>
        <source>Automatic: {language} (the program&apos;s language)</source>
        <translation>Automatique : {language} (la langue du programme)</translation>
    </message>
</context>
<context>
    <name>common.printing</name>
    <message>
        <source>Could not write {path}: {v1}</source>
        <translation>Impossible d&apos;écrire {path} : {v1}</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>Preview — {title}</source>
        <translation>Aperçu — {title}</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Préparation du document…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Page {v0}</source>
        <translation>Page {v0}</translation>
    </message>
    <message>
        <source>First page shown; preparing the whole document…</source>
        <translation>Première page affichée ; préparation du document complet…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Preparing {v0}…</source>
        <translation>Préparation : {v0}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The document could not be made.</source>
        <translation>Le document n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>Printing {v0}…</source>
        <translation>Impression : {v0}…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save {path}: {v1}</source>
        <translation>Impossible d&apos;enregistrer {path} : {v1}</translation>
    </message>
</context>
<context>
    <name>common.unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save your changes to {what}?</source>
        <translation>Enregistrer les modifications de {what} ?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, what you typed is lost.</source>
        <translation>Si vous n&apos;enregistrez pas, ce que vous avez saisi est perdu.</translation>
    </message>
</context>
<context>
    <name>district.coordinators_dialog</name>
    <message>
        <source>Choose a login and a program</source>
        <translation>Choisissez un identifiant et un programme</translation>
    </message>
    <message>
        <source>{login} is now {access} of {program}</source>
        <translation>{login} est maintenant {access} de {program}</translation>
    </message>
    <message>
        <source>{login} no longer has access to {program}</source>
        <translation>{login} n&apos;a plus accès à {program}</translation>
    </message>
</context>
<context>
    <name>district.menu</name>
    <message>
        <source>&amp;District</source>
        <translation>&amp;District</translation>
    </message>
    <message>
        <source>&amp;Coordinators…</source>
        <translation>&amp;Coordinateurs…</translation>
    </message>
    <message>
        <source>Who may work on or view which program</source>
        <translation>Qui peut travailler sur quel programme ou le consulter</translation>
    </message>
</context>
<context>
    <name>documents.batch_print_dialog</name>
    <message>
        <source>Agreements of every active pair</source>
        <translation>Accords de tous les binômes actifs</translation>
    </message>
    <message>
        <source>Individual Development Plans of every mentee</source>
        <translation>Plans de développement individuel de tous les mentorés</translation>
    </message>
    <message>
        <source>Certificates of completion</source>
        <translation>Certificats de fin de parcours</translation>
    </message>
    <message>
        <source>As set for the program</source>
        <translation>Selon le programme</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter (US)</translation>
    </message>
    <message>
        <source>Each family&apos;s language, else the program&apos;s</source>
        <translation>La langue de chaque famille, sinon celle du programme</translation>
    </message>
    <message>
        <source>&amp;Create PDFs</source>
        <translation>&amp;Créer les PDF</translation>
    </message>
    <message>
        <source>Combined PDF</source>
        <translation>PDF combiné</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the PDFs</source>
        <translation>Dossier des PDF</translation>
    </message>
    <message>
        <source>Choose where to save the PDFs first.</source>
        <translation>Choisissez d&apos;abord où enregistrer les PDF.</translation>
    </message>
    <message>
        <source>That is a folder: give the combined PDF a file name.</source>
        <translation>C&apos;est un dossier : donnez un nom de fichier au PDF combiné.</translation>
    </message>
    <message>
        <source>That is a file: choose a folder for one file per person.</source>
        <translation>C&apos;est un fichier : choisissez un dossier pour un fichier par personne.</translation>
    </message>
    <message>
        <source>Creating the PDFs…</source>
        <translation>Création des PDF…</translation>
    </message>
    <message>
        <source>Cancelling after the current document…</source>
        <translation>Annulation après le document en cours…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Cancelled: {v0} of {total} files were written.</source>
        <translation>Annulé : {v0} fichiers sur {total} ont été écrits.</translation>
    </message>
    <message>
        <source>There is nothing of this kind to print yet.</source>
        <translation>Il n&apos;y a encore rien de ce type à imprimer.</translation>
    </message>
    <message>
        <source>Done: {total} documents saved in {where}.</source>
        <translation>Terminé : {total} documents enregistrés dans {where}.</translation>
    </message>
    <message>
        <source>Could not write the files: {v0}</source>
        <translation>Impossible d&apos;écrire les fichiers : {v0}</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Un problème est survenu : {error}</translation>
    </message>
</context>
<context>
    <name>files.dialogs</name>
    <message>
        <source>Replace file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <source>{name} already exists in {parent}. Replace it?</source>
        <translation>{name} existe déjà dans {parent}. Le remplacer ?</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>Déjà ouvert</translation>
    </message>
    <message>
        <source>{name} is already open in another window. Open it read-only here (you can look, print and export, but not change anything)?</source>
        <translation>{name} est déjà ouvert dans une autre fenêtre. L&apos;ouvrir ici en lecture seule (vous pouvez consulter, imprimer et exporter, mais rien modifier) ?</translation>
    </message>
    <message>
        <source>Damaged file</source>
        <translation>Fichier endommagé</translation>
    </message>
    <message>
        <source>{error}

Put the newest good backup in its place? The damaged file is kept beside it.</source>
        <translation>{error}

Mettre à sa place la sauvegarde correcte la plus récente ? Le fichier endommagé est conservé à côté.</translation>
    </message>
    <message>
        <source>{name} is damaged and there is no good backup of it</source>
        <translation>{name} est endommagé et il n&apos;en existe aucune sauvegarde correcte</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose a backup to bring back. The file as it is now is kept as a backup first, so a restore can itself be undone by restoring that one.</source>
        <translation>Choisissez la sauvegarde à restaurer. Le fichier dans son état actuel est d&apos;abord sauvegardé, si bien qu&apos;une restauration peut elle-même être annulée en restaurant celle-ci.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>No backups yet: File ▸ Back up now… makes one.</source>
        <translation>Pas encore de sauvegarde : Fichier ▸ Sauvegarder maintenant… en crée une.</translation>
    </message>
</context>
<context>
    <name>files.preferences</name>
    <message>
        <source>Backup settings</source>
        <translation>Réglages des sauvegardes</translation>
    </message>
    <message>
        <source>the MentorDesk data folder</source>
        <translation>le dossier de données de MentorDesk</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Back up to:</source>
        <translation>Sauvegarder dans :</translation>
    </message>
    <message>
        <source>Daily backups kept:</source>
        <translation>Sauvegardes quotidiennes gardées :</translation>
    </message>
    <message>
        <source>Weekly backups kept:</source>
        <translation>Sauvegardes hebdomadaires gardées :</translation>
    </message>
    <message>
        <source>Monthly backups kept:</source>
        <translation>Sauvegardes mensuelles gardées :</translation>
    </message>
</context>
<context>
    <name>files.server</name>
    <message>
        <source>Connect to server</source>
        <translation>Se connecter au serveur</translation>
    </message>
    <message>
        <source>A district&apos;s MentorDesk database on a PostgreSQL server. The password is asked when the server needs one (or read from ~/.pgpass).</source>
        <translation>La base de données MentorDesk d&apos;un district sur un serveur PostgreSQL. Le mot de passe est demandé quand le serveur en a besoin (ou lu dans ~/.pgpass).</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>db.district.example</source>
        <translation>db.district.example</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Fichier du certificat de l&apos;AC</translation>
    </message>
    <message>
        <source>optional: the server&apos;s CA certificate (.pem, .crt)</source>
        <translation>facultatif : le certificat de l&apos;AC du serveur (.pem, .crt)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Remember the password in this computer&apos;s keyring</source>
        <translation>Retenir le mot de passe dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Fichier de l&apos;&amp;AC :</translation>
    </message>
    <message>
        <source>The server&apos;s CA certificate</source>
        <translation>Le certificat de l&apos;AC du serveur</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous (*)</translation>
    </message>
    <message>
        <source>Give the server&apos;s name or address.</source>
        <translation>Indiquez le nom ou l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>Give the database&apos;s name.</source>
        <translation>Indiquez le nom de la base de données.</translation>
    </message>
    <message>
        <source>Give your user name on the server.</source>
        <translation>Indiquez votre nom d&apos;utilisateur sur le serveur.</translation>
    </message>
    <message>
        <source>The CA file does not exist.</source>
        <translation>Le fichier de l&apos;AC n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Mot de passe du serveur</translation>
    </message>
    <message>
        <source>The password of {user} for {server}:</source>
        <translation>Le mot de passe de {user} pour {server} :</translation>
    </message>
    <message>
        <source>your user</source>
        <translation>votre utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Remember it in this computer&apos;s keyring</source>
        <translation>Le retenir dans le trousseau de cet ordinateur</translation>
    </message>
</context>
<context>
    <name>files.transfer</name>
    <message>
        <source>Programs</source>
        <extracomment>What each copied table holds, as the report names it (the CLI prints the table names). A test checks every table the transfer copies has a name here.</extracomment>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>Membership changes</source>
        <translation>Changements d&apos;inscription</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>Tuteurs</translation>
    </message>
    <message>
        <source>Screenings</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Screening references</source>
        <translation>Références de vérification</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Formations</translation>
    </message>
    <message>
        <source>Matching exclusions</source>
        <translation>Exclusions d&apos;appariement</translation>
    </message>
    <message>
        <source>Match proposals</source>
        <translation>Propositions d&apos;appariement</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Binômes</translation>
    </message>
    <message>
        <source>Pair members</source>
        <translation>Membres des binômes</translation>
    </message>
    <message>
        <source>Pair history entries</source>
        <translation>Entrées de l&apos;historique des binômes</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Goal progress notes</source>
        <translation>Notes de progrès des objectifs</translation>
    </message>
    <message>
        <source>Action steps</source>
        <translation>Étapes d&apos;action</translation>
    </message>
    <message>
        <source>Development plans</source>
        <translation>Plans de développement</translation>
    </message>
    <message>
        <source>Closures</source>
        <translation>Clôtures</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Entrées du journal d&apos;audit</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Copied: {programs}</source>
        <translation>Copié : {programs}</translation>
    </message>
    <message>
        <source>Already in the target (left as they are): {programs}</source>
        <translation>Déjà dans la cible (laissés tels quels) : {programs}</translation>
    </message>
    <message>
        <source>{records}: {count}</source>
        <translation>{records} : {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) already in the target, reused</source>
        <translation>
            <numerusform>%n personne déjà dans la cible, réutilisée</numerusform>
            <numerusform>%n personnes déjà dans la cible, réutilisées</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy programs to</source>
        <translation>Copier les programmes vers</translation>
    </message>
    <message>
        <source>MentorDesk (*.sqlite)</source>
        <translation>MentorDesk (*.sqlite)</translation>
    </message>
    <message>
        <source>Cancelled: nothing was copied</source>
        <translation>Annulé : rien n&apos;a été copié</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Copie en cours…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The copy failed; nothing was copied (see the log)</source>
        <translation>La copie a échoué ; rien n&apos;a été copié (voir le journal)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>help.about</name>
    <message>
        <source>see its files</source>
        <translation>voir ses fichiers</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>aucune ouverte</translation>
    </message>
    <message>
        <source>About MentorDesk</source>
        <translation>À propos de MentorDesk</translation>
    </message>
</context>
<context>
    <name>help.guide</name>
    <message>
        <source>Getting started with MentorDesk</source>
        <extracomment>The order a coordinator reads them in; any other guide follows alphabetically. Files in docs/ that are not user guides. Developers&apos; notes live in docs/dev/ (the guides&apos; notes for developers in docs/dev/guides/), which the help never lists. Each English guide&apos;s first heading, for the list when the guide has no translation yet (a test checks this table against the files, so a new guide gets a translated title).</extracomment>
        <translation>Premiers pas avec MentorDesk</translation>
    </message>
    <message>
        <source>The main window and the roster</source>
        <translation>La fenêtre principale et la liste</translation>
    </message>
    <message>
        <source>Spreadsheet import and export</source>
        <translation>Import et export de tableurs</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Appariement</translation>
    </message>
    <message>
        <source>Pairs: agreement, goals, meetings, check-ins, IDP, closure</source>
        <translation>Binômes : accord, objectifs, rencontres, suivis, PDI, clôture</translation>
    </message>
    <message>
        <source>Print-ready documents</source>
        <translation>Documents prêts à imprimer</translation>
    </message>
    <message>
        <source>Reports: program measures, charts, year over year, funder export, rollover</source>
        <translation>Rapports : mesures, graphiques, comparaison annuelle, export pour les financeurs, nouveau cycle</translation>
    </message>
    <message>
        <source>Keeping the file safe: opening, writing, backups and restore</source>
        <translation>Garder le fichier en sécurité : ouverture, écriture, sauvegardes et restauration</translation>
    </message>
    <message>
        <source>Privacy: files only you can read, encryption, a person&apos;s data, erasure, retention</source>
        <translation>Confidentialité : fichiers lisibles par vous seul, chiffrement, données d&apos;une personne, effacement, conservation</translation>
    </message>
    <message>
        <source>Safeguarding rules, unsaved edits, settings and dates</source>
        <translation>Règles de protection, modifications non enregistrées, réglages et dates</translation>
    </message>
    <message>
        <source>MentorDesk user guide</source>
        <extracomment>The language the file is written in (&quot;en&quot; when a translation is missing).</extracomment>
        <translation>Guide de l&apos;utilisateur de MentorDesk</translation>
    </message>
    <message>
        <source>Search the guides</source>
        <translation>Rechercher dans les guides</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Guides</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Texte du guide</translation>
    </message>
    <message>
        <source>This guide is not translated into {language} yet: it is shown in English.</source>
        <translation>Ce guide n&apos;est pas encore traduit ({language}) : il est affiché en anglais.</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>MentorDesk files (*.sqlite *.mentordesk *.db);;All files (*)</source>
        <translation>Fichiers MentorDesk (*.sqlite *.mentordesk *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Roster: the program&apos;s participants, screening and guardians; import, export and print</source>
        <translation>Liste : les participants du programme, la vérification et les tuteurs ; importer, exporter et imprimer</translation>
    </message>
    <message>
        <source>Matching: propose mentor–mentee pairs, review them and approve</source>
        <translation>Appariement : proposer des binômes mentor–mentoré, les examiner et les approuver</translation>
    </message>
    <message>
        <source>Pairs: each pair&apos;s agreement, goals, meetings and check-ins; what is due this week</source>
        <translation>Binômes : l&apos;accord, les objectifs, les rencontres et les suivis de chaque binôme ; les échéances de la semaine</translation>
    </message>
    <message>
        <source>Reports: the program&apos;s measures and charts, comparison, summary PDF</source>
        <translation>Rapports : les mesures et graphiques du programme, comparaison, synthèse en PDF</translation>
    </message>
    <message>
        <source>Program</source>
        <extracomment>The database is attached and the roster filled (the start-up benchmark waits for it). The roster&apos;s rows are first on screen: read before the file was opened (`show_early_roster`), or with it (`attach_database`).</extracomment>
        <translation>Programme</translation>
    </message>
    <message>
        <source>  Program: </source>
        <translation>  Programme : </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;Matching</source>
        <translation>&amp;Appariement</translation>
    </message>
    <message>
        <source>&amp;Pairs</source>
        <translation>&amp;Binômes</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>The file opened on another program: “{action}” was not done.</source>
        <extracomment>Called once after the first paint instead of loading from ctx.db (the application sets it to open the file in the background, then calls attach_database).</extracomment>
        <translation>Le fichier s’est ouvert sur un autre programme : « {action} » n’a pas été fait.</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>{tip} (Ctrl+{v1})</source>
        <translation>{tip} (Ctrl+{v1})</translation>
    </message>
    <message>
        <source>Protect with &amp;passphrase…</source>
        <translation>Protéger par &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation>&amp;Conservation…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>  (archived)</source>
        <translation>  (archivé)</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <source>restored from the archive</source>
        <translation>restauré depuis les archives</translation>
    </message>
    <message>
        <source>Program {verb}.</source>
        <translation>Programme {verb}.</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Se connecter au &amp;serveur…</translation>
    </message>
    <message>
        <source>Open a district&apos;s MentorDesk database on a PostgreSQL server</source>
        <translation>Ouvrir la base de données MentorDesk d&apos;un district sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Se connecter au serveur</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Backup &amp;Settings…</source>
        <translation>&amp;Réglages des sauvegardes…</translation>
    </message>
    <message>
        <source>&amp;Transfer Programs…</source>
        <translation>&amp;Transférer des programmes…</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Sauvegardé dans {path}</translation>
    </message>
    <message>
        <source> The previous content was kept as {name}.</source>
        <translation> Le contenu précédent a été conservé sous {name}.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <source>{name} was restored.{note}</source>
        <translation>{name} a été restauré.{note}</translation>
    </message>
    <message>
        <source>New MentorDesk file</source>
        <translation>Nouveau fichier MentorDesk</translation>
    </message>
    <message>
        <source>New file</source>
        <translation>Nouveau fichier</translation>
    </message>
    <message>
        <source>{path} already exists. Use File ▸ Open to open it.</source>
        <translation>{path} existe déjà. Utilisez Fichier ▸ Ouvrir pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Open MentorDesk file</source>
        <translation>Ouvrir un fichier MentorDesk</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Récemment ouverts</translation>
    </message>
    <message>
        <source>{path} no longer exists.</source>
        <translation>{path} n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>matching.actions</name>
    <message>
        <source>Matching…</source>
        <translation>Appariement…</translation>
    </message>
    <message>
        <source>Proposal ready: {summary}.</source>
        <translation>Proposition prête : {summary}.</translation>
    </message>
    <message numerus="yes">
        <source> %n pin(s) no longer hold and will not be approved: </source>
        <translation>
            <numerusform> %n épinglage n&apos;est plus valable et ne sera pas approuvé : </numerusform>
            <numerusform>%n épinglages ne sont plus valables et ne seront pas approuvés : </numerusform>
        </translation>
    </message>
    <message>
        <source>Matching cancelled; the previous drafts are unchanged.</source>
        <translation>Appariement annulé ; les brouillons précédents sont inchangés.</translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation>Approbation…</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n pair(s); they are now active.</source>
        <translation>
            <numerusform>%n binôme approuvé ; il est maintenant actif.</numerusform>
            <numerusform>%n binômes approuvés ; ils sont maintenant actifs.</numerusform>
        </translation>
    </message>
    <message>
        <source> Not approved ({v0}): </source>
        <translation> Non approuvés ({v0}) : </translation>
    </message>
    <message>
        <source>Approval cancelled; no pair was created.</source>
        <translation>Approbation annulée ; aucun binôme n&apos;a été créé.</translation>
    </message>
    <message>
        <source>excluded by the coordinator</source>
        <translation>exclu par le coordinateur</translation>
    </message>
    <message>
        <source>Saved by {saved_by} while you were editing; nothing was saved. Close to keep theirs, or OK again to save yours over them.</source>
        <translation>Enregistré par {saved_by} pendant votre modification ; rien n&apos;a été enregistré. Fermez pour garder leur version, ou cliquez à nouveau sur OK pour enregistrer la vôtre par-dessus.</translation>
    </message>
    <message>
        <source>Rotation: {rounds} rounds, no pair meets twice, {breaks} breaks; {quality}.</source>
        <translation>Rotation : {rounds} tours, aucun binôme ne se retrouve deux fois, {breaks} pauses ; {quality}.</translation>
    </message>
    <message>
        <source>Export rotation</source>
        <translation>Exporter la rotation</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write {path}: {strerror}</source>
        <translation>Impossible d&apos;écrire {path} : {strerror}</translation>
    </message>
    <message>
        <source>Rotation saved to {path}.</source>
        <translation>Rotation enregistrée dans {path}.</translation>
    </message>
</context>
<context>
    <name>matching.commands</name>
    <message>
        <source>Run matcher ({matched} pairs)</source>
        <translation>Lancer l&apos;appariement ({matched} binômes)</translation>
    </message>
    <message>
        <source>Pin {pair}</source>
        <extracomment>Edit ▸ Undo&apos;s text for each draft action (translated where shown).</extracomment>
        <translation>Épingler {pair}</translation>
    </message>
    <message>
        <source>Unpin {pair}</source>
        <translation>Désépingler {pair}</translation>
    </message>
    <message>
        <source>Reject {pair}</source>
        <translation>Rejeter {pair}</translation>
    </message>
    <message>
        <source>Restore {pair}</source>
        <translation>Rétablir {pair}</translation>
    </message>
    <message>
        <source>Exclude {a_name} / {b_name}</source>
        <translation>Exclure {a_name} / {b_name}</translation>
    </message>
    <message>
        <source>Remove exclusion {a_name} / {b_name}</source>
        <translation>Retirer l&apos;exclusion {a_name} / {b_name}</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n pair(s)</source>
        <translation>
            <numerusform>Approuver %n binôme</numerusform>
            <numerusform>Approuver %n binômes</numerusform>
        </translation>
    </message>
    <message>
        <source>Change matching weights</source>
        <translation>Modifier les pondérations de l&apos;appariement</translation>
    </message>
    <message>
        <source>Matching weights changed</source>
        <translation>Pondérations de jumelage modifiées</translation>
    </message>
    <message>
        <source>The matching weights were saved by {saved_by} after this step. Put this step&apos;s weights back over theirs?</source>
        <translation>Les pondérations de jumelage ont été enregistrées par {saved_by} après cette étape. Remettre celles de cette étape par-dessus les leurs ?</translation>
    </message>
    <message>
        <source>Matching failed: {error}</source>
        <translation>Échec de l&apos;appariement : {error}</translation>
    </message>
</context>
<context>
    <name>matching.models</name>
    <message>
        <source>pin no longer valid</source>
        <translation>épinglage plus valable</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>éligible</translation>
    </message>
    <message>
        <source>can be matched</source>
        <translation>peuvent être appariés</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libres</translation>
    </message>
    <message>
        <source>{free} of {capacity}</source>
        <translation>{free} sur {capacity}</translation>
    </message>
    <message>
        <source>capacity {capacity}, {used} in live pairs, {pinned} pinned</source>
        <translation>capacité {capacity}, {used} en binôme actif, {pinned} épinglés</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>{proposed} proposed, {pinned} pinned</source>
        <translation>{proposed} proposés, {pinned} épinglés</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Never with</source>
        <translation>Jamais avec</translation>
    </message>
    <message>
        <source>{mentee_name}: score {score:.0f}</source>
        <translation>{mentee_name} : score {score:.0f}</translation>
    </message>
    <message>
        <source>Table · mentor</source>
        <translation>Table · mentor</translation>
    </message>
    <message>
        <source>Round {section}</source>
        <translation>Tour {section}</translation>
    </message>
</context>
<context>
    <name>matching.view</name>
    <message>
        <source>Rotation schedule</source>
        <translation>Planning de rotation</translation>
    </message>
    <message>
        <source>Proposed pairs</source>
        <translation>Binômes proposés</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentorés</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentors</translation>
    </message>
    <message>
        <source>Unmatched mentees</source>
        <translation>Mentorés sans binôme</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>Exclusions</translation>
    </message>
    <message>
        <source>Candidate mentors</source>
        <translation>Mentors candidats</translation>
    </message>
    <message>
        <source>Flash rotation schedule</source>
        <translation>Planning de rotation flash</translation>
    </message>
    <message>
        <source>Filter the proposal</source>
        <translation>Filtrer la proposition</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Tours</translation>
    </message>
    <message>
        <source>Mentees per table</source>
        <translation>Mentorés par table</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Re-match &amp;paired</source>
        <translation>Réapparier les &amp;binômes</translation>
    </message>
    <message>
        <source>Build the rotation first (Build rotation).</source>
        <translation>Construisez d&apos;abord la rotation (Construire la rotation).</translation>
    </message>
    <message>
        <source>Choose or create a program to match its participants.</source>
        <translation>Choisissez ou créez un programme pour apparier ses participants.</translation>
    </message>
    <message>
        <source>Loading the participants…</source>
        <translation>Chargement des participants…</translation>
    </message>
    <message>
        <source>Unmatched ({v0})</source>
        <translation>Sans binôme ({v0})</translation>
    </message>
    <message>
        <source>Excluded ({v0})</source>
        <translation>Exclus ({v0})</translation>
    </message>
    <message>
        <source>Proposal ({v0})</source>
        <translation>Proposition ({v0})</translation>
    </message>
    <message>
        <source>&lt;br&gt;{note}</source>
        <translation>&lt;br&gt;{note}</translation>
    </message>
    <message>
        <source>Select a draft or a mentee to see the candidate mentors.</source>
        <translation>Choisissez un brouillon ou un mentoré pour voir les mentors candidats.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({value}): {eligible_mentees} mentees and {eligible_mentors} mentors can be matched, {slots} free mentor places. </source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({value}) : {eligible_mentees} mentorés et {eligible_mentors} mentors peuvent être appariés, {slots} places de mentor libres. </translation>
    </message>
    <message>
        <source>No proposal yet: choose the objective and press &lt;i&gt;Run matcher&lt;/i&gt;.</source>
        <translation>Pas encore de proposition : choisissez l&apos;objectif et cliquez sur &lt;i&gt;Lancer l&apos;appariement&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>Drafts: {drafts} ({pinned} pinned), total score {total}; {unmatched} unmatched after the last run.</source>
        <translation>Brouillons : {drafts} ({pinned} épinglés), score total {total} ; {unmatched} sans binôme après le dernier lancement.</translation>
    </message>
    <message>
        <source>Pin {name} to {v1}; re-runs keep it.</source>
        <translation>Épingler {name} à {v1} ; les relances le gardent.</translation>
    </message>
    <message>
        <source>Select a candidate mentor to pin to this mentee.</source>
        <translation>Choisissez un mentor candidat à épingler à ce mentoré.</translation>
    </message>
    <message>
        <source>Cannot pin {name}: </source>
        <translation>Impossible d&apos;épingler {name} : </translation>
    </message>
    <message>
        <source>{name} is already pinned to {mentee_name}.</source>
        <translation>{name} est déjà épinglé à {mentee_name}.</translation>
    </message>
    <message>
        <source>{mentee_name} is already pinned to {mentor_name}; unpin that first.</source>
        <translation>{mentee_name} est déjà épinglé à {mentor_name} ; désépinglez d&apos;abord.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Candidates for {v0}&lt;/b&gt; …</source>
        <translation>&lt;b&gt;Candidats pour {v0}&lt;/b&gt; …</translation>
    </message>
    <message>
        <source>&lt;b&gt;Candidates for {v0}&lt;/b&gt; — {eligible} eligible of {v2} mentors, best first. Pick one and “Use this mentor” to swap.</source>
        <translation>&lt;b&gt;Candidats pour {v0}&lt;/b&gt; — {eligible} admissibles sur {v2} mentors, les meilleurs d&apos;abord. Choisissez-en un puis « Utiliser ce mentor » pour échanger.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{v0}&lt;/b&gt;&lt;br&gt;Score &lt;b&gt;{score_text}&lt;/b&gt; / 100: a neutral 50, plus or minus each criterion&apos;s points:&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{v0}&lt;/b&gt;&lt;br&gt;Score &lt;b&gt;{score_text}&lt;/b&gt; / 100 : un 50 neutre, plus ou moins les points de chaque critère :&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>matching.weights_dialog</name>
    <message>
        <source>Matching criteria and weights — {value} program</source>
        <extracomment>The program&apos;s version these values were read at (a save over a newer one is refused).</extracomment>
        <translation>Critères et pondérations de l&apos;appariement — programme {value}</translation>
    </message>
    <message>
        <source>Restore defaults for {value}</source>
        <translation>Restaurer les valeurs par défaut pour {value}</translation>
    </message>
    <message>
        <source>Give at least one criterion a weight above 0.</source>
        <translation>Donnez à au moins un critère une pondération supérieure à 0.</translation>
    </message>
</context>
<context>
    <name>pairs.commands</name>
    <message>
        <source>Not done: {action}</source>
        <translation>Non effectué : {action}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Edit agreement</source>
        <translation>Modifier l&apos;accord</translation>
    </message>
    <message>
        <source>Edit IDP</source>
        <translation>Modifier le PDI</translation>
    </message>
    <message>
        <source>Activate pair</source>
        <extracomment>The title of each status change (Edit ▸ Undo, the reason prompt), translated where shown.</extracomment>
        <translation>Activer le binôme</translation>
    </message>
    <message>
        <source>Pause pair</source>
        <translation>Mettre le binôme en pause</translation>
    </message>
    <message>
        <source>Resume pair</source>
        <translation>Reprendre le binôme</translation>
    </message>
    <message>
        <source>Reopen pair</source>
        <translation>Rouvrir le binôme</translation>
    </message>
    <message>
        <source>Close pair</source>
        <translation>Clôturer le binôme</translation>
    </message>
</context>
<context>
    <name>pairs.dialogs</name>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field} : {problem}</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>this record</source>
        <extracomment>What the unsaved-changes question calls this form.</extracomment>
        <translation>cet enregistrement</translation>
    </message>
    <message>
        <source>this meeting</source>
        <translation>cette rencontre</translation>
    </message>
    <message>
        <source>this check-in</source>
        <translation>ce suivi</translation>
    </message>
    <message>
        <source>Action step</source>
        <translation>Étape d&apos;action</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>this goal</source>
        <translation>cet objectif</translation>
    </message>
    <message>
        <source>1 (high)</source>
        <translation>1 (haute)</translation>
    </message>
    <message>
        <source>2 (medium)</source>
        <translation>2 (moyenne)</translation>
    </message>
    <message>
        <source>3 (low)</source>
        <translation>3 (basse)</translation>
    </message>
    <message>
        <source>Due: a date like 2026-12-01. Status: to do, in progress or done.</source>
        <translation>Échéance : une date comme 2026-12-01. Statut : to do, in progress ou done.</translation>
    </message>
    <message>
        <source>Step {step}: the due date “{text}” is not a date like 2026-12-01</source>
        <translation>Étape {step} : l&apos;échéance « {text} » n&apos;est pas une date comme 2026-12-01</translation>
    </message>
    <message>
        <source>bad date</source>
        <translation>date incorrecte</translation>
    </message>
    <message>
        <source>Step {v0}: status must be one of {allowed}</source>
        <translation>Étape {v0} : le statut doit être l&apos;un de {allowed}</translation>
    </message>
    <message>
        <source>bad status</source>
        <translation>statut incorrect</translation>
    </message>
    <message>
        <source>this progress entry</source>
        <translation>cette entrée de progrès</translation>
    </message>
    <message>
        <source>Log progress: {v0}</source>
        <translation>Noter un progrès : {v0}</translation>
    </message>
    <message>
        <source>the closure</source>
        <translation>la clôture</translation>
    </message>
    <message>
        <source>completed as planned</source>
        <translation>mené à terme comme prévu</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>arrêté avant terme</translation>
    </message>
</context>
<context>
    <name>pairs.form_tabs</name>
    <message>
        <source>Someone else saved this agreement meanwhile: saving will show the difference.</source>
        <extracomment>The version the form was filled from (core/concurrency.py).</extracomment>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cet accord entre-temps : l&apos;enregistrement montrera la différence.</translation>
    </message>
    <message>
        <source>Agreement {value}.</source>
        <translation>Accord {value}.</translation>
    </message>
    <message>
        <source>Pre-filled from the program&apos;s defaults, not saved yet: adjust and save.</source>
        <translation>Prérempli avec les valeurs par défaut du programme, pas encore enregistré : ajustez et enregistrez.</translation>
    </message>
    <message>
        <source>Guardian signed</source>
        <translation>Signature du tuteur</translation>
    </message>
    <message>
        <source>Guardian signed (adults: not needed)</source>
        <translation>Signature du tuteur (adultes : inutile)</translation>
    </message>
    <message>
        <source>IDP</source>
        <translation>PDI</translation>
    </message>
    <message>
        <source>&lt;i&gt;No goals yet: add them in the Goals tab.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Pas encore d&apos;objectif : ajoutez-les dans l&apos;onglet Objectifs.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Reloaded the version saved by {saved_by}.</source>
        <translation>Version enregistrée par {saved_by} rechargée.</translation>
    </message>
    <message>
        <source>Individual Development Plan of {mentee_name}.</source>
        <translation>Plan de développement individuel de {mentee_name}.</translation>
    </message>
    <message>
        <source> Not saved yet: fill in and save.</source>
        <translation> Pas encore enregistré : complétez puis enregistrez.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{statement}&lt;/b&gt; ({percent} %)&lt;br&gt;Action plan: {plan}&lt;br&gt;Resources: {resources}&lt;br&gt;Mentor&apos;s role: {role}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{statement}&lt;/b&gt; ({percent} %)&lt;br&gt;Plan d&apos;action : {plan}&lt;br&gt;Ressources : {resources}&lt;br&gt;Rôle du mentor : {role}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;No IDP goals yet: in the Goals tab, tick “Part of the mentee&apos;s IDP”.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Pas encore d&apos;objectif du PDI : dans l&apos;onglet Objectifs, cochez « Fait partie du PDI du mentoré ».&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>pairs.goals_tab</name>
    <message numerus="yes">
        <source>%n goal(s), {done} completed</source>
        <translation>
            <numerusform>%n objectif, {done} atteints</numerusform>
            <numerusform>%n objectifs, {done} atteints</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;No goal selected.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aucun objectif sélectionné.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Modifier l&apos;objectif</translation>
    </message>
    <message>
        <source>Log progress</source>
        <translation>Noter un progrès</translation>
    </message>
    <message>
        <source>Select a goal first.</source>
        <translation>Choisissez d&apos;abord un objectif.</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Supprimer l&apos;objectif</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;i&gt;none yet&lt;/i&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;i&gt;aucune pour l&apos;instant&lt;/i&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;i&gt;no progress logged&lt;/i&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;i&gt;aucun progrès noté&lt;/i&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>Mesure de la réussite</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source> on {date}</source>
        <translation> le {date}</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Mentor&apos;s role</source>
        <translation>Rôle du mentor</translation>
    </message>
    <message>
        <source>In the IDP</source>
        <translation>Dans le PDI</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{v0}&lt;/h3&gt;&lt;table&gt;{table}&lt;/table&gt;&lt;p&gt;&lt;b&gt;Action steps&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{steps}&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Progress log&lt;/b&gt; (latest {percent} %)&lt;/p&gt;&lt;ul&gt;{log}&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;{v0}&lt;/h3&gt;&lt;table&gt;{table}&lt;/table&gt;&lt;p&gt;&lt;b&gt;Étapes d&apos;action&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{steps}&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Suivi des progrès&lt;/b&gt; (dernier {percent} %)&lt;/p&gt;&lt;ul&gt;{log}&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>pairs.models</name>
    <message numerus="yes">
        <source> and %n more reason(s)</source>
        <translation>
            <numerusform> et %n autre motif</numerusform>
            <numerusform> et %n autres motifs</numerusform>
        </translation>
    </message>
    <message>
        <source> (minor)</source>
        <translation> (mineur)</translation>
    </message>
    <message>
        <source> overdue</source>
        <translation> en retard</translation>
    </message>
    <message>
        <source>Confidential: </source>
        <translation>Confidentiel : </translation>
    </message>
    <message>
        <source>resolved </source>
        <translation>résolue </translation>
    </message>
    <message>
        <source>⚠ OPEN</source>
        <translation>⚠ OUVERTE</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>pairs.printing</name>
    <message>
        <source>Only for a pair closed as completed</source>
        <translation>Seulement pour un binôme clôturé comme mené à terme</translation>
    </message>
    <message>
        <source>Mentoring agreement</source>
        <translation>Accord de mentorat</translation>
    </message>
    <message>
        <source>Pair status sheet</source>
        <translation>Fiche du binôme</translation>
    </message>
    <message>
        <source>Certificate of completion</source>
        <translation>Certificat de fin de parcours</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>&amp;Accord</translation>
    </message>
    <message>
        <source>&amp;IDP</source>
        <translation>&amp;PDI</translation>
    </message>
    <message>
        <source>Pair &amp;status sheet</source>
        <translation>Fiche du &amp;binôme</translation>
    </message>
    <message>
        <source>&amp;Certificate of completion</source>
        <translation>&amp;Certificat de fin de parcours</translation>
    </message>
    <message>
        <source>Individual Development Plan — {name}</source>
        <translation>Plan de développement individuel — {name}</translation>
    </message>
    <message>
        <source>&amp;IDP of {name}</source>
        <translation>&amp;PDI de {name}</translation>
    </message>
    <message>
        <source>&amp;IDPs of the mentees</source>
        <translation>&amp;PDI des mentorés</translation>
    </message>
</context>
<context>
    <name>pairs.rules</name>
    <message>
        <source>Change cadence rules</source>
        <translation>Modifier les règles de fréquence</translation>
    </message>
</context>
<context>
    <name>pairs.summaries</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n meeting(s) held, {hours} hours&lt;/b&gt; · cadence target every {cadence_days} days: {label} · {cancelled} cancelled or no-show</source>
        <translation>
            <numerusform>&lt;b&gt;%n rencontre tenue, {hours} heures&lt;/b&gt; · fréquence visée tous les {cadence_days} jours : {label} · {cancelled} annulées ou absences</numerusform>
            <numerusform>&lt;b&gt;%n rencontres tenues, {hours} heures&lt;/b&gt; · fréquence visée tous les {cadence_days} jours : {label} · {cancelled} annulées ou absences</numerusform>
        </translation>
    </message>
    <message>
        <source> · next planned {v0}</source>
        <translation> · prochaine planifiée {v0}</translation>
    </message>
    <message>
        <source> · next meeting due {v0}</source>
        <translation> · prochaine rencontre prévue {v0}</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;</source>
        <translation>&lt;b style=&apos;color:#b00020&apos;&gt;</translation>
    </message>
    <message>
        <source>Next check-in {red}overdue since {when}&lt;/b&gt;</source>
        <translation>Prochain suivi {red}en retard depuis le {when}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Next check-in due {when}</source>
        <translation>Prochain suivi le {when}</translation>
    </message>
    <message>
        <source>First check-in due 2 days after the first meeting</source>
        <translation>Premier suivi 2 jours après la première rencontre</translation>
    </message>
    <message>
        <source>guardian check-in {red}overdue since {when}&lt;/b&gt;</source>
        <translation>suivi du tuteur {red}en retard depuis le {when}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>guardian check-in due {when}</source>
        <translation>suivi du tuteur le {when}</translation>
    </message>
    <message>
        <source>latest rating {latest_rating}/5</source>
        <translation>dernière note {latest_rating}/5</translation>
    </message>
    <message numerus="yes">
        <source>{red}%n open safety concern(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>{red}%n préoccupation de sécurité ouverte&lt;/b&gt;</numerusform>
            <numerusform>{red}%n préoccupations de sécurité ouvertes&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>No check-ins due (the pair is not active).</source>
        <translation>Aucun suivi à prévoir (le binôme n&apos;est pas actif).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Match score:&lt;/b&gt; —</source>
        <translation>&lt;b&gt;Score :&lt;/b&gt; —</translation>
    </message>
    <message>
        <source>&lt;b&gt;Match score {score:.0f}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Score {score:.0f}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#707070&apos;&gt;approved by {v0}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#707070&apos;&gt;approuvé par {v0}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>weight {weight}</source>
        <translation>pondération {weight}</translation>
    </message>
</context>
<context>
    <name>pairs.tabs</name>
    <message>
        <source>Notes in amber are confidential: never printed or exported</source>
        <translation>Les notes en ambre sont confidentielles : jamais imprimées ni exportées</translation>
    </message>
    <message>
        <source>Add {noun}…</source>
        <translation>Ajouter : {noun}…</translation>
    </message>
    <message>
        <source>Add {noun}</source>
        <translation>Ajouter : {noun}</translation>
    </message>
    <message>
        <source>Edit {noun}</source>
        <translation>Modifier : {noun}</translation>
    </message>
    <message>
        <source>Delete {noun}</source>
        <translation>Supprimer : {noun}</translation>
    </message>
    <message>
        <source>completed as planned</source>
        <translation>mené à terme comme prévu</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>arrêté avant terme</translation>
    </message>
    <message>
        <source>&lt;b&gt;Closed on {date}: {kind}&lt;/b&gt;&lt;br&gt;Reason: {reason} · initiated by {who} · rematch: {rematch}&lt;br&gt;Mentor&apos;s exit feedback: {mentor_feedback}&lt;br&gt;Mentee&apos;s exit feedback: {mentee_feedback}</source>
        <translation>&lt;b&gt;Clôturé le {date} : {kind}&lt;/b&gt;&lt;br&gt;Motif : {reason} · à l&apos;initiative de {who} · nouvel appariement : {rematch}&lt;br&gt;Bilan du mentor : {mentor_feedback}&lt;br&gt;Bilan du mentoré : {mentee_feedback}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Paused&lt;/b&gt;: {reason}</source>
        <translation>&lt;b&gt;En pause&lt;/b&gt; : {reason}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucun motif donné</translation>
    </message>
    <message>
        <source>&lt;b&gt;The pair is {value}.&lt;/b&gt; Close it here when it ends.</source>
        <translation>&lt;b&gt;Le binôme est {value}.&lt;/b&gt; Clôturez-le ici quand il prend fin.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:#707070&apos;&gt;Earlier closure {v0} ({v1}), reopened {v2}&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#707070&apos;&gt;Clôture précédente {v0} ({v1}), rouvert {v2}&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>pairs.view</name>
    <message>
        <source>All statuses</source>
        <extracomment>How long after the list is first shown the detail&apos;s tabs are built (milliseconds).</extracomment>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>mentor, mentee</source>
        <translation>mentor, mentoré</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>rencontre</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>IDP</source>
        <translation>PDI</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>No program selected</source>
        <translation>Aucun programme sélectionné</translation>
    </message>
    <message>
        <source>Loading the pairs…</source>
        <translation>Chargement des binômes…</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Échéances de la semaine</translation>
    </message>
    <message>
        <source>Due in the next {days} days</source>
        <translation>Échéances dans les {days} prochains jours</translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n item(s), {overdue} overdue</source>
        <translation>
            <numerusform>{title} : %n élément, {overdue} en retard</numerusform>
            <numerusform>{title} : %n éléments, {overdue} en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} pairs · {risky} at risk</source>
        <translation>{shown} binômes sur {total} · {risky} à risque</translation>
    </message>
    <message>
        <source>the agreement</source>
        <translation>l&apos;accord</translation>
    </message>
    <message>
        <source>the IDP</source>
        <translation>le PDI</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Binôme</translation>
    </message>
    <message>
        <source> &amp;lt;{v0}&amp;gt;</source>
        <translation> &amp;lt;{v0}&amp;gt;</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:{v0}&apos;&gt;(minor)&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:{v0}&apos;&gt;(mineur)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&amp;nbsp;&amp;nbsp;Guardian: {v0}</source>
        <translation>&lt;br&gt;&amp;nbsp;&amp;nbsp;Tuteur : {v0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status: {value}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Statut : {value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Started {v0} · planned end {v1}&lt;br&gt;Meetings: {label}, {hours:.1f} h · target every {cadence_days} days</source>
        <translation>&lt;br&gt;Début {v0} · fin prévue {v1}&lt;br&gt;Rencontres : {label}, {hours:.1f} h · objectif tous les {cadence_days} jours</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:{v0}&apos;&gt;⚠ Needs attention:&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;b style=&apos;color:{v0}&apos;&gt;⚠ À surveiller :&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;On track.&lt;/b&gt;&lt;/span&gt; Next check-in due {checkin}; next meeting due {meeting}.</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;Tout va bien.&lt;/b&gt;&lt;/span&gt; Prochain suivi le {checkin} ; prochaine rencontre le {meeting}.</translation>
    </message>
    <message>
        <source>Why is the pair pausing?</source>
        <translation>Pourquoi le binôme est-il mis en pause ?</translation>
    </message>
    <message>
        <source>Why is it resuming?</source>
        <translation>Pourquoi reprend-il ?</translation>
    </message>
    <message>
        <source>Why is the pair reopened?</source>
        <translation>Pourquoi le binôme est-il rouvert ?</translation>
    </message>
    <message>
        <source>{v0} pair — screening</source>
        <translation>Binôme {v0} — vérification</translation>
    </message>
    <message>
        <source>This pair should not start yet:
• </source>
        <translation>Ce binôme ne devrait pas encore commencer :
• </translation>
    </message>
    <message>
        <source>

To go ahead anyway, say why (kept in the audit log):</source>
        <translation>

Pour continuer quand même, indiquez pourquoi (conservé dans le journal d&apos;audit) :</translation>
    </message>
    <message>
        <source>Go ahead anyway</source>
        <translation>Continuer quand même</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Without a reason the pair keeps its status.</source>
        <translation>Sans motif, le binôme garde son statut.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>No e-mail program is set up. The link:
</source>
        <translation>Aucun logiciel de messagerie n&apos;est configuré. Le lien :
</translation>
    </message>
    <message>
        <source>Export due items</source>
        <translation>Exporter les échéances</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
</context>
<context>
    <name>privacy.passphrase</name>
    <message>
        <source>Passphrase</source>
        <extracomment>(attempt number, message to show) → (passphrase, remember) or None when cancelled.</extracomment>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>{name} is protected with a passphrase.</source>
        <translation>{name} est protégé par une phrase secrète.</translation>
    </message>
    <message>
        <source>Remember it in this computer&apos;s keyring</source>
        <translation>La retenir dans le trousseau de cet ordinateur</translation>
    </message>
    <message numerus="yes">
        <source>That passphrase is not right: %n try(s) left.</source>
        <translation>
            <numerusform>Cette phrase secrète n&apos;est pas la bonne : il reste %n essai.</numerusform>
            <numerusform>Cette phrase secrète n&apos;est pas la bonne : il reste %n essais.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrase {TRIES} times: {name} was not opened, and nothing in it changed.</source>
        <translation>Phrase secrète erronée {TRIES} fois : {name} n&apos;a pas été ouvert, et rien n&apos;y a changé.</translation>
    </message>
    <message>
        <source>Protect with passphrase</source>
        <translation>Protéger par phrase secrète</translation>
    </message>
    <message>
        <source>The file is encrypted (SQLCipher, AES-256): without the passphrase nobody can read it, and neither can you — keep the passphrase safe. A backup is made first.</source>
        <translation>Le fichier est chiffré (SQLCipher, AES-256) : sans la phrase secrète personne ne peut le lire, pas même vous — conservez-la en lieu sûr. Une sauvegarde est faite d&apos;abord.</translation>
    </message>
    <message>
        <source>This file is protected with a passphrase.</source>
        <translation>Ce fichier est protégé par une phrase secrète.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Remove the protection (store the file unencrypted)</source>
        <translation>Retirer la protection (enregistrer le fichier non chiffré)</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Répétez-la</translation>
    </message>
    <message>
        <source>At least {MIN_LENGTH} characters.</source>
        <translation>Au moins {MIN_LENGTH} caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>The file is now protected with the passphrase.</source>
        <translation>Le fichier est désormais protégé par la phrase secrète.</translation>
    </message>
    <message>
        <source>The file is no longer protected with a passphrase.</source>
        <translation>Le fichier n&apos;est plus protégé par une phrase secrète.</translation>
    </message>
    <message>
        <source> The previous file is kept as {name}.</source>
        <translation> Le fichier précédent est conservé sous {name}.</translation>
    </message>
</context>
<context>
    <name>privacy.person</name>
    <message>
        <source>Export the data held about {name}</source>
        <translation>Exporter les données détenues sur {name}</translation>
    </message>
    <message>
        <source>Readable PDF (*.pdf);;JSON (*.json)</source>
        <translation>PDF lisible (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export their data</source>
        <translation>Exporter ses données</translation>
    </message>
    <message>
        <source>Cannot write {path}: {strerror}</source>
        <translation>Impossible d&apos;écrire {path} : {strerror}</translation>
    </message>
    <message>
        <source>Erase completely</source>
        <translation>Effacer complètement</translation>
    </message>
    <message>
        <source>&lt;b&gt;Erase {v0} completely?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Effacer {v0} complètement ?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>no program</source>
        <translation>aucun programme</translation>
    </message>
    <message>
        <source>Every record about them is deleted ({records} records, in {programs}): profile, screening, guardian and consent, IDP, goals, match proposals, and their name in the audit log. &lt;b&gt;This cannot be undone&lt;/b&gt;, not even with Edit ▸ Undo. Backups and exports made before now still hold their data.</source>
        <translation>Tout ce qui concerne cette personne est supprimé ({records} enregistrements, dans {programs}) : profil, vérification, tuteur et consentement, PDI, objectifs, propositions d&apos;appariement, et son nom dans le journal d&apos;audit. &lt;b&gt;C&apos;est irréversible&lt;/b&gt;, même avec Édition ▸ Annuler. Les sauvegardes et exports faits avant maintenant contiennent encore ses données.</translation>
    </message>
    <message>
        <source> and {v0} more</source>
        <translation> et {v0} de plus</translation>
    </message>
    <message>
        <source>Backups made before now still hold them: {shown}{more}.</source>
        <translation>Les sauvegardes faites avant maintenant les contiennent encore : {shown}{more}.</translation>
    </message>
    <message numerus="yes">
        <source>Keep their %n pair(s) for the program&apos;s statistics, with “Former participant” in their place</source>
        <translation>
            <numerusform>Garder son %n binôme pour les statistiques du programme, avec « Ancien participant » à sa place</numerusform>
            <numerusform>Garder ses %n binômes pour les statistiques du programme, avec « Ancien participant » à sa place</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove their pairs completely</source>
        <translation>Supprimer complètement ses binômes</translation>
    </message>
    <message>
        <source>Type their full name to confirm:</source>
        <translation>Tapez son nom complet pour confirmer :</translation>
    </message>
    <message>
        <source>Full name to confirm the erasure</source>
        <translation>Nom complet pour confirmer l&apos;effacement</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>privacy.retention</name>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> years after the program ends</source>
        <translation> ans après la fin du programme</translation>
    </message>
    <message>
        <source>Erase people</source>
        <translation>Effacer des personnes</translation>
    </message>
    <message>
        <source>A person is erased once every program they are in has passed its retention period; their pairs are kept for the statistics with “Former participant”.</source>
        <translation>Une personne est effacée lorsque tous ses programmes ont dépassé leur durée de conservation ; ses binômes sont conservés pour les statistiques avec « Ancien participant ».</translation>
    </message>
    <message>
        <source>Erase them now…</source>
        <translation>Les effacer maintenant…</translation>
    </message>
    <message>
        <source>{name} — {v1} (due since {due_since})</source>
        <translation>{name} — {v1} (à effacer depuis le {due_since})</translation>
    </message>
    <message>
        <source>Due for erasure today: {v0}</source>
        <translation>À effacer aujourd&apos;hui : {v0}</translation>
    </message>
    <message>
        <source>Nobody is due today.</source>
        <translation>Personne n&apos;est concerné aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Erase completely</source>
        <translation>Effacer complètement</translation>
    </message>
    <message>
        <source>Erase these {count} people completely? This cannot be undone.</source>
        <translation>Effacer complètement ces {count} personnes ? C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>{v0} people are due for erasure under the retention rule: Program ▸ Retention… shows them.</source>
        <translation>{v0} personnes sont à effacer selon la règle de conservation : Programme ▸ Conservation… les affiche.</translation>
    </message>
</context>
<context>
    <name>programs.dialog</name>
    <message>
        <source>One-on-one</source>
        <extracomment>Receives the field values (the keyword arguments of ProgramService.create/update).</extracomment>
        <translation>Individuel</translation>
    </message>
    <message>
        <source>Group / circle</source>
        <translation>Groupe / cercle</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Entre pairs</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Inversé</translation>
    </message>
    <message>
        <source>Flash / speed</source>
        <translation>Flash / speed</translation>
    </message>
    <message>
        <source>New program</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <source>Rename program</source>
        <translation>Renommer le programme</translation>
    </message>
    <message>
        <source>Program settings</source>
        <translation>Réglages du programme</translation>
    </message>
    <message>
        <source>As the system&apos;s locale (A4 or Letter)</source>
        <translation>Selon les paramètres régionaux du système (A4 ou Letter)</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter (US)</translation>
    </message>
    <message>
        <source>A person&apos;s own document language, when set, comes first</source>
        <translation>La langue des documents propre à une personne, si elle est définie, passe en premier</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>le programme</translation>
    </message>
    <message>
        <source>Logo for documents</source>
        <translation>Logo pour les documents</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>at most 200 characters</source>
        <translation>200 caractères au plus</translation>
    </message>
    <message>
        <source>before the start date</source>
        <translation>avant la date de début</translation>
    </message>
</context>
<context>
    <name>programs.preferences_dialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>These choices are for this computer and every data file. Paper, logo and the coordinator&apos;s name for one program are in Program ▸ Settings.</source>
        <translation>Ces choix valent pour cet ordinateur et tous les fichiers de données. Le papier, le logo et le nom du coordinateur d&apos;un programme sont dans Programme ▸ Réglages.</translation>
    </message>
    <message>
        <source>the user data folder (one folder per file)</source>
        <translation>le dossier de données de l&apos;utilisateur (un dossier par fichier)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Format des dates</translation>
    </message>
    <message>
        <source>As the system writes them ({locale_example})</source>
        <translation>Comme le système les écrit ({locale_example})</translation>
    </message>
    <message>
        <source>Year first, ISO (2010-11-22)</source>
        <translation>Année d&apos;abord, ISO (2010-11-22)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Default paper</source>
        <translation>Papier par défaut</translation>
    </message>
    <message>
        <source>As the system&apos;s locale</source>
        <translation>Selon les paramètres régionaux du système</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter (US)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Comme le système ({language})</translation>
    </message>
    <message>
        <source>A new language applies when MentorDesk starts again.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage de MentorDesk.</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>ce dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>the preferences</source>
        <translation>les préférences</translation>
    </message>
</context>
<context>
    <name>reports.cards</name>
    <message>
        <source>{expected} expected in the period</source>
        <translation>{expected} attendus sur la période</translation>
    </message>
    <message>
        <source>— no earlier figure</source>
        <translation>— pas de chiffre antérieur</translation>
    </message>
</context>
<context>
    <name>reports.charts</name>
    <message>
        <source> — none in this period</source>
        <translation> — aucun sur cette période</translation>
    </message>
    <message>
        <source>Meetings held per month</source>
        <translation>Rencontres tenues par mois</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Rencontres tenues</translation>
    </message>
    <message>
        <source>Pairs by status at each month end</source>
        <translation>Binômes par statut à chaque fin de mois</translation>
    </message>
    <message>
        <source>Closures by reason</source>
        <translation>Clôtures par motif</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Menés à terme</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Arrêtés avant terme</translation>
    </message>
    <message>
        <source>Relationship ratings (check-ins)</source>
        <translation>Notes de la relation (suivis)</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Rates compared (%)</source>
        <translation>Taux comparés (%)</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>janv.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>févr.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>avr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>juil.</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>août</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>déc.</translation>
    </message>
    <message>
        <source>Meetings chart</source>
        <translation>Graphique des rencontres</translation>
    </message>
    <message>
        <source>Pair status chart</source>
        <translation>Graphique de l&apos;état des binômes</translation>
    </message>
    <message>
        <source>Closures chart</source>
        <translation>Graphique des clôtures</translation>
    </message>
    <message>
        <source>Relationship ratings chart</source>
        <translation>Graphique des notes de la relation</translation>
    </message>
</context>
<context>
    <name>reports.district_panel</name>
    <message>
        <source>Could not compute the district: {error}</source>
        <extracomment>What the reports view asks for: (preset, today, custom start, custom end).</extracomment>
        <translation>Impossible de calculer le district : {error}</translation>
    </message>
    <message>
        <source>District total</source>
        <translation>Total du district</translation>
    </message>
    <message numerus="yes">
        <source>Previous cycles ({with_previous} of %n program(s))</source>
        <translation>
            <numerusform>Cycles précédents ({with_previous} sur %n programme)</numerusform>
            <numerusform>Cycles précédents ({with_previous} sur %n programmes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Program</source>
        <extracomment>Emitted when a district report is on screen (tests wait for it).</extracomment>
        <translation>Programme</translation>
    </message>
    <message>
        <source>District to &amp;Excel (XLSX)…</source>
        <translation>District vers &amp;Excel (XLSX)…</translation>
    </message>
    <message>
        <source>District to &amp;CSV…</source>
        <translation>District vers &amp;CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) · {start} – {end}</source>
        <translation>
            <numerusform>%n programme · {start} – {end}</numerusform>
            <numerusform>%n programmes · {start} – {end}</numerusform>
        </translation>
    </message>
    <message>
        <source> (each program&apos;s own cycle)</source>
        <translation> (le cycle propre à chaque programme)</translation>
    </message>
    <message numerus="yes">
        <source> · compared with the previous cycles of %n program(s)</source>
        <translation>
            <numerusform> · comparé aux cycles précédents de %n programme</numerusform>
            <numerusform> · comparé aux cycles précédents de %n programmes</numerusform>
        </translation>
    </message>
    <message>
        <source> · no previous cycle to compare with</source>
        <translation> · aucun cycle précédent à comparer</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Export district</source>
        <translation>Exporter le district</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Saved {names}</source>
        <translation>Enregistré : {names}</translation>
    </message>
    <message>
        <source>There is no district report to export yet</source>
        <translation>Il n&apos;y a pas encore de rapport du district à exporter</translation>
    </message>
    <message>
        <source>District {period}</source>
        <translation>District {period}</translation>
    </message>
</context>
<context>
    <name>reports.models</name>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Binôme</translation>
    </message>
    <message>
        <source>Mentor → mentee</source>
        <translation>Mentor → mentoré</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>reports.rollover_dialog</name>
    <message>
        <source>Continues</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Start the next cycle from {name}</source>
        <translation>Démarrer le cycle suivant à partir de {name}</translation>
    </message>
    <message>
        <source>Create the next cycle</source>
        <translation>Créer le cycle suivant</translation>
    </message>
    <message>
        <source>{v0} of {total} participants continue</source>
        <translation>{v0} participants sur {total} continuent</translation>
    </message>
    <message>
        <source>{name} (next)</source>
        <translation>{name} (suivant)</translation>
    </message>
</context>
<context>
    <name>reports.view</name>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>This term (quarter)</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>Whole cycle</source>
        <translation>Cycle complet</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Dates personnalisées</translation>
    </message>
    <message>
        <source>District</source>
        <extracomment>Emitted after a new report is on screen (tests and screenshots wait for it). The day the report is computed for; tests and screenshots set it.</extracomment>
        <translation>District</translation>
    </message>
    <message>
        <source>Measures and tables to &amp;Excel (XLSX)…</source>
        <translation>Mesures et tableaux en &amp;Excel (XLSX)…</translation>
    </message>
    <message>
        <source>Measures and tables to &amp;CSV…</source>
        <translation>Mesures et tableaux en &amp;CSV…</translation>
    </message>
    <message>
        <source>Program &amp;summary, whole cycle (PDF)</source>
        <translation>&amp;Synthèse du programme, cycle complet (PDF)</translation>
    </message>
    <message>
        <source>Program summary</source>
        <translation>Synthèse du programme</translation>
    </message>
    <message>
        <source>(no comparison)</source>
        <translation>(aucune comparaison)</translation>
    </message>
    <message>
        <source>Choose or create a program to see its report.</source>
        <translation>Choisissez ou créez un programme pour voir son rapport.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <source> · figures as of {as_of}</source>
        <translation> · chiffres au {as_of}</translation>
    </message>
    <message>
        <source>  ·  changes vs {baseline}</source>
        <translation>  ·  évolution par rapport à {baseline}</translation>
    </message>
    <message>
        <source>Previous: {baseline}</source>
        <translation>Précédent : {baseline}</translation>
    </message>
    <message>
        <source>At risk ({v0})</source>
        <translation>À risque ({v0})</translation>
    </message>
    <message>
        <source>no earlier period</source>
        <translation>pas de période précédente</translation>
    </message>
    <message>
        <source>the previous {days} days</source>
        <translation>les {days} jours précédents</translation>
    </message>
    <message>
        <source>Pick another program (e.g. last cycle) to compare.</source>
        <translation>Choisissez un autre programme (p. ex. le cycle précédent) pour comparer.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Saved {v0}</source>
        <translation>Enregistré : {v0}</translation>
    </message>
    <message>
        <source>Choose a program first</source>
        <translation>Choisissez d&apos;abord un programme</translation>
    </message>
    <message>
        <source> summary.pdf</source>
        <translation> synthèse.pdf</translation>
    </message>
    <message>
        <source>There is no report to export yet</source>
        <translation>Il n&apos;y a pas encore de rapport à exporter</translation>
    </message>
</context>
<context>
    <name>reports.worker</name>
    <message>
        <source>Could not compute the report: {error}</source>
        <translation>Impossible de calculer le rapport : {error}</translation>
    </message>
</context>
<context>
    <name>roster.commands</name>
    <message>
        <source>Add {name}</source>
        <translation>Ajouter {name}</translation>
    </message>
    <message>
        <source>Cannot undo adding</source>
        <translation>Impossible d&apos;annuler l&apos;ajout</translation>
    </message>
    <message>
        <source>Edit {full_name}</source>
        <translation>Modifier {full_name}</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove {names}</source>
        <translation>Retirer {names}</translation>
    </message>
    <message>
        <source>Cannot undo the import</source>
        <translation>Impossible d&apos;annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Cannot redo the import</source>
        <translation>Impossible de rétablir l&apos;importation</translation>
    </message>
    <message>
        <source>Import {people} from {v1}</source>
        <translation>Importer {people} depuis {v1}</translation>
    </message>
    <message>
        <source>a spreadsheet</source>
        <translation>un tableur</translation>
    </message>
    <message>
        <source> (the new program “{program_name}” stays)</source>
        <translation> (le nouveau programme « {program_name} » est conservé)</translation>
    </message>
</context>
<context>
    <name>roster.export_dialog</name>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, opens in Excel, LibreOffice, Google Sheets (.csv)</source>
        <translation>CSV, s&apos;ouvre dans Excel, LibreOffice, Google Sheets (.csv)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>No program chosen</source>
        <translation>Aucun programme choisi</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Choose a program in the main window first.</source>
        <translation>Choisissez d&apos;abord un programme dans la fenêtre principale.</translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Choisissez où enregistrer le fichier.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <source>Cannot write the file: {v0}</source>
        <translation>Impossible d&apos;écrire le fichier : {v0}</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Un problème est survenu : {error}</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <source>{count} participants written to {path}.</source>
        <translation>{count} participants écrits dans {path}.</translation>
    </message>
</context>
<context>
    <name>roster.import_dialog</name>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>Tableurs (*.csv *.tsv *.txt *.xlsx *.xlsm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose a file to see what would be imported.</source>
        <translation>Choisissez un fichier pour voir ce qui serait importé.</translation>
    </message>
    <message>
        <source>Type a name for a new program</source>
        <translation>Tapez le nom d&apos;un nouveau programme</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>%v rows read</source>
        <translation>%v lignes lues</translation>
    </message>
    <message>
        <source>%v of %m rows checked</source>
        <translation>%v sur %m lignes vérifiées</translation>
    </message>
    <message>
        <source>Checking {v0} rows…</source>
        <translation>Vérification de {v0} lignes…</translation>
    </message>
    <message>
        <source>Preview ({v0} good rows)</source>
        <translation>Aperçu ({v0} lignes correctes)</translation>
    </message>
    <message>
        <source>Problems ({v0})</source>
        <translation>Problèmes ({v0})</translation>
    </message>
    <message>
        <source>Duplicates ({v0})</source>
        <translation>Doublons ({v0})</translation>
    </message>
    <message>
        <source>{source}: {total_rows} rows, read as {read_as}.</source>
        <translation>{source} : {total_rows} lignes, lu comme {read_as}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import into “{program_name}”:&lt;/b&gt; {added} new, {updated} updated, {skipped} skipped as duplicates.</source>
        <translation>&lt;b&gt;Importer dans « {program_name} » :&lt;/b&gt; {added} nouveaux, {updated} mis à jour, {skipped} ignorés comme doublons.</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#b91c1c&apos;&gt;&lt;b&gt;{v0} with problems will be left out&lt;/b&gt; (see Problems).&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#b91c1c&apos;&gt;&lt;b&gt;{v0} avec des problèmes seront laissées de côté&lt;/b&gt; (voir Problèmes).&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Stopped. Choose the file again to continue.</source>
        <translation>Arrêté. Choisissez à nouveau le fichier pour continuer.</translation>
    </message>
    <message>
        <source>Pick a program above, or type a name for a new one.</source>
        <translation>Choisissez un programme ci-dessus ou tapez le nom d&apos;un nouveau.</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Un problème est survenu : {error}</translation>
    </message>
    <message>
        <source>Import the good rows only?</source>
        <translation>Importer seulement les lignes correctes ?</translation>
    </message>
    <message>
        <source>{v0} with problems will not be imported.

Import the other {v1} now? You can fix the problem rows in the spreadsheet and import them later.</source>
        <translation>{v0} avec des problèmes ne seront pas importées.

Importer maintenant les {v1} autres ? Vous pouvez corriger les lignes en erreur dans le tableur et les importer plus tard.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>%v of %m people written</source>
        <translation>%v sur %m personnes écrites</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Imported: {v0}.</source>
        <translation>Importé : {v0}.</translation>
    </message>
</context>
<context>
    <name>roster.import_models</name>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Example values</source>
        <translation>Exemples de valeurs</translation>
    </message>
    <message>
        <source>Imports into</source>
        <translation>Importé dans</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
</context>
<context>
    <name>roster.model</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Department / class</source>
        <translation>Service / classe</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>En binôme</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineur</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Cleared</source>
        <extracomment>(label, colour) per screening state; colour-blind safe pairs and always with text.</extracomment>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Not cleared</source>
        <translation>Non validé</translation>
    </message>
    <message>
        <source>Cleared · expires soon</source>
        <translation>Validé · expire bientôt</translation>
    </message>
    <message>
        <source> · minor (guardian consent applies)</source>
        <translation> · mineur (le consentement du tuteur s&apos;applique)</translation>
    </message>
    <message>
        <source>
Screening: {v0}</source>
        <translation>
Vérification : {v0}</translation>
    </message>
</context>
<context>
    <name>roster.participant_dialog</name>
    <message>
        <source>separate values with ;</source>
        <translation>séparez les valeurs par ;</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@exemple.org</translation>
    </message>
    <message>
        <source>Add participant</source>
        <extracomment>The groups in the order of the form&apos;s tabs.</extracomment>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>this participant</source>
        <translation>ce participant</translation>
    </message>
    <message>
        <source>Program default</source>
        <translation>Celle du programme</translation>
    </message>
    <message>
        <source>The language of the documents printed for this person</source>
        <translation>La langue des documents imprimés pour cette personne</translation>
    </message>
    <message>
        <source>Please check: {labels}.</source>
        <translation>À vérifier : {labels}.</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Les champs marqués * sont obligatoires.</translation>
    </message>
    <message>
        <source>Reloaded the version saved by {saved_by}.</source>
        <translation>Version enregistrée par {saved_by} rechargée.</translation>
    </message>
    <message>
        <source>not a date (use YYYY-MM-DD)</source>
        <translation>pas une date (utilisez AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>pas un nombre entier</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>pas un nombre</translation>
    </message>
</context>
<context>
    <name>roster.removal_dialog</name>
    <message>
        <source>Remove participants in live pairs</source>
        <translation>Retirer des participants en binôme actif</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;{who}&lt;/b&gt; — in %n live pair(s):&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;&lt;p&gt;A pair cannot go on without its mentor or mentee: removing ends these pairs and removes them too (Edit ▸ Undo brings everything back). To keep a pair&apos;s history, close it in Pairs and set the person&apos;s status to withdrawn instead.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;{who}&lt;/b&gt; — dans %n binôme actif :&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;&lt;p&gt;Un binôme ne peut pas continuer sans son mentor ou son mentoré : le retrait met fin à ce binôme et le retire aussi (Édition ▸ Annuler rétablit tout). Pour garder l&apos;historique d&apos;un binôme, clôturez-le dans Binômes et passez le statut de la personne à retiré.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;{who}&lt;/b&gt; — dans %n binômes actifs :&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;&lt;p&gt;Un binôme ne peut pas continuer sans son mentor ou son mentoré : le retrait met fin à ces binômes et les retire aussi (Édition ▸ Annuler rétablit tout). Pour garder l&apos;historique d&apos;un binôme, clôturez-le dans Binômes et passez le statut de la personne à retiré.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Why do these pairs end? (kept in the audit log)</source>
        <translation>Pourquoi ces binômes prennent-ils fin ? (conservé dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>e.g. mentor left the organization</source>
        <translation>p. ex. le mentor a quitté l&apos;organisation</translation>
    </message>
    <message>
        <source>End pairs and remove</source>
        <translation>Clôturer les binômes et retirer</translation>
    </message>
</context>
<context>
    <name>roster.view</name>
    <message>
        <source>All roles</source>
        <extracomment>Typing waits this long for the next key before filtering (filtering itself takes ~5 ms).</extracomment>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentors</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentorés</translation>
    </message>
    <message>
        <source>Both roles</source>
        <translation>Les deux rôles</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Not withdrawn</source>
        <translation>Sauf les retirés</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Roster with sensitive fields</source>
        <translation>Liste avec les champs sensibles</translation>
    </message>
    <message>
        <source>Include &amp;sensitive fields (gender, pronouns, notes…)</source>
        <translation>Inclure les champs &amp;sensibles (genre, pronoms, notes…)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>E&amp;xport their data…</source>
        <translation>E&amp;xporter ses données…</translation>
    </message>
    <message>
        <source>E&amp;rase completely…</source>
        <translation>E&amp;ffacer complètement…</translation>
    </message>
    <message>
        <source>Export {name}&apos;s data</source>
        <translation>Exporter les données de {name}</translation>
    </message>
    <message>
        <source>Export their data</source>
        <translation>Exporter ses données</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Enregistré dans {path}.</translation>
    </message>
    <message>
        <source>Erase {name} completely</source>
        <translation>Effacer {name} entièrement</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{shown} sur {total} affichés</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Edit {full_name}</source>
        <translation>Modifier {full_name}</translation>
    </message>
    <message>
        <source>Remove {who}</source>
        <translation>Retirer {who}</translation>
    </message>
    <message>
        <source>Remove {who} from this program?</source>
        <translation>Retirer {who} de ce programme ?</translation>
    </message>
    <message>
        <source>Their screening, guardian and matching records in this program go with them, and any closed pair they were in. Edit ▸ Undo brings everything back.</source>
        <translation>Leurs dossiers de vérification, de tuteur et d&apos;appariement dans ce programme partent avec eux, ainsi que tout binôme clôturé dont ils faisaient partie. Édition ▸ Annuler rétablit tout.</translation>
    </message>
    <message>
        <source>Remove participants</source>
        <translation>Retirer des participants</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>Ouverture du fichier…</translation>
    </message>
    <message>
        <source>Opening the file… then: {action}</source>
        <translation>Ouverture du fichier… ensuite : {action}</translation>
    </message>
    <message>
        <source>Print the roster</source>
        <translation>Imprimer la liste</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>{name} was not opened.</source>
        <extracomment>How long the opening thread waits, after the early read, for the UI thread to show it before importing SQLAlchemy (both need the one interpreter lock: the rows come first).</extracomment>
        <translation>{name} n&apos;a pas été ouvert.</translation>
    </message>
</context>
<context>
    <name>welcome.first_run</name>
    <message>
        <source>Welcome to MentorDesk</source>
        <extracomment>The guide the welcome links to (docs/getting-started.md, translated in docs/&lt;language&gt;/).</extracomment>
        <translation>Bienvenue dans MentorDesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to MentorDesk&lt;/h2&gt;&lt;p&gt;Everything you record stays in one file on this computer. To look around first, MentorDesk has opened a &lt;b&gt;sample program&lt;/b&gt;: its people, pairs and notes are &lt;b&gt;fictional&lt;/b&gt;, made up to show every feature.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans MentorDesk&lt;/h2&gt;&lt;p&gt;Tout ce que vous saisissez reste dans un seul fichier sur cet ordinateur. Pour découvrir d&apos;abord, MentorDesk a ouvert un &lt;b&gt;programme d&apos;exemple&lt;/b&gt; : ses personnes, binômes et notes sont &lt;b&gt;fictifs&lt;/b&gt;, inventés pour montrer chaque fonction.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Explore the sample program</source>
        <translation>Découvrir le programme d&apos;exemple</translation>
    </message>
    <message>
        <source>Look at a roster, matches, pairs and reports made of fictional people.</source>
        <translation>Parcourez une liste, des appariements, des binômes et des rapports faits de personnes fictives.</translation>
    </message>
    <message>
        <source>Start a new program</source>
        <translation>Démarrer un nouveau programme</translation>
    </message>
    <message>
        <source>Name, format, dates, organization, logo, coordinator and meeting cadence.</source>
        <translation>Nom, format, dates, organisation, logo, coordinateur et fréquence des rencontres.</translation>
    </message>
    <message>
        <source>Import a spreadsheet of people</source>
        <translation>Importer un tableur de personnes</translation>
    </message>
    <message>
        <source>Start a program, then read your list (the template is {name}, File ▸ Import shows where it is).</source>
        <translation>Créez un programme, puis importez votre liste (le modèle est {name} ; Fichier ▸ Importer indique où il se trouve).</translation>
    </message>
    <message>
        <source>New to MentorDesk? &lt;a href=&apos;{link}&apos;&gt;Read the getting-started guide&lt;/a&gt; (F1 opens the guides at any time).</source>
        <translation>Nouveau sur MentorDesk ? &lt;a href=&apos;{link}&apos;&gt;Lisez le guide des premiers pas&lt;/a&gt; (F1 ouvre les guides à tout moment).</translation>
    </message>
</context>
<context>
    <name>welcome.wizard</name>
    <message>
        <source>One-on-one: each mentee has one mentor</source>
        <translation>Individuel : chaque mentoré a un mentor</translation>
    </message>
    <message>
        <source>Group / circle: a mentor with several mentees</source>
        <translation>Groupe / cercle : un mentor avec plusieurs mentorés</translation>
    </message>
    <message>
        <source>Peer: participants mentor each other</source>
        <translation>Entre pairs : les participants s&apos;accompagnent mutuellement</translation>
    </message>
    <message>
        <source>Reverse: younger staff mentor senior staff</source>
        <translation>Inversé : les jeunes salariés accompagnent les plus expérimentés</translation>
    </message>
    <message>
        <source>Flash / speed: short rotating conversations</source>
        <translation>Flash / speed : courtes conversations en rotation</translation>
    </message>
    <message>
        <source>New program</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <source>Name and format</source>
        <translation>Nom et format</translation>
    </message>
    <message>
        <source>What is the program called, and how do people meet?</source>
        <translation>Comment s&apos;appelle le programme et comment les personnes se rencontrent-elles ?</translation>
    </message>
    <message>
        <source>e.g. Riverside Mentoring 2027–28</source>
        <translation>p. ex. Mentorat Riverside 2027–28</translation>
    </message>
    <message>
        <source>Program name</source>
        <translation>Nom du programme</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>name*</source>
        <translation>nom*</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>When the program&apos;s cycle begins and ends (a school year, say).</source>
        <translation>Quand le cycle du programme commence et se termine (une année scolaire, par exemple).</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Printed at the top of agreements, certificates and reports.</source>
        <translation>Imprimé en tête des accords, certificats et rapports.</translation>
    </message>
    <message>
        <source>e.g. Riverside High School</source>
        <translation>p. ex. Lycée Riverside</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Fichier du logo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>&amp;Logo (PNG or JPEG):</source>
        <translation>&amp;Logo (PNG ou JPEG) :</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Who families and mentors contact; printed on agreements.</source>
        <translation>Qui les familles et les mentors contactent ; imprimé sur les accords.</translation>
    </message>
    <message>
        <source>Coordinator name</source>
        <translation>Nom du coordinateur</translation>
    </message>
    <message>
        <source>e-mail or telephone</source>
        <translation>e-mail ou téléphone</translation>
    </message>
    <message>
        <source>Coordinator contact</source>
        <translation>Contact du coordinateur</translation>
    </message>
    <message>
        <source>Coordinator&apos;s &amp;name:</source>
        <translation>&amp;Nom du coordinateur :</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact :</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>How often pairs should meet; MentorDesk flags pairs that fall behind.</source>
        <translation>À quelle fréquence les binômes doivent se rencontrer ; MentorDesk signale ceux qui prennent du retard.</translation>
    </message>
    <message>
        <source>Days between meetings</source>
        <translation>Jours entre les rencontres</translation>
    </message>
    <message>
        <source>Usual meeting length</source>
        <translation>Durée habituelle des rencontres</translation>
    </message>
    <message>
        <source>Meet &amp;every:</source>
        <translation>Se rencontrer &amp;tous les :</translation>
    </message>
    <message>
        <source>Usual &amp;length:</source>
        <translation>&amp;Durée habituelle :</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
</TS>
