<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG" sourcelanguage="en">
<context>
    <name>AgreementTab</name>
    <message>
        <source>Meeting frequency</source>
        <translation>وتيرة اللقاءات</translation>
    </message>
    <message>
        <source>e.g. Every 2 weeks</source>
        <translation>مثلًا كل أسبوعين</translation>
    </message>
    <message>
        <source>Meeting length</source>
        <translation>مدة اللقاء</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الشكل</translation>
    </message>
    <message>
        <source>Usual day and time</source>
        <translation>اليوم والوقت المعتادان</translation>
    </message>
    <message>
        <source>e.g. Wednesdays 15:30</source>
        <translation>مثلًا الأربعاء 15:30</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>e.g. School library</source>
        <translation>مثلًا مكتبة المدرسة</translation>
    </message>
    <message>
        <source>Contact between meetings</source>
        <translation>التواصل بين اللقاءات</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source> months</source>
        <translation> أشهر</translation>
    </message>
    <message>
        <source>Mid-point review</source>
        <translation>مراجعة منتصف المدة</translation>
    </message>
    <message>
        <source>Notice period (ending)</source>
        <translation>مهلة الإشعار (الإنهاء)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Mentor signed</source>
        <translation>توقيع المرشد</translation>
    </message>
    <message>
        <source>Mentee signed</source>
        <translation>توقيع المسترشد</translation>
    </message>
    <message>
        <source>Guardian signed</source>
        <translation>توقيع ولي الأمر</translation>
    </message>
    <message>
        <source>Coordinator signed</source>
        <translation>توقيع المنسق</translation>
    </message>
    <message>
        <source>Goals (from the Goals tab)</source>
        <translation>الأهداف (من تبويب الأهداف)</translation>
    </message>
    <message>
        <source>Confidentiality and its limits</source>
        <translation>السرية وحدودها</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>الحدود</translation>
    </message>
    <message>
        <source>Program obligations</source>
        <translation>التزامات البرنامج</translation>
    </message>
    <message>
        <source>No-fault ending</source>
        <translation>إنهاء دون لوم</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>تراجع عن التغييرات</translation>
    </message>
    <message>
        <source>Save agreement</source>
        <translation>حفظ الاتفاقية</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <source>Print a whole cohort</source>
        <translation>طباعة دفعة كاملة</translation>
    </message>
    <message>
        <source>&amp;Documents:</source>
        <translation>ال&amp;مستندات:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>حفظ باسم:</translation>
    </message>
    <message>
        <source>One file each (per pair or person), in a &amp;folder</source>
        <translation>ملف لكل ثنائي أو شخص، في &amp;مجلد</translation>
    </message>
    <message>
        <source>One &amp;combined PDF</source>
        <translation>ملف PDF &amp;مجمّع</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;المكان:</translation>
    </message>
    <message>
        <source>Choose a folder or a file name</source>
        <translation>اختر مجلدًا أو اسم ملف</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ا&amp;ستعراض…</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>ال&amp;ورق:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <source>Support check-in</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>الطرف المتواصَل معه</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>الوسيلة</translation>
    </message>
    <message>
        <source>Relationship quality</source>
        <translation>جودة العلاقة</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>غير مقيّم</translation>
    </message>
    <message>
        <source> / 5</source>
        <translation> / 5</translation>
    </message>
    <message>
        <source>Safety concern raised</source>
        <translation>أُثير قلق بشأن السلامة</translation>
    </message>
    <message>
        <source>Safety note (confidential)</source>
        <translation>ملاحظة السلامة (سرية)</translation>
    </message>
    <message>
        <source>What was reported and what was done</source>
        <translation>ما أُبلغ عنه وما اتُّخذ</translation>
    </message>
    <message>
        <source>Concern resolved on</source>
        <translation>عولج القلق في</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة اللاحقة</translation>
    </message>
    <message>
        <source>Notes (confidential)</source>
        <translation>ملاحظات (سرية)</translation>
    </message>
    <message>
        <source>Confidential: never printed or exported</source>
        <translation>سري: لا يُطبع ولا يُصدَّر أبدًا</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close pair</source>
        <translation>إغلاق الثنائي</translation>
    </message>
    <message>
        <source>Closure date</source>
        <translation>تاريخ الإغلاق</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>بمبادرة من</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>رمز السبب</translation>
    </message>
    <message>
        <source>Mentor&apos;s exit feedback</source>
        <translation>التقييم الختامي للمرشد</translation>
    </message>
    <message>
        <source>Mentee&apos;s exit feedback</source>
        <translation>التقييم الختامي للمسترشد</translation>
    </message>
    <message>
        <source>Rematch decision</source>
        <translation>قرار إعادة المطابقة</translation>
    </message>
    <message>
        <source>Closing frees the mentor&apos;s capacity. A closed pair can be reopened later.</source>
        <translation>يحرر الإغلاق سعة المرشد. يمكن إعادة فتح الثنائي المغلق لاحقًا.</translation>
    </message>
</context>
<context>
    <name>ClosureTab</name>
    <message>
        <source>Close pair…</source>
        <translation>إغلاق الثنائي…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>إعادة فتح…</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>إيقاف مؤقت…</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>استئناف…</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>سجل الحالات</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Mentor</source>
        <translation>المرشد</translation>
    </message>
    <message>
        <source>Mentee(s)</source>
        <translation>المسترشد(ون)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>آخر لقاء</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>المتابعة التالية</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>معرّض للخطر</translation>
    </message>
    <message>
        <source>No meeting within 1.5× the cadence, a check-in overdue, latest rating ≤ 2, or an open safety concern</source>
        <translation>لا لقاء خلال 1.5× الوتيرة، أو متابعة متأخرة، أو آخر تقييم ≤ 2، أو مخاوف سلامة مفتوحة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>الثنائي</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الشكل</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>الخطوات التالية</translation>
    </message>
    <message>
        <source>Notes (confidential)</source>
        <translation>ملاحظات (سرية)</translation>
    </message>
    <message>
        <source>Confidential: never printed or exported</source>
        <translation>سري: لا يُطبع ولا يُصدَّر أبدًا</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>الطرف المتواصَل معه</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>الوسيلة</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>السلامة</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة اللاحقة</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>IDP</source>
        <translation>خطة التطوير</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>اسم الدخول</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>الصلاحية</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>منحها</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Saved by them</source>
        <translation>ما حفظه الآخر</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>قيمتك</translation>
    </message>
</context>
<context>
    <name>CoordinatorsDialog</name>
    <message>
        <source>Coordinators and viewers</source>
        <translation>المنسقون والمطّلعون</translation>
    </message>
    <message>
        <source>Who may work on which program. A coordinator reads and writes the programs assigned here; a viewer (a principal, a funder liaison) sees their figures and never a sensitive field. The server enforces it, whatever program connects. Logins are created by IT.</source>
        <translation>من يعمل على أي برنامج. يقرأ المنسق البرامج المسندة إليه هنا ويعدّلها؛ ويرى المطّلع (مدير مدرسة، ممثل الجهة المموّلة) أرقامها ولا يرى أي حقل حساس أبدًا. يفرض الخادم ذلك أيًّا كان البرنامج المتصل. ينشئ قسم تقنية المعلومات أسماء الدخول.</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>التعيينات</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>اسم ال&amp;دخول:</translation>
    </message>
    <message>
        <source>Login role</source>
        <translation>دور تسجيل الدخول</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>ال&amp;برنامج:</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>&amp;As:</source>
        <translation>&amp;بصفة:</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>الصلاحية</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;منح</translation>
    </message>
    <message>
        <source>&amp;Revoke selected</source>
        <translation>&amp;سحب المحدد</translation>
    </message>
</context>
<context>
    <name>DistrictPanel</name>
    <message>
        <source>Every program you may see, one row each, and the district total for the period chosen above.</source>
        <translation>كل برنامج يحق لك رؤيته، في صف لكل منها، ومجموع المنطقة التعليمية للفترة المختارة أعلاه.</translation>
    </message>
    <message>
        <source>Include &amp;archived programs</source>
        <translation>تضمين البرامج ال&amp;مؤرشفة</translation>
    </message>
    <message>
        <source>E&amp;xport district…</source>
        <translation>&amp;تصدير المنطقة التعليمية…</translation>
    </message>
    <message>
        <source>District: every measure per program and the total</source>
        <translation>المنطقة التعليمية: كل مقياس لكل برنامج والمجموع</translation>
    </message>
    <message>
        <source>Totals add counts up and compute every rate from the summed numbers (4 of 10 mentees matched is 40 %, whatever each program&apos;s own rate). Hover a figure for its parts and formula.</source>
        <translation>تجمع المجاميع الأعداد وتحسب كل نسبة من الأعداد المجموعة (مطابقة 4 من 10 مسترشدين تساوي 40 %، أيًّا كانت نسبة كل برنامج). مرّر المؤشر فوق رقم لترى أجزاءه وصيغته.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export roster</source>
        <translation>تصدير القائمة</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>البرنامج:</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>ال&amp;شكل:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الشكل</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;حفظ باسم:</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>الملف المراد كتابته</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ا&amp;ستعراض…</translation>
    </message>
    <message>
        <source>&amp;Include sensitive fields (date of birth, gender, pronouns, identity preferences, confidential notes, guardian details)</source>
        <translation>&amp;تضمين الحقول الحساسة (تاريخ الميلاد، الجنس، الضمائر، تفضيلات الهوية، الملاحظات السرية، بيانات ولي الأمر)</translation>
    </message>
    <message>
        <source>⚠ The file will contain confidential and minors&apos; data. Keep it on this computer or share it only with people allowed to see it.</source>
        <translation>⚠ سيحتوي الملف على بيانات سرية وبيانات قاصرين. احتفظ به على هذا الحاسوب أو لا تشاركه إلا مع من يحق لهم الاطلاع عليه.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Full name</source>
        <extracomment>core/participant.FIELDS: the key is the attribute, the text core&apos;s English label.</extracomment>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>الاسم المفضل</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Mentor capacity</source>
        <translation>سعة المرشد</translation>
    </message>
    <message>
        <source>Department / class</source>
        <translation>القسم / الصف</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Seniority / years</source>
        <translation>الأقدمية / السنوات</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>لغة المستندات</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>Skills offered</source>
        <translation>المهارات المعروضة</translation>
    </message>
    <message>
        <source>Skills sought</source>
        <translation>المهارات المطلوبة</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>الاهتمامات</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>الإتاحة</translation>
    </message>
    <message>
        <source>Preferred format</source>
        <translation>الشكل المفضل</translation>
    </message>
    <message>
        <source>Ranked choices</source>
        <translation>الاختيارات المرتبة</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>الضمائر</translation>
    </message>
    <message>
        <source>Identity preferences</source>
        <translation>تفضيلات الهوية</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation>ملاحظات سرية</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>تاريخ المقابلة</translation>
    </message>
    <message>
        <source>Interview outcome</source>
        <translation>نتيجة المقابلة</translation>
    </message>
    <message>
        <source>Background check type</source>
        <translation>نوع التحقق من السوابق</translation>
    </message>
    <message>
        <source>Background check date</source>
        <translation>تاريخ التحقق من السوابق</translation>
    </message>
    <message>
        <source>Background check result</source>
        <translation>نتيجة التحقق من السوابق</translation>
    </message>
    <message>
        <source>Background check expiry</source>
        <translation>انتهاء صلاحية التحقق من السوابق</translation>
    </message>
    <message>
        <source>Screening decision</source>
        <translation>قرار التحقق</translation>
    </message>
    <message>
        <source>Training date</source>
        <translation>تاريخ التدريب</translation>
    </message>
    <message>
        <source>Training hours</source>
        <translation>ساعات التدريب</translation>
    </message>
    <message>
        <source>Guardian name</source>
        <translation>اسم ولي الأمر</translation>
    </message>
    <message>
        <source>Guardian relationship</source>
        <translation>صلة ولي الأمر</translation>
    </message>
    <message>
        <source>Guardian email</source>
        <translation>بريد ولي الأمر</translation>
    </message>
    <message>
        <source>Guardian phone</source>
        <translation>هاتف ولي الأمر</translation>
    </message>
    <message>
        <source>Guardian consent date</source>
        <translation>تاريخ موافقة ولي الأمر</translation>
    </message>
    <message>
        <source>Consent signed by</source>
        <translation>وقّع الموافقة</translation>
    </message>
    <message>
        <source>Media release</source>
        <translation>إذن النشر الإعلامي</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>core/program.Program (the program dialog&apos;s settings) and its document settings.</extracomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>الغايات</translation>
    </message>
    <message>
        <source>Meet every (days)</source>
        <translation>اللقاء كل (أيام)</translation>
    </message>
    <message>
        <source>Meeting length (minutes)</source>
        <translation>مدة اللقاء (دقائق)</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <source>Previous program</source>
        <translation>البرنامج السابق</translation>
    </message>
    <message>
        <source>Agreement defaults</source>
        <translation>القيم الافتراضية للاتفاق</translation>
    </message>
    <message>
        <source>Matching weights</source>
        <translation>أوزان المطابقة</translation>
    </message>
    <message>
        <source>Matching options</source>
        <translation>خيارات المطابقة</translation>
    </message>
    <message>
        <source>Check-in rules</source>
        <translation>قواعد المتابعة</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>المنسق</translation>
    </message>
    <message>
        <source>Coordinator contact</source>
        <translation>وسيلة الاتصال بالمنسق</translation>
    </message>
    <message>
        <source>Meeting frequency</source>
        <extracomment>services/pairs/records.AgreementData (the pair&apos;s agreement tab).</extracomment>
        <translation>وتيرة اللقاءات</translation>
    </message>
    <message>
        <source>Meeting format</source>
        <translation>شكل اللقاءات</translation>
    </message>
    <message>
        <source>Usual day and time</source>
        <translation>اليوم والوقت المعتادان</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Contact between meetings</source>
        <translation>التواصل بين اللقاءات</translation>
    </message>
    <message>
        <source>Duration (months)</source>
        <translation>المدة (أشهر)</translation>
    </message>
    <message>
        <source>Mid-point review</source>
        <translation>مراجعة منتصف المدة</translation>
    </message>
    <message>
        <source>Confidentiality and its limits</source>
        <translation>السرية وحدودها</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>الحدود</translation>
    </message>
    <message>
        <source>Program obligations</source>
        <translation>التزامات البرنامج</translation>
    </message>
    <message>
        <source>No-fault ending</source>
        <translation>إنهاء دون لوم</translation>
    </message>
    <message>
        <source>Notice period (days)</source>
        <translation>مهلة الإشعار (أيام)</translation>
    </message>
    <message>
        <source>Mentor signed</source>
        <translation>توقيع المرشد</translation>
    </message>
    <message>
        <source>Mentee signed</source>
        <translation>توقيع المسترشد</translation>
    </message>
    <message>
        <source>Guardian signed</source>
        <translation>توقيع ولي الأمر</translation>
    </message>
    <message>
        <source>Coordinator signed</source>
        <translation>توقيع المنسق</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>The pair&apos;s other records (meetings, check-ins, closures: &quot;date&quot;; the IDP&apos;s dates).</extracomment>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>بداية الفترة</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>نهاية الفترة</translation>
    </message>
    <message>
        <source>Final review</source>
        <translation>المراجعة النهائية</translation>
    </message>
    <message>
        <source>Safety concern resolved on</source>
        <translation>حُلّت مخاوف السلامة في</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>التاريخ المستهدف</translation>
    </message>
    <message>
        <source>US Letter</source>
        <extracomment>One lookup for every record (a name means the same field wherever it appears: a program&apos;s `meeting_minutes` and an agreement&apos;s are both a meeting&apos;s length in minutes). Fields that hold a language code (&quot;es&quot;), shown by the language&apos;s own name. Values of settings that are words, not data (a paper size).</extracomment>
        <translation>Letter (الأمريكي)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Specific statement</source>
        <translation>العبارة المحددة</translation>
    </message>
    <message>
        <source>What exactly will be achieved?</source>
        <translation>ما الذي سيتحقق بالضبط؟</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>مقياس النجاح</translation>
    </message>
    <message>
        <source>How will we know?</source>
        <translation>كيف سنعرف؟</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>التاريخ المستهدف</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>الموارد</translation>
    </message>
    <message>
        <source>Mentor&apos;s role</source>
        <translation>دور المرشد</translation>
    </message>
    <message>
        <source>Part of the mentee&apos;s IDP (up to 3 goals)</source>
        <translation>جزء من خطة التطوير الفردية للمسترشد (حتى 3 أهداف)</translation>
    </message>
    <message>
        <source>Action steps: due date as YYYY-MM-DD; status to do, in progress or done</source>
        <translation>خطوات العمل: تاريخ الاستحقاق بصيغة YYYY-MM-DD؛ الحالة to do أو in progress أو done</translation>
    </message>
    <message>
        <source>Action steps</source>
        <translation>خطوات العمل</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>إضافة خطوة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>Add goal…</source>
        <translation>إضافة هدف…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <source>Log progress…</source>
        <translation>تسجيل التقدم…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Goal detail</source>
        <translation>تفاصيل الهدف</translation>
    </message>
</context>
<context>
    <name>IdpTab</name>
    <message>
        <source>Mentee</source>
        <translation>المسترشد</translation>
    </message>
    <message>
        <source>Plan starts</source>
        <translation>بداية الخطة</translation>
    </message>
    <message>
        <source>Plan ends</source>
        <translation>نهاية الخطة</translation>
    </message>
    <message>
        <source>Mid-point review</source>
        <translation>مراجعة منتصف المدة</translation>
    </message>
    <message>
        <source>Final review</source>
        <translation>المراجعة النهائية</translation>
    </message>
    <message>
        <source>Baseline self-rating</source>
        <translation>التقييم الذاتي الأولي</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>غير مقيّم</translation>
    </message>
    <message>
        <source> / 5</source>
        <translation> / 5</translation>
    </message>
    <message>
        <source>Final self-rating</source>
        <translation>التقييم الذاتي النهائي</translation>
    </message>
    <message>
        <source>Mentee signed</source>
        <translation>توقيع المسترشد</translation>
    </message>
    <message>
        <source>Mentor signed</source>
        <translation>توقيع المرشد</translation>
    </message>
    <message>
        <source>Coordinator signed</source>
        <translation>توقيع المنسق</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>نقاط القوة</translation>
    </message>
    <message>
        <source>Growth areas</source>
        <translation>مجالات النمو</translation>
    </message>
    <message>
        <source>Short-term aspirations</source>
        <translation>الطموحات قصيرة المدى</translation>
    </message>
    <message>
        <source>Long-term aspirations</source>
        <translation>الطموحات بعيدة المدى</translation>
    </message>
    <message>
        <source>IDP goals, action plans, resources</source>
        <translation>أهداف خطة التطوير، خطط العمل، الموارد</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>تراجع عن التغييرات</translation>
    </message>
    <message>
        <source>Save IDP</source>
        <translation>حفظ خطة التطوير</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import participants</source>
        <translation>استيراد مشاركين</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel file (Google Forms and Microsoft Forms exports work as they are)</source>
        <translation>اختر ملف CSV أو Excel (تصلح صادرات Google Forms وMicrosoft Forms كما هي)</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>الملف المراد استيراده</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>ا&amp;ختيار ملف…</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>ال&amp;برنامج:</translation>
    </message>
    <message>
        <source>Pick a program, or type a new name to create one with this import</source>
        <translation>اختر برنامجًا، أو اكتب اسمًا جديدًا لإنشائه مع هذا الاستيراد</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>&amp;Role if the file has none:</source>
        <translation>الد&amp;ور إن لم يحدده الملف:</translation>
    </message>
    <message>
        <source>Used for rows without a role; a role column in the file wins</source>
        <translation>يُستخدم للصفوف التي لا دور فيها؛ عمود الدور في الملف له الأولوية</translation>
    </message>
    <message>
        <source>Default role</source>
        <translation>الدور الافتراضي</translation>
    </message>
    <message>
        <source>%v rows read</source>
        <translation>قُرئ %v صفًا</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>إي&amp;قاف</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <source>Each column of the file and the field it fills. Double-click a field to change it, or choose &quot;(ignore)&quot;.</source>
        <translation>كل عمود في الملف والحقل الذي يملؤه. انقر نقرًا مزدوجًا على حقل لتغييره، أو اختر &quot;(ignore)&quot;.</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>مطابقة الأعمدة</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>The first rows as they will be imported.</source>
        <translation>الصفوف الأولى كما ستُستورد.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Rows that cannot be imported. Fix them in the spreadsheet and choose the file again, or import the good rows only.</source>
        <translation>صفوف لا يمكن استيرادها. صححها في جدول البيانات واختر الملف مجددًا، أو استورد الصفوف السليمة فقط.</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>المكررات</translation>
    </message>
    <message>
        <source>Rows with an e-mail already in the program or earlier in the file:</source>
        <translation>صفوف ببريد إلكتروني موجود في البرنامج أو في صف سابق من الملف:</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>&amp;تخطّيها</translation>
    </message>
    <message>
        <source>&amp;Update with the file&apos;s values</source>
        <translation>&amp;تحديث بقيم الملف</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>ملخص الاستيراد</translation>
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
        <translation>العروض</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>قائمة المشاركين</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>المطابقة</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>الثنائيات</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>الملفات ال&amp;أخيرة</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>ال&amp;برنامج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>قاعدة بيانات &amp;جديدة…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Import Participants…</source>
        <translation>ا&amp;ستيراد مشاركين…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export Roster…</source>
        <translation>&amp;تصدير القائمة…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Print &amp;Whole Cohort…</source>
        <translation>طباعة الدفعة &amp;كاملة…</translation>
    </message>
    <message>
        <source>All agreements, IDPs or certificates of the program: one file each or one combined PDF</source>
        <translation>كل اتفاقيات البرنامج أو خطط التطوير أو الشهادات: ملف لكل منها أو ملف PDF واحد مجمّع</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;New Program…</source>
        <translation>برنامج &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Rename Program…</source>
        <translation>إعادة &amp;تسمية البرنامج…</translation>
    </message>
    <message>
        <source>&amp;Archive Program</source>
        <translation>أ&amp;رشفة البرنامج</translation>
    </message>
    <message>
        <source>Program &amp;Settings…</source>
        <translation>إ&amp;عدادات البرنامج…</translation>
    </message>
    <message>
        <source>&amp;About MentorDesk</source>
        <translation>&amp;حول MentorDesk</translation>
    </message>
</context>
<context>
    <name>MatchingView</name>
    <message>
        <source>&amp;Objective:</source>
        <translation>ال&amp;هدف:</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>&amp;Minimum score:</source>
        <translation>الحد الأ&amp;دنى للدرجة:</translation>
    </message>
    <message>
        <source>Minimum score</source>
        <translation>الحد الأدنى للدرجة</translation>
    </message>
    <message>
        <source>Pairs scoring below this are not allowed. “none” = no minimum.</source>
        <translation>لا يُسمح بالثنائيات ذات الدرجة الأقل. «لا شيء» = دون حد أدنى.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Also re-match mentees already &amp;paired</source>
        <translation>إعادة مطابقة المسترشدين المقترنين &amp;أيضًا</translation>
    </message>
    <message>
        <source>&amp;Run matcher</source>
        <translation>&amp;تشغيل المطابقة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Criteria &amp;&amp; &amp;weights…</source>
        <translation>المعايير و&amp;الأوزان…</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>المسترشدون</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>المرشدون</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>دون مطابقة</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>الاستبعادات</translation>
    </message>
    <message>
        <source>E&amp;xclude pair…</source>
        <translation>ا&amp;ستبعاد الثنائي…</translation>
    </message>
    <message>
        <source>Never pair the selected draft&apos;s mentor and mentee</source>
        <translation>عدم المطابقة أبدًا بين مرشد ومسترشد المسودة المحددة</translation>
    </message>
    <message>
        <source>Remove exclusion</source>
        <translation>إزالة الاستبعاد</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>المقترح</translation>
    </message>
    <message>
        <source>Filter by name or reason…</source>
        <translation>التصفية بالاسم أو السبب…</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <source>optional — kept in the audit log with the next pin, reject, exclusion or approval</source>
        <translation>اختياري — يُحفظ في سجل التدقيق مع التثبيت أو الرفض أو الاستبعاد أو الاعتماد التالي</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;تثبيت</translation>
    </message>
    <message>
        <source>Keep this pair in every re-run</source>
        <translation>إبقاء هذا الثنائي في كل إعادة تشغيل</translation>
    </message>
    <message>
        <source>U&amp;npin</source>
        <translation>إ&amp;لغاء التثبيت</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;رفض</translation>
    </message>
    <message>
        <source>Never propose this pair again; re-run to fill the gap</source>
        <translation>عدم اقتراح هذا الثنائي مجددًا؛ أعد التشغيل لسد الفراغ</translation>
    </message>
    <message>
        <source>&amp;Approve selected</source>
        <translation>ا&amp;عتماد المحدد</translation>
    </message>
    <message>
        <source>Approve a&amp;ll</source>
        <translation>اعتماد ال&amp;كل</translation>
    </message>
    <message>
        <source>Flash rotation</source>
        <translation>التناوب السريع</translation>
    </message>
    <message>
        <source>Rounds:</source>
        <translation>الجولات:</translation>
    </message>
    <message>
        <source>Mentees per table:</source>
        <translation>المسترشدون لكل طاولة:</translation>
    </message>
    <message>
        <source>&amp;Build rotation</source>
        <translation>&amp;بناء التناوب</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>تصدير &amp;CSV…</translation>
    </message>
    <message>
        <source>P&amp;rint schedule</source>
        <translation>&amp;طباعة الجدول</translation>
    </message>
    <message>
        <source>Preview, print or save the rotation grid as PDF</source>
        <translation>معاينة جدول التناوب أو طباعته أو حفظه PDF</translation>
    </message>
    <message>
        <source>Select a draft or a mentee to see the candidate mentors.</source>
        <translation>اختر مسودة أو مسترشدًا لعرض المرشدين المرشحين.</translation>
    </message>
    <message>
        <source>&amp;Use this mentor (pin)</source>
        <translation>ا&amp;ستخدام هذا المرشد (تثبيت)</translation>
    </message>
    <message>
        <source>Score explanation</source>
        <translation>شرح الدرجة</translation>
    </message>
</context>
<context>
    <name>MatchingWeightsDialog</name>
    <message>
        <source>Matching criteria and weights</source>
        <translation>معايير المطابقة وأوزانها</translation>
    </message>
    <message>
        <source>A score is the weighted mean of the criteria both people answered (0 = not used). Approved pairs keep the score they were approved with.</source>
        <translation>الدرجة هي المتوسط المرجح للمعايير التي أجاب عنها الطرفان (0 = غير مستخدم). تحتفظ الثنائيات المعتمدة بالدرجة التي اعتُمدت بها.</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>الأوزان</translation>
    </message>
    <message>
        <source>Skills offered vs sought:</source>
        <translation>المهارات المعروضة مقابل المطلوبة:</translation>
    </message>
    <message>
        <source>Skills offered vs sought weight</source>
        <translation>وزن المهارات المعروضة مقابل المطلوبة</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>الأهداف:</translation>
    </message>
    <message>
        <source>Goals weight</source>
        <translation>وزن الأهداف</translation>
    </message>
    <message>
        <source>Interests:</source>
        <translation>الاهتمامات:</translation>
    </message>
    <message>
        <source>Interests weight</source>
        <translation>وزن الاهتمامات</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Language weight</source>
        <translation>وزن اللغة</translation>
    </message>
    <message>
        <source>Organization unit:</source>
        <translation>الوحدة التنظيمية:</translation>
    </message>
    <message>
        <source>Organization unit weight</source>
        <translation>وزن الوحدة التنظيمية</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>المنطقة الزمنية:</translation>
    </message>
    <message>
        <source>Time zone weight</source>
        <translation>وزن المنطقة الزمنية</translation>
    </message>
    <message>
        <source>Seniority / grade gap:</source>
        <translation>فارق الأقدمية / الصف:</translation>
    </message>
    <message>
        <source>Seniority / grade gap weight</source>
        <translation>وزن فارق الأقدمية / الصف</translation>
    </message>
    <message>
        <source>Weekly availability:</source>
        <translation>التوفر الأسبوعي:</translation>
    </message>
    <message>
        <source>Weekly availability weight</source>
        <translation>وزن التوفر الأسبوعي</translation>
    </message>
    <message>
        <source>Preferred format:</source>
        <translation>الشكل المفضل:</translation>
    </message>
    <message>
        <source>Preferred format weight</source>
        <translation>وزن الشكل المفضل</translation>
    </message>
    <message>
        <source>Identity preferences:</source>
        <translation>تفضيلات الهوية:</translation>
    </message>
    <message>
        <source>Identity preferences weight</source>
        <translation>وزن تفضيلات الهوية</translation>
    </message>
    <message>
        <source>Rules and options</source>
        <translation>القواعد والخيارات</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>الهدف:</translation>
    </message>
    <message>
        <source>Minimum score:</source>
        <translation>الحد الأدنى للدرجة:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>prefer the same unit</source>
        <translation>تفضيل الوحدة نفسها</translation>
    </message>
    <message>
        <source>prefer a different unit</source>
        <translation>تفضيل وحدة مختلفة</translation>
    </message>
    <message>
        <source>Mentors must be more senior than mentees</source>
        <translation>يجب أن يكون المرشدون أقدم من المسترشدين</translation>
    </message>
    <message>
        <source>Ideal seniority gap:</source>
        <translation>فارق الأقدمية المثالي:</translation>
    </message>
    <message>
        <source>… give or take:</source>
        <translation>… بفارق تقريبي:</translation>
    </message>
    <message>
        <source>Mentors must be cleared by screening</source>
        <translation>يجب أن يُجاز المرشدون بالتحقق</translation>
    </message>
    <message>
        <source>Flash: mentees per table:</source>
        <translation>سريع: المسترشدون لكل طاولة:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>optional, kept in the audit log</source>
        <translation>اختياري، يُحفظ في سجل التدقيق</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>استعادة ال&amp;افتراضي</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>المرشدون</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>المسترشدون</translation>
    </message>
    <message>
        <source>Match rate</source>
        <translation>نسبة المطابقة</translation>
    </message>
    <message>
        <source>Mentor utilization</source>
        <translation>نسبة استيعاب المرشدين</translation>
    </message>
    <message>
        <source>New pairs</source>
        <translation>ثنائيات جديدة</translation>
    </message>
    <message>
        <source>Active pairs</source>
        <translation>ثنائيات نشطة</translation>
    </message>
    <message>
        <source>Paused pairs</source>
        <translation>الثنائيات المتوقفة مؤقتًا</translation>
    </message>
    <message>
        <source>Closed pairs</source>
        <translation>الثنائيات المغلقة</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>اللقاءات المنعقدة</translation>
    </message>
    <message>
        <source>Meetings vs. target</source>
        <translation>اللقاءات مقارنة بالهدف</translation>
    </message>
    <message>
        <source>Mentoring hours</source>
        <translation>ساعات الإرشاد</translation>
    </message>
    <message>
        <source>Contacts made</source>
        <translation>مرات التواصل</translation>
    </message>
    <message>
        <source>Required check-ins done on time</source>
        <translation>المتابعات المطلوبة المنجزة في وقتها</translation>
    </message>
    <message>
        <source>Staff contact rate</source>
        <translation>نسبة تواصل الفريق</translation>
    </message>
    <message>
        <source>Pairs at risk</source>
        <translation>ثنائيات معرضة للخطر</translation>
    </message>
    <message>
        <source>Goal completion</source>
        <translation>إنجاز الأهداف</translation>
    </message>
    <message>
        <source>Average goal progress</source>
        <translation>متوسط التقدم في الأهداف</translation>
    </message>
    <message>
        <source>Average relationship rating</source>
        <translation>متوسط تقييم العلاقة</translation>
    </message>
    <message>
        <source>Closure rate</source>
        <translation>نسبة الإنهاء</translation>
    </message>
    <message>
        <source>Early-closure rate</source>
        <translation>نسبة الإنهاء المبكر</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>الاستمرارية</translation>
    </message>
    <message>
        <source>Average match length</source>
        <translation>متوسط مدة الثنائيات</translation>
    </message>
    <message>
        <source>Highest total score</source>
        <translation>أعلى مجموع درجات</translation>
    </message>
    <message>
        <source>As many matched as possible, then highest score</source>
        <translation>أكبر عدد من المطابقات ثم أعلى درجة</translation>
    </message>
    <message>
        <source>Stable matching (ranked choices)</source>
        <translation>مطابقة مستقرة (اختيارات مرتبة)</translation>
    </message>
    <message>
        <source>Status: {value}</source>
        <extracomment>Names the services build from a stored value (&quot;Status: applied&quot;, &quot;Mentors cleared&quot;).</extracomment>
        <translation>الحالة: {value}</translation>
    </message>
    <message>
        <source>Mentors {value}</source>
        <translation>المرشدون: {value}</translation>
    </message>
    <message>
        <source>{first}–{last} {month}</source>
        <translation>{first}–{last} {month}</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>الربع {quarter} {year}</translation>
    </message>
    <message>
        <source>{quarter} to {day}</source>
        <translation>{quarter} حتى {day}</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meeting</source>
        <translation>اللقاء</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الشكل</translation>
    </message>
    <message>
        <source>Who attended</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>الخطوات التالية</translation>
    </message>
    <message>
        <source>Notes (confidential)</source>
        <translation>ملاحظات (سرية)</translation>
    </message>
    <message>
        <source>Confidential: never printed or exported</source>
        <translation>سري: لا يُطبع ولا يُصدَّر أبدًا</translation>
    </message>
</context>
<context>
    <name>PairsView</name>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>تصفية الحالة</translation>
    </message>
    <message>
        <source>At risk only</source>
        <translation>المعرّضون للخطر فقط</translation>
    </message>
    <message>
        <source>Search by name…</source>
        <translation>البحث بالاسم…</translation>
    </message>
    <message>
        <source>Search pairs</source>
        <translation>البحث في الثنائيات</translation>
    </message>
    <message>
        <source>Cadence rules…</source>
        <translation>قواعد الوتيرة…</translation>
    </message>
    <message>
        <source>Meeting cadence and check-in rules of this program</source>
        <translation>وتيرة اللقاءات وقواعد المتابعة في هذا البرنامج</translation>
    </message>
    <message>
        <source>Open pair</source>
        <translation>فتح الثنائي</translation>
    </message>
    <message>
        <source>Open the selected pair (or double-click it)</source>
        <translation>فتح الثنائي المحدد (أو نقر مزدوج)</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>الثنائيات</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>المستحق هذا الأسبوع</translation>
    </message>
    <message>
        <source>Overdue and upcoming check-ins, meetings, reviews and action steps. Look ahead:</source>
        <translation>المتابعات واللقاءات والمراجعات وخطوات العمل المتأخرة والقادمة. التطلع إلى:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>Look ahead days</source>
        <translation>أيام التطلع إلى الأمام</translation>
    </message>
    <message>
        <source>Export to calendar (.ics)…</source>
        <translation>تصدير إلى التقويم (.ics)…</translation>
    </message>
    <message>
        <source>Save the due items and planned meetings as an iCalendar file</source>
        <translation>حفظ المستحقات واللقاءات المخططة في ملف iCalendar</translation>
    </message>
    <message>
        <source>Due items</source>
        <translation>المستحقات</translation>
    </message>
    <message>
        <source>← All pairs</source>
        <translation>→ كل الثنائيات</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;طباعة</translation>
    </message>
    <message>
        <source>Preview, print or save the agreement, the IDP, the status sheet or the certificates</source>
        <translation>معاينة أو طباعة أو حفظ الاتفاقية أو خطة التطوير أو بطاقة الثنائي أو الشهادات</translation>
    </message>
    <message>
        <source>E-mail pair…</source>
        <translation>مراسلة الثنائي…</translation>
    </message>
    <message>
        <source>Open a prefilled e-mail to the pair</source>
        <translation>فتح رسالة بريد معبأة مسبقًا للثنائي</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>تفعيل</translation>
    </message>
    <message>
        <source>Start this proposed pair</source>
        <translation>بدء هذا الثنائي المقترح</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>إيقاف مؤقت…</translation>
    </message>
    <message>
        <source>Pause the pair (with a reason)</source>
        <translation>إيقاف الثنائي مؤقتًا (مع ذكر السبب)</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>استئناف…</translation>
    </message>
    <message>
        <source>Resume the paused pair (with a reason)</source>
        <translation>استئناف الثنائي المتوقف (مع ذكر السبب)</translation>
    </message>
    <message>
        <source>Close pair…</source>
        <translation>إغلاق الثنائي…</translation>
    </message>
    <message>
        <source>Close with date, type, reason and exit feedback; frees the mentor&apos;s capacity</source>
        <translation>الإغلاق مع التاريخ والنوع والسبب والتقييم الختامي؛ يحرر سعة المرشد</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>إعادة فتح…</translation>
    </message>
    <message>
        <source>Reopen the closed pair (with a reason)</source>
        <translation>إعادة فتح الثنائي المغلق (مع ذكر السبب)</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>الملف الشخصي</translation>
    </message>
    <message>
        <source>Who the person is and their place in this program.</source>
        <translation>من هو الشخص وما مكانه في هذا البرنامج.</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>المطابقة</translation>
    </message>
    <message>
        <source>What matching compares. Separate several values with ; (semicolon).</source>
        <translation>ما تقارنه المطابقة. افصل بين القيم المتعددة بـ ; (فاصلة منقوطة).</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <source>Mentor screening: a mentor must be cleared, with a valid background check, to be matched.</source>
        <translation>التحقق من المرشدين: يجب أن يكون المرشد مُجازًا، مع تحقق سارٍ من السوابق، ليُطابَق.</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>ولي الأمر</translation>
    </message>
    <message>
        <source>For minors: the parent or guardian and their consent. Confidential: hidden from printouts and exports unless asked.</source>
        <translation>للقاصرين: الوالد أو ولي الأمر وموافقته. سري: مخفي من المطبوعات والصادرات إلا عند الطلب.</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>حساس</translation>
    </message>
    <message>
        <source>Optional and confidential: hidden from printouts and exports unless you explicitly include them.</source>
        <translation>اختياري وسري: مخفي من المطبوعات والصادرات إلا إذا ضمّنته صراحةً.</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>Program settings</source>
        <translation>إعدادات البرنامج</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>الاسم *</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الشكل</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Meet every (days)</source>
        <translation>اللقاء كل (أيام)</translation>
    </message>
    <message>
        <source>Meeting length (minutes)</source>
        <translation>مدة اللقاء (دقائق)</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Documents (agreements, IDPs, summaries, certificates)</source>
        <translation>المستندات (الاتفاقيات، خطط التطوير، الملخصات، الشهادات)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>a PNG or JPEG picture (optional)</source>
        <translation>صورة PNG أو JPEG (اختياري)</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>ملف الشعار</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>المنسق</translation>
    </message>
    <message>
        <source>name printed on signature lines</source>
        <translation>الاسم المطبوع على أسطر التوقيع</translation>
    </message>
    <message>
        <source>Coordinator name</source>
        <translation>اسم المنسق</translation>
    </message>
    <message>
        <source>Coordinator contact</source>
        <translation>وسيلة التواصل مع المنسق</translation>
    </message>
    <message>
        <source>e-mail or phone</source>
        <translation>البريد الإلكتروني أو الهاتف</translation>
    </message>
    <message>
        <source>Organization on documents</source>
        <translation>الجهة على المستندات</translation>
    </message>
    <message>
        <source>empty: the program&apos;s organization</source>
        <translation>فارغ: جهة البرنامج</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>لغة المستندات</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Log progress</source>
        <translation>تسجيل التقدم</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>&amp;Period:</source>
        <translation>ال&amp;فترة:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>بداية الفترة</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;إلى</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>نهاية الفترة</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Start &amp;next cycle…</source>
        <translation>بدء الدورة ال&amp;تالية…</translation>
    </message>
    <message>
        <source>Roll over: a new program with the participants who continue (no pairs)</source>
        <translation>الانتقال إلى دورة جديدة: برنامج جديد بالمشاركين المستمرين (دون ثنائيات)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>الرسوم البيانية</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>معرّض للخطر</translation>
    </message>
    <message>
        <source>Pairs the pair health rule flags on the period&apos;s last day. Double-click a pair to open it.</source>
        <translation>الثنائيات التي تنبّه إليها قاعدة السلامة في آخر يوم من الفترة. انقر نقرًا مزدوجًا على ثنائي لفتحه.</translation>
    </message>
    <message>
        <source>Pairs at risk</source>
        <translation>ثنائيات معرضة للخطر</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>كل المقاييس</translation>
    </message>
    <message>
        <source>Year over year</source>
        <translation>من سنة إلى أخرى</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>ال&amp;مقارنة مع:</translation>
    </message>
    <message>
        <source>Program to compare with</source>
        <translation>البرنامج المقارَن به</translation>
    </message>
    <message>
        <source>Year over year comparison</source>
        <translation>المقارنة من سنة إلى أخرى</translation>
    </message>
</context>
<context>
    <name>RolloverDialog</name>
    <message>
        <source>Start the next cycle</source>
        <translation>بدء الدورة التالية</translation>
    </message>
    <message>
        <source>A new program with the same settings and the participants you tick below. Their profiles and screening come along (background check expiry dates are kept); pairs do not. The old program stays for year-over-year comparison.</source>
        <translation>برنامج جديد بالإعدادات نفسها والمشاركين الذين تحددهم أدناه. تُنقل ملفاتهم الشخصية وبيانات التحقق (مع تواريخ انتهاء التحقق من السوابق)؛ أما الثنائيات فلا. يبقى البرنامج القديم للمقارنة من سنة إلى أخرى.</translation>
    </message>
    <message>
        <source>New program &amp;name:</source>
        <translation>ا&amp;سم البرنامج الجديد:</translation>
    </message>
    <message>
        <source>&amp;Runs from:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>New cycle start</source>
        <translation>بداية الدورة الجديدة</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>New cycle end</source>
        <translation>نهاية الدورة الجديدة</translation>
    </message>
    <message>
        <source>&amp;Who continues:</source>
        <translation>&amp;من يستمر:</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>ال&amp;كل</translation>
    </message>
    <message>
        <source>N&amp;one</source>
        <translation>&amp;لا شيء</translation>
    </message>
    <message>
        <source>&amp;Everyone but withdrawn</source>
        <translation>ال&amp;جميع عدا المنسحبين</translation>
    </message>
    <message>
        <source>Participants who continue</source>
        <translation>المشاركون المستمرون</translation>
    </message>
    <message>
        <source>Archive the old program (it stays available for comparison)</source>
        <translation>أرشفة البرنامج القديم (يبقى متاحًا للمقارنة)</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <source>Roster</source>
        <translation>قائمة المشاركين</translation>
    </message>
    <message>
        <source>&amp;Add participant…</source>
        <translation>إ&amp;ضافة مشارك…</translation>
    </message>
    <message>
        <source>Add a person to this program (Ctrl+N)</source>
        <translation>إضافة شخص إلى هذا البرنامج (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <source>Edit the selected person (Enter or double-click)</source>
        <translation>تحرير الشخص المحدد (Enter أو نقر مزدوج)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>إ&amp;زالة…</translation>
    </message>
    <message>
        <source>Remove the selected people from this program (Delete); Undo brings them back</source>
        <translation>إزالة الأشخاص المحددين من هذا البرنامج (Delete)؛ التراجع يعيدهم</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;طباعة</translation>
    </message>
    <message>
        <source>Preview, print or save the roster as PDF (sensitive fields only when you ask for them)</source>
        <translation>معاينة القائمة أو طباعتها أو حفظها PDF (الحقول الحساسة فقط عند طلبها)</translation>
    </message>
    <message>
        <source>Type to filter by name, email, department, screening…  (Ctrl+F)</source>
        <translation>اكتب للتصفية بالاسم أو البريد أو القسم أو التحقق…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>تصفية</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>ال&amp;دور:</translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation>تصفية الدور</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>تصفية الحالة</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>No program selected. Create one with Program ▸ New Program…</source>
        <translation>لم يُحدد أي برنامج. أنشئ واحدًا من البرنامج ▸ برنامج جديد…</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Cadence and check-in rules</source>
        <translation>الوتيرة وقواعد المتابعة</translation>
    </message>
    <message>
        <source>Meet every</source>
        <translation>الالتقاء كل</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>The program&apos;s meeting cadence target</source>
        <translation>وتيرة اللقاءات المستهدفة في البرنامج</translation>
    </message>
    <message>
        <source>First check-in</source>
        <translation>المتابعة الأولى</translation>
    </message>
    <message>
        <source> days after the first meeting</source>
        <translation> يومًا بعد اللقاء الأول</translation>
    </message>
    <message>
        <source>Check-ins in month one</source>
        <translation>المتابعات في الشهر الأول</translation>
    </message>
    <message>
        <source>Then every</source>
        <translation>ثم كل</translation>
    </message>
    <message>
        <source>Guardian (minors) every</source>
        <translation>ولي الأمر (للقاصرين) كل</translation>
    </message>
    <message>
        <source>A pair is at risk when it has not met within 1.5 × the cadence, a check-in is overdue, the latest relationship rating is 2 or lower, or a safety concern is open.</source>
        <translation>يكون الثنائي معرّضًا للخطر إذا لم يلتقِ خلال 1.5 × الوتيرة، أو تأخرت متابعة، أو كان آخر تقييم للعلاقة 2 أو أقل، أو وُجد قلق بشأن السلامة لم يُعالج.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer programs</source>
        <translation>نقل البرامج</translation>
    </message>
    <message>
        <source>Copy the ticked programs, with everyone and everything in them, to another database: a file (to work offline) or a server (postgresql://user@host/database). A program the other database already has is left as it is.</source>
        <translation>نسخ البرامج المحددة، بكل من فيها وكل ما فيها، إلى قاعدة بيانات أخرى: ملف (للعمل دون اتصال) أو خادم (postgresql://user@host/database). البرنامج الموجود أصلًا في قاعدة البيانات الأخرى يُترك كما هو.</translation>
    </message>
    <message>
        <source>Programs to copy</source>
        <translation>البرامج المراد نسخها</translation>
    </message>
    <message>
        <source>Copy to:</source>
        <translation>النسخ إلى:</translation>
    </message>
    <message>
        <source>a .sqlite file, or postgresql://user@host/database</source>
        <translation>ملف ‎.sqlite، أو postgresql://user@host/database</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>ملف…</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>mentor</source>
        <extracomment>Every value a view shows, marked for the catalogs (the key is the stored value).</extracomment>
        <translation>مرشد</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>مسترشد</translation>
    </message>
    <message>
        <source>both</source>
        <translation>كلاهما</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>ولي الأمر</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>متقدم</translation>
    </message>
    <message>
        <source>screened</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <source>trained</source>
        <translation>مدرَّب</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>منسحب</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>مُجاز</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <source>not cleared</source>
        <translation>غير مُجاز</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>مثبّت</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>موقَّعة</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>متروك</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>للتنفيذ</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>held</source>
        <translation>منعقد</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>غياب</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>مخطط</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>حضوريًا</translation>
    </message>
    <message>
        <source>video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>هاتف</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>مختلط</translation>
    </message>
    <message>
        <source>email</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <source>text</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <source>early</source>
        <translation>مبكرًا</translation>
    </message>
    <message>
        <source>one-on-one</source>
        <translation>فردي</translation>
    </message>
    <message>
        <source>group</source>
        <translation>مجموعة</translation>
    </message>
    <message>
        <source>peer</source>
        <translation>أقران</translation>
    </message>
    <message>
        <source>reverse</source>
        <translation>عكسي</translation>
    </message>
    <message>
        <source>flash</source>
        <translation>سريع</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>قاصر</translation>
    </message>
    <message>
        <source>planned meeting</source>
        <translation>لقاء مخطط</translation>
    </message>
    <message>
        <source>background check</source>
        <translation>التحقق من السوابق</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>guardian check-in</source>
        <translation>متابعة ولي الأمر</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>لقاء</translation>
    </message>
    <message>
        <source>planned end</source>
        <translation>النهاية المخططة</translation>
    </message>
    <message>
        <source>mid-point review</source>
        <translation>مراجعة منتصف المدة</translation>
    </message>
    <message>
        <source>IDP review</source>
        <translation>مراجعة خطة التطوير</translation>
    </message>
    <message>
        <source>action step</source>
        <translation>خطوة عمل</translation>
    </message>
    <message>
        <source>mentee&apos;s family</source>
        <translation>عائلة المسترشد</translation>
    </message>
    <message>
        <source>goals met</source>
        <translation>تحققت الأهداف</translation>
    </message>
    <message>
        <source>program ended</source>
        <translation>انتهى البرنامج</translation>
    </message>
    <message>
        <source>schedule conflict</source>
        <translation>تعارض المواعيد</translation>
    </message>
    <message>
        <source>moved away</source>
        <translation>انتقل بعيدًا</translation>
    </message>
    <message>
        <source>lost contact</source>
        <translation>انقطع التواصل</translation>
    </message>
    <message>
        <source>mismatch</source>
        <translation>عدم التوافق</translation>
    </message>
    <message>
        <source>mentor withdrew</source>
        <translation>انسحب المرشد</translation>
    </message>
    <message>
        <source>mentee withdrew</source>
        <translation>انسحب المسترشد</translation>
    </message>
    <message>
        <source>safety concern</source>
        <translation>مخاوف تتعلق بالسلامة</translation>
    </message>
    <message>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>no rematch</source>
        <translation>دون مطابقة جديدة</translation>
    </message>
    <message>
        <source>rematch mentee</source>
        <translation>مطابقة جديدة للمسترشد</translation>
    </message>
    <message>
        <source>rematch mentor</source>
        <translation>مطابقة جديدة للمرشد</translation>
    </message>
    <message>
        <source>rematch both</source>
        <translation>مطابقة جديدة لكليهما</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>لم يُحسم</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>منسق</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>مطّلع</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>New file created. To keep it unreadable without a passphrase, use File ▸ Protect with passphrase…</source>
        <extracomment>Set to print &quot;painted &lt;t&gt;&quot;, &quot;shown &lt;t&gt;&quot; and &quot;filled &lt;t&gt;&quot; (time.time()) on stderr as the window first paints, as the roster&apos;s rows are first on screen (read before the file was opened, or with it) and as the file is open and the roster filled; &quot;quit&quot; also ends the application then, &quot;painted&quot; right after the first paint (bench/: the CPU time to it). With &quot;stall &lt;seconds&gt;&quot; at &quot;filled&quot;: the longest the event loop went unanswered in between (a timer asking every 5 ms), i.e. how long input would have waited at worst while the file opened.</extracomment>
        <translation>أُنشئ ملف جديد. لجعله غير مقروء دون عبارة مرور، استخدم ملف ▸ الحماية بعبارة مرور…</translation>
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
        <translation>شخص آخر</translation>
    </message>
    <message>
        <source>{who} on {date} at {time} UTC</source>
        <translation>{who} في {date} الساعة {time} UTC</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>غيّره شخص آخر</translation>
    </message>
    <message>
        <source>This was changed by {saved_by} while you were editing; nothing was saved. Reload their version or keep yours.</source>
        <translation>غيّر {saved_by} هذا أثناء تحريرك؛ لم يُحفظ شيء. أعد تحميل نسختهم أو احتفظ بنسختك.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>الفروق</translation>
    </message>
    <message>
        <source>Their save holds the same values as your form.</source>
        <translation>ما حفظه الآخر يحمل القيم نفسها التي في نموذجك.</translation>
    </message>
    <message>
        <source>Reload their version</source>
        <translation>إعادة تحميل نسختهم</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>الإبقاء على نسختي</translation>
    </message>
    <message>
        <source>Save your values over theirs (recorded in the audit log)</source>
        <translation>حفظ قيمك مكان قيمهم (يُسجَّل في سجل التدقيق)</translation>
    </message>
</context>
<context>
    <name>common.date_edit</name>
    <message>
        <source>D</source>
        <comment>the letter for the day in a date pattern</comment>
        <translation>ي</translation>
    </message>
    <message>
        <source>M</source>
        <comment>the letter for the month in a date pattern</comment>
        <translation>ش</translation>
    </message>
    <message>
        <source>YYYY</source>
        <comment>the year&apos;s four digits in a date pattern</comment>
        <translation>سنة</translation>
    </message>
    <message>
        <source>{text} is not a date</source>
        <translation>{text} ليس تاريخًا</translation>
    </message>
    <message>
        <source>e.g. 2010-11-22</source>
        <translation>مثلًا 2010-11-22</translation>
    </message>
    <message>
        <source>e.g. {example} or 2010-11-22</source>
        <translation>مثلًا {example} أو 2010-11-22</translation>
    </message>
    <message>
        <source>not a date ({hint})</source>
        <translation>ليس تاريخًا ({hint})</translation>
    </message>
    <message>
        <source>Pick the date on a calendar</source>
        <translation>اختيار التاريخ من التقويم</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
</context>
<context>
    <name>common.errors</name>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <source>MentorDesk ran into a problem it did not expect. Everything saved before stays saved; the last action may not have been completed, so please check it.</source>
        <translation>واجه MentorDesk مشكلة غير متوقعة. كل ما حُفظ من قبل يبقى محفوظًا؛ قد لا يكون الإجراء الأخير قد اكتمل، فتحقق منه.</translation>
    </message>
    <message>
        <source>{__name__}: {error}

A report was written to {v2}.</source>
        <translation>{__name__}: {error}

كُتب تقرير في {v2}.</translation>
    </message>
</context>
<context>
    <name>common.language_menu</name>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>Automatic: {language} (the family&apos;s language)</source>
        <translation>تلقائي: {language} (لغة الأسرة)</translation>
    </message>
    <message>
        <source>Automatic: {language} (the program&apos;s language)</source>
        <translation>تلقائي: {language} (لغة البرنامج)</translation>
    </message>
</context>
<context>
    <name>common.printing</name>
    <message>
        <source>Could not write {path}: {v1}</source>
        <translation>تعذّرت كتابة {path}: {v1}</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>تعذّر فتح الطابعة.</translation>
    </message>
    <message>
        <source>Preview — {title}</source>
        <translation>معاينة — {title}</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>جارٍ تجهيز المستند…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>حفظ بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <source>Page {v0}</source>
        <translation>الصفحة {v0}</translation>
    </message>
    <message>
        <source>First page shown; preparing the whole document…</source>
        <translation>عُرضت الصفحة الأولى؛ جارٍ تجهيز المستند كاملًا…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>لا صفحات.</numerusform>
            <numerusform>صفحة واحدة.</numerusform>
            <numerusform>صفحتان.</numerusform>
            <numerusform>%n صفحات.</numerusform>
            <numerusform>%n صفحة.</numerusform>
            <numerusform>%n صفحة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;معاينة</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>حفظ بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <source>Preparing {v0}…</source>
        <translation>جارٍ تجهيز {v0}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The document could not be made.</source>
        <translation>تعذّر إنشاء المستند.</translation>
    </message>
    <message>
        <source>Printing {v0}…</source>
        <translation>جارٍ طباعة {v0}…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save {path}: {v1}</source>
        <translation>تعذّر حفظ {path}: {v1}</translation>
    </message>
</context>
<context>
    <name>common.unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Save your changes to {what}?</source>
        <translation>حفظ التغييرات على {what}؟</translation>
    </message>
    <message>
        <source>If you don&apos;t save, what you typed is lost.</source>
        <translation>إن لم تحفظ، يضيع ما كتبته.</translation>
    </message>
</context>
<context>
    <name>district.coordinators_dialog</name>
    <message>
        <source>Choose a login and a program</source>
        <translation>اختر اسم دخول وبرنامجًا</translation>
    </message>
    <message>
        <source>{login} is now {access} of {program}</source>
        <translation>أصبح {login} {access} في {program}</translation>
    </message>
    <message>
        <source>{login} no longer has access to {program}</source>
        <translation>لم يعد لـ{login} وصول إلى {program}</translation>
    </message>
</context>
<context>
    <name>district.menu</name>
    <message>
        <source>&amp;District</source>
        <translation>المنطقة ال&amp;تعليمية</translation>
    </message>
    <message>
        <source>&amp;Coordinators…</source>
        <translation>ال&amp;منسقون…</translation>
    </message>
    <message>
        <source>Who may work on or view which program</source>
        <translation>من يعمل على أي برنامج أو يطّلع عليه</translation>
    </message>
</context>
<context>
    <name>documents.batch_print_dialog</name>
    <message>
        <source>Agreements of every active pair</source>
        <translation>اتفاقيات كل الثنائيات النشطة</translation>
    </message>
    <message>
        <source>Individual Development Plans of every mentee</source>
        <translation>خطط التطوير الفردية لكل المسترشدين</translation>
    </message>
    <message>
        <source>Certificates of completion</source>
        <translation>شهادات الإتمام</translation>
    </message>
    <message>
        <source>As set for the program</source>
        <translation>كما في إعدادات البرنامج</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter (الأمريكي)</translation>
    </message>
    <message>
        <source>Each family&apos;s language, else the program&apos;s</source>
        <translation>لغة كل أسرة، وإلا فلغة البرنامج</translation>
    </message>
    <message>
        <source>&amp;Create PDFs</source>
        <translation>إ&amp;نشاء ملفات PDF</translation>
    </message>
    <message>
        <source>Combined PDF</source>
        <translation>ملف PDF مجمّع</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the PDFs</source>
        <translation>مجلد ملفات PDF</translation>
    </message>
    <message>
        <source>Choose where to save the PDFs first.</source>
        <translation>اختر مكان حفظ ملفات PDF أولًا.</translation>
    </message>
    <message>
        <source>That is a folder: give the combined PDF a file name.</source>
        <translation>هذا مجلد: أعطِ ملف PDF المجمّع اسمًا.</translation>
    </message>
    <message>
        <source>That is a file: choose a folder for one file per person.</source>
        <translation>هذا ملف: اختر مجلدًا لملف لكل شخص.</translation>
    </message>
    <message>
        <source>Creating the PDFs…</source>
        <translation>جارٍ إنشاء ملفات PDF…</translation>
    </message>
    <message>
        <source>Cancelling after the current document…</source>
        <translation>الإلغاء بعد المستند الحالي…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إ&amp;لغاء</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Cancelled: {v0} of {total} files were written.</source>
        <translation>أُلغي: كُتب {v0} من {total} ملفات.</translation>
    </message>
    <message>
        <source>There is nothing of this kind to print yet.</source>
        <translation>لا يوجد شيء من هذا النوع للطباعة بعد.</translation>
    </message>
    <message>
        <source>Done: {total} documents saved in {where}.</source>
        <translation>تم: حُفظ {total} مستندًا في {where}.</translation>
    </message>
    <message>
        <source>Could not write the files: {v0}</source>
        <translation>تعذّرت كتابة الملفات: {v0}</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>حدث خطأ ما: {error}</translation>
    </message>
</context>
<context>
    <name>files.dialogs</name>
    <message>
        <source>Replace file?</source>
        <translation>استبدال الملف؟</translation>
    </message>
    <message>
        <source>{name} already exists in {parent}. Replace it?</source>
        <translation>{name} موجود بالفعل في {parent}. هل تستبدله؟</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>مفتوح بالفعل</translation>
    </message>
    <message>
        <source>{name} is already open in another window. Open it read-only here (you can look, print and export, but not change anything)?</source>
        <translation>{name} مفتوح بالفعل في نافذة أخرى. هل تفتحه هنا للقراءة فقط (يمكنك الاطلاع والطباعة والتصدير، دون تغيير شيء)؟</translation>
    </message>
    <message>
        <source>Damaged file</source>
        <translation>ملف تالف</translation>
    </message>
    <message>
        <source>{error}

Put the newest good backup in its place? The damaged file is kept beside it.</source>
        <translation>{error}

هل تضع أحدث نسخة احتياطية سليمة مكانه؟ يُحفظ الملف التالف بجانبها.</translation>
    </message>
    <message>
        <source>{name} is damaged and there is no good backup of it</source>
        <translation>{name} تالف ولا توجد نسخة احتياطية سليمة منه</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Choose a backup to bring back. The file as it is now is kept as a backup first, so a restore can itself be undone by restoring that one.</source>
        <translation>اختر النسخة الاحتياطية التي تريد استعادتها. يُحفظ الملف بحالته الحالية كنسخة احتياطية أولًا، فيمكن التراجع عن الاستعادة باستعادة تلك النسخة.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>No backups yet: File ▸ Back up now… makes one.</source>
        <translation>لا نسخ احتياطية بعد: ملف ▸ نسخ احتياطي الآن… ينشئ واحدة.</translation>
    </message>
</context>
<context>
    <name>files.preferences</name>
    <message>
        <source>Backup settings</source>
        <translation>إعدادات النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>the MentorDesk data folder</source>
        <translation>مجلد بيانات MentorDesk</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Back up to:</source>
        <translation>النسخ الاحتياطي إلى:</translation>
    </message>
    <message>
        <source>Daily backups kept:</source>
        <translation>النسخ اليومية المحفوظة:</translation>
    </message>
    <message>
        <source>Weekly backups kept:</source>
        <translation>النسخ الأسبوعية المحفوظة:</translation>
    </message>
    <message>
        <source>Monthly backups kept:</source>
        <translation>النسخ الشهرية المحفوظة:</translation>
    </message>
</context>
<context>
    <name>files.server</name>
    <message>
        <source>Connect to server</source>
        <translation>الاتصال بالخادم</translation>
    </message>
    <message>
        <source>A district&apos;s MentorDesk database on a PostgreSQL server. The password is asked when the server needs one (or read from ~/.pgpass).</source>
        <translation>قاعدة بيانات MentorDesk لمنطقة تعليمية على خادم PostgreSQL. تُطلب كلمة المرور عندما يحتاجها الخادم (أو تُقرأ من ~/.pgpass).</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>db.district.example</source>
        <translation>db.district.example</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>ملف شهادة جهة التصديق</translation>
    </message>
    <message>
        <source>optional: the server&apos;s CA certificate (.pem, .crt)</source>
        <translation>اختياري: شهادة جهة التصديق للخادم (.pem، .crt)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Remember the password in this computer&apos;s keyring</source>
        <translation>تذكّر كلمة المرور في سلسلة مفاتيح هذا الحاسوب</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>ال&amp;خادم:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ال&amp;منفذ:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;قاعدة البيانات:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>الم&amp;ستخدم:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>ملف &amp;جهة التصديق:</translation>
    </message>
    <message>
        <source>The server&apos;s CA certificate</source>
        <translation>شهادة جهة التصديق للخادم</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All (*)</source>
        <translation>الشهادات (*.pem *.crt *.cer);;الكل (*)</translation>
    </message>
    <message>
        <source>Give the server&apos;s name or address.</source>
        <translation>أدخل اسم الخادم أو عنوانه.</translation>
    </message>
    <message>
        <source>Give the database&apos;s name.</source>
        <translation>أدخل اسم قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Give your user name on the server.</source>
        <translation>أدخل اسم المستخدم الخاص بك على الخادم.</translation>
    </message>
    <message>
        <source>The CA file does not exist.</source>
        <translation>ملف جهة التصديق غير موجود.</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>كلمة مرور الخادم</translation>
    </message>
    <message>
        <source>The password of {user} for {server}:</source>
        <translation>كلمة مرور {user} على {server}:</translation>
    </message>
    <message>
        <source>your user</source>
        <translation>مستخدمك</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Remember it in this computer&apos;s keyring</source>
        <translation>تذكّرها في سلسلة مفاتيح هذا الحاسوب</translation>
    </message>
</context>
<context>
    <name>files.transfer</name>
    <message>
        <source>Programs</source>
        <extracomment>What each copied table holds, as the report names it (the CLI prints the table names). A test checks every table the transfer copies has a name here.</extracomment>
        <translation>البرامج</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>العضويات</translation>
    </message>
    <message>
        <source>Membership changes</source>
        <translation>تغييرات العضوية</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>أولياء الأمور</translation>
    </message>
    <message>
        <source>Screenings</source>
        <translation>عمليات التحقق</translation>
    </message>
    <message>
        <source>Screening references</source>
        <translation>مراجع التحقق</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>التدريبات</translation>
    </message>
    <message>
        <source>Matching exclusions</source>
        <translation>استثناءات المطابقة</translation>
    </message>
    <message>
        <source>Match proposals</source>
        <translation>اقتراحات المطابقة</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>الثنائيات</translation>
    </message>
    <message>
        <source>Pair members</source>
        <translation>أعضاء الثنائيات</translation>
    </message>
    <message>
        <source>Pair history entries</source>
        <translation>قيود سجل الثنائيات</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>الاتفاقات</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>اللقاءات</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Goal progress notes</source>
        <translation>ملاحظات التقدم نحو الأهداف</translation>
    </message>
    <message>
        <source>Action steps</source>
        <translation>خطوات العمل</translation>
    </message>
    <message>
        <source>Development plans</source>
        <translation>خطط التطوير</translation>
    </message>
    <message>
        <source>Closures</source>
        <translation>الإنهاءات</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>قيود سجل التدقيق</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Copied: {programs}</source>
        <translation>نُسخ: {programs}</translation>
    </message>
    <message>
        <source>Already in the target (left as they are): {programs}</source>
        <translation>موجودة في الهدف (تُركت كما هي): {programs}</translation>
    </message>
    <message>
        <source>{records}: {count}</source>
        <translation>{records}: {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) already in the target, reused</source>
        <translation>
            <numerusform>لا أشخاص موجودون في الهدف</numerusform>
            <numerusform>شخص واحد موجود في الهدف، أعيد استخدامه</numerusform>
            <numerusform>شخصان موجودان في الهدف، أعيد استخدامهما</numerusform>
            <numerusform>%n أشخاص موجودون في الهدف، أعيد استخدامهم</numerusform>
            <numerusform>%n شخصًا موجودًا في الهدف، أعيد استخدامهم</numerusform>
            <numerusform>%n شخص موجود في الهدف، أعيد استخدامهم</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy programs to</source>
        <translation>نسخ البرامج إلى</translation>
    </message>
    <message>
        <source>MentorDesk (*.sqlite)</source>
        <translation>MentorDesk (*.sqlite)</translation>
    </message>
    <message>
        <source>Cancelled: nothing was copied</source>
        <translation>أُلغي: لم يُنسخ شيء</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>جارٍ النسخ…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>The copy failed; nothing was copied (see the log)</source>
        <translation>فشل النسخ؛ لم يُنسخ شيء (راجع السجل)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>help.about</name>
    <message>
        <source>see its files</source>
        <translation>انظر ملفاته</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>لا شيء مفتوح</translation>
    </message>
    <message>
        <source>About MentorDesk</source>
        <translation>حول MentorDesk</translation>
    </message>
</context>
<context>
    <name>help.guide</name>
    <message>
        <source>Getting started with MentorDesk</source>
        <extracomment>The order a coordinator reads them in; any other guide follows alphabetically. Files in docs/ that are not user guides. Developers&apos; notes live in docs/dev/ (the guides&apos; notes for developers in docs/dev/guides/), which the help never lists. Each English guide&apos;s first heading, for the list when the guide has no translation yet (a test checks this table against the files, so a new guide gets a translated title).</extracomment>
        <translation>البدء مع MentorDesk</translation>
    </message>
    <message>
        <source>The main window and the roster</source>
        <translation>النافذة الرئيسية وقائمة المشاركين</translation>
    </message>
    <message>
        <source>Spreadsheet import and export</source>
        <translation>استيراد جداول البيانات وتصديرها</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>المطابقة</translation>
    </message>
    <message>
        <source>Pairs: agreement, goals, meetings, check-ins, IDP, closure</source>
        <translation>الثنائيات: الاتفاق، الأهداف، اللقاءات، المتابعات، خطة التطوير الفردية، الإنهاء</translation>
    </message>
    <message>
        <source>Print-ready documents</source>
        <translation>مستندات جاهزة للطباعة</translation>
    </message>
    <message>
        <source>Reports: program measures, charts, year over year, funder export, rollover</source>
        <translation>التقارير: المقاييس، الرسوم البيانية، المقارنة السنوية، التصدير للممولين، الدورة الجديدة</translation>
    </message>
    <message>
        <source>Keeping the file safe: opening, writing, backups and restore</source>
        <translation>الحفاظ على الملف آمنًا: الفتح، الكتابة، النسخ الاحتياطي والاستعادة</translation>
    </message>
    <message>
        <source>Privacy: files only you can read, encryption, a person&apos;s data, erasure, retention</source>
        <translation>الخصوصية: ملفات لا يقرؤها غيرك، التشفير، بيانات الشخص، المحو، الاحتفاظ</translation>
    </message>
    <message>
        <source>Safeguarding rules, unsaved edits, settings and dates</source>
        <translation>قواعد الحماية، التعديلات غير المحفوظة، الإعدادات والتواريخ</translation>
    </message>
    <message>
        <source>MentorDesk user guide</source>
        <extracomment>The language the file is written in (&quot;en&quot; when a translation is missing).</extracomment>
        <translation>دليل مستخدم MentorDesk</translation>
    </message>
    <message>
        <source>Search the guides</source>
        <translation>البحث في الأدلة</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>نص الدليل</translation>
    </message>
    <message>
        <source>This guide is not translated into {language} yet: it is shown in English.</source>
        <translation>هذا الدليل غير مترجم بعد ({language}): يُعرض بالإنجليزية.</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>MentorDesk files (*.sqlite *.mentordesk *.db);;All files (*)</source>
        <translation>ملفات MentorDesk (*.sqlite *.mentordesk *.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Roster: the program&apos;s participants, screening and guardians; import, export and print</source>
        <translation>قائمة المشاركين: مشاركو البرنامج والتحقق وأولياء الأمور؛ استيراد وتصدير وطباعة</translation>
    </message>
    <message>
        <source>Matching: propose mentor–mentee pairs, review them and approve</source>
        <translation>المطابقة: اقتراح ثنائيات مرشد–مسترشد ومراجعتها واعتمادها</translation>
    </message>
    <message>
        <source>Pairs: each pair&apos;s agreement, goals, meetings and check-ins; what is due this week</source>
        <translation>الثنائيات: اتفاقية كل ثنائي وأهدافه ولقاءاته ومتابعاته؛ المستحق هذا الأسبوع</translation>
    </message>
    <message>
        <source>Reports: the program&apos;s measures and charts, comparison, summary PDF</source>
        <translation>التقارير: مقاييس البرنامج ورسومه البيانية، المقارنة، ملخص PDF</translation>
    </message>
    <message>
        <source>Program</source>
        <extracomment>The database is attached and the roster filled (the start-up benchmark waits for it). The roster&apos;s rows are first on screen: read before the file was opened (`show_early_roster`), or with it (`attach_database`).</extracomment>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>  Program: </source>
        <translation>  البرنامج: </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>ال&amp;تفضيلات…</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;قائمة المشاركين</translation>
    </message>
    <message>
        <source>&amp;Matching</source>
        <translation>ال&amp;مطابقة</translation>
    </message>
    <message>
        <source>&amp;Pairs</source>
        <translation>ال&amp;ثنائيات</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation>ال&amp;تقارير</translation>
    </message>
    <message>
        <source>The file opened on another program: “{action}” was not done.</source>
        <extracomment>Called once after the first paint instead of loading from ctx.db (the application sets it to open the file in the background, then calls attach_database).</extracomment>
        <translation>فُتح الملف على برنامج آخر: لم يُنفَّذ «{action}».</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>جارٍ فتح {name}…</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>العروض</translation>
    </message>
    <message>
        <source>{tip} (Ctrl+{v1})</source>
        <translation>{tip} (Ctrl+{v1})</translation>
    </message>
    <message>
        <source>Protect with &amp;passphrase…</source>
        <translation>الحماية بعبارة &amp;مرور…</translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation>مدة الا&amp;حتفاظ…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>  (archived)</source>
        <translation>  (مؤرشف)</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (للقراءة فقط)</translation>
    </message>
    <message>
        <source>restored from the archive</source>
        <translation>استُعيد من الأرشيف</translation>
    </message>
    <message>
        <source>Program {verb}.</source>
        <translation>البرنامج {verb}.</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>الاتصال ب&amp;خادم…</translation>
    </message>
    <message>
        <source>Open a district&apos;s MentorDesk database on a PostgreSQL server</source>
        <translation>فتح قاعدة بيانات MentorDesk لمنطقة تعليمية على خادم PostgreSQL</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>الاتصال بالخادم</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>&amp;نسخ احتياطي الآن…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>ا&amp;ستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Backup &amp;Settings…</source>
        <translation>إ&amp;عدادات النسخ الاحتياطي…</translation>
    </message>
    <message>
        <source>&amp;Transfer Programs…</source>
        <translation>&amp;نقل البرامج…</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>نُسخ احتياطيًا إلى {path}</translation>
    </message>
    <message>
        <source> The previous content was kept as {name}.</source>
        <translation> حُفظ المحتوى السابق باسم {name}.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>استُعيد</translation>
    </message>
    <message>
        <source>{name} was restored.{note}</source>
        <translation>استُعيد {name}.{note}</translation>
    </message>
    <message>
        <source>New MentorDesk file</source>
        <translation>ملف MentorDesk جديد</translation>
    </message>
    <message>
        <source>New file</source>
        <translation>ملف جديد</translation>
    </message>
    <message>
        <source>{path} already exists. Use File ▸ Open to open it.</source>
        <translation>{path} موجود بالفعل. استخدم ملف ▸ فتح لفتحه.</translation>
    </message>
    <message>
        <source>Open MentorDesk file</source>
        <translation>فتح ملف MentorDesk</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>الملفات الأخيرة</translation>
    </message>
    <message>
        <source>{path} no longer exists.</source>
        <translation>{path} لم يعد موجودًا.</translation>
    </message>
</context>
<context>
    <name>matching.actions</name>
    <message>
        <source>Matching…</source>
        <translation>جارٍ المطابقة…</translation>
    </message>
    <message>
        <source>Proposal ready: {summary}.</source>
        <translation>المقترح جاهز: {summary}.</translation>
    </message>
    <message numerus="yes">
        <source> %n pin(s) no longer hold and will not be approved: </source>
        <translation>
            <numerusform> لا تثبيتات غير صالحة: </numerusform>
            <numerusform> تثبيت واحد لم يعد صالحًا ولن يُعتمد: </numerusform>
            <numerusform> تثبيتان لم يعودا صالحين ولن يُعتمدا: </numerusform>
            <numerusform> %n تثبيتات لم تعد صالحة ولن تُعتمد: </numerusform>
            <numerusform> %n تثبيتًا لم يعد صالحًا ولن يُعتمد: </numerusform>
            <numerusform> %n تثبيت لم يعد صالحًا ولن يُعتمد: </numerusform>
        </translation>
    </message>
    <message>
        <source>Matching cancelled; the previous drafts are unchanged.</source>
        <translation>أُلغيت المطابقة؛ لم تتغير المسودات السابقة.</translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation>جارٍ الاعتماد…</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n pair(s); they are now active.</source>
        <translation>
            <numerusform>لم يُعتمد أي ثنائي.</numerusform>
            <numerusform>اعتُمد ثنائي واحد؛ وهو نشط الآن.</numerusform>
            <numerusform>اعتُمد ثنائيان؛ وهما نشطان الآن.</numerusform>
            <numerusform>اعتُمدت %n ثنائيات؛ وهي نشطة الآن.</numerusform>
            <numerusform>اعتُمد %n ثنائيًا؛ وهي نشطة الآن.</numerusform>
            <numerusform>اعتُمد %n ثنائي؛ وهي نشطة الآن.</numerusform>
        </translation>
    </message>
    <message>
        <source> Not approved ({v0}): </source>
        <translation> لم يُعتمد ({v0}): </translation>
    </message>
    <message>
        <source>Approval cancelled; no pair was created.</source>
        <translation>أُلغي الاعتماد؛ لم يُنشأ أي ثنائي.</translation>
    </message>
    <message>
        <source>excluded by the coordinator</source>
        <translation>استبعده المنسق</translation>
    </message>
    <message>
        <source>Saved by {saved_by} while you were editing; nothing was saved. Close to keep theirs, or OK again to save yours over them.</source>
        <translation>حفظها {saved_by} أثناء تعديلك؛ لم يُحفظ شيء. أغلق للإبقاء على نسختهم، أو اضغط موافق مجددًا لحفظ نسختك فوقها.</translation>
    </message>
    <message>
        <source>Rotation: {rounds} rounds, no pair meets twice, {breaks} breaks; {quality}.</source>
        <translation>التناوب: {rounds} جولات، لا يلتقي ثنائي مرتين، {breaks} استراحات؛ {quality}.</translation>
    </message>
    <message>
        <source>Export rotation</source>
        <translation>تصدير التناوب</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write {path}: {strerror}</source>
        <translation>تعذّرت كتابة {path}: {strerror}</translation>
    </message>
    <message>
        <source>Rotation saved to {path}.</source>
        <translation>حُفظ التناوب في {path}.</translation>
    </message>
</context>
<context>
    <name>matching.commands</name>
    <message>
        <source>Run matcher ({matched} pairs)</source>
        <translation>تشغيل المطابقة ({matched} ثنائيًا)</translation>
    </message>
    <message>
        <source>Pin {pair}</source>
        <extracomment>Edit ▸ Undo&apos;s text for each draft action (translated where shown).</extracomment>
        <translation>تثبيت {pair}</translation>
    </message>
    <message>
        <source>Unpin {pair}</source>
        <translation>إلغاء تثبيت {pair}</translation>
    </message>
    <message>
        <source>Reject {pair}</source>
        <translation>رفض {pair}</translation>
    </message>
    <message>
        <source>Restore {pair}</source>
        <translation>استعادة {pair}</translation>
    </message>
    <message>
        <source>Exclude {a_name} / {b_name}</source>
        <translation>استبعاد {a_name} / {b_name}</translation>
    </message>
    <message>
        <source>Remove exclusion {a_name} / {b_name}</source>
        <translation>إزالة استبعاد {a_name} / {b_name}</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n pair(s)</source>
        <translation>
            <numerusform>اعتماد لا ثنائيات</numerusform>
            <numerusform>اعتماد ثنائي واحد</numerusform>
            <numerusform>اعتماد ثنائيين</numerusform>
            <numerusform>اعتماد %n ثنائيات</numerusform>
            <numerusform>اعتماد %n ثنائيًا</numerusform>
            <numerusform>اعتماد %n ثنائي</numerusform>
        </translation>
    </message>
    <message>
        <source>Change matching weights</source>
        <translation>تغيير أوزان المطابقة</translation>
    </message>
    <message>
        <source>Matching weights changed</source>
        <translation>تغيّرت أوزان المطابقة</translation>
    </message>
    <message>
        <source>The matching weights were saved by {saved_by} after this step. Put this step&apos;s weights back over theirs?</source>
        <translation>حفظ {saved_by} أوزان المطابقة بعد هذه الخطوة. هل تعيد أوزان هذه الخطوة فوق أوزانهم؟</translation>
    </message>
    <message>
        <source>Matching failed: {error}</source>
        <translation>فشلت المطابقة: {error}</translation>
    </message>
</context>
<context>
    <name>matching.models</name>
    <message>
        <source>pin no longer valid</source>
        <translation>التثبيت لم يعد صالحًا</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>المرشد</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>المسترشد</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>مؤهَّل</translation>
    </message>
    <message>
        <source>can be matched</source>
        <translation>يمكن مطابقتهم</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>الشاغر</translation>
    </message>
    <message>
        <source>{free} of {capacity}</source>
        <translation>{free} من {capacity}</translation>
    </message>
    <message>
        <source>capacity {capacity}, {used} in live pairs, {pinned} pinned</source>
        <translation>السعة {capacity}، {used} في ثنائيات نشطة، {pinned} مثبتة</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>المسودات</translation>
    </message>
    <message>
        <source>{proposed} proposed, {pinned} pinned</source>
        <translation>{proposed} مقترحة، {pinned} مثبتة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Never with</source>
        <translation>لا يُقرن أبدًا مع</translation>
    </message>
    <message>
        <source>{mentee_name}: score {score:.0f}</source>
        <translation>{mentee_name}: الدرجة {score:.0f}</translation>
    </message>
    <message>
        <source>Table · mentor</source>
        <translation>الطاولة · المرشد</translation>
    </message>
    <message>
        <source>Round {section}</source>
        <translation>الجولة {section}</translation>
    </message>
</context>
<context>
    <name>matching.view</name>
    <message>
        <source>Rotation schedule</source>
        <translation>جدول التناوب</translation>
    </message>
    <message>
        <source>Proposed pairs</source>
        <translation>الثنائيات المقترحة</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>المسترشدون</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>المرشدون</translation>
    </message>
    <message>
        <source>Unmatched mentees</source>
        <translation>المسترشدون دون مطابقة</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>الاستبعادات</translation>
    </message>
    <message>
        <source>Candidate mentors</source>
        <translation>المرشدون المرشحون</translation>
    </message>
    <message>
        <source>Flash rotation schedule</source>
        <translation>جدول التناوب السريع</translation>
    </message>
    <message>
        <source>Filter the proposal</source>
        <translation>تصفية المقترح</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>الجولات</translation>
    </message>
    <message>
        <source>Mentees per table</source>
        <translation>المسترشدون لكل طاولة</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Re-match &amp;paired</source>
        <translation>إعادة مطابقة المقترنين</translation>
    </message>
    <message>
        <source>Build the rotation first (Build rotation).</source>
        <translation>ابنِ التناوب أولًا (بناء التناوب).</translation>
    </message>
    <message>
        <source>Choose or create a program to match its participants.</source>
        <translation>اختر برنامجًا أو أنشئه لمطابقة مشاركيه.</translation>
    </message>
    <message>
        <source>Loading the participants…</source>
        <translation>جارٍ تحميل المشاركين…</translation>
    </message>
    <message>
        <source>Unmatched ({v0})</source>
        <translation>دون مطابقة ({v0})</translation>
    </message>
    <message>
        <source>Excluded ({v0})</source>
        <translation>المستبعدون ({v0})</translation>
    </message>
    <message>
        <source>Proposal ({v0})</source>
        <translation>المقترح ({v0})</translation>
    </message>
    <message>
        <source>&lt;br&gt;{note}</source>
        <translation>&lt;br&gt;{note}</translation>
    </message>
    <message>
        <source>Select a draft or a mentee to see the candidate mentors.</source>
        <translation>اختر مسودة أو مسترشدًا لعرض المرشدين المرشحين.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({value}): {eligible_mentees} mentees and {eligible_mentors} mentors can be matched, {slots} free mentor places. </source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({value}): يمكن مطابقة {eligible_mentees} مسترشدين و{eligible_mentors} مرشدين، {slots} أماكن شاغرة لدى المرشدين. </translation>
    </message>
    <message>
        <source>No proposal yet: choose the objective and press &lt;i&gt;Run matcher&lt;/i&gt;.</source>
        <translation>لا مقترح بعد: اختر الهدف واضغط &lt;i&gt;تشغيل المطابقة&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>Drafts: {drafts} ({pinned} pinned), total score {total}; {unmatched} unmatched after the last run.</source>
        <translation>المسودات: {drafts} ({pinned} مثبتة)، مجموع الدرجات {total}؛ {unmatched} دون مطابقة بعد آخر تشغيل.</translation>
    </message>
    <message>
        <source>Pin {name} to {v1}; re-runs keep it.</source>
        <translation>تثبيت {name} مع {v1}؛ تحتفظ به عمليات التشغيل اللاحقة.</translation>
    </message>
    <message>
        <source>Select a candidate mentor to pin to this mentee.</source>
        <translation>اختر مرشدًا مرشحًا لتثبيته مع هذا المسترشد.</translation>
    </message>
    <message>
        <source>Cannot pin {name}: </source>
        <translation>تعذّر تثبيت {name}: </translation>
    </message>
    <message>
        <source>{name} is already pinned to {mentee_name}.</source>
        <translation>{name} مثبّت بالفعل مع {mentee_name}.</translation>
    </message>
    <message>
        <source>{mentee_name} is already pinned to {mentor_name}; unpin that first.</source>
        <translation>{mentee_name} مثبّت بالفعل مع {mentor_name}؛ ألغِ ذلك التثبيت أولًا.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Candidates for {v0}&lt;/b&gt; …</source>
        <translation>&lt;b&gt;المرشحون لـ{v0}&lt;/b&gt; …</translation>
    </message>
    <message>
        <source>&lt;b&gt;Candidates for {v0}&lt;/b&gt; — {eligible} eligible of {v2} mentors, best first. Pick one and “Use this mentor” to swap.</source>
        <translation>&lt;b&gt;المرشحون لـ{v0}&lt;/b&gt; — {eligible} مؤهلون من {v2} مرشدين، الأفضل أولًا. اختر واحدًا ثم «استخدام هذا المرشد» للتبديل.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{v0}&lt;/b&gt;&lt;br&gt;Score &lt;b&gt;{score_text}&lt;/b&gt; / 100: a neutral 50, plus or minus each criterion&apos;s points:&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{v0}&lt;/b&gt;&lt;br&gt;الدرجة &lt;b&gt;{score_text}&lt;/b&gt; / 100: قيمة محايدة 50، زائد أو ناقص نقاط كل معيار:&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>matching.weights_dialog</name>
    <message>
        <source>Matching criteria and weights — {value} program</source>
        <extracomment>The program&apos;s version these values were read at (a save over a newer one is refused).</extracomment>
        <translation>معايير المطابقة وأوزانها — برنامج {value}</translation>
    </message>
    <message>
        <source>Restore defaults for {value}</source>
        <translation>استعادة الإعدادات الافتراضية لـ{value}</translation>
    </message>
    <message>
        <source>Give at least one criterion a weight above 0.</source>
        <translation>أعطِ معيارًا واحدًا على الأقل وزنًا أكبر من 0.</translation>
    </message>
</context>
<context>
    <name>pairs.commands</name>
    <message>
        <source>Not done: {action}</source>
        <translation>لم يتم: {action}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>Edit agreement</source>
        <translation>تحرير الاتفاقية</translation>
    </message>
    <message>
        <source>Edit IDP</source>
        <translation>تحرير خطة التطوير</translation>
    </message>
    <message>
        <source>Activate pair</source>
        <extracomment>The title of each status change (Edit ▸ Undo, the reason prompt), translated where shown.</extracomment>
        <translation>تفعيل الثنائي</translation>
    </message>
    <message>
        <source>Pause pair</source>
        <translation>إيقاف الثنائي مؤقتًا</translation>
    </message>
    <message>
        <source>Resume pair</source>
        <translation>استئناف الثنائي</translation>
    </message>
    <message>
        <source>Reopen pair</source>
        <translation>إعادة فتح الثنائي</translation>
    </message>
    <message>
        <source>Close pair</source>
        <translation>إغلاق الثنائي</translation>
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
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>this record</source>
        <extracomment>What the unsaved-changes question calls this form.</extracomment>
        <translation>هذا السجل</translation>
    </message>
    <message>
        <source>this meeting</source>
        <translation>هذا اللقاء</translation>
    </message>
    <message>
        <source>this check-in</source>
        <translation>هذه المتابعة</translation>
    </message>
    <message>
        <source>Action step</source>
        <translation>خطوة عمل</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>this goal</source>
        <translation>هذا الهدف</translation>
    </message>
    <message>
        <source>1 (high)</source>
        <translation>1 (عالية)</translation>
    </message>
    <message>
        <source>2 (medium)</source>
        <translation>2 (متوسطة)</translation>
    </message>
    <message>
        <source>3 (low)</source>
        <translation>3 (منخفضة)</translation>
    </message>
    <message>
        <source>Due: a date like 2026-12-01. Status: to do, in progress or done.</source>
        <translation>الاستحقاق: تاريخ مثل 2026-12-01. الحالة: to do أو in progress أو done.</translation>
    </message>
    <message>
        <source>Step {step}: the due date “{text}” is not a date like 2026-12-01</source>
        <translation>الخطوة {step}: تاريخ الاستحقاق «{text}» ليس تاريخًا مثل 2026-12-01</translation>
    </message>
    <message>
        <source>bad date</source>
        <translation>تاريخ غير صالح</translation>
    </message>
    <message>
        <source>Step {v0}: status must be one of {allowed}</source>
        <translation>الخطوة {v0}: يجب أن تكون الحالة واحدة من {allowed}</translation>
    </message>
    <message>
        <source>bad status</source>
        <translation>حالة غير صالحة</translation>
    </message>
    <message>
        <source>this progress entry</source>
        <translation>إدخال التقدم هذا</translation>
    </message>
    <message>
        <source>Log progress: {v0}</source>
        <translation>تسجيل التقدم: {v0}</translation>
    </message>
    <message>
        <source>the closure</source>
        <translation>الإغلاق</translation>
    </message>
    <message>
        <source>completed as planned</source>
        <translation>اكتمل كما هو مخطط</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>انتهى مبكرًا</translation>
    </message>
</context>
<context>
    <name>pairs.form_tabs</name>
    <message>
        <source>Someone else saved this agreement meanwhile: saving will show the difference.</source>
        <extracomment>The version the form was filled from (core/concurrency.py).</extracomment>
        <translation>حفظ شخص آخر هذه الاتفاقية في الأثناء: سيُظهر الحفظ الفرق.</translation>
    </message>
    <message>
        <source>Agreement {value}.</source>
        <translation>الاتفاقية {value}.</translation>
    </message>
    <message>
        <source>Pre-filled from the program&apos;s defaults, not saved yet: adjust and save.</source>
        <translation>معبأ مسبقًا من الإعدادات الافتراضية للبرنامج، ولم يُحفظ بعد: عدّله ثم احفظه.</translation>
    </message>
    <message>
        <source>Guardian signed</source>
        <translation>توقيع ولي الأمر</translation>
    </message>
    <message>
        <source>Guardian signed (adults: not needed)</source>
        <translation>توقيع ولي الأمر (البالغون: غير مطلوب)</translation>
    </message>
    <message>
        <source>IDP</source>
        <translation>خطة التطوير</translation>
    </message>
    <message>
        <source>&lt;i&gt;No goals yet: add them in the Goals tab.&lt;/i&gt;</source>
        <translation>&lt;i&gt;لا أهداف بعد: أضفها في تبويب الأهداف.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Reloaded the version saved by {saved_by}.</source>
        <translation>أُعيد تحميل النسخة التي حفظها {saved_by}.</translation>
    </message>
    <message>
        <source>Individual Development Plan of {mentee_name}.</source>
        <translation>خطة التطوير الفردية لـ{mentee_name}.</translation>
    </message>
    <message>
        <source> Not saved yet: fill in and save.</source>
        <translation> لم يُحفظ بعد: املأه ثم احفظه.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{statement}&lt;/b&gt; ({percent} %)&lt;br&gt;Action plan: {plan}&lt;br&gt;Resources: {resources}&lt;br&gt;Mentor&apos;s role: {role}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{statement}&lt;/b&gt; ({percent} %)&lt;br&gt;خطة العمل: {plan}&lt;br&gt;الموارد: {resources}&lt;br&gt;دور المرشد: {role}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;No IDP goals yet: in the Goals tab, tick “Part of the mentee&apos;s IDP”.&lt;/i&gt;</source>
        <translation>&lt;i&gt;لا أهداف في خطة التطوير بعد: في تبويب الأهداف، حدد «جزء من خطة التطوير الفردية للمسترشد».&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>pairs.goals_tab</name>
    <message numerus="yes">
        <source>%n goal(s), {done} completed</source>
        <translation>
            <numerusform>لا أهداف، {done} مكتملة</numerusform>
            <numerusform>هدف واحد، {done} مكتملة</numerusform>
            <numerusform>هدفان، {done} مكتملة</numerusform>
            <numerusform>%n أهداف، {done} مكتملة</numerusform>
            <numerusform>%n هدفًا، {done} مكتملة</numerusform>
            <numerusform>%n هدف، {done} مكتملة</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;No goal selected.&lt;/i&gt;</source>
        <translation>&lt;i&gt;لم يُحدد أي هدف.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>إضافة هدف</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>تحرير الهدف</translation>
    </message>
    <message>
        <source>Log progress</source>
        <translation>تسجيل التقدم</translation>
    </message>
    <message>
        <source>Select a goal first.</source>
        <translation>اختر هدفًا أولًا.</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>حذف الهدف</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;i&gt;none yet&lt;/i&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;i&gt;لا شيء بعد&lt;/i&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;i&gt;no progress logged&lt;/i&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;i&gt;لم يُسجل أي تقدم&lt;/i&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>مقياس النجاح</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>التاريخ المستهدف</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source> on {date}</source>
        <translation> في {date}</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>الموارد</translation>
    </message>
    <message>
        <source>Mentor&apos;s role</source>
        <translation>دور المرشد</translation>
    </message>
    <message>
        <source>In the IDP</source>
        <translation>في خطة التطوير</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{v0}&lt;/h3&gt;&lt;table&gt;{table}&lt;/table&gt;&lt;p&gt;&lt;b&gt;Action steps&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{steps}&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Progress log&lt;/b&gt; (latest {percent} %)&lt;/p&gt;&lt;ul&gt;{log}&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;{v0}&lt;/h3&gt;&lt;table&gt;{table}&lt;/table&gt;&lt;p&gt;&lt;b&gt;خطوات العمل&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{steps}&lt;/ul&gt;&lt;p&gt;&lt;b&gt;سجل التقدم&lt;/b&gt; (آخر قيمة {percent} %)&lt;/p&gt;&lt;ul&gt;{log}&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>pairs.models</name>
    <message numerus="yes">
        <source> and %n more reason(s)</source>
        <translation>
            <numerusform> ولا أسباب أخرى</numerusform>
            <numerusform> وسبب آخر</numerusform>
            <numerusform> وسببان آخران</numerusform>
            <numerusform> و%n أسباب أخرى</numerusform>
            <numerusform> و%n سببًا آخر</numerusform>
            <numerusform> و%n سبب آخر</numerusform>
        </translation>
    </message>
    <message>
        <source> (minor)</source>
        <translation> (قاصر)</translation>
    </message>
    <message>
        <source> overdue</source>
        <translation> متأخر</translation>
    </message>
    <message>
        <source>Confidential: </source>
        <translation>سري: </translation>
    </message>
    <message>
        <source>resolved </source>
        <translation>عولج </translation>
    </message>
    <message>
        <source>⚠ OPEN</source>
        <translation>⚠ مفتوح</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
</context>
<context>
    <name>pairs.printing</name>
    <message>
        <source>Only for a pair closed as completed</source>
        <translation>فقط لثنائي أُغلق مكتملًا</translation>
    </message>
    <message>
        <source>Mentoring agreement</source>
        <translation>اتفاقية الإرشاد</translation>
    </message>
    <message>
        <source>Pair status sheet</source>
        <translation>بطاقة الثنائي</translation>
    </message>
    <message>
        <source>Certificate of completion</source>
        <translation>شهادة إتمام</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>&amp;الاتفاقية</translation>
    </message>
    <message>
        <source>&amp;IDP</source>
        <translation>&amp;خطة التطوير</translation>
    </message>
    <message>
        <source>Pair &amp;status sheet</source>
        <translation>&amp;بطاقة الثنائي</translation>
    </message>
    <message>
        <source>&amp;Certificate of completion</source>
        <translation>&amp;شهادة إتمام</translation>
    </message>
    <message>
        <source>Individual Development Plan — {name}</source>
        <translation>خطة التطوير الفردية — {name}</translation>
    </message>
    <message>
        <source>&amp;IDP of {name}</source>
        <translation>&amp;خطة التطوير الفردية لـ{name}</translation>
    </message>
    <message>
        <source>&amp;IDPs of the mentees</source>
        <translation>&amp;خطط التطوير الفردية للمسترشدين</translation>
    </message>
</context>
<context>
    <name>pairs.rules</name>
    <message>
        <source>Change cadence rules</source>
        <translation>تغيير قواعد الوتيرة</translation>
    </message>
</context>
<context>
    <name>pairs.summaries</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n meeting(s) held, {hours} hours&lt;/b&gt; · cadence target every {cadence_days} days: {label} · {cancelled} cancelled or no-show</source>
        <translation>
            <numerusform>&lt;b&gt;لا لقاءات منعقدة، {hours} ساعة&lt;/b&gt; · الوتيرة المستهدفة كل {cadence_days} يومًا: {label} · {cancelled} ملغى أو غياب</numerusform>
            <numerusform>&lt;b&gt;لقاء واحد منعقد، {hours} ساعة&lt;/b&gt; · الوتيرة المستهدفة كل {cadence_days} يومًا: {label} · {cancelled} ملغى أو غياب</numerusform>
            <numerusform>&lt;b&gt;لقاءان منعقدان، {hours} ساعة&lt;/b&gt; · الوتيرة المستهدفة كل {cadence_days} يومًا: {label} · {cancelled} ملغى أو غياب</numerusform>
            <numerusform>&lt;b&gt;%n لقاءات منعقدة، {hours} ساعة&lt;/b&gt; · الوتيرة المستهدفة كل {cadence_days} يومًا: {label} · {cancelled} ملغى أو غياب</numerusform>
            <numerusform>&lt;b&gt;%n لقاءً منعقدًا، {hours} ساعة&lt;/b&gt; · الوتيرة المستهدفة كل {cadence_days} يومًا: {label} · {cancelled} ملغى أو غياب</numerusform>
            <numerusform>&lt;b&gt;%n لقاء منعقد، {hours} ساعة&lt;/b&gt; · الوتيرة المستهدفة كل {cadence_days} يومًا: {label} · {cancelled} ملغى أو غياب</numerusform>
        </translation>
    </message>
    <message>
        <source> · next planned {v0}</source>
        <translation> · اللقاء المخطط التالي {v0}</translation>
    </message>
    <message>
        <source> · next meeting due {v0}</source>
        <translation> · اللقاء التالي مستحق {v0}</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;</source>
        <translation>&lt;b style=&apos;color:#b00020&apos;&gt;</translation>
    </message>
    <message>
        <source>Next check-in {red}overdue since {when}&lt;/b&gt;</source>
        <translation>المتابعة التالية {red}متأخرة منذ {when}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Next check-in due {when}</source>
        <translation>المتابعة التالية مستحقة في {when}</translation>
    </message>
    <message>
        <source>First check-in due 2 days after the first meeting</source>
        <translation>المتابعة الأولى مستحقة بعد يومين من اللقاء الأول</translation>
    </message>
    <message>
        <source>guardian check-in {red}overdue since {when}&lt;/b&gt;</source>
        <translation>متابعة ولي الأمر {red}متأخرة منذ {when}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>guardian check-in due {when}</source>
        <translation>متابعة ولي الأمر مستحقة في {when}</translation>
    </message>
    <message>
        <source>latest rating {latest_rating}/5</source>
        <translation>آخر تقييم {latest_rating}/5</translation>
    </message>
    <message numerus="yes">
        <source>{red}%n open safety concern(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>{red}لا مخاوف سلامة مفتوحة&lt;/b&gt;</numerusform>
            <numerusform>{red}قلق واحد بشأن السلامة مفتوح&lt;/b&gt;</numerusform>
            <numerusform>{red}قلقان بشأن السلامة مفتوحان&lt;/b&gt;</numerusform>
            <numerusform>{red}%n مخاوف سلامة مفتوحة&lt;/b&gt;</numerusform>
            <numerusform>{red}%n قلقًا بشأن السلامة مفتوحًا&lt;/b&gt;</numerusform>
            <numerusform>{red}%n قلق بشأن السلامة مفتوح&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>No check-ins due (the pair is not active).</source>
        <translation>لا متابعات مستحقة (الثنائي غير نشط).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Match score:&lt;/b&gt; —</source>
        <translation>&lt;b&gt;درجة المطابقة:&lt;/b&gt; —</translation>
    </message>
    <message>
        <source>&lt;b&gt;Match score {score:.0f}&lt;/b&gt;</source>
        <translation>&lt;b&gt;درجة المطابقة {score:.0f}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#707070&apos;&gt;approved by {v0}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#707070&apos;&gt;اعتمده {v0}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>weight {weight}</source>
        <translation>الوزن {weight}</translation>
    </message>
</context>
<context>
    <name>pairs.tabs</name>
    <message>
        <source>Notes in amber are confidential: never printed or exported</source>
        <translation>الملاحظات بلون العنبر سرية: لا تُطبع ولا تُصدَّر أبدًا</translation>
    </message>
    <message>
        <source>Add {noun}…</source>
        <translation>إضافة {noun}…</translation>
    </message>
    <message>
        <source>Add {noun}</source>
        <translation>إضافة {noun}</translation>
    </message>
    <message>
        <source>Edit {noun}</source>
        <translation>تحرير {noun}</translation>
    </message>
    <message>
        <source>Delete {noun}</source>
        <translation>حذف {noun}</translation>
    </message>
    <message>
        <source>completed as planned</source>
        <translation>اكتمل كما هو مخطط</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>انتهى مبكرًا</translation>
    </message>
    <message>
        <source>&lt;b&gt;Closed on {date}: {kind}&lt;/b&gt;&lt;br&gt;Reason: {reason} · initiated by {who} · rematch: {rematch}&lt;br&gt;Mentor&apos;s exit feedback: {mentor_feedback}&lt;br&gt;Mentee&apos;s exit feedback: {mentee_feedback}</source>
        <translation>&lt;b&gt;أُغلق في {date}: {kind}&lt;/b&gt;&lt;br&gt;السبب: {reason} · بمبادرة من {who} · إعادة المطابقة: {rematch}&lt;br&gt;تقييم المرشد الختامي: {mentor_feedback}&lt;br&gt;تقييم المسترشد الختامي: {mentee_feedback}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Paused&lt;/b&gt;: {reason}</source>
        <translation>&lt;b&gt;متوقف مؤقتًا&lt;/b&gt;: {reason}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>لم يُذكر سبب</translation>
    </message>
    <message>
        <source>&lt;b&gt;The pair is {value}.&lt;/b&gt; Close it here when it ends.</source>
        <translation>&lt;b&gt;الثنائي {value}.&lt;/b&gt; أغلقه من هنا عند انتهائه.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:#707070&apos;&gt;Earlier closure {v0} ({v1}), reopened {v2}&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#707070&apos;&gt;إغلاق سابق {v0} ({v1})، أُعيد فتحه {v2}&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>pairs.view</name>
    <message>
        <source>All statuses</source>
        <extracomment>How long after the list is first shown the detail&apos;s tabs are built (milliseconds).</extracomment>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>mentor, mentee</source>
        <translation>المرشد، المسترشد</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>الاتفاقية</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>اللقاءات</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>لقاء</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <source>IDP</source>
        <translation>خطة التطوير</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>الإغلاق</translation>
    </message>
    <message>
        <source>No program selected</source>
        <translation>لم يُحدد أي برنامج</translation>
    </message>
    <message>
        <source>Loading the pairs…</source>
        <translation>جارٍ تحميل الثنائيات…</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>المستحق هذا الأسبوع</translation>
    </message>
    <message>
        <source>Due in the next {days} days</source>
        <translation>المستحق خلال {days} يومًا القادمة</translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n item(s), {overdue} overdue</source>
        <translation>
            <numerusform>{title}: لا عناصر، {overdue} متأخر</numerusform>
            <numerusform>{title}: عنصر واحد، {overdue} متأخر</numerusform>
            <numerusform>{title}: عنصران، {overdue} متأخر</numerusform>
            <numerusform>{title}: %n عناصر، {overdue} متأخر</numerusform>
            <numerusform>{title}: %n عنصرًا، {overdue} متأخر</numerusform>
            <numerusform>{title}: %n عنصر، {overdue} متأخر</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} pairs · {risky} at risk</source>
        <translation>{shown} من {total} ثنائيًا · {risky} معرّض للخطر</translation>
    </message>
    <message>
        <source>the agreement</source>
        <translation>الاتفاقية</translation>
    </message>
    <message>
        <source>the IDP</source>
        <translation>خطة التطوير</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>الثنائي</translation>
    </message>
    <message>
        <source> &amp;lt;{v0}&amp;gt;</source>
        <translation> &amp;lt;{v0}&amp;gt;</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:{v0}&apos;&gt;(minor)&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:{v0}&apos;&gt;(قاصر)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&amp;nbsp;&amp;nbsp;Guardian: {v0}</source>
        <translation>&lt;br&gt;&amp;nbsp;&amp;nbsp;ولي الأمر: {v0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status: {value}&lt;/b&gt;</source>
        <translation>&lt;b&gt;الحالة: {value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Started {v0} · planned end {v1}&lt;br&gt;Meetings: {label}, {hours:.1f} h · target every {cadence_days} days</source>
        <translation>&lt;br&gt;البداية {v0} · النهاية المخططة {v1}&lt;br&gt;اللقاءات: {label}، {hours:.1f} ساعة · الهدف كل {cadence_days} يومًا</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:{v0}&apos;&gt;⚠ Needs attention:&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;b style=&apos;color:{v0}&apos;&gt;⚠ يحتاج إلى انتباه:&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;On track.&lt;/b&gt;&lt;/span&gt; Next check-in due {checkin}; next meeting due {meeting}.</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;على المسار الصحيح.&lt;/b&gt;&lt;/span&gt; المتابعة التالية مستحقة في {checkin}؛ اللقاء التالي مستحق في {meeting}.</translation>
    </message>
    <message>
        <source>Why is the pair pausing?</source>
        <translation>لماذا يتوقف الثنائي مؤقتًا؟</translation>
    </message>
    <message>
        <source>Why is it resuming?</source>
        <translation>لماذا يُستأنف؟</translation>
    </message>
    <message>
        <source>Why is the pair reopened?</source>
        <translation>لماذا يُعاد فتح الثنائي؟</translation>
    </message>
    <message>
        <source>{v0} pair — screening</source>
        <translation>الثنائي {v0} — التحقق</translation>
    </message>
    <message>
        <source>This pair should not start yet:
• </source>
        <translation>لا ينبغي أن يبدأ هذا الثنائي بعد:
• </translation>
    </message>
    <message>
        <source>

To go ahead anyway, say why (kept in the audit log):</source>
        <translation>

للمتابعة رغم ذلك، اذكر السبب (يُحفظ في سجل التدقيق):</translation>
    </message>
    <message>
        <source>Go ahead anyway</source>
        <translation>المتابعة رغم ذلك</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>لم يتغير</translation>
    </message>
    <message>
        <source>Without a reason the pair keeps its status.</source>
        <translation>دون سبب يبقى الثنائي على حالته.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>No e-mail program is set up. The link:
</source>
        <translation>لا يوجد برنامج بريد إلكتروني مُعد. الرابط:
</translation>
    </message>
    <message>
        <source>Export due items</source>
        <translation>تصدير المستحقات</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
</context>
<context>
    <name>privacy.passphrase</name>
    <message>
        <source>Passphrase</source>
        <extracomment>(attempt number, message to show) → (passphrase, remember) or None when cancelled.</extracomment>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>{name} is protected with a passphrase.</source>
        <translation>{name} محمي بعبارة مرور.</translation>
    </message>
    <message>
        <source>Remember it in this computer&apos;s keyring</source>
        <translation>تذكّرها في سلسلة مفاتيح هذا الحاسوب</translation>
    </message>
    <message numerus="yes">
        <source>That passphrase is not right: %n try(s) left.</source>
        <translation>
            <numerusform>عبارة المرور غير صحيحة: لم تبقَ محاولات.</numerusform>
            <numerusform>عبارة المرور غير صحيحة: بقيت محاولة واحدة.</numerusform>
            <numerusform>عبارة المرور غير صحيحة: بقيت محاولتان.</numerusform>
            <numerusform>عبارة المرور غير صحيحة: بقيت %n محاولات.</numerusform>
            <numerusform>عبارة المرور غير صحيحة: بقيت %n محاولة.</numerusform>
            <numerusform>عبارة المرور غير صحيحة: بقيت %n محاولة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrase {TRIES} times: {name} was not opened, and nothing in it changed.</source>
        <translation>عبارة مرور خاطئة {TRIES} مرات: لم يُفتح {name}، ولم يتغير فيه شيء.</translation>
    </message>
    <message>
        <source>Protect with passphrase</source>
        <translation>الحماية بعبارة مرور</translation>
    </message>
    <message>
        <source>The file is encrypted (SQLCipher, AES-256): without the passphrase nobody can read it, and neither can you — keep the passphrase safe. A backup is made first.</source>
        <translation>الملف مشفر (SQLCipher، AES-256): دون عبارة المرور لا يستطيع أحد قراءته، ولا أنت — فاحفظ عبارة المرور في مكان آمن. تُنشأ نسخة احتياطية أولًا.</translation>
    </message>
    <message>
        <source>This file is protected with a passphrase.</source>
        <translation>هذا الملف محمي بعبارة مرور.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>Remove the protection (store the file unencrypted)</source>
        <translation>إزالة الحماية (حفظ الملف دون تشفير)</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة مرور جديدة</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>أعد كتابتها</translation>
    </message>
    <message>
        <source>At least {MIN_LENGTH} characters.</source>
        <translation>{MIN_LENGTH} أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>The file is now protected with the passphrase.</source>
        <translation>الملف محمي الآن بعبارة المرور.</translation>
    </message>
    <message>
        <source>The file is no longer protected with a passphrase.</source>
        <translation>لم يعد الملف محميًا بعبارة مرور.</translation>
    </message>
    <message>
        <source> The previous file is kept as {name}.</source>
        <translation> يُحفظ الملف السابق باسم {name}.</translation>
    </message>
</context>
<context>
    <name>privacy.person</name>
    <message>
        <source>Export the data held about {name}</source>
        <translation>تصدير البيانات المحفوظة عن {name}</translation>
    </message>
    <message>
        <source>Readable PDF (*.pdf);;JSON (*.json)</source>
        <translation>PDF مقروء (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export their data</source>
        <translation>تصدير بياناته</translation>
    </message>
    <message>
        <source>Cannot write {path}: {strerror}</source>
        <translation>تعذّرت كتابة {path}: {strerror}</translation>
    </message>
    <message>
        <source>Erase completely</source>
        <translation>حذف نهائي</translation>
    </message>
    <message>
        <source>&lt;b&gt;Erase {v0} completely?&lt;/b&gt;</source>
        <translation>&lt;b&gt;حذف {v0} نهائيًا؟&lt;/b&gt;</translation>
    </message>
    <message>
        <source>no program</source>
        <translation>لا برنامج</translation>
    </message>
    <message>
        <source>Every record about them is deleted ({records} records, in {programs}): profile, screening, guardian and consent, IDP, goals, match proposals, and their name in the audit log. &lt;b&gt;This cannot be undone&lt;/b&gt;, not even with Edit ▸ Undo. Backups and exports made before now still hold their data.</source>
        <translation>يُحذف كل سجل عنه ({records} سجلًا، في {programs}): الملف الشخصي، والتحقق، وولي الأمر والموافقة، وخطة التطوير، والأهداف، ومقترحات المطابقة، واسمه في سجل التدقيق. &lt;b&gt;لا يمكن التراجع عن ذلك&lt;/b&gt;، ولا حتى بـ تحرير ▸ تراجع. النسخ الاحتياطية والصادرات السابقة لا تزال تحتوي بياناته.</translation>
    </message>
    <message>
        <source> and {v0} more</source>
        <translation> و{v0} أخرى</translation>
    </message>
    <message>
        <source>Backups made before now still hold them: {shown}{more}.</source>
        <translation>النسخ الاحتياطية السابقة لا تزال تحتوي بياناتهم: {shown}{more}.</translation>
    </message>
    <message numerus="yes">
        <source>Keep their %n pair(s) for the program&apos;s statistics, with “Former participant” in their place</source>
        <translation>
            <numerusform>الاحتفاظ بثنائياته لإحصاءات البرنامج، مع «مشارك سابق» مكانه</numerusform>
            <numerusform>الاحتفاظ بثنائيه لإحصاءات البرنامج، مع «مشارك سابق» مكانه</numerusform>
            <numerusform>الاحتفاظ بثنائييه لإحصاءات البرنامج، مع «مشارك سابق» مكانه</numerusform>
            <numerusform>الاحتفاظ بثنائياته الـ%n لإحصاءات البرنامج، مع «مشارك سابق» مكانه</numerusform>
            <numerusform>الاحتفاظ بثنائياته الـ%n لإحصاءات البرنامج، مع «مشارك سابق» مكانه</numerusform>
            <numerusform>الاحتفاظ بثنائياته الـ%n لإحصاءات البرنامج، مع «مشارك سابق» مكانه</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove their pairs completely</source>
        <translation>إزالة ثنائياته كليًا</translation>
    </message>
    <message>
        <source>Type their full name to confirm:</source>
        <translation>اكتب اسمه الكامل للتأكيد:</translation>
    </message>
    <message>
        <source>Full name to confirm the erasure</source>
        <translation>الاسم الكامل لتأكيد الحذف</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>privacy.retention</name>
    <message>
        <source>Retention</source>
        <translation>الاحتفاظ</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source> years after the program ends</source>
        <translation> سنوات بعد انتهاء البرنامج</translation>
    </message>
    <message>
        <source>Erase people</source>
        <translation>حذف أشخاص</translation>
    </message>
    <message>
        <source>A person is erased once every program they are in has passed its retention period; their pairs are kept for the statistics with “Former participant”.</source>
        <translation>يُحذف الشخص عندما تتجاوز كل برامجه مدة الاحتفاظ؛ وتُحفظ ثنائياته للإحصاءات باسم «مشارك سابق».</translation>
    </message>
    <message>
        <source>Erase them now…</source>
        <translation>حذفهم الآن…</translation>
    </message>
    <message>
        <source>{name} — {v1} (due since {due_since})</source>
        <translation>{name} — {v1} (مستحق منذ {due_since})</translation>
    </message>
    <message>
        <source>Due for erasure today: {v0}</source>
        <translation>مستحقو الحذف اليوم: {v0}</translation>
    </message>
    <message>
        <source>Nobody is due today.</source>
        <translation>لا أحد مستحق اليوم.</translation>
    </message>
    <message>
        <source>Erase completely</source>
        <translation>حذف نهائي</translation>
    </message>
    <message>
        <source>Erase these {count} people completely? This cannot be undone.</source>
        <translation>حذف هؤلاء الأشخاص ({count}) نهائيًا؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>{v0} people are due for erasure under the retention rule: Program ▸ Retention… shows them.</source>
        <translation>{v0} أشخاص مستحقو الحذف وفق قاعدة الاحتفاظ: البرنامج ▸ مدة الاحتفاظ… يعرضهم.</translation>
    </message>
</context>
<context>
    <name>programs.dialog</name>
    <message>
        <source>One-on-one</source>
        <extracomment>Receives the field values (the keyword arguments of ProgramService.create/update).</extracomment>
        <translation>فردي</translation>
    </message>
    <message>
        <source>Group / circle</source>
        <translation>مجموعة / حلقة</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>الأقران</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>عكسي</translation>
    </message>
    <message>
        <source>Flash / speed</source>
        <translation>سريع / خاطف</translation>
    </message>
    <message>
        <source>New program</source>
        <translation>برنامج جديد</translation>
    </message>
    <message>
        <source>Rename program</source>
        <translation>إعادة تسمية البرنامج</translation>
    </message>
    <message>
        <source>Program settings</source>
        <translation>إعدادات البرنامج</translation>
    </message>
    <message>
        <source>As the system&apos;s locale (A4 or Letter)</source>
        <translation>حسب إعدادات النظام الإقليمية (A4 أو Letter)</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter (الأمريكي)</translation>
    </message>
    <message>
        <source>A person&apos;s own document language, when set, comes first</source>
        <translation>لغة المستندات الخاصة بالشخص، إن حُدِّدت، تأتي أولًا</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Logo for documents</source>
        <translation>الشعار للمستندات</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>at most 200 characters</source>
        <translation>200 حرف على الأكثر</translation>
    </message>
    <message>
        <source>before the start date</source>
        <translation>قبل تاريخ البدء</translation>
    </message>
</context>
<context>
    <name>programs.preferences_dialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>These choices are for this computer and every data file. Paper, logo and the coordinator&apos;s name for one program are in Program ▸ Settings.</source>
        <translation>هذه الخيارات لهذا الحاسوب ولكل ملفات البيانات. الورق والشعار واسم المنسق لبرنامج معين موجودة في البرنامج ▸ الإعدادات.</translation>
    </message>
    <message>
        <source>the user data folder (one folder per file)</source>
        <translation>مجلد بيانات المستخدم (مجلد لكل ملف)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>صيغة التاريخ</translation>
    </message>
    <message>
        <source>As the system writes them ({locale_example})</source>
        <translation>كما يكتبها النظام ({locale_example})</translation>
    </message>
    <message>
        <source>Year first, ISO (2010-11-22)</source>
        <translation>السنة أولًا، ISO (2010-11-22)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Default paper</source>
        <translation>الورق الافتراضي</translation>
    </message>
    <message>
        <source>As the system&apos;s locale</source>
        <translation>حسب إعدادات النظام الإقليمية</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter (الأمريكي)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>كما في النظام ({language})</translation>
    </message>
    <message>
        <source>A new language applies when MentorDesk starts again.</source>
        <translation>تُطبَّق اللغة الجديدة عند تشغيل MentorDesk مرة أخرى.</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>المجلد غير موجود</translation>
    </message>
    <message>
        <source>the preferences</source>
        <translation>التفضيلات</translation>
    </message>
</context>
<context>
    <name>reports.cards</name>
    <message>
        <source>{expected} expected in the period</source>
        <translation>{expected} متوقع في الفترة</translation>
    </message>
    <message>
        <source>— no earlier figure</source>
        <translation>— لا رقم سابق</translation>
    </message>
</context>
<context>
    <name>reports.charts</name>
    <message>
        <source> — none in this period</source>
        <translation> — لا شيء في هذه الفترة</translation>
    </message>
    <message>
        <source>Meetings held per month</source>
        <translation>اللقاءات المنعقدة شهريًا</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>اللقاءات المنعقدة</translation>
    </message>
    <message>
        <source>Pairs by status at each month end</source>
        <translation>الثنائيات حسب الحالة في نهاية كل شهر</translation>
    </message>
    <message>
        <source>Closures by reason</source>
        <translation>حالات الإغلاق حسب السبب</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>انتهى مبكرًا</translation>
    </message>
    <message>
        <source>Relationship ratings (check-ins)</source>
        <translation>تقييمات العلاقة (المتابعات)</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <source>Rates compared (%)</source>
        <translation>مقارنة المعدلات (%)</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>يناير</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>فبراير</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>مارس</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>أبريل</translation>
    </message>
    <message>
        <source>May</source>
        <translation>مايو</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>يونيو</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>يوليو</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>أغسطس</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>سبتمبر</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>أكتوبر</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>نوفمبر</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>ديسمبر</translation>
    </message>
    <message>
        <source>Meetings chart</source>
        <translation>رسم اللقاءات</translation>
    </message>
    <message>
        <source>Pair status chart</source>
        <translation>رسم حالة الثنائيات</translation>
    </message>
    <message>
        <source>Closures chart</source>
        <translation>رسم الإنهاءات</translation>
    </message>
    <message>
        <source>Relationship ratings chart</source>
        <translation>رسم تقييمات العلاقة</translation>
    </message>
</context>
<context>
    <name>reports.district_panel</name>
    <message>
        <source>Could not compute the district: {error}</source>
        <extracomment>What the reports view asks for: (preset, today, custom start, custom end).</extracomment>
        <translation>تعذّر حساب المنطقة التعليمية: {error}</translation>
    </message>
    <message>
        <source>District total</source>
        <translation>مجموع المنطقة التعليمية</translation>
    </message>
    <message numerus="yes">
        <source>Previous cycles ({with_previous} of %n program(s))</source>
        <translation>
            <numerusform>الدورات السابقة ({with_previous} من لا برامج)</numerusform>
            <numerusform>الدورات السابقة ({with_previous} من برنامج واحد)</numerusform>
            <numerusform>الدورات السابقة ({with_previous} من برنامجين)</numerusform>
            <numerusform>الدورات السابقة ({with_previous} من %n برامج)</numerusform>
            <numerusform>الدورات السابقة ({with_previous} من %n برنامجًا)</numerusform>
            <numerusform>الدورات السابقة ({with_previous} من %n برنامج)</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغير</translation>
    </message>
    <message>
        <source>Program</source>
        <extracomment>Emitted when a district report is on screen (tests wait for it).</extracomment>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>District to &amp;Excel (XLSX)…</source>
        <translation>المنطقة التعليمية إلى &amp;Excel (XLSX)…</translation>
    </message>
    <message>
        <source>District to &amp;CSV…</source>
        <translation>المنطقة التعليمية إلى &amp;CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) · {start} – {end}</source>
        <translation>
            <numerusform>لا برامج · {start} – {end}</numerusform>
            <numerusform>برنامج واحد · {start} – {end}</numerusform>
            <numerusform>برنامجان · {start} – {end}</numerusform>
            <numerusform>%n برامج · {start} – {end}</numerusform>
            <numerusform>%n برنامجًا · {start} – {end}</numerusform>
            <numerusform>%n برنامج · {start} – {end}</numerusform>
        </translation>
    </message>
    <message>
        <source> (each program&apos;s own cycle)</source>
        <translation> (دورة كل برنامج الخاصة به)</translation>
    </message>
    <message numerus="yes">
        <source> · compared with the previous cycles of %n program(s)</source>
        <translation>
            <numerusform> · مقارنة بالدورات السابقة للا برامج</numerusform>
            <numerusform> · مقارنة بالدورات السابقة لبرنامج واحد</numerusform>
            <numerusform> · مقارنة بالدورات السابقة لبرنامجين</numerusform>
            <numerusform> · مقارنة بالدورات السابقة لـ%n برامج</numerusform>
            <numerusform> · مقارنة بالدورات السابقة لـ%n برنامجًا</numerusform>
            <numerusform> · مقارنة بالدورات السابقة لـ%n برنامج</numerusform>
        </translation>
    </message>
    <message>
        <source> · no previous cycle to compare with</source>
        <translation> · لا دورة سابقة للمقارنة بها</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>District</source>
        <translation>المنطقة التعليمية</translation>
    </message>
    <message>
        <source>Export district</source>
        <translation>تصدير المنطقة التعليمية</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <source>Saved {names}</source>
        <translation>حُفظ {names}</translation>
    </message>
    <message>
        <source>There is no district report to export yet</source>
        <translation>لا يوجد تقرير للمنطقة التعليمية للتصدير بعد</translation>
    </message>
    <message>
        <source>District {period}</source>
        <translation>المنطقة التعليمية {period}</translation>
    </message>
</context>
<context>
    <name>reports.models</name>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغير</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>الثنائي</translation>
    </message>
    <message>
        <source>Mentor → mentee</source>
        <translation>المرشد ← المسترشد</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>reports.rollover_dialog</name>
    <message>
        <source>Continues</source>
        <translation>يستمر</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <source>Start the next cycle from {name}</source>
        <translation>بدء الدورة التالية من {name}</translation>
    </message>
    <message>
        <source>Create the next cycle</source>
        <translation>إنشاء الدورة التالية</translation>
    </message>
    <message>
        <source>{v0} of {total} participants continue</source>
        <translation>يستمر {v0} من {total} مشاركًا</translation>
    </message>
    <message>
        <source>{name} (next)</source>
        <translation>{name} (التالي)</translation>
    </message>
</context>
<context>
    <name>reports.view</name>
    <message>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <source>This term (quarter)</source>
        <translation>هذا الفصل (ربع سنة)</translation>
    </message>
    <message>
        <source>Whole cycle</source>
        <translation>الدورة كاملة</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>تواريخ مخصصة</translation>
    </message>
    <message>
        <source>District</source>
        <extracomment>Emitted after a new report is on screen (tests and screenshots wait for it). The day the report is computed for; tests and screenshots set it.</extracomment>
        <translation>المنطقة التعليمية</translation>
    </message>
    <message>
        <source>Measures and tables to &amp;Excel (XLSX)…</source>
        <translation>المقاييس والجداول إلى &amp;Excel (XLSX)…</translation>
    </message>
    <message>
        <source>Measures and tables to &amp;CSV…</source>
        <translation>المقاييس والجداول إلى &amp;CSV…</translation>
    </message>
    <message>
        <source>Program &amp;summary, whole cycle (PDF)</source>
        <translation>&amp;ملخص البرنامج، الدورة كاملة (PDF)</translation>
    </message>
    <message>
        <source>Program summary</source>
        <translation>ملخص البرنامج</translation>
    </message>
    <message>
        <source>(no comparison)</source>
        <translation>(دون مقارنة)</translation>
    </message>
    <message>
        <source>Choose or create a program to see its report.</source>
        <translation>اختر برنامجًا أو أنشئه لعرض تقريره.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>جارٍ الحساب…</translation>
    </message>
    <message>
        <source> · figures as of {as_of}</source>
        <translation> · الأرقام حتى {as_of}</translation>
    </message>
    <message>
        <source>  ·  changes vs {baseline}</source>
        <translation>  ·  التغير مقارنةً بـ{baseline}</translation>
    </message>
    <message>
        <source>Previous: {baseline}</source>
        <translation>السابق: {baseline}</translation>
    </message>
    <message>
        <source>At risk ({v0})</source>
        <translation>معرّض للخطر ({v0})</translation>
    </message>
    <message>
        <source>no earlier period</source>
        <translation>لا فترة سابقة</translation>
    </message>
    <message>
        <source>the previous {days} days</source>
        <translation>الأيام الـ{days} السابقة</translation>
    </message>
    <message>
        <source>Pick another program (e.g. last cycle) to compare.</source>
        <translation>اختر برنامجًا آخر (مثل الدورة الماضية) للمقارنة.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <source>Saved {v0}</source>
        <translation>حُفظ {v0}</translation>
    </message>
    <message>
        <source>Choose a program first</source>
        <translation>اختر برنامجًا أولًا</translation>
    </message>
    <message>
        <source> summary.pdf</source>
        <translation> ملخص.pdf</translation>
    </message>
    <message>
        <source>There is no report to export yet</source>
        <translation>لا يوجد تقرير للتصدير بعد</translation>
    </message>
</context>
<context>
    <name>reports.worker</name>
    <message>
        <source>Could not compute the report: {error}</source>
        <translation>تعذّر حساب التقرير: {error}</translation>
    </message>
</context>
<context>
    <name>roster.commands</name>
    <message>
        <source>Add {name}</source>
        <translation>إضافة {name}</translation>
    </message>
    <message>
        <source>Cannot undo adding</source>
        <translation>تعذّر التراجع عن الإضافة</translation>
    </message>
    <message>
        <source>Edit {full_name}</source>
        <translation>تحرير {full_name}</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>لا مشاركين</numerusform>
            <numerusform>مشارك واحد</numerusform>
            <numerusform>مشاركان</numerusform>
            <numerusform>%n مشاركين</numerusform>
            <numerusform>%n مشاركًا</numerusform>
            <numerusform>%n مشارك</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove {names}</source>
        <translation>إزالة {names}</translation>
    </message>
    <message>
        <source>Cannot undo the import</source>
        <translation>تعذّر التراجع عن الاستيراد</translation>
    </message>
    <message>
        <source>Cannot redo the import</source>
        <translation>تعذّرت إعادة الاستيراد</translation>
    </message>
    <message>
        <source>Import {people} from {v1}</source>
        <translation>استيراد {people} من {v1}</translation>
    </message>
    <message>
        <source>a spreadsheet</source>
        <translation>جدول بيانات</translation>
    </message>
    <message>
        <source> (the new program “{program_name}” stays)</source>
        <translation> (يبقى البرنامج الجديد «{program_name}»)</translation>
    </message>
</context>
<context>
    <name>roster.export_dialog</name>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>مصنف Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, opens in Excel, LibreOffice, Google Sheets (.csv)</source>
        <translation>CSV، يُفتح في Excel وLibreOffice وGoogle Sheets (.csv)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>ملف CSV (*.csv)</translation>
    </message>
    <message>
        <source>No program chosen</source>
        <translation>لم يُختر أي برنامج</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>Choose a program in the main window first.</source>
        <translation>اختر برنامجًا في النافذة الرئيسية أولًا.</translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation>تصدير القائمة</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>اختر مكان حفظ الملف.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>جارٍ الكتابة…</translation>
    </message>
    <message>
        <source>Cannot write the file: {v0}</source>
        <translation>تعذّرت كتابة الملف: {v0}</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>حدث خطأ ما: {error}</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>انتهى التصدير</translation>
    </message>
    <message>
        <source>{count} participants written to {path}.</source>
        <translation>كُتب {count} مشاركًا في {path}.</translation>
    </message>
</context>
<context>
    <name>roster.import_dialog</name>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>جداول البيانات (*.csv *.tsv *.txt *.xlsx *.xlsm);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>الخلية</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>Choose a file to see what would be imported.</source>
        <translation>اختر ملفًا لترى ما سيُستورد.</translation>
    </message>
    <message>
        <source>Type a name for a new program</source>
        <translation>اكتب اسمًا لبرنامج جديد</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>استيراد مشاركين</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message>
        <source>%v rows read</source>
        <translation>قُرئ %v صفًا</translation>
    </message>
    <message>
        <source>%v of %m rows checked</source>
        <translation>فُحص %v من %m صفًا</translation>
    </message>
    <message>
        <source>Checking {v0} rows…</source>
        <translation>جارٍ فحص {v0} صفًا…</translation>
    </message>
    <message>
        <source>Preview ({v0} good rows)</source>
        <translation>معاينة ({v0} صفًا سليمًا)</translation>
    </message>
    <message>
        <source>Problems ({v0})</source>
        <translation>المشكلات ({v0})</translation>
    </message>
    <message>
        <source>Duplicates ({v0})</source>
        <translation>المكررات ({v0})</translation>
    </message>
    <message>
        <source>{source}: {total_rows} rows, read as {read_as}.</source>
        <translation>{source}: {total_rows} صفًا، قُرئ بترميز {read_as}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import into “{program_name}”:&lt;/b&gt; {added} new, {updated} updated, {skipped} skipped as duplicates.</source>
        <translation>&lt;b&gt;الاستيراد إلى «{program_name}»:&lt;/b&gt; {added} جديد، {updated} محدّث، {skipped} متخطى لأنه مكرر.</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#b91c1c&apos;&gt;&lt;b&gt;{v0} with problems will be left out&lt;/b&gt; (see Problems).&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#b91c1c&apos;&gt;&lt;b&gt;سيُستبعد {v0} بسبب مشكلات&lt;/b&gt; (انظر المشكلات).&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Stopped. Choose the file again to continue.</source>
        <translation>توقف. اختر الملف مجددًا للمتابعة.</translation>
    </message>
    <message>
        <source>Pick a program above, or type a name for a new one.</source>
        <translation>اختر برنامجًا أعلاه، أو اكتب اسمًا لبرنامج جديد.</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>حدث خطأ ما: {error}</translation>
    </message>
    <message>
        <source>Import the good rows only?</source>
        <translation>استيراد الصفوف السليمة فقط؟</translation>
    </message>
    <message>
        <source>{v0} with problems will not be imported.

Import the other {v1} now? You can fix the problem rows in the spreadsheet and import them later.</source>
        <translation>لن يُستورد {v0} بسبب مشكلات.

هل تستورد الـ{v1} الأخرى الآن؟ يمكنك تصحيح الصفوف ذات المشكلات في جدول البيانات واستيرادها لاحقًا.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>%v of %m people written</source>
        <translation>كُتب %v من %m شخصًا</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>لا صفوف</numerusform>
            <numerusform>صف واحد</numerusform>
            <numerusform>صفان</numerusform>
            <numerusform>%n صفوف</numerusform>
            <numerusform>%n صفًا</numerusform>
            <numerusform>%n صف</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>انتهى الاستيراد</translation>
    </message>
    <message>
        <source>Imported: {v0}.</source>
        <translation>تم الاستيراد: {v0}.</translation>
    </message>
</context>
<context>
    <name>roster.import_models</name>
    <message>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <source>Example values</source>
        <translation>قيم أمثلة</translation>
    </message>
    <message>
        <source>Imports into</source>
        <translation>يُستورد إلى</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
</context>
<context>
    <name>roster.model</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Department / class</source>
        <translation>القسم / الصف</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>السعة</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>المقترنون</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>قاصر</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Cleared</source>
        <extracomment>(label, colour) per screening state; colour-blind safe pairs and always with text.</extracomment>
        <translation>مُجاز</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <source>Not cleared</source>
        <translation>غير مُجاز</translation>
    </message>
    <message>
        <source>Cleared · expires soon</source>
        <translation>مُجاز · ينتهي قريبًا</translation>
    </message>
    <message>
        <source> · minor (guardian consent applies)</source>
        <translation> · قاصر (تنطبق موافقة ولي الأمر)</translation>
    </message>
    <message>
        <source>
Screening: {v0}</source>
        <translation>
التحقق: {v0}</translation>
    </message>
</context>
<context>
    <name>roster.participant_dialog</name>
    <message>
        <source>separate values with ;</source>
        <translation>افصل بين القيم بـ ;</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Add participant</source>
        <extracomment>The groups in the order of the form&apos;s tabs.</extracomment>
        <translation>إضافة مشارك</translation>
    </message>
    <message>
        <source>this participant</source>
        <translation>هذا المشارك</translation>
    </message>
    <message>
        <source>Program default</source>
        <translation>لغة البرنامج</translation>
    </message>
    <message>
        <source>The language of the documents printed for this person</source>
        <translation>لغة المستندات المطبوعة لهذا الشخص</translation>
    </message>
    <message>
        <source>Please check: {labels}.</source>
        <translation>يرجى التحقق من: {labels}.</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>الحقول المعلّمة بـ * إلزامية.</translation>
    </message>
    <message>
        <source>Reloaded the version saved by {saved_by}.</source>
        <translation>أُعيد تحميل النسخة التي حفظها {saved_by}.</translation>
    </message>
    <message>
        <source>not a date (use YYYY-MM-DD)</source>
        <translation>ليس تاريخًا (استخدم YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>ليس رقمًا</translation>
    </message>
</context>
<context>
    <name>roster.removal_dialog</name>
    <message>
        <source>Remove participants in live pairs</source>
        <translation>إزالة مشاركين في ثنائيات نشطة</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;{who}&lt;/b&gt; — in %n live pair(s):&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;&lt;p&gt;A pair cannot go on without its mentor or mentee: removing ends these pairs and removes them too (Edit ▸ Undo brings everything back). To keep a pair&apos;s history, close it in Pairs and set the person&apos;s status to withdrawn instead.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;{who}&lt;/b&gt; — ليس في أي ثنائي نشط:&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;&lt;p&gt;لا يستمر الثنائي دون مرشده أو مسترشده.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;{who}&lt;/b&gt; — في ثنائي نشط واحد:&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;&lt;p&gt;لا يستمر الثنائي دون مرشده أو مسترشده: الإزالة تنهي هذا الثنائي وتزيله أيضًا (تحرير ▸ تراجع يعيد كل شيء). للاحتفاظ بسجل الثنائي، أغلقه في الثنائيات واجعل حالة الشخص منسحبًا.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;{who}&lt;/b&gt; — في ثنائيين نشطين:&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;&lt;p&gt;لا يستمر الثنائي دون مرشده أو مسترشده: الإزالة تنهي هذين الثنائيين وتزيلهما أيضًا (تحرير ▸ تراجع يعيد كل شيء). للاحتفاظ بسجل الثنائي، أغلقه في الثنائيات واجعل حالة الشخص منسحبًا.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;{who}&lt;/b&gt; — في %n ثنائيات نشطة:&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;&lt;p&gt;لا يستمر الثنائي دون مرشده أو مسترشده: الإزالة تنهي هذه الثنائيات وتزيلها أيضًا (تحرير ▸ تراجع يعيد كل شيء). للاحتفاظ بسجل الثنائي، أغلقه في الثنائيات واجعل حالة الشخص منسحبًا.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;{who}&lt;/b&gt; — في %n ثنائيًا نشطًا:&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;&lt;p&gt;لا يستمر الثنائي دون مرشده أو مسترشده: الإزالة تنهي هذه الثنائيات وتزيلها أيضًا (تحرير ▸ تراجع يعيد كل شيء). للاحتفاظ بسجل الثنائي، أغلقه في الثنائيات واجعل حالة الشخص منسحبًا.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;{who}&lt;/b&gt; — في %n ثنائي نشط:&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;&lt;p&gt;لا يستمر الثنائي دون مرشده أو مسترشده: الإزالة تنهي هذه الثنائيات وتزيلها أيضًا (تحرير ▸ تراجع يعيد كل شيء). للاحتفاظ بسجل الثنائي، أغلقه في الثنائيات واجعل حالة الشخص منسحبًا.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Why do these pairs end? (kept in the audit log)</source>
        <translation>لماذا تنتهي هذه الثنائيات؟ (يُحفظ في سجل التدقيق)</translation>
    </message>
    <message>
        <source>e.g. mentor left the organization</source>
        <translation>مثلًا غادر المرشد الجهة</translation>
    </message>
    <message>
        <source>End pairs and remove</source>
        <translation>إنهاء الثنائيات والإزالة</translation>
    </message>
</context>
<context>
    <name>roster.view</name>
    <message>
        <source>All roles</source>
        <extracomment>Typing waits this long for the next key before filtering (filtering itself takes ~5 ms).</extracomment>
        <translation>كل الأدوار</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>المرشدون</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>المسترشدون</translation>
    </message>
    <message>
        <source>Both roles</source>
        <translation>الدوران معًا</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Not withdrawn</source>
        <translation>غير المنسحبين</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>قائمة المشاركين</translation>
    </message>
    <message>
        <source>Roster with sensitive fields</source>
        <translation>قائمة المشاركين مع الحقول الحساسة</translation>
    </message>
    <message>
        <source>Include &amp;sensitive fields (gender, pronouns, notes…)</source>
        <translation>تضمين الحقول ال&amp;حساسة (الجنس، الضمائر، الملاحظات…)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <source>E&amp;xport their data…</source>
        <translation>ت&amp;صدير بياناته…</translation>
    </message>
    <message>
        <source>E&amp;rase completely…</source>
        <translation>حذف &amp;نهائي…</translation>
    </message>
    <message>
        <source>Export {name}&apos;s data</source>
        <translation>تصدير بيانات {name}</translation>
    </message>
    <message>
        <source>Export their data</source>
        <translation>تصدير بياناته</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>حُفظ في {path}.</translation>
    </message>
    <message>
        <source>Erase {name} completely</source>
        <translation>محو {name} بالكامل</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>لا مشاركين</numerusform>
            <numerusform>مشارك واحد</numerusform>
            <numerusform>مشاركان</numerusform>
            <numerusform>%n مشاركين</numerusform>
            <numerusform>%n مشاركًا</numerusform>
            <numerusform>%n مشارك</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{shown} من {total} معروض</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>إضافة مشارك</translation>
    </message>
    <message>
        <source>Edit {full_name}</source>
        <translation>تحرير {full_name}</translation>
    </message>
    <message>
        <source>Remove {who}</source>
        <translation>إزالة {who}</translation>
    </message>
    <message>
        <source>Remove {who} from this program?</source>
        <translation>إزالة {who} من هذا البرنامج؟</translation>
    </message>
    <message>
        <source>Their screening, guardian and matching records in this program go with them, and any closed pair they were in. Edit ▸ Undo brings everything back.</source>
        <translation>تذهب معهم سجلات التحقق وولي الأمر والمطابقة في هذا البرنامج، وأي ثنائي مغلق كانوا فيه. تحرير ▸ تراجع يعيد كل شيء.</translation>
    </message>
    <message>
        <source>Remove participants</source>
        <translation>إزالة مشاركين</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>جارٍ فتح الملف…</translation>
    </message>
    <message>
        <source>Opening the file… then: {action}</source>
        <translation>جارٍ فتح الملف… ثم: {action}</translation>
    </message>
    <message>
        <source>Print the roster</source>
        <translation>طباعة القائمة</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>{name} was not opened.</source>
        <extracomment>How long the opening thread waits, after the early read, for the UI thread to show it before importing SQLAlchemy (both need the one interpreter lock: the rows come first).</extracomment>
        <translation>لم يُفتح {name}.</translation>
    </message>
</context>
<context>
    <name>welcome.first_run</name>
    <message>
        <source>Welcome to MentorDesk</source>
        <extracomment>The guide the welcome links to (docs/getting-started.md, translated in docs/&lt;language&gt;/).</extracomment>
        <translation>مرحبًا بك في MentorDesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to MentorDesk&lt;/h2&gt;&lt;p&gt;Everything you record stays in one file on this computer. To look around first, MentorDesk has opened a &lt;b&gt;sample program&lt;/b&gt;: its people, pairs and notes are &lt;b&gt;fictional&lt;/b&gt;, made up to show every feature.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;مرحبًا بك في MentorDesk&lt;/h2&gt;&lt;p&gt;كل ما تسجله يبقى في ملف واحد على هذا الحاسوب. لتتعرّف على البرنامج أولًا، فتح MentorDesk &lt;b&gt;برنامجًا تجريبيًا&lt;/b&gt;: أشخاصه وثنائياته وملاحظاته &lt;b&gt;خيالية&lt;/b&gt;، وُضعت لعرض كل الميزات.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Explore the sample program</source>
        <translation>استكشاف البرنامج التجريبي</translation>
    </message>
    <message>
        <source>Look at a roster, matches, pairs and reports made of fictional people.</source>
        <translation>استعرض قائمة ومطابقات وثنائيات وتقارير من أشخاص خياليين.</translation>
    </message>
    <message>
        <source>Start a new program</source>
        <translation>بدء برنامج جديد</translation>
    </message>
    <message>
        <source>Name, format, dates, organization, logo, coordinator and meeting cadence.</source>
        <translation>الاسم والشكل والتواريخ والجهة والشعار والمنسق ووتيرة اللقاءات.</translation>
    </message>
    <message>
        <source>Import a spreadsheet of people</source>
        <translation>استيراد جدول بيانات بالأشخاص</translation>
    </message>
    <message>
        <source>Start a program, then read your list (the template is {name}, File ▸ Import shows where it is).</source>
        <translation>أنشئ برنامجًا، ثم اقرأ قائمتك (القالب هو {name}، ويبيّن ملف ▸ استيراد مكانه).</translation>
    </message>
    <message>
        <source>New to MentorDesk? &lt;a href=&apos;{link}&apos;&gt;Read the getting-started guide&lt;/a&gt; (F1 opens the guides at any time).</source>
        <translation>جديد على MentorDesk؟ &lt;a href=&apos;{link}&apos;&gt;اقرأ دليل البدء&lt;/a&gt; (يفتح F1 الأدلة في أي وقت).</translation>
    </message>
</context>
<context>
    <name>welcome.wizard</name>
    <message>
        <source>One-on-one: each mentee has one mentor</source>
        <translation>فردي: لكل مسترشد مرشد واحد</translation>
    </message>
    <message>
        <source>Group / circle: a mentor with several mentees</source>
        <translation>مجموعة / حلقة: مرشد مع عدة مسترشدين</translation>
    </message>
    <message>
        <source>Peer: participants mentor each other</source>
        <translation>الأقران: يرشد المشاركون بعضهم بعضًا</translation>
    </message>
    <message>
        <source>Reverse: younger staff mentor senior staff</source>
        <translation>عكسي: الموظفون الأحدث يرشدون الأقدم</translation>
    </message>
    <message>
        <source>Flash / speed: short rotating conversations</source>
        <translation>سريع / خاطف: محادثات قصيرة متناوبة</translation>
    </message>
    <message>
        <source>New program</source>
        <translation>برنامج جديد</translation>
    </message>
    <message>
        <source>Name and format</source>
        <translation>الاسم والشكل</translation>
    </message>
    <message>
        <source>What is the program called, and how do people meet?</source>
        <translation>ما اسم البرنامج، وكيف يلتقي الناس؟</translation>
    </message>
    <message>
        <source>e.g. Riverside Mentoring 2027–28</source>
        <translation>مثلًا إرشاد ريفرسايد 2027–28</translation>
    </message>
    <message>
        <source>Program name</source>
        <translation>اسم البرنامج</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الشكل</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>ال&amp;شكل:</translation>
    </message>
    <message>
        <source>name*</source>
        <translation>الاسم*</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>When the program&apos;s cycle begins and ends (a school year, say).</source>
        <translation>متى تبدأ دورة البرنامج ومتى تنتهي (سنة دراسية مثلًا).</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;يبدأ:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;ينتهي:</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Printed at the top of agreements, certificates and reports.</source>
        <translation>يُطبع أعلى الاتفاقيات والشهادات والتقارير.</translation>
    </message>
    <message>
        <source>e.g. Riverside High School</source>
        <translation>مثلًا مدرسة ريفرسايد الثانوية</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>ملف الشعار</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>ال&amp;جهة:</translation>
    </message>
    <message>
        <source>&amp;Logo (PNG or JPEG):</source>
        <translation>ال&amp;شعار (PNG أو JPEG):</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>المنسق</translation>
    </message>
    <message>
        <source>Who families and mentors contact; printed on agreements.</source>
        <translation>من تتواصل معه الأسر والمرشدون؛ يُطبع على الاتفاقيات.</translation>
    </message>
    <message>
        <source>Coordinator name</source>
        <translation>اسم المنسق</translation>
    </message>
    <message>
        <source>e-mail or telephone</source>
        <translation>البريد الإلكتروني أو الهاتف</translation>
    </message>
    <message>
        <source>Coordinator contact</source>
        <translation>وسيلة التواصل مع المنسق</translation>
    </message>
    <message>
        <source>Coordinator&apos;s &amp;name:</source>
        <translation>ا&amp;سم المنسق:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;التواصل:</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>اللقاءات</translation>
    </message>
    <message>
        <source>How often pairs should meet; MentorDesk flags pairs that fall behind.</source>
        <translation>كم مرة ينبغي أن تلتقي الثنائيات؛ ينبّه MentorDesk إلى الثنائيات المتأخرة.</translation>
    </message>
    <message>
        <source>Days between meetings</source>
        <translation>الأيام بين اللقاءات</translation>
    </message>
    <message>
        <source>Usual meeting length</source>
        <translation>مدة اللقاء المعتادة</translation>
    </message>
    <message>
        <source>Meet &amp;every:</source>
        <translation>الالتقاء &amp;كل:</translation>
    </message>
    <message>
        <source>Usual &amp;length:</source>
        <translation>ال&amp;مدة المعتادة:</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
</TS>
