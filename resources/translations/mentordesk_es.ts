<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AgreementTab</name>
    <message>
        <source>Meeting frequency</source>
        <translation>Frecuencia de las reuniones</translation>
    </message>
    <message>
        <source>e.g. Every 2 weeks</source>
        <translation>p. ej. Cada 2 semanas</translation>
    </message>
    <message>
        <source>Meeting length</source>
        <translation>Duración de las reuniones</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Usual day and time</source>
        <translation>Día y hora habituales</translation>
    </message>
    <message>
        <source>e.g. Wednesdays 15:30</source>
        <translation>p. ej. Miércoles 15:30</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>e.g. School library</source>
        <translation>p. ej. Biblioteca del centro</translation>
    </message>
    <message>
        <source>Contact between meetings</source>
        <translation>Contacto entre reuniones</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Mid-point review</source>
        <translation>Revisión intermedia</translation>
    </message>
    <message>
        <source>Notice period (ending)</source>
        <translation>Plazo de preaviso (fin)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Mentor signed</source>
        <translation>Firma del mentor</translation>
    </message>
    <message>
        <source>Mentee signed</source>
        <translation>Firma del mentorado</translation>
    </message>
    <message>
        <source>Guardian signed</source>
        <translation>Firma del tutor</translation>
    </message>
    <message>
        <source>Coordinator signed</source>
        <translation>Firma del coordinador</translation>
    </message>
    <message>
        <source>Goals (from the Goals tab)</source>
        <translation>Objetivos (de la pestaña Objetivos)</translation>
    </message>
    <message>
        <source>Confidentiality and its limits</source>
        <translation>Confidencialidad y sus límites</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>Program obligations</source>
        <translation>Obligaciones del programa</translation>
    </message>
    <message>
        <source>No-fault ending</source>
        <translation>Fin sin culpa</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Save agreement</source>
        <translation>Guardar acuerdo</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <source>Print a whole cohort</source>
        <translation>Imprimir toda una cohorte</translation>
    </message>
    <message>
        <source>&amp;Documents:</source>
        <translation>&amp;Documentos:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <source>One file each (per pair or person), in a &amp;folder</source>
        <translation>Un archivo por pareja o persona, en una &amp;carpeta</translation>
    </message>
    <message>
        <source>One &amp;combined PDF</source>
        <translation>Un PDF &amp;combinado</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Dónde:</translation>
    </message>
    <message>
        <source>Choose a folder or a file name</source>
        <translation>Elija una carpeta o un nombre de archivo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <source>Support check-in</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactado</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Relationship quality</source>
        <translation>Calidad de la relación</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source> / 5</source>
        <translation> / 5</translation>
    </message>
    <message>
        <source>Safety concern raised</source>
        <translation>Se planteó una inquietud de seguridad</translation>
    </message>
    <message>
        <source>Safety note (confidential)</source>
        <translation>Nota de seguridad (confidencial)</translation>
    </message>
    <message>
        <source>What was reported and what was done</source>
        <translation>Qué se informó y qué se hizo</translation>
    </message>
    <message>
        <source>Concern resolved on</source>
        <translation>Inquietud resuelta el</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Acción de seguimiento</translation>
    </message>
    <message>
        <source>Notes (confidential)</source>
        <translation>Notas (confidenciales)</translation>
    </message>
    <message>
        <source>Confidential: never printed or exported</source>
        <translation>Confidencial: nunca se imprime ni se exporta</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close pair</source>
        <translation>Cerrar pareja</translation>
    </message>
    <message>
        <source>Closure date</source>
        <translation>Fecha de cierre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>Iniciado por</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>Código de motivo</translation>
    </message>
    <message>
        <source>Mentor&apos;s exit feedback</source>
        <translation>Valoración final del mentor</translation>
    </message>
    <message>
        <source>Mentee&apos;s exit feedback</source>
        <translation>Valoración final del mentorado</translation>
    </message>
    <message>
        <source>Rematch decision</source>
        <translation>Decisión de nuevo emparejamiento</translation>
    </message>
    <message>
        <source>Closing frees the mentor&apos;s capacity. A closed pair can be reopened later.</source>
        <translation>Cerrar libera la capacidad del mentor. Una pareja cerrada se puede reabrir más tarde.</translation>
    </message>
</context>
<context>
    <name>ClosureTab</name>
    <message>
        <source>Close pair…</source>
        <translation>Cerrar pareja…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Reabrir…</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>Pausar…</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Reanudar…</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historial de estados</translation>
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
        <translation>Mentorado(s)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>Última reunión</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Próximo seguimiento</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>No meeting within 1.5× the cadence, a check-in overdue, latest rating ≤ 2, or an open safety concern</source>
        <translation>Sin reunión en 1,5× la frecuencia, un seguimiento atrasado, última valoración ≤ 2 o un problema de seguridad abierto</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Pareja</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Notes (confidential)</source>
        <translation>Notas (confidenciales)</translation>
    </message>
    <message>
        <source>Confidential: never printed or exported</source>
        <translation>Confidencial: nunca se imprime ni se exporta</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactado</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Acción de seguimiento</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
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
        <translation>A</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Concedido por</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Saved by them</source>
        <translation>Guardado por la otra persona</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Lo que usted escribió</translation>
    </message>
</context>
<context>
    <name>CoordinatorsDialog</name>
    <message>
        <source>Coordinators and viewers</source>
        <translation>Coordinadores y observadores</translation>
    </message>
    <message>
        <source>Who may work on which program. A coordinator reads and writes the programs assigned here; a viewer (a principal, a funder liaison) sees their figures and never a sensitive field. The server enforces it, whatever program connects. Logins are created by IT.</source>
        <translation>Quién puede trabajar en qué programa. Un coordinador lee y modifica los programas que se le asignan aquí; un observador (una dirección de centro, un enlace con el financiador) ve sus cifras y nunca un campo sensible. El servidor lo impone, sea cual sea el programa que se conecte. Los usuarios los crea el equipo de informática.</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Asignaciones</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Login role</source>
        <translation>Rol de inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>&amp;As:</source>
        <translation>&amp;Como:</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Conceder</translation>
    </message>
    <message>
        <source>&amp;Revoke selected</source>
        <translation>&amp;Retirar la seleccionada</translation>
    </message>
</context>
<context>
    <name>DistrictPanel</name>
    <message>
        <source>Every program you may see, one row each, and the district total for the period chosen above.</source>
        <translation>Cada programa que puede ver, uno por fila, y el total del distrito para el periodo elegido arriba.</translation>
    </message>
    <message>
        <source>Include &amp;archived programs</source>
        <translation>Incluir programas &amp;archivados</translation>
    </message>
    <message>
        <source>E&amp;xport district…</source>
        <translation>E&amp;xportar distrito…</translation>
    </message>
    <message>
        <source>District: every measure per program and the total</source>
        <translation>Distrito: cada medida por programa y el total</translation>
    </message>
    <message>
        <source>Totals add counts up and compute every rate from the summed numbers (4 of 10 mentees matched is 40 %, whatever each program&apos;s own rate). Hover a figure for its parts and formula.</source>
        <translation>Los totales suman los recuentos y calculan cada tasa a partir de las cifras sumadas (4 de 10 mentorados emparejados es el 40 %, sea cual sea la tasa de cada programa). Pase el puntero por una cifra para ver sus partes y su fórmula.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export roster</source>
        <translation>Exportar lista</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Programa:</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Archivo que escribir</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Include sensitive fields (date of birth, gender, pronouns, identity preferences, confidential notes, guardian details)</source>
        <translation>&amp;Incluir campos sensibles (fecha de nacimiento, género, pronombres, preferencias de identidad, notas confidenciales, datos del tutor)</translation>
    </message>
    <message>
        <source>⚠ The file will contain confidential and minors&apos; data. Keep it on this computer or share it only with people allowed to see it.</source>
        <translation>⚠ El archivo contendrá datos confidenciales y de menores. Manténgalo en este ordenador o compártalo solo con personas autorizadas a verlo.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Full name</source>
        <extracomment>core/participant.FIELDS: the key is the attribute, the text core&apos;s English label.</extracomment>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Mentor capacity</source>
        <translation>Capacidad como mentor</translation>
    </message>
    <message>
        <source>Department / class</source>
        <translation>Departamento / clase</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Seniority / years</source>
        <translation>Antigüedad / años</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Idioma de los documentos</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Skills offered</source>
        <translation>Habilidades ofrecidas</translation>
    </message>
    <message>
        <source>Skills sought</source>
        <translation>Habilidades buscadas</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>Preferred format</source>
        <translation>Formato preferido</translation>
    </message>
    <message>
        <source>Ranked choices</source>
        <translation>Preferencias ordenadas</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Identity preferences</source>
        <translation>Preferencias de identidad</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation>Notas confidenciales</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>Fecha de solicitud</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Fecha de entrevista</translation>
    </message>
    <message>
        <source>Interview outcome</source>
        <translation>Resultado de la entrevista</translation>
    </message>
    <message>
        <source>Background check type</source>
        <translation>Tipo de verificación de antecedentes</translation>
    </message>
    <message>
        <source>Background check date</source>
        <translation>Fecha de verificación de antecedentes</translation>
    </message>
    <message>
        <source>Background check result</source>
        <translation>Resultado de la verificación de antecedentes</translation>
    </message>
    <message>
        <source>Background check expiry</source>
        <translation>Vencimiento de la verificación de antecedentes</translation>
    </message>
    <message>
        <source>Screening decision</source>
        <translation>Decisión de verificación</translation>
    </message>
    <message>
        <source>Training date</source>
        <translation>Fecha de formación</translation>
    </message>
    <message>
        <source>Training hours</source>
        <translation>Horas de formación</translation>
    </message>
    <message>
        <source>Guardian name</source>
        <translation>Nombre del tutor</translation>
    </message>
    <message>
        <source>Guardian relationship</source>
        <translation>Parentesco del tutor</translation>
    </message>
    <message>
        <source>Guardian email</source>
        <translation>Correo del tutor</translation>
    </message>
    <message>
        <source>Guardian phone</source>
        <translation>Teléfono del tutor</translation>
    </message>
    <message>
        <source>Guardian consent date</source>
        <translation>Fecha del consentimiento del tutor</translation>
    </message>
    <message>
        <source>Consent signed by</source>
        <translation>Consentimiento firmado por</translation>
    </message>
    <message>
        <source>Media release</source>
        <translation>Autorización de imagen</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>core/program.Program (the program dialog&apos;s settings) and its document settings.</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Meet every (days)</source>
        <translation>Reunirse cada (días)</translation>
    </message>
    <message>
        <source>Meeting length (minutes)</source>
        <translation>Duración de las reuniones (minutos)</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Previous program</source>
        <translation>Programa anterior</translation>
    </message>
    <message>
        <source>Agreement defaults</source>
        <translation>Valores por defecto del acuerdo</translation>
    </message>
    <message>
        <source>Matching weights</source>
        <translation>Pesos del emparejamiento</translation>
    </message>
    <message>
        <source>Matching options</source>
        <translation>Opciones del emparejamiento</translation>
    </message>
    <message>
        <source>Check-in rules</source>
        <translation>Reglas de seguimiento</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <source>Coordinator contact</source>
        <translation>Contacto del coordinador</translation>
    </message>
    <message>
        <source>Meeting frequency</source>
        <extracomment>services/pairs/records.AgreementData (the pair&apos;s agreement tab).</extracomment>
        <translation>Frecuencia de las reuniones</translation>
    </message>
    <message>
        <source>Meeting format</source>
        <translation>Formato de las reuniones</translation>
    </message>
    <message>
        <source>Usual day and time</source>
        <translation>Día y hora habituales</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Contact between meetings</source>
        <translation>Contacto entre reuniones</translation>
    </message>
    <message>
        <source>Duration (months)</source>
        <translation>Duración (meses)</translation>
    </message>
    <message>
        <source>Mid-point review</source>
        <translation>Revisión intermedia</translation>
    </message>
    <message>
        <source>Confidentiality and its limits</source>
        <translation>Confidencialidad y sus límites</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>Program obligations</source>
        <translation>Obligaciones del programa</translation>
    </message>
    <message>
        <source>No-fault ending</source>
        <translation>Fin sin culpa</translation>
    </message>
    <message>
        <source>Notice period (days)</source>
        <translation>Plazo de preaviso (días)</translation>
    </message>
    <message>
        <source>Mentor signed</source>
        <translation>Firma del mentor</translation>
    </message>
    <message>
        <source>Mentee signed</source>
        <translation>Firma del mentorado</translation>
    </message>
    <message>
        <source>Guardian signed</source>
        <translation>Firma del tutor</translation>
    </message>
    <message>
        <source>Coordinator signed</source>
        <translation>Firma del coordinador</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>The pair&apos;s other records (meetings, check-ins, closures: &quot;date&quot;; the IDP&apos;s dates).</extracomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Inicio del periodo</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin del periodo</translation>
    </message>
    <message>
        <source>Final review</source>
        <translation>Revisión final</translation>
    </message>
    <message>
        <source>Safety concern resolved on</source>
        <translation>Problema de seguridad resuelto el</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha objetivo</translation>
    </message>
    <message>
        <source>US Letter</source>
        <extracomment>One lookup for every record (a name means the same field wherever it appears: a program&apos;s `meeting_minutes` and an agreement&apos;s are both a meeting&apos;s length in minutes). Fields that hold a language code (&quot;es&quot;), shown by the language&apos;s own name. Values of settings that are words, not data (a paper size).</extracomment>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Specific statement</source>
        <translation>Enunciado concreto</translation>
    </message>
    <message>
        <source>What exactly will be achieved?</source>
        <translation>¿Qué se logrará exactamente?</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>Medida del éxito</translation>
    </message>
    <message>
        <source>How will we know?</source>
        <translation>¿Cómo lo sabremos?</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha objetivo</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Mentor&apos;s role</source>
        <translation>Papel del mentor</translation>
    </message>
    <message>
        <source>Part of the mentee&apos;s IDP (up to 3 goals)</source>
        <translation>Parte del PDI del mentorado (hasta 3 objetivos)</translation>
    </message>
    <message>
        <source>Action steps: due date as YYYY-MM-DD; status to do, in progress or done</source>
        <translation>Pasos de acción: fecha límite como AAAA-MM-DD; estado: to do, in progress o done</translation>
    </message>
    <message>
        <source>Action steps</source>
        <translation>Pasos de acción</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>Add goal…</source>
        <translation>Añadir objetivo…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Log progress…</source>
        <translation>Registrar progreso…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Goal detail</source>
        <translation>Detalle del objetivo</translation>
    </message>
</context>
<context>
    <name>IdpTab</name>
    <message>
        <source>Mentee</source>
        <translation>Mentorado</translation>
    </message>
    <message>
        <source>Plan starts</source>
        <translation>Inicio del plan</translation>
    </message>
    <message>
        <source>Plan ends</source>
        <translation>Fin del plan</translation>
    </message>
    <message>
        <source>Mid-point review</source>
        <translation>Revisión intermedia</translation>
    </message>
    <message>
        <source>Final review</source>
        <translation>Revisión final</translation>
    </message>
    <message>
        <source>Baseline self-rating</source>
        <translation>Autoevaluación inicial</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source> / 5</source>
        <translation> / 5</translation>
    </message>
    <message>
        <source>Final self-rating</source>
        <translation>Autoevaluación final</translation>
    </message>
    <message>
        <source>Mentee signed</source>
        <translation>Firma del mentorado</translation>
    </message>
    <message>
        <source>Mentor signed</source>
        <translation>Firma del mentor</translation>
    </message>
    <message>
        <source>Coordinator signed</source>
        <translation>Firma del coordinador</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Fortalezas</translation>
    </message>
    <message>
        <source>Growth areas</source>
        <translation>Áreas de mejora</translation>
    </message>
    <message>
        <source>Short-term aspirations</source>
        <translation>Aspiraciones a corto plazo</translation>
    </message>
    <message>
        <source>Long-term aspirations</source>
        <translation>Aspiraciones a largo plazo</translation>
    </message>
    <message>
        <source>IDP goals, action plans, resources</source>
        <translation>Objetivos del PDI, planes de acción, recursos</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Save IDP</source>
        <translation>Guardar PDI</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import participants</source>
        <translation>Importar participantes</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel file (Google Forms and Microsoft Forms exports work as they are)</source>
        <translation>Elija un archivo CSV o Excel (las exportaciones de Google Forms y Microsoft Forms sirven tal cual)</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>Pick a program, or type a new name to create one with this import</source>
        <translation>Elija un programa o escriba un nombre nuevo para crearlo con esta importación</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>&amp;Role if the file has none:</source>
        <translation>&amp;Rol si el archivo no lo indica:</translation>
    </message>
    <message>
        <source>Used for rows without a role; a role column in the file wins</source>
        <translation>Se usa para las filas sin rol; una columna de rol en el archivo tiene prioridad</translation>
    </message>
    <message>
        <source>Default role</source>
        <translation>Rol predeterminado</translation>
    </message>
    <message>
        <source>%v rows read</source>
        <translation>%v filas leídas</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Each column of the file and the field it fills. Double-click a field to change it, or choose &quot;(ignore)&quot;.</source>
        <translation>Cada columna del archivo y el campo que rellena. Haga doble clic en un campo para cambiarlo o elija &quot;(ignore)&quot;.</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondencia de columnas</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>The first rows as they will be imported.</source>
        <translation>Las primeras filas tal como se importarán.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Rows that cannot be imported. Fix them in the spreadsheet and choose the file again, or import the good rows only.</source>
        <translation>Filas que no se pueden importar. Corríjalas en la hoja de cálculo y vuelva a elegir el archivo, o importe solo las filas correctas.</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>Rows with an e-mail already in the program or earlier in the file:</source>
        <translation>Filas con un correo que ya está en el programa o antes en el archivo:</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>&amp;Omitirlas</translation>
    </message>
    <message>
        <source>&amp;Update with the file&apos;s values</source>
        <translation>&amp;Actualizar con los valores del archivo</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
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
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Emparejamiento</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Parejas</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Import Participants…</source>
        <translation>&amp;Importar participantes…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export Roster…</source>
        <translation>&amp;Exportar lista…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Print &amp;Whole Cohort…</source>
        <translation>Imprimir &amp;toda la cohorte…</translation>
    </message>
    <message>
        <source>All agreements, IDPs or certificates of the program: one file each or one combined PDF</source>
        <translation>Todos los acuerdos, PDI o certificados del programa: un archivo por cada uno o un único PDF combinado</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;New Program…</source>
        <translation>&amp;Nuevo programa…</translation>
    </message>
    <message>
        <source>&amp;Rename Program…</source>
        <translation>&amp;Renombrar programa…</translation>
    </message>
    <message>
        <source>&amp;Archive Program</source>
        <translation>&amp;Archivar programa</translation>
    </message>
    <message>
        <source>Program &amp;Settings…</source>
        <translation>&amp;Configuración del programa…</translation>
    </message>
    <message>
        <source>&amp;About MentorDesk</source>
        <translation>&amp;Acerca de MentorDesk</translation>
    </message>
</context>
<context>
    <name>MatchingView</name>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>&amp;Minimum score:</source>
        <translation>Puntuación &amp;mínima:</translation>
    </message>
    <message>
        <source>Minimum score</source>
        <translation>Puntuación mínima</translation>
    </message>
    <message>
        <source>Pairs scoring below this are not allowed. “none” = no minimum.</source>
        <translation>No se permiten parejas con una puntuación inferior. «ninguna» = sin mínimo.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Also re-match mentees already &amp;paired</source>
        <translation>Volver a emparejar también a los mentorados ya &amp;emparejados</translation>
    </message>
    <message>
        <source>&amp;Run matcher</source>
        <translation>&amp;Ejecutar emparejamiento</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Criteria &amp;&amp; &amp;weights…</source>
        <translation>Criterios y &amp;pesos…</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentorados</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentores</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Sin emparejar</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>Exclusiones</translation>
    </message>
    <message>
        <source>E&amp;xclude pair…</source>
        <translation>E&amp;xcluir pareja…</translation>
    </message>
    <message>
        <source>Never pair the selected draft&apos;s mentor and mentee</source>
        <translation>No emparejar nunca al mentor y al mentorado del borrador seleccionado</translation>
    </message>
    <message>
        <source>Remove exclusion</source>
        <translation>Quitar exclusión</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Filter by name or reason…</source>
        <translation>Filtrar por nombre o motivo…</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>optional — kept in the audit log with the next pin, reject, exclusion or approval</source>
        <translation>opcional: queda en el registro de auditoría con la siguiente fijación, rechazo, exclusión o aprobación</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Fijar</translation>
    </message>
    <message>
        <source>Keep this pair in every re-run</source>
        <translation>Mantener esta pareja en cada nueva ejecución</translation>
    </message>
    <message>
        <source>U&amp;npin</source>
        <translation>&amp;Soltar</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;chazar</translation>
    </message>
    <message>
        <source>Never propose this pair again; re-run to fill the gap</source>
        <translation>No volver a proponer esta pareja; vuelva a ejecutar para cubrir el hueco</translation>
    </message>
    <message>
        <source>&amp;Approve selected</source>
        <translation>&amp;Aprobar selección</translation>
    </message>
    <message>
        <source>Approve a&amp;ll</source>
        <translation>Aprobar &amp;todas</translation>
    </message>
    <message>
        <source>Flash rotation</source>
        <translation>Rotación flash</translation>
    </message>
    <message>
        <source>Rounds:</source>
        <translation>Rondas:</translation>
    </message>
    <message>
        <source>Mentees per table:</source>
        <translation>Mentorados por mesa:</translation>
    </message>
    <message>
        <source>&amp;Build rotation</source>
        <translation>&amp;Crear rotación</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>P&amp;rint schedule</source>
        <translation>&amp;Imprimir calendario</translation>
    </message>
    <message>
        <source>Preview, print or save the rotation grid as PDF</source>
        <translation>Vista previa, impresión o PDF de la rotación</translation>
    </message>
    <message>
        <source>Select a draft or a mentee to see the candidate mentors.</source>
        <translation>Elija un borrador o un mentorado para ver los mentores candidatos.</translation>
    </message>
    <message>
        <source>&amp;Use this mentor (pin)</source>
        <translation>&amp;Usar este mentor (fijar)</translation>
    </message>
    <message>
        <source>Score explanation</source>
        <translation>Explicación de la puntuación</translation>
    </message>
</context>
<context>
    <name>MatchingWeightsDialog</name>
    <message>
        <source>Matching criteria and weights</source>
        <translation>Criterios y pesos del emparejamiento</translation>
    </message>
    <message>
        <source>A score is the weighted mean of the criteria both people answered (0 = not used). Approved pairs keep the score they were approved with.</source>
        <translation>Una puntuación es la media ponderada de los criterios que ambas personas respondieron (0 = no se usa). Las parejas aprobadas conservan la puntuación con la que se aprobaron.</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>Skills offered vs sought:</source>
        <translation>Habilidades ofrecidas frente a buscadas:</translation>
    </message>
    <message>
        <source>Skills offered vs sought weight</source>
        <translation>Peso de habilidades ofrecidas frente a buscadas</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Objetivos:</translation>
    </message>
    <message>
        <source>Goals weight</source>
        <translation>Peso de los objetivos</translation>
    </message>
    <message>
        <source>Interests:</source>
        <translation>Intereses:</translation>
    </message>
    <message>
        <source>Interests weight</source>
        <translation>Peso de los intereses</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Language weight</source>
        <translation>Peso del idioma</translation>
    </message>
    <message>
        <source>Organization unit:</source>
        <translation>Unidad organizativa:</translation>
    </message>
    <message>
        <source>Organization unit weight</source>
        <translation>Peso de la unidad organizativa</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>Time zone weight</source>
        <translation>Peso de la zona horaria</translation>
    </message>
    <message>
        <source>Seniority / grade gap:</source>
        <translation>Diferencia de antigüedad / curso:</translation>
    </message>
    <message>
        <source>Seniority / grade gap weight</source>
        <translation>Peso de la diferencia de antigüedad / curso</translation>
    </message>
    <message>
        <source>Weekly availability:</source>
        <translation>Disponibilidad semanal:</translation>
    </message>
    <message>
        <source>Weekly availability weight</source>
        <translation>Peso de la disponibilidad semanal</translation>
    </message>
    <message>
        <source>Preferred format:</source>
        <translation>Formato preferido:</translation>
    </message>
    <message>
        <source>Preferred format weight</source>
        <translation>Peso del formato preferido</translation>
    </message>
    <message>
        <source>Identity preferences:</source>
        <translation>Preferencias de identidad:</translation>
    </message>
    <message>
        <source>Identity preferences weight</source>
        <translation>Peso de las preferencias de identidad</translation>
    </message>
    <message>
        <source>Rules and options</source>
        <translation>Reglas y opciones</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>Objetivo:</translation>
    </message>
    <message>
        <source>Minimum score:</source>
        <translation>Puntuación mínima:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>prefer the same unit</source>
        <translation>preferir la misma unidad</translation>
    </message>
    <message>
        <source>prefer a different unit</source>
        <translation>preferir otra unidad</translation>
    </message>
    <message>
        <source>Mentors must be more senior than mentees</source>
        <translation>Los mentores deben tener más antigüedad que los mentorados</translation>
    </message>
    <message>
        <source>Ideal seniority gap:</source>
        <translation>Diferencia de antigüedad ideal:</translation>
    </message>
    <message>
        <source>… give or take:</source>
        <translation>… margen:</translation>
    </message>
    <message>
        <source>Mentors must be cleared by screening</source>
        <translation>Los mentores deben ser aptos en la verificación</translation>
    </message>
    <message>
        <source>Flash: mentees per table:</source>
        <translation>Flash: mentorados por mesa:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>optional, kept in the audit log</source>
        <translation>opcional, queda en el registro de auditoría</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Restaurar &amp;valores predeterminados</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentores</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentorados</translation>
    </message>
    <message>
        <source>Match rate</source>
        <translation>Tasa de emparejamiento</translation>
    </message>
    <message>
        <source>Mentor utilization</source>
        <translation>Ocupación de los mentores</translation>
    </message>
    <message>
        <source>New pairs</source>
        <translation>Parejas nuevas</translation>
    </message>
    <message>
        <source>Active pairs</source>
        <translation>Parejas activas</translation>
    </message>
    <message>
        <source>Paused pairs</source>
        <translation>Parejas en pausa</translation>
    </message>
    <message>
        <source>Closed pairs</source>
        <translation>Parejas cerradas</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Reuniones celebradas</translation>
    </message>
    <message>
        <source>Meetings vs. target</source>
        <translation>Reuniones frente al objetivo</translation>
    </message>
    <message>
        <source>Mentoring hours</source>
        <translation>Horas de mentoría</translation>
    </message>
    <message>
        <source>Contacts made</source>
        <translation>Contactos realizados</translation>
    </message>
    <message>
        <source>Required check-ins done on time</source>
        <translation>Seguimientos obligatorios hechos a tiempo</translation>
    </message>
    <message>
        <source>Staff contact rate</source>
        <translation>Tasa de contacto del equipo</translation>
    </message>
    <message>
        <source>Pairs at risk</source>
        <translation>Parejas en riesgo</translation>
    </message>
    <message>
        <source>Goal completion</source>
        <translation>Objetivos cumplidos</translation>
    </message>
    <message>
        <source>Average goal progress</source>
        <translation>Avance medio de los objetivos</translation>
    </message>
    <message>
        <source>Average relationship rating</source>
        <translation>Valoración media de la relación</translation>
    </message>
    <message>
        <source>Closure rate</source>
        <translation>Tasa de cierre</translation>
    </message>
    <message>
        <source>Early-closure rate</source>
        <translation>Tasa de cierre anticipado</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
    <message>
        <source>Average match length</source>
        <translation>Duración media de las parejas</translation>
    </message>
    <message>
        <source>Highest total score</source>
        <translation>Máxima puntuación total</translation>
    </message>
    <message>
        <source>As many matched as possible, then highest score</source>
        <translation>El mayor número de emparejados y luego la máxima puntuación</translation>
    </message>
    <message>
        <source>Stable matching (ranked choices)</source>
        <translation>Emparejamiento estable (preferencias ordenadas)</translation>
    </message>
    <message>
        <source>Status: {value}</source>
        <extracomment>Names the services build from a stored value (&quot;Status: applied&quot;, &quot;Mentors cleared&quot;).</extracomment>
        <translation>Estado: {value}</translation>
    </message>
    <message>
        <source>Mentors {value}</source>
        <translation>Mentores: {value}</translation>
    </message>
    <message>
        <source>{first}–{last} {month}</source>
        <translation>{first}–{last} de {month}</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>T{quarter} {year}</translation>
    </message>
    <message>
        <source>{quarter} to {day}</source>
        <translation>{quarter} hasta el {day}</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Who attended</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Notes (confidential)</source>
        <translation>Notas (confidenciales)</translation>
    </message>
    <message>
        <source>Confidential: never printed or exported</source>
        <translation>Confidencial: nunca se imprime ni se exporta</translation>
    </message>
</context>
<context>
    <name>PairsView</name>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>At risk only</source>
        <translation>Solo en riesgo</translation>
    </message>
    <message>
        <source>Search by name…</source>
        <translation>Buscar por nombre…</translation>
    </message>
    <message>
        <source>Search pairs</source>
        <translation>Buscar parejas</translation>
    </message>
    <message>
        <source>Cadence rules…</source>
        <translation>Reglas de frecuencia…</translation>
    </message>
    <message>
        <source>Meeting cadence and check-in rules of this program</source>
        <translation>Frecuencia de reuniones y reglas de seguimiento de este programa</translation>
    </message>
    <message>
        <source>Open pair</source>
        <translation>Abrir pareja</translation>
    </message>
    <message>
        <source>Open the selected pair (or double-click it)</source>
        <translation>Abrir la pareja seleccionada (o doble clic)</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Parejas</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Pendiente esta semana</translation>
    </message>
    <message>
        <source>Overdue and upcoming check-ins, meetings, reviews and action steps. Look ahead:</source>
        <translation>Seguimientos, reuniones, revisiones y pasos de acción vencidos y próximos. Mirar adelante:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Look ahead days</source>
        <translation>Días de antelación</translation>
    </message>
    <message>
        <source>Export to calendar (.ics)…</source>
        <translation>Exportar al calendario (.ics)…</translation>
    </message>
    <message>
        <source>Save the due items and planned meetings as an iCalendar file</source>
        <translation>Guardar los pendientes y las reuniones previstas como archivo iCalendar</translation>
    </message>
    <message>
        <source>Due items</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>← All pairs</source>
        <translation>← Todas las parejas</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimir</translation>
    </message>
    <message>
        <source>Preview, print or save the agreement, the IDP, the status sheet or the certificates</source>
        <translation>Vista previa, impresión o PDF del acuerdo, el PDI, la ficha o los certificados</translation>
    </message>
    <message>
        <source>E-mail pair…</source>
        <translation>Enviar correo a la pareja…</translation>
    </message>
    <message>
        <source>Open a prefilled e-mail to the pair</source>
        <translation>Abrir un correo prerrellenado para la pareja</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Start this proposed pair</source>
        <translation>Iniciar esta pareja propuesta</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>Pausar…</translation>
    </message>
    <message>
        <source>Pause the pair (with a reason)</source>
        <translation>Pausar la pareja (con un motivo)</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Reanudar…</translation>
    </message>
    <message>
        <source>Resume the paused pair (with a reason)</source>
        <translation>Reanudar la pareja en pausa (con un motivo)</translation>
    </message>
    <message>
        <source>Close pair…</source>
        <translation>Cerrar pareja…</translation>
    </message>
    <message>
        <source>Close with date, type, reason and exit feedback; frees the mentor&apos;s capacity</source>
        <translation>Cerrar con fecha, tipo, motivo y valoración final; libera la capacidad del mentor</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Reabrir…</translation>
    </message>
    <message>
        <source>Reopen the closed pair (with a reason)</source>
        <translation>Reabrir la pareja cerrada (con un motivo)</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Who the person is and their place in this program.</source>
        <translation>Quién es la persona y su lugar en este programa.</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Emparejamiento</translation>
    </message>
    <message>
        <source>What matching compares. Separate several values with ; (semicolon).</source>
        <translation>Lo que compara el emparejamiento. Separe varios valores con ; (punto y coma).</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Mentor screening: a mentor must be cleared, with a valid background check, to be matched.</source>
        <translation>Verificación de mentores: un mentor debe ser apto, con una verificación de antecedentes vigente, para ser emparejado.</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>For minors: the parent or guardian and their consent. Confidential: hidden from printouts and exports unless asked.</source>
        <translation>Para menores: el padre, la madre o el tutor y su consentimiento. Confidencial: oculto en impresiones y exportaciones salvo que se pida.</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <source>Optional and confidential: hidden from printouts and exports unless you explicitly include them.</source>
        <translation>Opcional y confidencial: oculto en impresiones y exportaciones salvo que los incluya expresamente.</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>Program settings</source>
        <translation>Configuración del programa</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nombre *</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Meet every (days)</source>
        <translation>Reunirse cada (días)</translation>
    </message>
    <message>
        <source>Meeting length (minutes)</source>
        <translation>Duración de las reuniones (minutos)</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Documents (agreements, IDPs, summaries, certificates)</source>
        <translation>Documentos (acuerdos, PDI, resúmenes, certificados)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>a PNG or JPEG picture (optional)</source>
        <translation>una imagen PNG o JPEG (opcional)</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Archivo del logotipo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <source>name printed on signature lines</source>
        <translation>nombre impreso en las líneas de firma</translation>
    </message>
    <message>
        <source>Coordinator name</source>
        <translation>Nombre del coordinador</translation>
    </message>
    <message>
        <source>Coordinator contact</source>
        <translation>Contacto del coordinador</translation>
    </message>
    <message>
        <source>e-mail or phone</source>
        <translation>correo o teléfono</translation>
    </message>
    <message>
        <source>Organization on documents</source>
        <translation>Organización en los documentos</translation>
    </message>
    <message>
        <source>empty: the program&apos;s organization</source>
        <translation>vacío: la organización del programa</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Idioma de los documentos</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Log progress</source>
        <translation>Registrar progreso</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Inicio del periodo</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin del periodo</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Start &amp;next cycle…</source>
        <translation>Iniciar el &amp;ciclo siguiente…</translation>
    </message>
    <message>
        <source>Roll over: a new program with the participants who continue (no pairs)</source>
        <translation>Pasar de ciclo: un programa nuevo con los participantes que continúan (sin parejas)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Pairs the pair health rule flags on the period&apos;s last day. Double-click a pair to open it.</source>
        <translation>Parejas que la regla de salud señala el último día del periodo. Haga doble clic en una pareja para abrirla.</translation>
    </message>
    <message>
        <source>Pairs at risk</source>
        <translation>Parejas en riesgo</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>Todas las medidas</translation>
    </message>
    <message>
        <source>Year over year</source>
        <translation>Año con año</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Comparar con:</translation>
    </message>
    <message>
        <source>Program to compare with</source>
        <translation>Programa con el que comparar</translation>
    </message>
    <message>
        <source>Year over year comparison</source>
        <translation>Comparación año con año</translation>
    </message>
</context>
<context>
    <name>RolloverDialog</name>
    <message>
        <source>Start the next cycle</source>
        <translation>Iniciar el ciclo siguiente</translation>
    </message>
    <message>
        <source>A new program with the same settings and the participants you tick below. Their profiles and screening come along (background check expiry dates are kept); pairs do not. The old program stays for year-over-year comparison.</source>
        <translation>Un programa nuevo con la misma configuración y los participantes que marque abajo. Sus perfiles y verificación se copian (se conservan las fechas de caducidad de la verificación de antecedentes); las parejas no. El programa anterior se conserva para comparar año con año.</translation>
    </message>
    <message>
        <source>New program &amp;name:</source>
        <translation>&amp;Nombre del nuevo programa:</translation>
    </message>
    <message>
        <source>&amp;Runs from:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>New cycle start</source>
        <translation>Inicio del nuevo ciclo</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>New cycle end</source>
        <translation>Fin del nuevo ciclo</translation>
    </message>
    <message>
        <source>&amp;Who continues:</source>
        <translation>&amp;Quién continúa:</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Todos</translation>
    </message>
    <message>
        <source>N&amp;one</source>
        <translation>&amp;Ninguno</translation>
    </message>
    <message>
        <source>&amp;Everyone but withdrawn</source>
        <translation>&amp;Todos menos los retirados</translation>
    </message>
    <message>
        <source>Participants who continue</source>
        <translation>Participantes que continúan</translation>
    </message>
    <message>
        <source>Archive the old program (it stays available for comparison)</source>
        <translation>Archivar el programa anterior (sigue disponible para comparar)</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <source>Roster</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>&amp;Add participant…</source>
        <translation>&amp;Añadir participante…</translation>
    </message>
    <message>
        <source>Add a person to this program (Ctrl+N)</source>
        <translation>Añadir una persona a este programa (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected person (Enter or double-click)</source>
        <translation>Editar la persona seleccionada (Intro o doble clic)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Remove the selected people from this program (Delete); Undo brings them back</source>
        <translation>Quitar a las personas seleccionadas de este programa (Supr); Deshacer las recupera</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimir</translation>
    </message>
    <message>
        <source>Preview, print or save the roster as PDF (sensitive fields only when you ask for them)</source>
        <translation>Vista previa, impresión o PDF de la lista (campos sensibles solo si los pide)</translation>
    </message>
    <message>
        <source>Type to filter by name, email, department, screening…  (Ctrl+F)</source>
        <translation>Escriba para filtrar por nombre, correo, departamento, verificación…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ol:</translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation>Filtro de rol</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>No program selected. Create one with Program ▸ New Program…</source>
        <translation>Ningún programa seleccionado. Cree uno con Programa ▸ Nuevo programa…</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Cadence and check-in rules</source>
        <translation>Frecuencia y reglas de seguimiento</translation>
    </message>
    <message>
        <source>Meet every</source>
        <translation>Reunirse cada</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>The program&apos;s meeting cadence target</source>
        <translation>El objetivo de frecuencia de reuniones del programa</translation>
    </message>
    <message>
        <source>First check-in</source>
        <translation>Primer seguimiento</translation>
    </message>
    <message>
        <source> days after the first meeting</source>
        <translation> días después de la primera reunión</translation>
    </message>
    <message>
        <source>Check-ins in month one</source>
        <translation>Seguimientos en el primer mes</translation>
    </message>
    <message>
        <source>Then every</source>
        <translation>Después, cada</translation>
    </message>
    <message>
        <source>Guardian (minors) every</source>
        <translation>Tutor (menores) cada</translation>
    </message>
    <message>
        <source>A pair is at risk when it has not met within 1.5 × the cadence, a check-in is overdue, the latest relationship rating is 2 or lower, or a safety concern is open.</source>
        <translation>Una pareja está en riesgo cuando no se ha reunido en 1,5 × la frecuencia, un seguimiento está vencido, la última valoración de la relación es 2 o menos, o hay una inquietud de seguridad abierta.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer programs</source>
        <translation>Transferir programas</translation>
    </message>
    <message>
        <source>Copy the ticked programs, with everyone and everything in them, to another database: a file (to work offline) or a server (postgresql://user@host/database). A program the other database already has is left as it is.</source>
        <translation>Copiar los programas marcados, con todas las personas y todo lo que contienen, a otra base de datos: un archivo (para trabajar sin conexión) o un servidor (postgresql://usuario@servidor/base). Un programa que la otra base de datos ya tiene se deja como está.</translation>
    </message>
    <message>
        <source>Programs to copy</source>
        <translation>Programas que copiar</translation>
    </message>
    <message>
        <source>Copy to:</source>
        <translation>Copiar en:</translation>
    </message>
    <message>
        <source>a .sqlite file, or postgresql://user@host/database</source>
        <translation>un archivo .sqlite, o postgresql://usuario@servidor/base</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Archivo…</translation>
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
        <translation>mentorado</translation>
    </message>
    <message>
        <source>both</source>
        <translation>ambos</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>tutor</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>solicitante</translation>
    </message>
    <message>
        <source>screened</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>trained</source>
        <translation>formado</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>apto</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>not cleared</source>
        <translation>no apto</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fijada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>firmado</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonado</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>por hacer</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>held</source>
        <translation>celebrada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>sin asistencia</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prevista</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vídeo</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mixto</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>text</source>
        <translation>mensaje de texto</translation>
    </message>
    <message>
        <source>early</source>
        <translation>antes de tiempo</translation>
    </message>
    <message>
        <source>one-on-one</source>
        <translation>uno a uno</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <source>peer</source>
        <translation>entre pares</translation>
    </message>
    <message>
        <source>reverse</source>
        <translation>inversa</translation>
    </message>
    <message>
        <source>flash</source>
        <translation>flash</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>menor</translation>
    </message>
    <message>
        <source>planned meeting</source>
        <translation>reunión prevista</translation>
    </message>
    <message>
        <source>background check</source>
        <translation>verificación de antecedentes</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <source>guardian check-in</source>
        <translation>seguimiento del tutor</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>reunión</translation>
    </message>
    <message>
        <source>planned end</source>
        <translation>fin previsto</translation>
    </message>
    <message>
        <source>mid-point review</source>
        <translation>revisión intermedia</translation>
    </message>
    <message>
        <source>IDP review</source>
        <translation>revisión del PDI</translation>
    </message>
    <message>
        <source>action step</source>
        <translation>paso de acción</translation>
    </message>
    <message>
        <source>mentee&apos;s family</source>
        <translation>familia del mentorado</translation>
    </message>
    <message>
        <source>goals met</source>
        <translation>objetivos cumplidos</translation>
    </message>
    <message>
        <source>program ended</source>
        <translation>fin del programa</translation>
    </message>
    <message>
        <source>schedule conflict</source>
        <translation>conflicto de horarios</translation>
    </message>
    <message>
        <source>moved away</source>
        <translation>se mudó</translation>
    </message>
    <message>
        <source>lost contact</source>
        <translation>se perdió el contacto</translation>
    </message>
    <message>
        <source>mismatch</source>
        <translation>no encajaron</translation>
    </message>
    <message>
        <source>mentor withdrew</source>
        <translation>el mentor se retiró</translation>
    </message>
    <message>
        <source>mentee withdrew</source>
        <translation>el mentorado se retiró</translation>
    </message>
    <message>
        <source>safety concern</source>
        <translation>problema de seguridad</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>no rematch</source>
        <translation>sin nuevo emparejamiento</translation>
    </message>
    <message>
        <source>rematch mentee</source>
        <translation>reemparejar al mentorado</translation>
    </message>
    <message>
        <source>rematch mentor</source>
        <translation>reemparejar al mentor</translation>
    </message>
    <message>
        <source>rematch both</source>
        <translation>reemparejar a ambos</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>sin decidir</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinador</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>observador</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>New file created. To keep it unreadable without a passphrase, use File ▸ Protect with passphrase…</source>
        <extracomment>Set to print &quot;painted &lt;t&gt;&quot;, &quot;shown &lt;t&gt;&quot; and &quot;filled &lt;t&gt;&quot; (time.time()) on stderr as the window first paints, as the roster&apos;s rows are first on screen (read before the file was opened, or with it) and as the file is open and the roster filled; &quot;quit&quot; also ends the application then, &quot;painted&quot; right after the first paint (bench/: the CPU time to it). With &quot;stall &lt;seconds&gt;&quot; at &quot;filled&quot;: the longest the event loop went unanswered in between (a timer asking every 5 ms), i.e. how long input would have waited at worst while the file opened.</extracomment>
        <translation>Se creó un archivo nuevo. Para que no se pueda leer sin una frase de contraseña, use Archivo ▸ Proteger con frase de contraseña…</translation>
    </message>
</context>
<context>
    <name>common.conflict</name>
    <message>
        <source>{group}: {field}</source>
        <translation>{group}: {field}</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>otra persona</translation>
    </message>
    <message>
        <source>{who} on {date} at {time} UTC</source>
        <translation>{who} el {date} a las {time} UTC</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modificado por otra persona</translation>
    </message>
    <message>
        <source>This was changed by {saved_by} while you were editing; nothing was saved. Reload their version or keep yours.</source>
        <translation>{saved_by} cambió esto mientras usted editaba; no se guardó nada. Recargue la versión guardada o conserve la suya.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>Their save holds the same values as your form.</source>
        <translation>Lo que guardó la otra persona tiene los mismos valores que su formulario.</translation>
    </message>
    <message>
        <source>Reload their version</source>
        <translation>Recargar la versión guardada</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Save your values over theirs (recorded in the audit log)</source>
        <translation>Guardar sus valores sobre los de la otra persona (queda en el registro de auditoría)</translation>
    </message>
</context>
<context>
    <name>common.date_edit</name>
    <message>
        <source>D</source>
        <comment>the letter for the day in a date pattern</comment>
        <translation>D</translation>
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
        <translation>{text} no es una fecha</translation>
    </message>
    <message>
        <source>e.g. 2010-11-22</source>
        <translation>p. ej. 2010-11-22</translation>
    </message>
    <message>
        <source>e.g. {example} or 2010-11-22</source>
        <translation>p. ej. {example} o 2010-11-22</translation>
    </message>
    <message>
        <source>not a date ({hint})</source>
        <translation>no es una fecha ({hint})</translation>
    </message>
    <message>
        <source>Pick the date on a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
</context>
<context>
    <name>common.errors</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>MentorDesk ran into a problem it did not expect. Everything saved before stays saved; the last action may not have been completed, so please check it.</source>
        <translation>MentorDesk encontró un problema inesperado. Todo lo guardado antes sigue guardado; la última acción puede no haberse completado, compruébela.</translation>
    </message>
    <message>
        <source>{__name__}: {error}

A report was written to {v2}.</source>
        <translation>{__name__}: {error}

Se escribió un informe en {v2}.</translation>
    </message>
</context>
<context>
    <name>common.language_menu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Automatic: {language} (the family&apos;s language)</source>
        <translation>Automático: {language} (el idioma de la familia)</translation>
    </message>
    <message>
        <source>Automatic: {language} (the program&apos;s language)</source>
        <translation>Automático: {language} (el idioma del programa)</translation>
    </message>
</context>
<context>
    <name>common.printing</name>
    <message>
        <source>Could not write {path}: {v1}</source>
        <translation>No se pudo escribir {path}: {v1}</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>No se pudo abrir la impresora.</translation>
    </message>
    <message>
        <source>Preview — {title}</source>
        <translation>Vista previa — {title}</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Preparando el documento…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Page {v0}</source>
        <translation>Página {v0}</translation>
    </message>
    <message>
        <source>First page shown; preparing the whole document…</source>
        <translation>Se muestra la primera página; preparando el documento completo…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n página.</numerusform>
            <numerusform>%n páginas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Preparing {v0}…</source>
        <translation>Preparando {v0}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The document could not be made.</source>
        <translation>No se pudo crear el documento.</translation>
    </message>
    <message>
        <source>Printing {v0}…</source>
        <translation>Imprimiendo {v0}…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save {path}: {v1}</source>
        <translation>No se pudo guardar {path}: {v1}</translation>
    </message>
</context>
<context>
    <name>common.unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save your changes to {what}?</source>
        <translation>¿Guardar los cambios en {what}?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, what you typed is lost.</source>
        <translation>Si no guarda, se pierde lo que escribió.</translation>
    </message>
</context>
<context>
    <name>district.coordinators_dialog</name>
    <message>
        <source>Choose a login and a program</source>
        <translation>Elija un usuario y un programa</translation>
    </message>
    <message>
        <source>{login} is now {access} of {program}</source>
        <translation>{login} es ahora {access} de {program}</translation>
    </message>
    <message>
        <source>{login} no longer has access to {program}</source>
        <translation>{login} ya no tiene acceso a {program}</translation>
    </message>
</context>
<context>
    <name>district.menu</name>
    <message>
        <source>&amp;District</source>
        <translation>&amp;Distrito</translation>
    </message>
    <message>
        <source>&amp;Coordinators…</source>
        <translation>&amp;Coordinadores…</translation>
    </message>
    <message>
        <source>Who may work on or view which program</source>
        <translation>Quién puede trabajar en qué programa o verlo</translation>
    </message>
</context>
<context>
    <name>documents.batch_print_dialog</name>
    <message>
        <source>Agreements of every active pair</source>
        <translation>Acuerdos de todas las parejas activas</translation>
    </message>
    <message>
        <source>Individual Development Plans of every mentee</source>
        <translation>Planes de desarrollo individual de todos los mentorados</translation>
    </message>
    <message>
        <source>Certificates of completion</source>
        <translation>Certificados de finalización</translation>
    </message>
    <message>
        <source>As set for the program</source>
        <translation>Como esté configurado en el programa</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Each family&apos;s language, else the program&apos;s</source>
        <translation>El idioma de cada familia; si no, el del programa</translation>
    </message>
    <message>
        <source>&amp;Create PDFs</source>
        <translation>&amp;Crear PDF</translation>
    </message>
    <message>
        <source>Combined PDF</source>
        <translation>PDF combinado</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the PDFs</source>
        <translation>Carpeta para los PDF</translation>
    </message>
    <message>
        <source>Choose where to save the PDFs first.</source>
        <translation>Elija primero dónde guardar los PDF.</translation>
    </message>
    <message>
        <source>That is a folder: give the combined PDF a file name.</source>
        <translation>Es una carpeta: dé un nombre de archivo al PDF combinado.</translation>
    </message>
    <message>
        <source>That is a file: choose a folder for one file per person.</source>
        <translation>Es un archivo: elija una carpeta para un archivo por persona.</translation>
    </message>
    <message>
        <source>Creating the PDFs…</source>
        <translation>Creando los PDF…</translation>
    </message>
    <message>
        <source>Cancelling after the current document…</source>
        <translation>Cancelando después del documento actual…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Cancelled: {v0} of {total} files were written.</source>
        <translation>Cancelado: se escribieron {v0} de {total} archivos.</translation>
    </message>
    <message>
        <source>There is nothing of this kind to print yet.</source>
        <translation>Todavía no hay nada de este tipo que imprimir.</translation>
    </message>
    <message>
        <source>Done: {total} documents saved in {where}.</source>
        <translation>Hecho: {total} documentos guardados en {where}.</translation>
    </message>
    <message>
        <source>Could not write the files: {v0}</source>
        <translation>No se pudieron escribir los archivos: {v0}</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Algo salió mal: {error}</translation>
    </message>
</context>
<context>
    <name>files.dialogs</name>
    <message>
        <source>Replace file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>{name} already exists in {parent}. Replace it?</source>
        <translation>{name} ya existe en {parent}. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>Ya está abierto</translation>
    </message>
    <message>
        <source>{name} is already open in another window. Open it read-only here (you can look, print and export, but not change anything)?</source>
        <translation>{name} ya está abierto en otra ventana. ¿Abrirlo aquí en solo lectura (puede consultar, imprimir y exportar, pero no cambiar nada)?</translation>
    </message>
    <message>
        <source>Damaged file</source>
        <translation>Archivo dañado</translation>
    </message>
    <message>
        <source>{error}

Put the newest good backup in its place? The damaged file is kept beside it.</source>
        <translation>{error}

¿Poner en su lugar la copia correcta más reciente? El archivo dañado se conserva al lado.</translation>
    </message>
    <message>
        <source>{name} is damaged and there is no good backup of it</source>
        <translation>{name} está dañado y no hay ninguna copia correcta</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose a backup to bring back. The file as it is now is kept as a backup first, so a restore can itself be undone by restoring that one.</source>
        <translation>Elija la copia que quiere recuperar. El archivo tal como está ahora se guarda antes como copia, así que una restauración se puede deshacer restaurando esa copia.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>No backups yet: File ▸ Back up now… makes one.</source>
        <translation>Aún no hay copias: Archivo ▸ Copia de seguridad ahora… crea una.</translation>
    </message>
</context>
<context>
    <name>files.preferences</name>
    <message>
        <source>Backup settings</source>
        <translation>Configuración de copias de seguridad</translation>
    </message>
    <message>
        <source>the MentorDesk data folder</source>
        <translation>la carpeta de datos de MentorDesk</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Back up to:</source>
        <translation>Copiar en:</translation>
    </message>
    <message>
        <source>Daily backups kept:</source>
        <translation>Copias diarias conservadas:</translation>
    </message>
    <message>
        <source>Weekly backups kept:</source>
        <translation>Copias semanales conservadas:</translation>
    </message>
    <message>
        <source>Monthly backups kept:</source>
        <translation>Copias mensuales conservadas:</translation>
    </message>
</context>
<context>
    <name>files.server</name>
    <message>
        <source>Connect to server</source>
        <translation>Conectar con el servidor</translation>
    </message>
    <message>
        <source>A district&apos;s MentorDesk database on a PostgreSQL server. The password is asked when the server needs one (or read from ~/.pgpass).</source>
        <translation>La base de datos de MentorDesk de un distrito en un servidor PostgreSQL. La contraseña se pide cuando el servidor la necesita (o se lee de ~/.pgpass).</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>db.district.example</source>
        <translation>db.distrito.example</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Archivo del certificado de la CA</translation>
    </message>
    <message>
        <source>optional: the server&apos;s CA certificate (.pem, .crt)</source>
        <translation>opcional: el certificado de la CA del servidor (.pem, .crt)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Remember the password in this computer&apos;s keyring</source>
        <translation>Recordar la contraseña en el llavero de este ordenador</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Archivo de la &amp;CA:</translation>
    </message>
    <message>
        <source>The server&apos;s CA certificate</source>
        <translation>El certificado de la CA del servidor</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos (*)</translation>
    </message>
    <message>
        <source>Give the server&apos;s name or address.</source>
        <translation>Indique el nombre o la dirección del servidor.</translation>
    </message>
    <message>
        <source>Give the database&apos;s name.</source>
        <translation>Indique el nombre de la base de datos.</translation>
    </message>
    <message>
        <source>Give your user name on the server.</source>
        <translation>Indique su nombre de usuario en el servidor.</translation>
    </message>
    <message>
        <source>The CA file does not exist.</source>
        <translation>El archivo de la CA no existe.</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Contraseña del servidor</translation>
    </message>
    <message>
        <source>The password of {user} for {server}:</source>
        <translation>La contraseña de {user} para {server}:</translation>
    </message>
    <message>
        <source>your user</source>
        <translation>su usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Remember it in this computer&apos;s keyring</source>
        <translation>Recordarla en el llavero de este ordenador</translation>
    </message>
</context>
<context>
    <name>files.transfer</name>
    <message>
        <source>Programs</source>
        <extracomment>What each copied table holds, as the report names it (the CLI prints the table names). A test checks every table the transfer copies has a name here.</extracomment>
        <translation>Programas</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <source>Membership changes</source>
        <translation>Cambios de inscripción</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>Tutores</translation>
    </message>
    <message>
        <source>Screenings</source>
        <translation>Verificaciones</translation>
    </message>
    <message>
        <source>Screening references</source>
        <translation>Referencias de verificación</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Formaciones</translation>
    </message>
    <message>
        <source>Matching exclusions</source>
        <translation>Exclusiones de emparejamiento</translation>
    </message>
    <message>
        <source>Match proposals</source>
        <translation>Propuestas de emparejamiento</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Parejas</translation>
    </message>
    <message>
        <source>Pair members</source>
        <translation>Miembros de parejas</translation>
    </message>
    <message>
        <source>Pair history entries</source>
        <translation>Entradas del historial de parejas</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Goal progress notes</source>
        <translation>Notas de avance de objetivos</translation>
    </message>
    <message>
        <source>Action steps</source>
        <translation>Pasos de acción</translation>
    </message>
    <message>
        <source>Development plans</source>
        <translation>Planes de desarrollo</translation>
    </message>
    <message>
        <source>Closures</source>
        <translation>Cierres</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Entradas del registro de auditoría</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Copied: {programs}</source>
        <translation>Copiado: {programs}</translation>
    </message>
    <message>
        <source>Already in the target (left as they are): {programs}</source>
        <translation>Ya estaban en el destino (se dejan como están): {programs}</translation>
    </message>
    <message>
        <source>{records}: {count}</source>
        <translation>{records}: {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) already in the target, reused</source>
        <translation>
            <numerusform>%n persona ya estaba en el destino, reutilizada</numerusform>
            <numerusform>%n personas ya estaban en el destino, reutilizadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy programs to</source>
        <translation>Copiar programas en</translation>
    </message>
    <message>
        <source>MentorDesk (*.sqlite)</source>
        <translation>MentorDesk (*.sqlite)</translation>
    </message>
    <message>
        <source>Cancelled: nothing was copied</source>
        <translation>Cancelado: no se copió nada</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Copiando…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The copy failed; nothing was copied (see the log)</source>
        <translation>La copia falló; no se copió nada (vea el registro)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>help.about</name>
    <message>
        <source>see its files</source>
        <translation>ver sus archivos</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>ninguno abierto</translation>
    </message>
    <message>
        <source>About MentorDesk</source>
        <translation>Acerca de MentorDesk</translation>
    </message>
</context>
<context>
    <name>help.guide</name>
    <message>
        <source>Getting started with MentorDesk</source>
        <extracomment>The order a coordinator reads them in; any other guide follows alphabetically. Files in docs/ that are not user guides. Developers&apos; notes live in docs/dev/ (the guides&apos; notes for developers in docs/dev/guides/), which the help never lists. Each English guide&apos;s first heading, for the list when the guide has no translation yet (a test checks this table against the files, so a new guide gets a translated title).</extracomment>
        <translation>Primeros pasos con MentorDesk</translation>
    </message>
    <message>
        <source>The main window and the roster</source>
        <translation>La ventana principal y la lista</translation>
    </message>
    <message>
        <source>Spreadsheet import and export</source>
        <translation>Importar y exportar hojas de cálculo</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Emparejamiento</translation>
    </message>
    <message>
        <source>Pairs: agreement, goals, meetings, check-ins, IDP, closure</source>
        <translation>Parejas: acuerdo, objetivos, reuniones, seguimientos, PDI, cierre</translation>
    </message>
    <message>
        <source>Print-ready documents</source>
        <translation>Documentos listos para imprimir</translation>
    </message>
    <message>
        <source>Reports: program measures, charts, year over year, funder export, rollover</source>
        <translation>Informes: medidas del programa, gráficos, comparación anual, exportación para financiadores, nuevo ciclo</translation>
    </message>
    <message>
        <source>Keeping the file safe: opening, writing, backups and restore</source>
        <translation>Mantener el archivo a salvo: abrir, guardar, copias y restauración</translation>
    </message>
    <message>
        <source>Privacy: files only you can read, encryption, a person&apos;s data, erasure, retention</source>
        <translation>Privacidad: archivos que solo usted puede leer, cifrado, datos de una persona, borrado, conservación</translation>
    </message>
    <message>
        <source>Safeguarding rules, unsaved edits, settings and dates</source>
        <translation>Reglas de protección, cambios sin guardar, ajustes y fechas</translation>
    </message>
    <message>
        <source>MentorDesk user guide</source>
        <extracomment>The language the file is written in (&quot;en&quot; when a translation is missing).</extracomment>
        <translation>Guía de usuario de MentorDesk</translation>
    </message>
    <message>
        <source>Search the guides</source>
        <translation>Buscar en las guías</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Guías</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Texto de la guía</translation>
    </message>
    <message>
        <source>This guide is not translated into {language} yet: it is shown in English.</source>
        <translation>Esta guía aún no está traducida ({language}): se muestra en inglés.</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>MentorDesk files (*.sqlite *.mentordesk *.db);;All files (*)</source>
        <translation>Archivos de MentorDesk (*.sqlite *.mentordesk *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Roster: the program&apos;s participants, screening and guardians; import, export and print</source>
        <translation>Lista: los participantes del programa, verificación y tutores; importar, exportar e imprimir</translation>
    </message>
    <message>
        <source>Matching: propose mentor–mentee pairs, review them and approve</source>
        <translation>Emparejamiento: proponer parejas mentor–mentorado, revisarlas y aprobarlas</translation>
    </message>
    <message>
        <source>Pairs: each pair&apos;s agreement, goals, meetings and check-ins; what is due this week</source>
        <translation>Parejas: el acuerdo, objetivos, reuniones y seguimientos de cada pareja; lo pendiente esta semana</translation>
    </message>
    <message>
        <source>Reports: the program&apos;s measures and charts, comparison, summary PDF</source>
        <translation>Informes: las medidas y gráficos del programa, comparación, resumen en PDF</translation>
    </message>
    <message>
        <source>Program</source>
        <extracomment>The database is attached and the roster filled (the start-up benchmark waits for it). The roster&apos;s rows are first on screen: read before the file was opened (`show_early_roster`), or with it (`attach_database`).</extracomment>
        <translation>Programa</translation>
    </message>
    <message>
        <source>  Program: </source>
        <translation>  Programa: </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>&amp;Matching</source>
        <translation>&amp;Emparejamiento</translation>
    </message>
    <message>
        <source>&amp;Pairs</source>
        <translation>&amp;Parejas</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>The file opened on another program: “{action}” was not done.</source>
        <extracomment>Called once after the first paint instead of loading from ctx.db (the application sets it to open the file in the background, then calls attach_database).</extracomment>
        <translation>El archivo se abrió en otro programa: «{action}» no se hizo.</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Abriendo {name}…</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>{tip} (Ctrl+{v1})</source>
        <translation>{tip} (Ctrl+{v1})</translation>
    </message>
    <message>
        <source>Protect with &amp;passphrase…</source>
        <translation>Proteger con &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation>&amp;Conservación…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de usuario</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>  (archived)</source>
        <translation>  (archivado)</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <source>restored from the archive</source>
        <translation>restaurado desde el archivo</translation>
    </message>
    <message>
        <source>Program {verb}.</source>
        <translation>Programa {verb}.</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Conectar con el &amp;servidor…</translation>
    </message>
    <message>
        <source>Open a district&apos;s MentorDesk database on a PostgreSQL server</source>
        <translation>Abrir la base de datos de MentorDesk de un distrito en un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Conectar con el servidor</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>&amp;Copia de seguridad ahora…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <source>Backup &amp;Settings…</source>
        <translation>&amp;Configuración de copias…</translation>
    </message>
    <message>
        <source>&amp;Transfer Programs…</source>
        <translation>&amp;Transferir programas…</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Copia de seguridad en {path}</translation>
    </message>
    <message>
        <source> The previous content was kept as {name}.</source>
        <translation> El contenido anterior se conservó como {name}.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>{name} was restored.{note}</source>
        <translation>{name} se restauró.{note}</translation>
    </message>
    <message>
        <source>New MentorDesk file</source>
        <translation>Nuevo archivo de MentorDesk</translation>
    </message>
    <message>
        <source>New file</source>
        <translation>Nuevo archivo</translation>
    </message>
    <message>
        <source>{path} already exists. Use File ▸ Open to open it.</source>
        <translation>{path} ya existe. Use Archivo ▸ Abrir para abrirlo.</translation>
    </message>
    <message>
        <source>Open MentorDesk file</source>
        <translation>Abrir archivo de MentorDesk</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Abrir reciente</translation>
    </message>
    <message>
        <source>{path} no longer exists.</source>
        <translation>{path} ya no existe.</translation>
    </message>
</context>
<context>
    <name>matching.actions</name>
    <message>
        <source>Matching…</source>
        <translation>Emparejando…</translation>
    </message>
    <message>
        <source>Proposal ready: {summary}.</source>
        <translation>Propuesta lista: {summary}.</translation>
    </message>
    <message numerus="yes">
        <source> %n pin(s) no longer hold and will not be approved: </source>
        <translation>
            <numerusform> %n fijación ya no es válida y no se aprobará: </numerusform>
            <numerusform>%n fijaciones ya no son válidas y no se aprobarán: </numerusform>
        </translation>
    </message>
    <message>
        <source>Matching cancelled; the previous drafts are unchanged.</source>
        <translation>Emparejamiento cancelado; los borradores anteriores no cambian.</translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation>Aprobando…</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n pair(s); they are now active.</source>
        <translation>
            <numerusform>%n pareja aprobada; ya está activa.</numerusform>
            <numerusform>%n parejas aprobadas; ya están activas.</numerusform>
        </translation>
    </message>
    <message>
        <source> Not approved ({v0}): </source>
        <translation> No aprobadas ({v0}): </translation>
    </message>
    <message>
        <source>Approval cancelled; no pair was created.</source>
        <translation>Aprobación cancelada; no se creó ninguna pareja.</translation>
    </message>
    <message>
        <source>excluded by the coordinator</source>
        <translation>excluida por el coordinador</translation>
    </message>
    <message>
        <source>Saved by {saved_by} while you were editing; nothing was saved. Close to keep theirs, or OK again to save yours over them.</source>
        <translation>Guardado por {saved_by} mientras usted editaba; no se guardó nada. Cierre para conservar la versión guardada, o pulse Aceptar de nuevo para guardar la suya encima.</translation>
    </message>
    <message>
        <source>Rotation: {rounds} rounds, no pair meets twice, {breaks} breaks; {quality}.</source>
        <translation>Rotación: {rounds} rondas, ninguna pareja se repite, {breaks} descansos; {quality}.</translation>
    </message>
    <message>
        <source>Export rotation</source>
        <translation>Exportar rotación</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write {path}: {strerror}</source>
        <translation>No se puede escribir {path}: {strerror}</translation>
    </message>
    <message>
        <source>Rotation saved to {path}.</source>
        <translation>Rotación guardada en {path}.</translation>
    </message>
</context>
<context>
    <name>matching.commands</name>
    <message>
        <source>Run matcher ({matched} pairs)</source>
        <translation>Ejecutar emparejamiento ({matched} parejas)</translation>
    </message>
    <message>
        <source>Pin {pair}</source>
        <extracomment>Edit ▸ Undo&apos;s text for each draft action (translated where shown).</extracomment>
        <translation>Fijar {pair}</translation>
    </message>
    <message>
        <source>Unpin {pair}</source>
        <translation>Soltar {pair}</translation>
    </message>
    <message>
        <source>Reject {pair}</source>
        <translation>Rechazar {pair}</translation>
    </message>
    <message>
        <source>Restore {pair}</source>
        <translation>Restaurar {pair}</translation>
    </message>
    <message>
        <source>Exclude {a_name} / {b_name}</source>
        <translation>Excluir {a_name} / {b_name}</translation>
    </message>
    <message>
        <source>Remove exclusion {a_name} / {b_name}</source>
        <translation>Quitar la exclusión {a_name} / {b_name}</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n pair(s)</source>
        <translation>
            <numerusform>Aprobar %n pareja</numerusform>
            <numerusform>Aprobar %n parejas</numerusform>
        </translation>
    </message>
    <message>
        <source>Change matching weights</source>
        <translation>Cambiar los pesos del emparejamiento</translation>
    </message>
    <message>
        <source>Matching weights changed</source>
        <translation>Ponderaciones de emparejamiento cambiadas</translation>
    </message>
    <message>
        <source>The matching weights were saved by {saved_by} after this step. Put this step&apos;s weights back over theirs?</source>
        <translation>Las ponderaciones de emparejamiento fueron guardadas por {saved_by} después de este paso. ¿Restablecer las de este paso encima de las suyas?</translation>
    </message>
    <message>
        <source>Matching failed: {error}</source>
        <translation>Falló el emparejamiento: {error}</translation>
    </message>
</context>
<context>
    <name>matching.models</name>
    <message>
        <source>pin no longer valid</source>
        <translation>fijación ya no válida</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentorado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>elegible</translation>
    </message>
    <message>
        <source>can be matched</source>
        <translation>se pueden emparejar</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libres</translation>
    </message>
    <message>
        <source>{free} of {capacity}</source>
        <translation>{free} de {capacity}</translation>
    </message>
    <message>
        <source>capacity {capacity}, {used} in live pairs, {pinned} pinned</source>
        <translation>capacidad {capacity}, {used} en parejas activas, {pinned} fijados</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>{proposed} proposed, {pinned} pinned</source>
        <translation>{proposed} propuestas, {pinned} fijadas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Never with</source>
        <translation>Nunca con</translation>
    </message>
    <message>
        <source>{mentee_name}: score {score:.0f}</source>
        <translation>{mentee_name}: puntuación {score:.0f}</translation>
    </message>
    <message>
        <source>Table · mentor</source>
        <translation>Mesa · mentor</translation>
    </message>
    <message>
        <source>Round {section}</source>
        <translation>Ronda {section}</translation>
    </message>
</context>
<context>
    <name>matching.view</name>
    <message>
        <source>Rotation schedule</source>
        <translation>Calendario de rotación</translation>
    </message>
    <message>
        <source>Proposed pairs</source>
        <translation>Parejas propuestas</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentorados</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentores</translation>
    </message>
    <message>
        <source>Unmatched mentees</source>
        <translation>Mentorados sin emparejar</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>Exclusiones</translation>
    </message>
    <message>
        <source>Candidate mentors</source>
        <translation>Mentores candidatos</translation>
    </message>
    <message>
        <source>Flash rotation schedule</source>
        <translation>Calendario de rotación flash</translation>
    </message>
    <message>
        <source>Filter the proposal</source>
        <translation>Filtrar la propuesta</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rondas</translation>
    </message>
    <message>
        <source>Mentees per table</source>
        <translation>Mentorados por mesa</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Re-match &amp;paired</source>
        <translation>Volver a emparejar &amp;emparejados</translation>
    </message>
    <message>
        <source>Build the rotation first (Build rotation).</source>
        <translation>Primero cree la rotación (Crear rotación).</translation>
    </message>
    <message>
        <source>Choose or create a program to match its participants.</source>
        <translation>Elija o cree un programa para emparejar a sus participantes.</translation>
    </message>
    <message>
        <source>Loading the participants…</source>
        <translation>Cargando los participantes…</translation>
    </message>
    <message>
        <source>Unmatched ({v0})</source>
        <translation>Sin emparejar ({v0})</translation>
    </message>
    <message>
        <source>Excluded ({v0})</source>
        <translation>Excluidos ({v0})</translation>
    </message>
    <message>
        <source>Proposal ({v0})</source>
        <translation>Propuesta ({v0})</translation>
    </message>
    <message>
        <source>&lt;br&gt;{note}</source>
        <translation>&lt;br&gt;{note}</translation>
    </message>
    <message>
        <source>Select a draft or a mentee to see the candidate mentors.</source>
        <translation>Elija un borrador o un mentorado para ver los mentores candidatos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({value}): {eligible_mentees} mentees and {eligible_mentors} mentors can be matched, {slots} free mentor places. </source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({value}): se pueden emparejar {eligible_mentees} mentorados y {eligible_mentors} mentores, {slots} plazas libres de mentor. </translation>
    </message>
    <message>
        <source>No proposal yet: choose the objective and press &lt;i&gt;Run matcher&lt;/i&gt;.</source>
        <translation>Aún no hay propuesta: elija el objetivo y pulse &lt;i&gt;Ejecutar emparejamiento&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>Drafts: {drafts} ({pinned} pinned), total score {total}; {unmatched} unmatched after the last run.</source>
        <translation>Borradores: {drafts} ({pinned} fijados), puntuación total {total}; {unmatched} sin emparejar tras la última ejecución.</translation>
    </message>
    <message>
        <source>Pin {name} to {v1}; re-runs keep it.</source>
        <translation>Fijar a {name} con {v1}; las nuevas ejecuciones lo mantienen.</translation>
    </message>
    <message>
        <source>Select a candidate mentor to pin to this mentee.</source>
        <translation>Elija un mentor candidato para fijarlo a este mentorado.</translation>
    </message>
    <message>
        <source>Cannot pin {name}: </source>
        <translation>No se puede fijar a {name}: </translation>
    </message>
    <message>
        <source>{name} is already pinned to {mentee_name}.</source>
        <translation>{name} ya está fijado a {mentee_name}.</translation>
    </message>
    <message>
        <source>{mentee_name} is already pinned to {mentor_name}; unpin that first.</source>
        <translation>{mentee_name} ya está fijado a {mentor_name}; suéltelo primero.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Candidates for {v0}&lt;/b&gt; …</source>
        <translation>&lt;b&gt;Candidatos para {v0}&lt;/b&gt; …</translation>
    </message>
    <message>
        <source>&lt;b&gt;Candidates for {v0}&lt;/b&gt; — {eligible} eligible of {v2} mentors, best first. Pick one and “Use this mentor” to swap.</source>
        <translation>&lt;b&gt;Candidatos para {v0}&lt;/b&gt; — {eligible} elegibles de {v2} mentores, los mejores primero. Elija uno y «Usar este mentor» para cambiar.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{v0}&lt;/b&gt;&lt;br&gt;Score &lt;b&gt;{score_text}&lt;/b&gt; / 100: a neutral 50, plus or minus each criterion&apos;s points:&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{v0}&lt;/b&gt;&lt;br&gt;Puntuación &lt;b&gt;{score_text}&lt;/b&gt; / 100: un 50 neutro, más o menos los puntos de cada criterio:&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>matching.weights_dialog</name>
    <message>
        <source>Matching criteria and weights — {value} program</source>
        <extracomment>The program&apos;s version these values were read at (a save over a newer one is refused).</extracomment>
        <translation>Criterios y pesos del emparejamiento — programa {value}</translation>
    </message>
    <message>
        <source>Restore defaults for {value}</source>
        <translation>Restaurar los valores predeterminados de {value}</translation>
    </message>
    <message>
        <source>Give at least one criterion a weight above 0.</source>
        <translation>Dé a al menos un criterio un peso mayor que 0.</translation>
    </message>
</context>
<context>
    <name>pairs.commands</name>
    <message>
        <source>Not done: {action}</source>
        <translation>No se hizo: {action}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Edit agreement</source>
        <translation>Editar acuerdo</translation>
    </message>
    <message>
        <source>Edit IDP</source>
        <translation>Editar PDI</translation>
    </message>
    <message>
        <source>Activate pair</source>
        <extracomment>The title of each status change (Edit ▸ Undo, the reason prompt), translated where shown.</extracomment>
        <translation>Activar pareja</translation>
    </message>
    <message>
        <source>Pause pair</source>
        <translation>Pausar pareja</translation>
    </message>
    <message>
        <source>Resume pair</source>
        <translation>Reanudar pareja</translation>
    </message>
    <message>
        <source>Reopen pair</source>
        <translation>Reabrir pareja</translation>
    </message>
    <message>
        <source>Close pair</source>
        <translation>Cerrar pareja</translation>
    </message>
</context>
<context>
    <name>pairs.dialogs</name>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>this record</source>
        <extracomment>What the unsaved-changes question calls this form.</extracomment>
        <translation>este registro</translation>
    </message>
    <message>
        <source>this meeting</source>
        <translation>esta reunión</translation>
    </message>
    <message>
        <source>this check-in</source>
        <translation>este seguimiento</translation>
    </message>
    <message>
        <source>Action step</source>
        <translation>Paso de acción</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>this goal</source>
        <translation>este objetivo</translation>
    </message>
    <message>
        <source>1 (high)</source>
        <translation>1 (alta)</translation>
    </message>
    <message>
        <source>2 (medium)</source>
        <translation>2 (media)</translation>
    </message>
    <message>
        <source>3 (low)</source>
        <translation>3 (baja)</translation>
    </message>
    <message>
        <source>Due: a date like 2026-12-01. Status: to do, in progress or done.</source>
        <translation>Vence: una fecha como 2026-12-01. Estado: to do, in progress o done.</translation>
    </message>
    <message>
        <source>Step {step}: the due date “{text}” is not a date like 2026-12-01</source>
        <translation>Paso {step}: la fecha límite «{text}» no es una fecha como 2026-12-01</translation>
    </message>
    <message>
        <source>bad date</source>
        <translation>fecha incorrecta</translation>
    </message>
    <message>
        <source>Step {v0}: status must be one of {allowed}</source>
        <translation>Paso {v0}: el estado debe ser uno de {allowed}</translation>
    </message>
    <message>
        <source>bad status</source>
        <translation>estado incorrecto</translation>
    </message>
    <message>
        <source>this progress entry</source>
        <translation>esta entrada de progreso</translation>
    </message>
    <message>
        <source>Log progress: {v0}</source>
        <translation>Registrar progreso: {v0}</translation>
    </message>
    <message>
        <source>the closure</source>
        <translation>el cierre</translation>
    </message>
    <message>
        <source>completed as planned</source>
        <translation>completada según lo previsto</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>terminada antes de tiempo</translation>
    </message>
</context>
<context>
    <name>pairs.form_tabs</name>
    <message>
        <source>Someone else saved this agreement meanwhile: saving will show the difference.</source>
        <extracomment>The version the form was filled from (core/concurrency.py).</extracomment>
        <translation>Otra persona guardó este acuerdo mientras tanto: al guardar verá la diferencia.</translation>
    </message>
    <message>
        <source>Agreement {value}.</source>
        <translation>Acuerdo {value}.</translation>
    </message>
    <message>
        <source>Pre-filled from the program&apos;s defaults, not saved yet: adjust and save.</source>
        <translation>Prerrellenado con los valores del programa, aún sin guardar: ajústelo y guárdelo.</translation>
    </message>
    <message>
        <source>Guardian signed</source>
        <translation>Firma del tutor</translation>
    </message>
    <message>
        <source>Guardian signed (adults: not needed)</source>
        <translation>Firma del tutor (adultos: no hace falta)</translation>
    </message>
    <message>
        <source>IDP</source>
        <translation>PDI</translation>
    </message>
    <message>
        <source>&lt;i&gt;No goals yet: add them in the Goals tab.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aún no hay objetivos: añádalos en la pestaña Objetivos.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Reloaded the version saved by {saved_by}.</source>
        <translation>Se recargó la versión guardada por {saved_by}.</translation>
    </message>
    <message>
        <source>Individual Development Plan of {mentee_name}.</source>
        <translation>Plan de desarrollo individual de {mentee_name}.</translation>
    </message>
    <message>
        <source> Not saved yet: fill in and save.</source>
        <translation> Aún no guardado: complételo y guárdelo.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{statement}&lt;/b&gt; ({percent} %)&lt;br&gt;Action plan: {plan}&lt;br&gt;Resources: {resources}&lt;br&gt;Mentor&apos;s role: {role}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{statement}&lt;/b&gt; ({percent} %)&lt;br&gt;Plan de acción: {plan}&lt;br&gt;Recursos: {resources}&lt;br&gt;Papel del mentor: {role}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;No IDP goals yet: in the Goals tab, tick “Part of the mentee&apos;s IDP”.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aún no hay objetivos en el PDI: en la pestaña Objetivos, marque «Parte del PDI del mentorado».&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>pairs.goals_tab</name>
    <message numerus="yes">
        <source>%n goal(s), {done} completed</source>
        <translation>
            <numerusform>%n objetivo, {done} cumplidos</numerusform>
            <numerusform>%n objetivos, {done} cumplidos</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;No goal selected.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Ningún objetivo seleccionado.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Añadir objetivo</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Editar objetivo</translation>
    </message>
    <message>
        <source>Log progress</source>
        <translation>Registrar progreso</translation>
    </message>
    <message>
        <source>Select a goal first.</source>
        <translation>Elija primero un objetivo.</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Eliminar objetivo</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;i&gt;none yet&lt;/i&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;i&gt;ninguno todavía&lt;/i&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;i&gt;no progress logged&lt;/i&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;i&gt;sin progreso registrado&lt;/i&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>Medida del éxito</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha objetivo</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source> on {date}</source>
        <translation> el {date}</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Mentor&apos;s role</source>
        <translation>Papel del mentor</translation>
    </message>
    <message>
        <source>In the IDP</source>
        <translation>En el PDI</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{v0}&lt;/h3&gt;&lt;table&gt;{table}&lt;/table&gt;&lt;p&gt;&lt;b&gt;Action steps&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{steps}&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Progress log&lt;/b&gt; (latest {percent} %)&lt;/p&gt;&lt;ul&gt;{log}&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;{v0}&lt;/h3&gt;&lt;table&gt;{table}&lt;/table&gt;&lt;p&gt;&lt;b&gt;Pasos de acción&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{steps}&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Registro de progreso&lt;/b&gt; (último {percent} %)&lt;/p&gt;&lt;ul&gt;{log}&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>pairs.models</name>
    <message numerus="yes">
        <source> and %n more reason(s)</source>
        <translation>
            <numerusform> y %n motivo más</numerusform>
            <numerusform> y %n motivos más</numerusform>
        </translation>
    </message>
    <message>
        <source> (minor)</source>
        <translation> (menor)</translation>
    </message>
    <message>
        <source> overdue</source>
        <translation> vencido</translation>
    </message>
    <message>
        <source>Confidential: </source>
        <translation>Confidencial: </translation>
    </message>
    <message>
        <source>resolved </source>
        <translation>resuelta </translation>
    </message>
    <message>
        <source>⚠ OPEN</source>
        <translation>⚠ ABIERTA</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
</context>
<context>
    <name>pairs.printing</name>
    <message>
        <source>Only for a pair closed as completed</source>
        <translation>Solo para una pareja cerrada como completada</translation>
    </message>
    <message>
        <source>Mentoring agreement</source>
        <translation>Acuerdo de mentoría</translation>
    </message>
    <message>
        <source>Pair status sheet</source>
        <translation>Ficha de la pareja</translation>
    </message>
    <message>
        <source>Certificate of completion</source>
        <translation>Certificado de finalización</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>&amp;Acuerdo</translation>
    </message>
    <message>
        <source>&amp;IDP</source>
        <translation>&amp;PDI</translation>
    </message>
    <message>
        <source>Pair &amp;status sheet</source>
        <translation>&amp;Ficha de la pareja</translation>
    </message>
    <message>
        <source>&amp;Certificate of completion</source>
        <translation>&amp;Certificado de finalización</translation>
    </message>
    <message>
        <source>Individual Development Plan — {name}</source>
        <translation>Plan de desarrollo individual — {name}</translation>
    </message>
    <message>
        <source>&amp;IDP of {name}</source>
        <translation>&amp;PDI de {name}</translation>
    </message>
    <message>
        <source>&amp;IDPs of the mentees</source>
        <translation>&amp;PDI de los mentorados</translation>
    </message>
</context>
<context>
    <name>pairs.rules</name>
    <message>
        <source>Change cadence rules</source>
        <translation>Cambiar las reglas de frecuencia</translation>
    </message>
</context>
<context>
    <name>pairs.summaries</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n meeting(s) held, {hours} hours&lt;/b&gt; · cadence target every {cadence_days} days: {label} · {cancelled} cancelled or no-show</source>
        <translation>
            <numerusform>&lt;b&gt;%n reunión celebrada, {hours} horas&lt;/b&gt; · objetivo de frecuencia cada {cadence_days} días: {label} · {cancelled} canceladas o sin asistencia</numerusform>
            <numerusform>&lt;b&gt;%n reuniones celebradas, {hours} horas&lt;/b&gt; · objetivo de frecuencia cada {cadence_days} días: {label} · {cancelled} canceladas o sin asistencia</numerusform>
        </translation>
    </message>
    <message>
        <source> · next planned {v0}</source>
        <translation> · próxima planificada {v0}</translation>
    </message>
    <message>
        <source> · next meeting due {v0}</source>
        <translation> · próxima reunión prevista {v0}</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;</source>
        <translation>&lt;b style=&apos;color:#b00020&apos;&gt;</translation>
    </message>
    <message>
        <source>Next check-in {red}overdue since {when}&lt;/b&gt;</source>
        <translation>Próximo seguimiento {red}vencido desde el {when}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Next check-in due {when}</source>
        <translation>Próximo seguimiento el {when}</translation>
    </message>
    <message>
        <source>First check-in due 2 days after the first meeting</source>
        <translation>Primer seguimiento 2 días después de la primera reunión</translation>
    </message>
    <message>
        <source>guardian check-in {red}overdue since {when}&lt;/b&gt;</source>
        <translation>seguimiento del tutor {red}vencido desde el {when}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>guardian check-in due {when}</source>
        <translation>seguimiento del tutor el {when}</translation>
    </message>
    <message>
        <source>latest rating {latest_rating}/5</source>
        <translation>última valoración {latest_rating}/5</translation>
    </message>
    <message numerus="yes">
        <source>{red}%n open safety concern(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>{red}%n inquietud de seguridad abierta&lt;/b&gt;</numerusform>
            <numerusform>{red}%n inquietudes de seguridad abiertas&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>No check-ins due (the pair is not active).</source>
        <translation>No hay seguimientos pendientes (la pareja no está activa).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Match score:&lt;/b&gt; —</source>
        <translation>&lt;b&gt;Puntuación:&lt;/b&gt; —</translation>
    </message>
    <message>
        <source>&lt;b&gt;Match score {score:.0f}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Puntuación {score:.0f}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#707070&apos;&gt;approved by {v0}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#707070&apos;&gt;aprobada por {v0}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>weight {weight}</source>
        <translation>peso {weight}</translation>
    </message>
</context>
<context>
    <name>pairs.tabs</name>
    <message>
        <source>Notes in amber are confidential: never printed or exported</source>
        <translation>Las notas en ámbar son confidenciales: nunca se imprimen ni se exportan</translation>
    </message>
    <message>
        <source>Add {noun}…</source>
        <translation>Añadir {noun}…</translation>
    </message>
    <message>
        <source>Add {noun}</source>
        <translation>Añadir {noun}</translation>
    </message>
    <message>
        <source>Edit {noun}</source>
        <translation>Editar {noun}</translation>
    </message>
    <message>
        <source>Delete {noun}</source>
        <translation>Eliminar {noun}</translation>
    </message>
    <message>
        <source>completed as planned</source>
        <translation>completada según lo previsto</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>terminada antes de tiempo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Closed on {date}: {kind}&lt;/b&gt;&lt;br&gt;Reason: {reason} · initiated by {who} · rematch: {rematch}&lt;br&gt;Mentor&apos;s exit feedback: {mentor_feedback}&lt;br&gt;Mentee&apos;s exit feedback: {mentee_feedback}</source>
        <translation>&lt;b&gt;Cerrada el {date}: {kind}&lt;/b&gt;&lt;br&gt;Motivo: {reason} · iniciada por {who} · nuevo emparejamiento: {rematch}&lt;br&gt;Valoración final del mentor: {mentor_feedback}&lt;br&gt;Valoración final del mentorado: {mentee_feedback}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Paused&lt;/b&gt;: {reason}</source>
        <translation>&lt;b&gt;En pausa&lt;/b&gt;: {reason}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>&lt;b&gt;The pair is {value}.&lt;/b&gt; Close it here when it ends.</source>
        <translation>&lt;b&gt;La pareja está {value}.&lt;/b&gt; Ciérrela aquí cuando termine.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:#707070&apos;&gt;Earlier closure {v0} ({v1}), reopened {v2}&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#707070&apos;&gt;Cierre anterior {v0} ({v1}), reabierta {v2}&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>pairs.view</name>
    <message>
        <source>All statuses</source>
        <extracomment>How long after the list is first shown the detail&apos;s tabs are built (milliseconds).</extracomment>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>mentor, mentee</source>
        <translation>mentor, mentorado</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>reunión</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>IDP</source>
        <translation>PDI</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>No program selected</source>
        <translation>Ningún programa seleccionado</translation>
    </message>
    <message>
        <source>Loading the pairs…</source>
        <translation>Cargando las parejas…</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Pendiente esta semana</translation>
    </message>
    <message>
        <source>Due in the next {days} days</source>
        <translation>Vence en los próximos {days} días</translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n item(s), {overdue} overdue</source>
        <translation>
            <numerusform>{title}: %n elemento, {overdue} vencidos</numerusform>
            <numerusform>{title}: %n elementos, {overdue} vencidos</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} pairs · {risky} at risk</source>
        <translation>{shown} de {total} parejas · {risky} en riesgo</translation>
    </message>
    <message>
        <source>the agreement</source>
        <translation>el acuerdo</translation>
    </message>
    <message>
        <source>the IDP</source>
        <translation>el PDI</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Pareja</translation>
    </message>
    <message>
        <source> &amp;lt;{v0}&amp;gt;</source>
        <translation> &amp;lt;{v0}&amp;gt;</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:{v0}&apos;&gt;(minor)&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:{v0}&apos;&gt;(menor)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&amp;nbsp;&amp;nbsp;Guardian: {v0}</source>
        <translation>&lt;br&gt;&amp;nbsp;&amp;nbsp;Tutor: {v0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status: {value}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Estado: {value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Started {v0} · planned end {v1}&lt;br&gt;Meetings: {label}, {hours:.1f} h · target every {cadence_days} days</source>
        <translation>&lt;br&gt;Inicio {v0} · fin previsto {v1}&lt;br&gt;Reuniones: {label}, {hours:.1f} h · objetivo cada {cadence_days} días</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:{v0}&apos;&gt;⚠ Needs attention:&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;b style=&apos;color:{v0}&apos;&gt;⚠ Requiere atención:&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;On track.&lt;/b&gt;&lt;/span&gt; Next check-in due {checkin}; next meeting due {meeting}.</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;Va bien.&lt;/b&gt;&lt;/span&gt; Próximo seguimiento el {checkin}; próxima reunión el {meeting}.</translation>
    </message>
    <message>
        <source>Why is the pair pausing?</source>
        <translation>¿Por qué se pausa la pareja?</translation>
    </message>
    <message>
        <source>Why is it resuming?</source>
        <translation>¿Por qué se reanuda?</translation>
    </message>
    <message>
        <source>Why is the pair reopened?</source>
        <translation>¿Por qué se reabre la pareja?</translation>
    </message>
    <message>
        <source>{v0} pair — screening</source>
        <translation>Pareja {v0} — verificación</translation>
    </message>
    <message>
        <source>This pair should not start yet:
• </source>
        <translation>Esta pareja aún no debería empezar:
• </translation>
    </message>
    <message>
        <source>

To go ahead anyway, say why (kept in the audit log):</source>
        <translation>

Para seguir de todos modos, indique el motivo (queda en el registro de auditoría):</translation>
    </message>
    <message>
        <source>Go ahead anyway</source>
        <translation>Seguir de todos modos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Without a reason the pair keeps its status.</source>
        <translation>Sin un motivo, la pareja conserva su estado.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>No e-mail program is set up. The link:
</source>
        <translation>No hay ningún programa de correo configurado. El enlace:
</translation>
    </message>
    <message>
        <source>Export due items</source>
        <translation>Exportar pendientes</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
</context>
<context>
    <name>privacy.passphrase</name>
    <message>
        <source>Passphrase</source>
        <extracomment>(attempt number, message to show) → (passphrase, remember) or None when cancelled.</extracomment>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>{name} is protected with a passphrase.</source>
        <translation>{name} está protegido con una frase de contraseña.</translation>
    </message>
    <message>
        <source>Remember it in this computer&apos;s keyring</source>
        <translation>Recordarla en el llavero de este ordenador</translation>
    </message>
    <message numerus="yes">
        <source>That passphrase is not right: %n try(s) left.</source>
        <translation>
            <numerusform>Esa frase de contraseña no es correcta: queda %n intento.</numerusform>
            <numerusform>Esa frase de contraseña no es correcta: quedan %n intentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrase {TRIES} times: {name} was not opened, and nothing in it changed.</source>
        <translation>Frase de contraseña incorrecta {TRIES} veces: {name} no se abrió y no cambió nada en él.</translation>
    </message>
    <message>
        <source>Protect with passphrase</source>
        <translation>Proteger con frase de contraseña</translation>
    </message>
    <message>
        <source>The file is encrypted (SQLCipher, AES-256): without the passphrase nobody can read it, and neither can you — keep the passphrase safe. A backup is made first.</source>
        <translation>El archivo está cifrado (SQLCipher, AES-256): sin la frase de contraseña nadie puede leerlo, tampoco usted; guárdela bien. Antes se hace una copia de seguridad.</translation>
    </message>
    <message>
        <source>This file is protected with a passphrase.</source>
        <translation>Este archivo está protegido con una frase de contraseña.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Remove the protection (store the file unencrypted)</source>
        <translation>Quitar la protección (guardar el archivo sin cifrar)</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Repítala</translation>
    </message>
    <message>
        <source>At least {MIN_LENGTH} characters.</source>
        <translation>Al menos {MIN_LENGTH} caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>The file is now protected with the passphrase.</source>
        <translation>El archivo ya está protegido con la frase de contraseña.</translation>
    </message>
    <message>
        <source>The file is no longer protected with a passphrase.</source>
        <translation>El archivo ya no está protegido con frase de contraseña.</translation>
    </message>
    <message>
        <source> The previous file is kept as {name}.</source>
        <translation> El archivo anterior se conserva como {name}.</translation>
    </message>
</context>
<context>
    <name>privacy.person</name>
    <message>
        <source>Export the data held about {name}</source>
        <translation>Exportar los datos que se guardan sobre {name}</translation>
    </message>
    <message>
        <source>Readable PDF (*.pdf);;JSON (*.json)</source>
        <translation>PDF legible (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export their data</source>
        <translation>Exportar sus datos</translation>
    </message>
    <message>
        <source>Cannot write {path}: {strerror}</source>
        <translation>No se puede escribir {path}: {strerror}</translation>
    </message>
    <message>
        <source>Erase completely</source>
        <translation>Borrar por completo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Erase {v0} completely?&lt;/b&gt;</source>
        <translation>&lt;b&gt;¿Borrar a {v0} por completo?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>no program</source>
        <translation>ningún programa</translation>
    </message>
    <message>
        <source>Every record about them is deleted ({records} records, in {programs}): profile, screening, guardian and consent, IDP, goals, match proposals, and their name in the audit log. &lt;b&gt;This cannot be undone&lt;/b&gt;, not even with Edit ▸ Undo. Backups and exports made before now still hold their data.</source>
        <translation>Se elimina todo registro sobre esta persona ({records} registros, en {programs}): perfil, verificación, tutor y consentimiento, PDI, objetivos, propuestas de emparejamiento y su nombre en el registro de auditoría. &lt;b&gt;No se puede deshacer&lt;/b&gt;, ni siquiera con Editar ▸ Deshacer. Las copias y exportaciones hechas antes de ahora aún contienen sus datos.</translation>
    </message>
    <message>
        <source> and {v0} more</source>
        <translation> y {v0} más</translation>
    </message>
    <message>
        <source>Backups made before now still hold them: {shown}{more}.</source>
        <translation>Las copias hechas antes de ahora aún contienen sus datos: {shown}{more}.</translation>
    </message>
    <message numerus="yes">
        <source>Keep their %n pair(s) for the program&apos;s statistics, with “Former participant” in their place</source>
        <translation>
            <numerusform>Conservar su %n pareja para las estadísticas del programa, con «Antiguo participante» en su lugar</numerusform>
            <numerusform>Conservar sus %n parejas para las estadísticas del programa, con «Antiguo participante» en su lugar</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove their pairs completely</source>
        <translation>Quitar sus parejas por completo</translation>
    </message>
    <message>
        <source>Type their full name to confirm:</source>
        <translation>Escriba su nombre completo para confirmar:</translation>
    </message>
    <message>
        <source>Full name to confirm the erasure</source>
        <translation>Nombre completo para confirmar el borrado</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>privacy.retention</name>
    <message>
        <source>Retention</source>
        <translation>Conservación</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> years after the program ends</source>
        <translation> años después del fin del programa</translation>
    </message>
    <message>
        <source>Erase people</source>
        <translation>Borrar personas</translation>
    </message>
    <message>
        <source>A person is erased once every program they are in has passed its retention period; their pairs are kept for the statistics with “Former participant”.</source>
        <translation>Una persona se borra cuando todos sus programas han superado su periodo de conservación; sus parejas se conservan para las estadísticas con «Antiguo participante».</translation>
    </message>
    <message>
        <source>Erase them now…</source>
        <translation>Borrarlas ahora…</translation>
    </message>
    <message>
        <source>{name} — {v1} (due since {due_since})</source>
        <translation>{name} — {v1} (pendiente desde {due_since})</translation>
    </message>
    <message>
        <source>Due for erasure today: {v0}</source>
        <translation>Pendientes de borrado hoy: {v0}</translation>
    </message>
    <message>
        <source>Nobody is due today.</source>
        <translation>Hoy no hay nadie pendiente.</translation>
    </message>
    <message>
        <source>Erase completely</source>
        <translation>Borrar por completo</translation>
    </message>
    <message>
        <source>Erase these {count} people completely? This cannot be undone.</source>
        <translation>¿Borrar por completo a estas {count} personas? No se puede deshacer.</translation>
    </message>
    <message>
        <source>{v0} people are due for erasure under the retention rule: Program ▸ Retention… shows them.</source>
        <translation>{v0} personas están pendientes de borrado según la regla de conservación: Programa ▸ Conservación… las muestra.</translation>
    </message>
</context>
<context>
    <name>programs.dialog</name>
    <message>
        <source>One-on-one</source>
        <extracomment>Receives the field values (the keyword arguments of ProgramService.create/update).</extracomment>
        <translation>Uno a uno</translation>
    </message>
    <message>
        <source>Group / circle</source>
        <translation>Grupo / círculo</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Entre pares</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Inversa</translation>
    </message>
    <message>
        <source>Flash / speed</source>
        <translation>Flash / rápida</translation>
    </message>
    <message>
        <source>New program</source>
        <translation>Nuevo programa</translation>
    </message>
    <message>
        <source>Rename program</source>
        <translation>Renombrar programa</translation>
    </message>
    <message>
        <source>Program settings</source>
        <translation>Configuración del programa</translation>
    </message>
    <message>
        <source>As the system&apos;s locale (A4 or Letter)</source>
        <translation>Según la configuración regional del sistema (A4 o Carta)</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>A person&apos;s own document language, when set, comes first</source>
        <translation>El idioma de documentos propio de una persona, si lo tiene, va primero</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>el programa</translation>
    </message>
    <message>
        <source>Logo for documents</source>
        <translation>Logotipo para los documentos</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>at most 200 characters</source>
        <translation>200 caracteres como máximo</translation>
    </message>
    <message>
        <source>before the start date</source>
        <translation>antes de la fecha de inicio</translation>
    </message>
</context>
<context>
    <name>programs.preferences_dialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>These choices are for this computer and every data file. Paper, logo and the coordinator&apos;s name for one program are in Program ▸ Settings.</source>
        <translation>Estas opciones valen para este ordenador y todos los archivos de datos. El papel, el logotipo y el nombre del coordinador de un programa están en Programa ▸ Configuración.</translation>
    </message>
    <message>
        <source>the user data folder (one folder per file)</source>
        <translation>la carpeta de datos del usuario (una carpeta por archivo)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Formato de fecha</translation>
    </message>
    <message>
        <source>As the system writes them ({locale_example})</source>
        <translation>Como los escribe el sistema ({locale_example})</translation>
    </message>
    <message>
        <source>Year first, ISO (2010-11-22)</source>
        <translation>Año primero, ISO (2010-11-22)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Default paper</source>
        <translation>Papel predeterminado</translation>
    </message>
    <message>
        <source>As the system&apos;s locale</source>
        <translation>Según la configuración regional del sistema</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Como el sistema ({language})</translation>
    </message>
    <message>
        <source>A new language applies when MentorDesk starts again.</source>
        <translation>El nuevo idioma se aplica cuando MentorDesk vuelve a iniciarse.</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>esa carpeta no existe</translation>
    </message>
    <message>
        <source>the preferences</source>
        <translation>las preferencias</translation>
    </message>
</context>
<context>
    <name>reports.cards</name>
    <message>
        <source>{expected} expected in the period</source>
        <translation>{expected} esperadas en el periodo</translation>
    </message>
    <message>
        <source>— no earlier figure</source>
        <translation>— sin cifra anterior</translation>
    </message>
</context>
<context>
    <name>reports.charts</name>
    <message>
        <source> — none in this period</source>
        <translation> — ninguno en este periodo</translation>
    </message>
    <message>
        <source>Meetings held per month</source>
        <translation>Reuniones celebradas por mes</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Reuniones celebradas</translation>
    </message>
    <message>
        <source>Pairs by status at each month end</source>
        <translation>Parejas por estado al final de cada mes</translation>
    </message>
    <message>
        <source>Closures by reason</source>
        <translation>Cierres por motivo</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Terminada antes de tiempo</translation>
    </message>
    <message>
        <source>Relationship ratings (check-ins)</source>
        <translation>Valoraciones de la relación (seguimientos)</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Rates compared (%)</source>
        <translation>Tasas comparadas (%)</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <source>Meetings chart</source>
        <translation>Gráfico de reuniones</translation>
    </message>
    <message>
        <source>Pair status chart</source>
        <translation>Gráfico del estado de las parejas</translation>
    </message>
    <message>
        <source>Closures chart</source>
        <translation>Gráfico de cierres</translation>
    </message>
    <message>
        <source>Relationship ratings chart</source>
        <translation>Gráfico de valoraciones de la relación</translation>
    </message>
</context>
<context>
    <name>reports.district_panel</name>
    <message>
        <source>Could not compute the district: {error}</source>
        <extracomment>What the reports view asks for: (preset, today, custom start, custom end).</extracomment>
        <translation>No se pudo calcular el distrito: {error}</translation>
    </message>
    <message>
        <source>District total</source>
        <translation>Total del distrito</translation>
    </message>
    <message numerus="yes">
        <source>Previous cycles ({with_previous} of %n program(s))</source>
        <translation>
            <numerusform>Ciclos anteriores ({with_previous} de %n programa)</numerusform>
            <numerusform>Ciclos anteriores ({with_previous} de %n programas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Program</source>
        <extracomment>Emitted when a district report is on screen (tests wait for it).</extracomment>
        <translation>Programa</translation>
    </message>
    <message>
        <source>District to &amp;Excel (XLSX)…</source>
        <translation>Distrito a &amp;Excel (XLSX)…</translation>
    </message>
    <message>
        <source>District to &amp;CSV…</source>
        <translation>Distrito a &amp;CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) · {start} – {end}</source>
        <translation>
            <numerusform>%n programa · {start} – {end}</numerusform>
            <numerusform>%n programas · {start} – {end}</numerusform>
        </translation>
    </message>
    <message>
        <source> (each program&apos;s own cycle)</source>
        <translation> (el ciclo propio de cada programa)</translation>
    </message>
    <message numerus="yes">
        <source> · compared with the previous cycles of %n program(s)</source>
        <translation>
            <numerusform> · comparado con los ciclos anteriores de %n programa</numerusform>
            <numerusform> · comparado con los ciclos anteriores de %n programas</numerusform>
        </translation>
    </message>
    <message>
        <source> · no previous cycle to compare with</source>
        <translation> · ningún ciclo anterior con el que comparar</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Export district</source>
        <translation>Exportar distrito</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <source>Saved {names}</source>
        <translation>Guardado {names}</translation>
    </message>
    <message>
        <source>There is no district report to export yet</source>
        <translation>Todavía no hay ningún informe del distrito que exportar</translation>
    </message>
    <message>
        <source>District {period}</source>
        <translation>Distrito {period}</translation>
    </message>
</context>
<context>
    <name>reports.models</name>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Fórmula</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Pareja</translation>
    </message>
    <message>
        <source>Mentor → mentee</source>
        <translation>Mentor → mentorado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
</context>
<context>
    <name>reports.rollover_dialog</name>
    <message>
        <source>Continues</source>
        <translation>Continúa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Start the next cycle from {name}</source>
        <translation>Iniciar el ciclo siguiente a partir de {name}</translation>
    </message>
    <message>
        <source>Create the next cycle</source>
        <translation>Crear el ciclo siguiente</translation>
    </message>
    <message>
        <source>{v0} of {total} participants continue</source>
        <translation>Continúan {v0} de {total} participantes</translation>
    </message>
    <message>
        <source>{name} (next)</source>
        <translation>{name} (siguiente)</translation>
    </message>
</context>
<context>
    <name>reports.view</name>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>This term (quarter)</source>
        <translation>Este trimestre</translation>
    </message>
    <message>
        <source>Whole cycle</source>
        <translation>Ciclo completo</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Fechas personalizadas</translation>
    </message>
    <message>
        <source>District</source>
        <extracomment>Emitted after a new report is on screen (tests and screenshots wait for it). The day the report is computed for; tests and screenshots set it.</extracomment>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Measures and tables to &amp;Excel (XLSX)…</source>
        <translation>Medidas y tablas a &amp;Excel (XLSX)…</translation>
    </message>
    <message>
        <source>Measures and tables to &amp;CSV…</source>
        <translation>Medidas y tablas a &amp;CSV…</translation>
    </message>
    <message>
        <source>Program &amp;summary, whole cycle (PDF)</source>
        <translation>&amp;Resumen del programa, ciclo completo (PDF)</translation>
    </message>
    <message>
        <source>Program summary</source>
        <translation>Resumen del programa</translation>
    </message>
    <message>
        <source>(no comparison)</source>
        <translation>(sin comparación)</translation>
    </message>
    <message>
        <source>Choose or create a program to see its report.</source>
        <translation>Elija o cree un programa para ver su informe.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source> · figures as of {as_of}</source>
        <translation> · cifras a fecha de {as_of}</translation>
    </message>
    <message>
        <source>  ·  changes vs {baseline}</source>
        <translation>  ·  cambios frente a {baseline}</translation>
    </message>
    <message>
        <source>Previous: {baseline}</source>
        <translation>Anterior: {baseline}</translation>
    </message>
    <message>
        <source>At risk ({v0})</source>
        <translation>En riesgo ({v0})</translation>
    </message>
    <message>
        <source>no earlier period</source>
        <translation>sin periodo anterior</translation>
    </message>
    <message>
        <source>the previous {days} days</source>
        <translation>los {days} días anteriores</translation>
    </message>
    <message>
        <source>Pick another program (e.g. last cycle) to compare.</source>
        <translation>Elija otro programa (p. ej. el ciclo anterior) para comparar.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <source>Saved {v0}</source>
        <translation>Guardado {v0}</translation>
    </message>
    <message>
        <source>Choose a program first</source>
        <translation>Elija primero un programa</translation>
    </message>
    <message>
        <source> summary.pdf</source>
        <translation> resumen.pdf</translation>
    </message>
    <message>
        <source>There is no report to export yet</source>
        <translation>Todavía no hay ningún informe que exportar</translation>
    </message>
</context>
<context>
    <name>reports.worker</name>
    <message>
        <source>Could not compute the report: {error}</source>
        <translation>No se pudo calcular el informe: {error}</translation>
    </message>
</context>
<context>
    <name>roster.commands</name>
    <message>
        <source>Add {name}</source>
        <translation>Añadir a {name}</translation>
    </message>
    <message>
        <source>Cannot undo adding</source>
        <translation>No se puede deshacer el alta</translation>
    </message>
    <message>
        <source>Edit {full_name}</source>
        <translation>Editar a {full_name}</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove {names}</source>
        <translation>Quitar {names}</translation>
    </message>
    <message>
        <source>Cannot undo the import</source>
        <translation>No se puede deshacer la importación</translation>
    </message>
    <message>
        <source>Cannot redo the import</source>
        <translation>No se puede rehacer la importación</translation>
    </message>
    <message>
        <source>Import {people} from {v1}</source>
        <translation>Importar {people} desde {v1}</translation>
    </message>
    <message>
        <source>a spreadsheet</source>
        <translation>una hoja de cálculo</translation>
    </message>
    <message>
        <source> (the new program “{program_name}” stays)</source>
        <translation> (el nuevo programa «{program_name}» se conserva)</translation>
    </message>
</context>
<context>
    <name>roster.export_dialog</name>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, opens in Excel, LibreOffice, Google Sheets (.csv)</source>
        <translation>CSV, se abre en Excel, LibreOffice, Google Sheets (.csv)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>No program chosen</source>
        <translation>Ningún programa elegido</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Choose a program in the main window first.</source>
        <translation>Elija primero un programa en la ventana principal.</translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation>Exportar lista</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Elija dónde guardar el archivo.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <source>Cannot write the file: {v0}</source>
        <translation>No se puede escribir el archivo: {v0}</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Algo salió mal: {error}</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <source>{count} participants written to {path}.</source>
        <translation>{count} participantes escritos en {path}.</translation>
    </message>
</context>
<context>
    <name>roster.import_dialog</name>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.tsv *.txt *.xlsx *.xlsm);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Celda</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Choose a file to see what would be imported.</source>
        <translation>Elija un archivo para ver lo que se importaría.</translation>
    </message>
    <message>
        <source>Type a name for a new program</source>
        <translation>Escriba un nombre para un programa nuevo</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importar participantes</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>%v rows read</source>
        <translation>%v filas leídas</translation>
    </message>
    <message>
        <source>%v of %m rows checked</source>
        <translation>%v de %m filas revisadas</translation>
    </message>
    <message>
        <source>Checking {v0} rows…</source>
        <translation>Revisando {v0} filas…</translation>
    </message>
    <message>
        <source>Preview ({v0} good rows)</source>
        <translation>Vista previa ({v0} filas correctas)</translation>
    </message>
    <message>
        <source>Problems ({v0})</source>
        <translation>Problemas ({v0})</translation>
    </message>
    <message>
        <source>Duplicates ({v0})</source>
        <translation>Duplicados ({v0})</translation>
    </message>
    <message>
        <source>{source}: {total_rows} rows, read as {read_as}.</source>
        <translation>{source}: {total_rows} filas, leído como {read_as}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import into “{program_name}”:&lt;/b&gt; {added} new, {updated} updated, {skipped} skipped as duplicates.</source>
        <translation>&lt;b&gt;Importar en «{program_name}»:&lt;/b&gt; {added} nuevos, {updated} actualizados, {skipped} omitidos por duplicados.</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#b91c1c&apos;&gt;&lt;b&gt;{v0} with problems will be left out&lt;/b&gt; (see Problems).&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#b91c1c&apos;&gt;&lt;b&gt;{v0} con problemas se dejarán fuera&lt;/b&gt; (ver Problemas).&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Stopped. Choose the file again to continue.</source>
        <translation>Detenido. Vuelva a elegir el archivo para continuar.</translation>
    </message>
    <message>
        <source>Pick a program above, or type a name for a new one.</source>
        <translation>Elija un programa arriba o escriba un nombre para uno nuevo.</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Algo salió mal: {error}</translation>
    </message>
    <message>
        <source>Import the good rows only?</source>
        <translation>¿Importar solo las filas correctas?</translation>
    </message>
    <message>
        <source>{v0} with problems will not be imported.

Import the other {v1} now? You can fix the problem rows in the spreadsheet and import them later.</source>
        <translation>{v0} con problemas no se importarán.

¿Importar ahora las otras {v1}? Puede corregir las filas con problemas en la hoja de cálculo e importarlas más tarde.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>%v of %m people written</source>
        <translation>%v de %m personas escritas</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Imported: {v0}.</source>
        <translation>Importado: {v0}.</translation>
    </message>
</context>
<context>
    <name>roster.import_models</name>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Example values</source>
        <translation>Valores de ejemplo</translation>
    </message>
    <message>
        <source>Imports into</source>
        <translation>Se importa en</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
</context>
<context>
    <name>roster.model</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Department / class</source>
        <translation>Departamento / clase</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Emparejados</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Menor</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Cleared</source>
        <extracomment>(label, colour) per screening state; colour-blind safe pairs and always with text.</extracomment>
        <translation>Apto</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Not cleared</source>
        <translation>No apto</translation>
    </message>
    <message>
        <source>Cleared · expires soon</source>
        <translation>Apto · caduca pronto</translation>
    </message>
    <message>
        <source> · minor (guardian consent applies)</source>
        <translation> · menor (se aplica el consentimiento del tutor)</translation>
    </message>
    <message>
        <source>
Screening: {v0}</source>
        <translation>
Verificación: {v0}</translation>
    </message>
</context>
<context>
    <name>roster.participant_dialog</name>
    <message>
        <source>separate values with ;</source>
        <translation>separe los valores con ;</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@ejemplo.org</translation>
    </message>
    <message>
        <source>Add participant</source>
        <extracomment>The groups in the order of the form&apos;s tabs.</extracomment>
        <translation>Añadir participante</translation>
    </message>
    <message>
        <source>this participant</source>
        <translation>este participante</translation>
    </message>
    <message>
        <source>Program default</source>
        <translation>El del programa</translation>
    </message>
    <message>
        <source>The language of the documents printed for this person</source>
        <translation>El idioma de los documentos impresos para esta persona</translation>
    </message>
    <message>
        <source>Please check: {labels}.</source>
        <translation>Revise: {labels}.</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Los campos marcados con * son obligatorios.</translation>
    </message>
    <message>
        <source>Reloaded the version saved by {saved_by}.</source>
        <translation>Se recargó la versión guardada por {saved_by}.</translation>
    </message>
    <message>
        <source>not a date (use YYYY-MM-DD)</source>
        <translation>no es una fecha (use AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>no es un número entero</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>no es un número</translation>
    </message>
</context>
<context>
    <name>roster.removal_dialog</name>
    <message>
        <source>Remove participants in live pairs</source>
        <translation>Quitar participantes de parejas activas</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;{who}&lt;/b&gt; — in %n live pair(s):&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;&lt;p&gt;A pair cannot go on without its mentor or mentee: removing ends these pairs and removes them too (Edit ▸ Undo brings everything back). To keep a pair&apos;s history, close it in Pairs and set the person&apos;s status to withdrawn instead.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;{who}&lt;/b&gt; — en %n pareja activa:&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;&lt;p&gt;Una pareja no puede continuar sin su mentor o su mentorado: al quitarlo, esta pareja termina y también se quita (Editar ▸ Deshacer lo recupera todo). Para conservar el historial de una pareja, ciérrela en Parejas y ponga el estado de la persona en retirado.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;{who}&lt;/b&gt; — en %n parejas activas:&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;&lt;p&gt;Una pareja no puede continuar sin su mentor o su mentorado: al quitarlo, estas parejas terminan y también se quitan (Editar ▸ Deshacer lo recupera todo). Para conservar el historial de una pareja, ciérrela en Parejas y ponga el estado de la persona en retirado.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Why do these pairs end? (kept in the audit log)</source>
        <translation>¿Por qué terminan estas parejas? (queda en el registro de auditoría)</translation>
    </message>
    <message>
        <source>e.g. mentor left the organization</source>
        <translation>p. ej. el mentor dejó la organización</translation>
    </message>
    <message>
        <source>End pairs and remove</source>
        <translation>Terminar las parejas y quitar</translation>
    </message>
</context>
<context>
    <name>roster.view</name>
    <message>
        <source>All roles</source>
        <extracomment>Typing waits this long for the next key before filtering (filtering itself takes ~5 ms).</extracomment>
        <translation>Todos los roles</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentores</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentorados</translation>
    </message>
    <message>
        <source>Both roles</source>
        <translation>Ambos roles</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Not withdrawn</source>
        <translation>No retirados</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Roster with sensitive fields</source>
        <translation>Lista con campos sensibles</translation>
    </message>
    <message>
        <source>Include &amp;sensitive fields (gender, pronouns, notes…)</source>
        <translation>Incluir campos &amp;sensibles (género, pronombres, notas…)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>E&amp;xport their data…</source>
        <translation>E&amp;xportar sus datos…</translation>
    </message>
    <message>
        <source>E&amp;rase completely…</source>
        <translation>&amp;Borrar por completo…</translation>
    </message>
    <message>
        <source>Export {name}&apos;s data</source>
        <translation>Exportar los datos de {name}</translation>
    </message>
    <message>
        <source>Export their data</source>
        <translation>Exportar sus datos</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Guardado en {path}.</translation>
    </message>
    <message>
        <source>Erase {name} completely</source>
        <translation>Borrar a {name} por completo</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{shown} de {total} mostrados</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Añadir participante</translation>
    </message>
    <message>
        <source>Edit {full_name}</source>
        <translation>Editar a {full_name}</translation>
    </message>
    <message>
        <source>Remove {who}</source>
        <translation>Quitar a {who}</translation>
    </message>
    <message>
        <source>Remove {who} from this program?</source>
        <translation>¿Quitar a {who} de este programa?</translation>
    </message>
    <message>
        <source>Their screening, guardian and matching records in this program go with them, and any closed pair they were in. Edit ▸ Undo brings everything back.</source>
        <translation>Sus registros de verificación, tutor y emparejamiento en este programa se van con ellos, y toda pareja cerrada en la que estuvieran. Editar ▸ Deshacer lo recupera todo.</translation>
    </message>
    <message>
        <source>Remove participants</source>
        <translation>Quitar participantes</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>Abriendo el archivo…</translation>
    </message>
    <message>
        <source>Opening the file… then: {action}</source>
        <translation>Abriendo el archivo… después: {action}</translation>
    </message>
    <message>
        <source>Print the roster</source>
        <translation>Imprimir la lista</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>{name} was not opened.</source>
        <extracomment>How long the opening thread waits, after the early read, for the UI thread to show it before importing SQLAlchemy (both need the one interpreter lock: the rows come first).</extracomment>
        <translation>{name} no se abrió.</translation>
    </message>
</context>
<context>
    <name>welcome.first_run</name>
    <message>
        <source>Welcome to MentorDesk</source>
        <extracomment>The guide the welcome links to (docs/getting-started.md, translated in docs/&lt;language&gt;/).</extracomment>
        <translation>Bienvenido a MentorDesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to MentorDesk&lt;/h2&gt;&lt;p&gt;Everything you record stays in one file on this computer. To look around first, MentorDesk has opened a &lt;b&gt;sample program&lt;/b&gt;: its people, pairs and notes are &lt;b&gt;fictional&lt;/b&gt;, made up to show every feature.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenido a MentorDesk&lt;/h2&gt;&lt;p&gt;Todo lo que registre queda en un solo archivo en este ordenador. Para echar un vistazo primero, MentorDesk ha abierto un &lt;b&gt;programa de ejemplo&lt;/b&gt;: sus personas, parejas y notas son &lt;b&gt;ficticias&lt;/b&gt;, inventadas para mostrar todas las funciones.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Explore the sample program</source>
        <translation>Explorar el programa de ejemplo</translation>
    </message>
    <message>
        <source>Look at a roster, matches, pairs and reports made of fictional people.</source>
        <translation>Vea una lista, emparejamientos, parejas e informes hechos con personas ficticias.</translation>
    </message>
    <message>
        <source>Start a new program</source>
        <translation>Empezar un programa nuevo</translation>
    </message>
    <message>
        <source>Name, format, dates, organization, logo, coordinator and meeting cadence.</source>
        <translation>Nombre, formato, fechas, organización, logotipo, coordinador y frecuencia de reuniones.</translation>
    </message>
    <message>
        <source>Import a spreadsheet of people</source>
        <translation>Importar una hoja de cálculo de personas</translation>
    </message>
    <message>
        <source>Start a program, then read your list (the template is {name}, File ▸ Import shows where it is).</source>
        <translation>Empiece un programa y luego lea su lista (la plantilla es {name}; Archivo ▸ Importar muestra dónde está).</translation>
    </message>
    <message>
        <source>New to MentorDesk? &lt;a href=&apos;{link}&apos;&gt;Read the getting-started guide&lt;/a&gt; (F1 opens the guides at any time).</source>
        <translation>¿Nuevo en MentorDesk? &lt;a href=&apos;{link}&apos;&gt;Lea la guía de primeros pasos&lt;/a&gt; (F1 abre las guías en cualquier momento).</translation>
    </message>
</context>
<context>
    <name>welcome.wizard</name>
    <message>
        <source>One-on-one: each mentee has one mentor</source>
        <translation>Uno a uno: cada mentorado tiene un mentor</translation>
    </message>
    <message>
        <source>Group / circle: a mentor with several mentees</source>
        <translation>Grupo / círculo: un mentor con varios mentorados</translation>
    </message>
    <message>
        <source>Peer: participants mentor each other</source>
        <translation>Entre pares: los participantes se orientan entre sí</translation>
    </message>
    <message>
        <source>Reverse: younger staff mentor senior staff</source>
        <translation>Inversa: personal joven orienta a personal veterano</translation>
    </message>
    <message>
        <source>Flash / speed: short rotating conversations</source>
        <translation>Flash / rápida: conversaciones cortas por turnos</translation>
    </message>
    <message>
        <source>New program</source>
        <translation>Nuevo programa</translation>
    </message>
    <message>
        <source>Name and format</source>
        <translation>Nombre y formato</translation>
    </message>
    <message>
        <source>What is the program called, and how do people meet?</source>
        <translation>¿Cómo se llama el programa y cómo se reúne la gente?</translation>
    </message>
    <message>
        <source>e.g. Riverside Mentoring 2027–28</source>
        <translation>p. ej. Mentoría Riverside 2027–28</translation>
    </message>
    <message>
        <source>Program name</source>
        <translation>Nombre del programa</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>name*</source>
        <translation>nombre*</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>When the program&apos;s cycle begins and ends (a school year, say).</source>
        <translation>Cuándo empieza y termina el ciclo del programa (un curso escolar, por ejemplo).</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Empieza:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Termina:</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Printed at the top of agreements, certificates and reports.</source>
        <translation>Se imprime en la cabecera de acuerdos, certificados e informes.</translation>
    </message>
    <message>
        <source>e.g. Riverside High School</source>
        <translation>p. ej. Instituto Riverside</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Archivo del logotipo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Logo (PNG or JPEG):</source>
        <translation>&amp;Logotipo (PNG o JPEG):</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <source>Who families and mentors contact; printed on agreements.</source>
        <translation>A quién contactan las familias y los mentores; se imprime en los acuerdos.</translation>
    </message>
    <message>
        <source>Coordinator name</source>
        <translation>Nombre del coordinador</translation>
    </message>
    <message>
        <source>e-mail or telephone</source>
        <translation>correo o teléfono</translation>
    </message>
    <message>
        <source>Coordinator contact</source>
        <translation>Contacto del coordinador</translation>
    </message>
    <message>
        <source>Coordinator&apos;s &amp;name:</source>
        <translation>&amp;Nombre del coordinador:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contacto:</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>How often pairs should meet; MentorDesk flags pairs that fall behind.</source>
        <translation>Con qué frecuencia deben reunirse las parejas; MentorDesk señala las que se retrasan.</translation>
    </message>
    <message>
        <source>Days between meetings</source>
        <translation>Días entre reuniones</translation>
    </message>
    <message>
        <source>Usual meeting length</source>
        <translation>Duración habitual de las reuniones</translation>
    </message>
    <message>
        <source>Meet &amp;every:</source>
        <translation>Reunirse &amp;cada:</translation>
    </message>
    <message>
        <source>Usual &amp;length:</source>
        <translation>&amp;Duración habitual:</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
</TS>
