# secu: every text the library and its frontends show, in Arabic (Modern Standard Arabic; translated from English, checked against French).
# Conventions (ids, variables, functions, $sex, plurals, typography): docs/l10n.md.

## Affiliation types, bases, statuses
aff-registration = التسجيل الأول (immatriculation)
aff-reactivation = إعادة فتح الحقوق (réouverture des droits)
aff-beneficiary = مستفيد تابع (ayant droit) لأحد الوالدين
aff-s1-registration = تسجيل استمارة S1 (على نفقة صندوق البلد الأصلي)
aff-none = لا انتساب في فرنسا (نظام البلد الأصلي)
basis-activity = نشاط مهني في فرنسا
basis-residence = إقامة مستقرة ونظامية (résidence stable et régulière)
basis-accompanying-family = فرد من العائلة يرافق شخصًا مؤمَّنًا
basis-dependent-child = طفل قاصر لوالد مؤمَّن
basis-s1 = استمارة S1 من البلد الأصلي
basis-home-scheme = نظام البلد الأصلي
status-ayant-droit = مستفيد تابع (ayant droit)
status-ayant-droit-autonome = مستفيد مستقل (ayant droit autonome)

# $sex: female, male or other (unknown): French agrees with the person.
status-own-coverage =
    { $sex ->
        [female] مؤمَّنة بصفة شخصية
       *[other] مؤمَّن بصفة شخصية
    }
fund-cpam = CPAM (الصندوق المحلي للتأمين الصحي)
fund-cgss = CGSS (الصندوق العام للضمان الاجتماعي فيما وراء البحار)
fund-cssm = CSSM (صندوق الضمان الاجتماعي في مايوت)
fund-msa = MSA (النظام الزراعي)

## Milestones
ms-own-card-orderable = بلوغ 12 سنة: يمكن لأحد الوالدين طلب بطاقة Carte Vitale خاصة بالطفل
ms-own-carte-vitale = بلوغ 16 سنة: بطاقة Carte Vitale خاصة؛ إمكانية أن يصبح مستفيدًا مستقلًا (ayant droit autonome)
ms-majority = بلوغ 18 سنة (سن الرشد)
ms-beneficiary-end = نهاية صفة المستفيد التابع: تقديم استمارة S1110 للحصول على تغطية شخصية
ms-nia-expiry = نهاية صلاحية الرقم المؤقت (NIA) البالغة 9 أشهر
ms-posting-end = نهاية الانتداب
ms-ntt-limit = نهاية مهلة التسامح البالغة 3 أشهر للرقم التقني المؤقت (NTT) في التصريح الاجتماعي بالأجور (DSN)
ms-vls-ts-validation-due = آخر أجل لتفعيل تأشيرة الإقامة الطويلة (VLS-TS) عبر الإنترنت
ms-permit-expiry = انتهاء صلاحية سند الإقامة
ms-residence-condition-met = اكتمال 3 أشهر من الإقامة المستقرة: تبدأ التغطية

## Documents
doc-form-s1106 = الاستمارة S1106: طلب فتح الحقوق (cerfa 15763*02)
doc-form-s3705 = الاستمارة S3705: إلحاق الأطفال القاصرين (cerfa 14445*02)
doc-form-s1110 = الاستمارة S1110: التغطية الشخصية لشاب أو شابة (cerfa 15763*02)
doc-form-s3704 = الاستمارة S3704: اختيار الطبيب المعالج (médecin traitant، cerfa 12485*03)
doc-identity-document = وثيقة هوية
doc-residence-permit = سند الإقامة (titre de séjour)
doc-birth-certificate = شهادة ميلاد كاملة تتضمن النسب (acte de naissance)
doc-sworn-translation = ترجمة محلَّفة إلى الفرنسية (traduction assermentée)
doc-marriage-or-partnership-certificate = شهادة زواج أو عقد شراكة مدنية (PACS) أو شهادة مساكنة
doc-proof-of-address = إثبات السكن (justificatif de domicile)
doc-bank-details = بيانات حساب بنكي باسم الشخص (RIB)
doc-proof-of-activity = إثبات النشاط المهني
doc-proof-of-residence = إثبات إقامة مستقرة لأكثر من 3 أشهر
doc-s1-form = استمارة S1 صادرة عن صندوق التأمين الصحي في البلد الأصلي
doc-a1-certificate = شهادة A1 (التشريع المطبَّق)
doc-coverage-certificate = شهادة التغطية بموجب الاتفاقية الثنائية (certificat de détachement)
doc-enrolment-certificate = شهادة التسجيل في مدرسة أو جامعة (certificat de scolarité)
doc-id-photo = صورة شمسية للهوية من أجل بطاقة Carte Vitale
doc-autonomy-request-letter = رسالة لطلب صفة المستفيد المستقل (ayant droit autonome)
doc-legalisation = تصديق وثائق الحالة المدنية الأجنبية أو وضع أبوستيل عليها
# $sex: female, male or other (unknown): the worker's words agree with the person.
doc-private-insurance-statement =
    إفادة تأمين صحي خاص تشمل { $sex ->
         [female] العاملة وعائلتها
        *[other] العامل وعائلته
    }
doc-guardianship-document = وثيقة الوصاية (حكم قضائي، تفويض السلطة الأبوية)

## Alternatives
alt-passport = جواز السفر
alt-national-id-card = بطاقة التعريف الوطنية
alt-full-copy = نسخة كاملة (copie intégrale)
alt-extract-with-filiation = مستخرج يتضمن النسب
alt-multilingual-extract = مستخرج متعدد اللغات
alt-consular-document = وثيقة صادرة عن قنصلية
alt-livret-de-famille = الدفتر العائلي (livret de famille)
alt-employment-contract = عقد العمل
alt-employer-certificate = شهادة من صاحب العمل
alt-payslip = كشف الراتب
alt-business-registration = إثبات التسجيل كعامل مستقل
alt-marriage-certificate = عقد الزواج
alt-pacs-certificate = شهادة عقد الشراكة المدنية (PACS)
alt-cohabitation-certificate = شهادة المساكنة (certificat de concubinage)
alt-sworn-statement = تصريح بالشرف بالمساكنة (déclaration sur l'honneur)
alt-utility-bill = فاتورة حديثة (كهرباء أو غاز أو ماء أو هاتف)
alt-rent-receipt = وصل الإيجار أو عقد الإيجار
alt-accommodation-certificate = شهادة إيواء مع وثيقة هوية المضيف
alt-rent-history = عقد إيجار أو وصولات إيجار تعود إلى أكثر من 3 أشهر
alt-old-utility-bill = فاتورة (كهرباء أو غاز أو ماء أو هاتف) على عنوان في فرنسا صادرة منذ أكثر من 3 أشهر
alt-entry-stamp = ختم الدخول في جواز السفر أو تأشيرة تثبت الدخول منذ أكثر من 3 أشهر
alt-accommodation-since = شهادة إيواء تذكر تاريخ بداية الإيواء، مع وثيقة هوية المضيف
alt-long-stay-visa = تأشيرة إقامة طويلة مفعَّلة (VLS-TS)
alt-residence-card = بطاقة الإقامة (carte de séjour) أو جواز المواهب (passeport talent)
alt-resident-card = بطاقة المقيم (carte de résident)
alt-algerian-certificate = شهادة الإقامة للجزائريين (certificat de résidence)
alt-online-by-doctor = صرَّح به الطبيب عبر الإنترنت
alt-paper-s3704 = الاستمارة الورقية S3704 موقَّعة من الطبيب

## Steps, actors, statuses
step-prepare-file = إعداد الملف (الوثائق، الاستمارات)
step-submit-file = إيداع الملف لدى الصندوق
step-provisional-number = صدور الرقم المؤقت (NIA)
step-physician-declaration = التصريح بطبيب معالج (médecin traitant)
step-number-certification = المصادقة على رقم الضمان الاجتماعي (SANDIA)
step-carte-vitale = بطاقة Carte Vitale
step-ameli-account = حساب ameli وشهادة الحقوق (attestation de droits)
step-rights-reopened = إعادة فتح الحقوق
step-s1-registered = تسجيل استمارة S1 لدى الصندوق
actor-member = الشخص المعني
actor-parent = أحد الوالدين
actor-employer = صاحب العمل
actor-cpam = الصندوق (CPAM)
actor-cgss = الصندوق (CGSS)
actor-cssm = الصندوق (CSSM)
actor-msa = الصندوق (MSA)
actor-sandia = SANDIA (CNAV)
actor-doctor = الطبيب
actor-home-institution = مؤسسة البلد الأصلي
status-pending = لم يُنجز بعد
status-in-progress = جارٍ
status-done = منجز
status-blocked = متوقف
status-not-applicable = لا ينطبق
dsn-nir = NIR (رقم الضمان الاجتماعي المصادق عليه)
dsn-nia = NIA (الرقم المؤقت)
dsn-ntt = NTT (الرقم التقني المؤقت)

## Warnings
w-residence-three-months = في غياب نشاط مهني، تبدأ التغطية على أساس الإقامة (résidence stable) بعد أكثر من 3 أشهر من الإقامة في فرنسا.

# Warning shown under a member.
# $date: a date (written out by DATE)
w-residence-three-months-dated = في غياب نشاط مهني، تبدأ التغطية على أساس الإقامة (résidence stable) بعد أكثر من 3 أشهر من الإقامة في فرنسا: ابتداءً من { DATE($date) }.

# Warning shown under a member.
# $months: a number of months
w-posting-over-limit =
    تتجاوز مدة الانتداب الحد الذي تسمح به القواعد ({ $months ->
        [one] شهر واحد
        [two] شهران
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    }): في غياب استثناء، ينطبق الانتساب الفرنسي بعد هذا الحد.

# Warning shown under a member.
# $months: a number of months
w-posting-over-limit-extension =
    تتجاوز مدة الانتداب المدة الأولية للاتفاقية ({ $months ->
        [one] شهر واحد
        [two] شهران
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    }): يجب طلب التمديد قبل نهاية المدة الأولية، وإلا ينطبق الانتساب الفرنسي.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
w-agreement-scope-unverified = تعذَّر التحقق مما إذا كانت الاتفاقية { COUNTRY($country, form: "with") } تُبقي التأمين الصحي في البلد الأصلي: يجب التحقق من شهادة التغطية لدى CLEISS قبل الاعتماد على ذلك.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
w-agreement-excludes-health =
    الاتفاقية { COUNTRY($country, form: "with") } لا تشمل التأمين الصحي: { $sex ->
        [female] العاملة منتسبة
       *[other] العامل منتسب
    } في فرنسا بالنسبة للصحة، بينما تبقى الفروع الأخرى التي تشملها الاتفاقية في البلد الأصلي.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
w-posting-without-certificate =
    { $sex ->
        [female] منتدبة
       *[other] منتدب
    } { COUNTRY($country, form: "from") } دون شهادة تحدد التشريع المطبَّق: ينطبق الانتساب الفرنسي. يجب طلب الشهادة (A1 أو الاستمارة الثنائية) من مؤسسة البلد الأصلي إذا كان الانتداب مستوفيًا للشروط.
w-paris-cpam-for-talent-passport = حاملو جواز المواهب (passeport talent) وعائلاتهم يودعون ملفهم لدى CPAM de Paris، أيًّا كان مكان سكنهم.
w-permit-missing = لم يُذكر سند إقامة: يجب على مواطن بلد من خارج المنطقة الاقتصادية الأوروبية وسويسرا تقديمه (titre de séjour، أو تأشيرة VLS-TS مفعَّلة، أو بطاقة المقيم carte de résident).
w-parents-assumed = لم يُذكر والدا الطفل: يُفترض أن الشخص الرئيسي وشريكه هما الوالدان القانونيان (طفل الزوج أو الزوجة يحتاج إلى رابطة قانونية، كالتبني، ليكون مستفيدًا تابعًا).
w-assumed-never-insured = لم يُذكر تأمين سابق في فرنسا: يُفترض أن الشخص لم يكن مؤمَّنًا قط (تسجيل أول). إذا كان مؤمَّنًا في فرنسا من قبل، فالأمر يتعلق بإعادة فتح الحقوق.
w-assumed-previously-insured = لم يُذكر تأمين سابق في فرنسا: يُفترض أن الشخص كان مؤمَّنًا من قبل (حسب الإعداد المختار)، أي إعادة فتح الحقوق. إذا لم يكن مؤمَّنًا قط، فالأمر يتعلق بتسجيل أول.

# $sex: female, male or other (unknown): French agrees with the person.
w-inactive-eea-resources =
    { $sex ->
        [female] المواطنة من المنطقة الاقتصادية الأوروبية أو سويسرا التي لا تمارس نشاطًا لا تحصل على التغطية تلقائيًا: يجب عليها إثبات موارد كافية وتغطية صحية.
       *[other] المواطن من المنطقة الاقتصادية الأوروبية أو سويسرا الذي لا يمارس نشاطًا لا يحصل على التغطية تلقائيًا: يجب عليه إثبات موارد كافية وتغطية صحية.
    }

# Warning shown under a member.
# $field: a field name or the mismatching item, as written in the input
w-nir-mismatch = رقم الضمان الاجتماعي لا يتطابق مع { $field } لدى الشخص: يجب التحقق من الاثنين؛ قد تتضمن الأرقام الحقيقية أشهرًا وهمية ورموزًا تاريخية.
w-accompanying-family-three-months-practice = يُعفي القانون الشريك الذي يلتحق بشخص مؤمَّن من شرط الإقامة لمدة 3 أشهر (D160-2 II 3°)، لكن بعض صناديق CPAM تطبِّق شرط 3 أشهر عمليًا: إذا طالب الصندوق بذلك، يُحتجّ بهذه المادة.
w-accompanying-child-three-months-practice = يُعفي القانون فرد العائلة الذي يلتحق بشخص مؤمَّن من شرط الإقامة لمدة 3 أشهر (D160-2 II 3°، دون حدٍّ للسن)؛ اعتبار الابن البالغ من أفراد العائلة افتراض، وبعض صناديق CPAM تطبِّق شرط 3 أشهر عمليًا: إذا طالب الصندوق بذلك، يُحتجّ بهذه المادة.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
w-care-paid-by-home-scheme = تبقى الرعاية الصحية على عاتق نظام الضمان الاجتماعي { COUNTRY($country, form: "in") }: لا يتكفل CPAM بالعلاج إلا إذا نصت الاتفاقية على ذلك؛ وإلا يدفع صندوق البلد الأصلي أو تأمين خاص.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
w-care-paid-by-home-scheme-assumed = تبقى الرعاية الصحية على الأرجح على عاتق نظام الضمان الاجتماعي { COUNTRY($country, form: "in") } (افتراض يجب تأكيده مع الصندوق): لا يتكفل CPAM بالعلاج إلا إذا نصت الاتفاقية على ذلك؛ وإلا يدفع صندوق البلد الأصلي أو تأمين خاص.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $insured-sex: the posted worker's sex (female, male or other), on the worker's page and on each family member's: the words for the worker agree with it.
w-private-health-insurance-required =
    يشترط الانتداب { COUNTRY($country, form: "from") } تأمينًا صحيًا يغطي { $insured-sex ->
        [female] العاملة وعائلتها
       *[other] العامل وعائلته
    } في فرنسا (تغطية من البلد الأصلي أو تأمين خاص).

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
w-no-social-security-agreement =
    لا توجد لفرنسا اتفاقية ضمان اجتماعي { COUNTRY($country, form: "with") }: { $sex ->
        [female] العاملة المنتدبة منتسبة
       *[other] العامل المنتدب منتسب
    } في فرنسا.
ws1-spouse-may-need-own-registration = لم يُتحقَّق مما إذا كان الشريك البالغ يُعدُّ من أفراد العائلة بالنسبة لاستمارة S1 منذ 2016: قد يطلب CPAM تسجيله الخاص.

# Warning shown under a member.
# $date: a date (written out by DATE)
w-permit-expired = انتهت صلاحية سند الإقامة في { DATE($date) }: يجب تجديده؛ فالحقوق على أساس الإقامة مرتبطة بسند إقامة ساري المفعول.
w-receipt-permit = قُدِّم وصل إيداع (récépissé): الوصولات المقبولة يحددها قرار وزاري (arrêté) تعذَّر التحقق منه؛ يجب الاستفسار لدى الصندوق.
w-vls-ts-validation = يجب تفعيل تأشيرة الإقامة الطويلة (VLS-TS) عبر الإنترنت خلال 3 أشهر من الدخول لكي تُعتبر سند إقامة.

# Warning shown under a member.
# $date: a date (written out by DATE)
w-ntt-tolerance-exceeded = انتهت مهلة التسامح البالغة 3 أشهر للرقم NTT في { DATE($date) }: يجب على قسم الأجور الحصول على NIR أو NIA الآن.

# Warning shown under a member.
# $date: a date (written out by DATE)
w-nia-expired = بلغ الرقم المؤقت (NIA) نهاية صلاحيته البالغة 9 أشهر في { DATE($date) }: يجب الاستفسار لدى الصندوق عن مرحلة المصادقة.
w-nir-implies-previous-insurance = لا يوجد رقم ضمان اجتماعي مصادق عليه لشخص مولود في الخارج إلا بعد انتساب سابق: تُعامَل الحالة كإعادة فتح للحقوق.
w-translation-assumed = لم يُذكر البلد الذي أصدر شهادة الزواج أو الاتحاد: يُفترض أن ترجمة محلَّفة مطلوبة.
w-fund-depends-on-commune = في هذه المقاطعة عدة صناديق CPAM، ويُحدَّد الصندوق حسب البلدية: يجب التحقق من الصندوق المختص بالعنوان.
w-territory-own-scheme = لهذه الجماعة فيما وراء البحار نظام ضمان اجتماعي خاص بها، خارج النظام العام الفرنسي: يجب الاستفسار لدى صندوقها.
w-start-date-unknown = لم يُذكر أول يوم عمل: لا يمكن تحديد تاريخ بدء التغطية.
w-arrival-unknown = لم يُذكر تاريخ الوصول إلى فرنسا: لا يمكن تحديد تاريخ بدء التغطية.
w-posting-end-unknown = لم يُذكر تاريخ نهاية الانتداب: لا يمكن مقارنة مدته بالحد الأقصى.
w-no-insured-parent = لا يوجد في الأسرة أي والد لهذا الطفل يتمتع بتغطية فرنسية: الطفل مؤمَّن بصفة شخصية على أساس الإقامة.
w-minor-without-parent = لم يُذكر أي والد لهذا الطفل في الأسرة: الطفل ليس مستفيدًا تابعًا لأحد عن طريق النسب. يجب ذكر وضع الوصي القانوني وتقديم وثيقة الوصاية (يمكن إلحاق الطفل الذي في كفالة شخص مؤمَّن بهذا الشخص)؛ وإلى ذلك الحين يُقيَّم وضع الطفل بصفة شخصية على أساس الإقامة.
w-autonomy-before16 = لا يمكن طلب صفة المستفيد المستقل (ayant droit autonome) إلا ابتداءً من 16 سنة: يُهمَل الطلب، ويبقى الطفل مستفيدًا تابعًا (ayant droit).
w-postcode-missing = لم يُذكر الرمز البريدي: لا يمكن تحديد الصندوق.
w-certificate-mismatch = نوع الشهادة لا يتوافق مع بلد الإرسال (شهادة A1 للمنطقة الاقتصادية الأوروبية وسويسرا والمملكة المتحدة؛ وتصدر البلدان الأخرى استمارة ثنائية): يجب التحقق منها.
mismatch-sex = الجنس
mismatch-year = سنة الميلاد
mismatch-month = شهر الميلاد
mismatch-place = مكان الميلاد

## Document reasons
rs1106 = يقدِّم كل شخص بالغ طلبه الخاص لفتح الحقوق.
rs1106-minor = طلب القاصر الخاص لفتح الحقوق، موقَّع من ممثله القانوني (أحد الوالدين أو الوصي).
rs1106-reactivation = الاستمارة نفسها تعيد فتح الحقوق لمن كان مؤمَّنًا في فرنسا من قبل.
rs3705-one = تُلحق الطفل بالوالد المؤمَّن أو بالوالدين المؤمَّنين؛ يُلحق بالوالدين كليهما إذا كانا مؤمَّنين (double rattachement).

# Why a document is needed.
# $children: the number of children (2 or more)
rs3705-many =
    تُلحق { $children ->
        [two] الطفلين
       *[other] الأطفال ({ $children })
    } بالوالد المؤمَّن أو بالوالدين المؤمَّنين؛ يُلحقون بالوالدين كليهما إذا كانا مؤمَّنين (double rattachement).
r-identity = تُثبت الهوية.
r-identity-child = جواز السفر أو بطاقة التعريف الخاصة بالطفل.
r-permit = تُثبت الإقامة النظامية في فرنسا (غير مطلوبة من مواطني المنطقة الاقتصادية الأوروبية وسويسرا، ولا من القاصرين).
r-activity = تُثبت النشاط الذي يفتح الحقوق من أول يوم عمل؛ قد يطلب الصندوق أول كشف راتب.
r-proof-of-residence = تُثبت إقامة مستقرة في فرنسا لأكثر من 3 أشهر.
r-guardianship = تبيِّن من يتحمل المسؤولية القانونية عن طفل لا يوجد أي من والديه في الأسرة: وهي التي تحدد ما إذا كان يمكن إلحاق الطفل بوصي مؤمَّن.
r-enrolment-student-adult = التسجيل في مؤسسة تعليمية يُعفي من شرط الإقامة لمدة 3 أشهر.
r-enrolment-student = الطالب في التعليم العالي الذي يتراوح عمره بين 16 و18 سنة مستفيد مستقل (ayant droit autonome) تلقائيًا.
r-enrolment-pupil = التلميذ البالغ 16 أو 17 سنة يُثبت تمدرسه ليبقى ملحقًا بوالديه.
r-birth-identification = تحدد هوية الشخص المولود في الخارج (يُصدر CPAM رقمًا مؤقتًا NIA، وتصادق SANDIA على الرقم).
r-birth-child = تُثبت النسب من أجل الإلحاق بالوالدين.
r-birth-child-identification = تُثبت النسب وتحدد هوية الطفل المولود في الخارج، الذي يحصل على رقمه الخاص (NIA، ثم NIR مصادق عليه).
r-birth-filiation-s1 = كل فرد من العائلة مسجَّل باستمارة S1 يُثبت صلة القرابة.
r-union-accompanying = تُثبت صلة القرابة بالشخص المؤمَّن.
r-birth-adult-child = تُثبت صلة القرابة (النسب) بالوالد المؤمَّن؛ وتحدد هوية الشخص المولود في الخارج عند الحاجة.
r-union-civil-status = الحالة المدنية لمقدِّم الطلب المتزوج، لتحديد الهوية.
r-union-s1 = تُثبت صلة القرابة بحامل استمارة S1.
r-address = تُثبت العنوان، الذي يحدد الصندوق المختص.
r-bank = تُصرف التعويضات في حساب باسم الشخص.
r-bank-child = يحصل المستفيد المستقل على تعويضاته في حساب باسمه الشخصي.
r-physician = التصريح بطبيب معالج (médecin traitant) يضمن نسب التعويض العادية؛ يُصرَّح على الورق إذا تعذَّر على الطبيب التصريح عبر الإنترنت.
r-physician-child =
    { $sex ->
        [female] ابتداءً من 16 سنة، تصرِّح الشابة بنفسها بطبيبها المعالج (médecin traitant)، مع توقيع أحد الوالدين.
       *[other] ابتداءً من 16 سنة، يصرِّح الشاب بنفسه بطبيبه المعالج (médecin traitant)، مع توقيع أحد الوالدين.
    }
r-id-photo = من أجل بطاقة Carte Vitale، التي تُطلب بعد المصادقة على الرقم (صورة + وثيقة هوية لا يتجاوز عمرها 10 سنوات).

# $sex: female, male or other (unknown): French agrees with the person.
rs1-worker =
    يصدرها صندوق البلد الأصلي: تسجِّل { $sex ->
        [female] العاملة
       *[other] العامل
    } لدى CPAM مكان الإقامة، على نفقة صندوق البلد الأصلي.
rs1-family = تصدر استمارات S1 لكل شخص على حدة: يسجِّل كل فرد من العائلة استمارته الخاصة.

# $sex: female, male or other (unknown): French agrees with the person.
ra1 =
    تُثبت أن { $sex ->
        [female] العاملة تبقى خاضعة
       *[other] العامل يبقى خاضعًا
    } لتشريع البلد الأصلي طوال مدة الانتداب.

# Why a document is needed.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
r-coverage-certificate-home =
    تُبقي { $sex ->
        [female] العاملة
       *[other] العامل
    } في نظام الضمان الاجتماعي { COUNTRY($country, form: "in") }؛ يحتفظ بها صاحب العمل لأغراض التفتيش.

# Why a document is needed.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
r-coverage-certificate-home-assumed =
    تُبقي { $sex ->
        [female] العاملة خاضعة
       *[other] العامل خاضعًا
    } لتشريع الضمان الاجتماعي { COUNTRY($country, form: "in") } في الفروع التي تشملها الاتفاقية؛ أما شمولها للصحة فافتراض يجب تأكيده مع الصندوق. يحتفظ بها صاحب العمل لأغراض التفتيش.

# Why a document is needed.
# $country: a country code (written by COUNTRY with the form the sentence needs)
r-coverage-certificate-other = تُبقي في البلد الأصلي الفروعَ التي تشملها الاتفاقية { COUNTRY($country, form: "with") } (باستثناء الصحة).
r-private-insurance = تجعل الاتفاقية من التغطية الصحية في فرنسا شرطًا للانتداب.
r-autonomy-letter = رسالة بسيطة إلى صندوق أحد الوالدين لطلب صفة المستفيد المستقل (ayant droit autonome).
r-sworn-translation = وثائق الحالة المدنية الصادرة خارج فرنسا والمنطقة الاقتصادية الأوروبية وسويسرا تحتاج إلى ترجمة من مترجم محلَّف (أو من القنصلية)، ما لم تكن بالفرنسية أصلًا. وقد يُطلب أيضًا التصديق أو الأبوستيل حسب البلد المُصدِر.
r-legalisation = وثائق الحالة المدنية الأجنبية مصدَّقة أو عليها أبوستيل (حسب الإعداد المختار).

## Explanations (conclusions)

# $sex: female, male or other (unknown): French agrees with the person.
c-activity =
    { $sex ->
        [female] تعمل في فرنسا: مشمولة بالتأمين الصحي عن طريق النشاط المهني من أول ساعة عمل.
       *[other] يعمل في فرنسا: مشمول بالتأمين الصحي عن طريق النشاط المهني من أول ساعة عمل.
    }

# $sex: female, male or other (unknown): French agrees with the person.
c-working-minor-activity =
    { $sex ->
        [female] تعمل في فرنسا (بما في ذلك التدريب المهني): مشمولة بالتأمين بصفة شخصية عن طريق النشاط.
       *[other] يعمل في فرنسا (بما في ذلك التدريب المهني): مشمول بالتأمين بصفة شخصية عن طريق النشاط.
    }
c-working-minor = القاصر الذي يمارس نشاطًا مهنيًا (بما في ذلك التدريب المهني) لم يعد ملحقًا بوالديه، وهو مشمول بالتأمين بصفة شخصية.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-working-minor-status =
    { $age ->
        [0] أقل من سنة
        [one] سنة واحدة
        [two] سنتان
        [few] { $age } سنوات
       *[other] { $age } سنة
    }، { $sex ->
        [female] تعمل: مؤمَّنة بصفة شخصية، وليست مستفيدة تابعة (ayant droit).
       *[other] يعمل: مؤمَّن بصفة شخصية، وليس مستفيدًا تابعًا (ayant droit).
    }

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-minor-own-status =
    { $age ->
        [0] أقل من سنة
        [one] سنة واحدة
        [two] سنتان
        [few] { $age } سنوات
       *[other] { $age } سنة
    }، لا يوجد والد مؤمَّن يمكن الإلحاق به: { $sex ->
        [female] مؤمَّنة
       *[other] مؤمَّن
    } بصفة شخصية.
c-adult-child =
    { $sex ->
        [female] الابنة البالغة ليست مستفيدة تابعة: مؤمَّنة بصفة شخصية.
       *[other] الابن البالغ ليس مستفيدًا تابعًا: مؤمَّن بصفة شخصية.
    }

# $sex: female, male or other (unknown): French agrees with the person.
c-student =
    { $sex ->
        [female] طالبة في التعليم العالي: مشمولة بالتأمين على أساس الإقامة، ومعفاة من شرط 3 أشهر.
       *[other] طالب في التعليم العالي: مشمول بالتأمين على أساس الإقامة، ومعفى من شرط 3 أشهر.
    }

# Whom a member joins or accompanies, in c-accompanying…'s $insured.
# $sex: the sex of the person joined (female, male or other), not the member's.
c-insured-main-applicant =
    { $sex ->
         [female] مقدِّمة الطلب الرئيسية
        *[other] مقدِّم الطلب الرئيسي
    }
# Whom a member joins or accompanies, in c-accompanying…'s $insured.
# $sex: the sex of the person joined (female, male or other), not the member's.
c-insured-partner =
    { $sex ->
         [female] زوجة مقدِّم الطلب الرئيسي أو شريكته
        *[other] زوج مقدِّم الطلب الرئيسي أو شريكه
    }
# Whom a member joins or accompanies, in c-accompanying…'s $insured.
c-insured-child = أحد أبناء الأسرة

# Conclusion of a rule in the explanation of a member.
# $insured: whom the member joins, by their place in the household (c-insured-…)
# $sex: female, male or other (unknown): French agrees with the person.
c-accompanying =
    { $sex ->
        [female] تلتحق بشخص منتسب في فرنسا أو ترافقه ({ $insured }): مشمولة بالتأمين على أساس الإقامة دون انتظار 3 أشهر.
       *[other] يلتحق بشخص منتسب في فرنسا أو يرافقه ({ $insured }): مشمول بالتأمين على أساس الإقامة دون انتظار 3 أشهر.
    }

# Conclusion of a rule in the explanation of a member.
# $insured: whom the member joins, by their place in the household (c-insured-…)
c-accompanying-three-months =
    { $sex ->
        [female] تلتحق بشخص منتسب في فرنسا أو ترافقه ({ $insured })؛ وحسب الإعداد المختار ينطبق شرط الإقامة لمدة 3 أشهر.
       *[other] يلتحق بشخص منتسب في فرنسا أو يرافقه ({ $insured })؛ وحسب الإعداد المختار ينطبق شرط الإقامة لمدة 3 أشهر.
    }

# Conclusion of a rule in the explanation of a member.
# $insured: whom the member joins, by their place in the household (c-insured-…)
# $sex: female, male or other (unknown): French agrees with the person.
c-accompanying-adult-child =
    { $sex ->
        [female] ابنة بالغة دون نشاط تلتحق بوالد مؤمَّن أو ترافقه ({ $insured }): فرد من العائلة بموجب D160-2 الذي لا يحدد سنًّا قصوى (افتراض لم يُتحقَّق منه): مشمولة بالتأمين على أساس الإقامة دون انتظار 3 أشهر.
       *[other] ابن بالغ دون نشاط يلتحق بوالد مؤمَّن أو يرافقه ({ $insured }): فرد من العائلة بموجب D160-2 الذي لا يحدد سنًّا قصوى (افتراض لم يُتحقَّق منه): مشمول بالتأمين على أساس الإقامة دون انتظار 3 أشهر.
    }

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-earliest-basis-residence = الالتحاق بفرد من العائلة أو مرافقته لا يعطي إلا تاريخ { DATE($date) }، وهو اليوم الذي تبدأ فيه تغطية ذلك الشخص: يُطبَّق الأساس الأبكر، أي الإقامة المستقرة الشخصية.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-earliest-basis-activity = لا يبدأ العمل في فرنسا إلا في { DATE($date) }: الالتحاق بفرد مؤمَّن من العائلة أو مرافقته يعطي تاريخًا أبكر، ويُطبَّق الأساس الأبكر.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-earliest-basis-residence-before-work = لا يبدأ العمل في فرنسا إلا في { DATE($date) }: الإقامة المستقرة لأكثر من 3 أشهر تعطي تاريخًا أبكر، ويُطبَّق الأساس الأبكر.
c-adult-own-request = منذ 2016 (PUMa) لم يعد البالغون مستفيدين تابعين أبدًا: يقدِّم هذا الشخص البالغ طلبه الخاص.

# $sex: female, male or other (unknown): French agrees with the person.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-follows-s1 =
    فرد من عائلة { $insured-sex ->
         [female] عاملة منتدبة
        *[other] عامل منتدب
    } باستمارة S1: { $sex ->
         [female] مسجَّلة باستمارة S1 خاصة بها
        *[other] مسجَّل باستمارة S1 خاصة به
    } على نفقة صندوق البلد الأصلي.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-follows-home-scheme =
    فرد من عائلة { $insured-sex ->
         [female] عاملة تبقى
        *[other] عامل يبقى
    } في نظام البلد الأصلي: { $sex ->
         [female] تتبع
        *[other] يتبع
    } { $insured-sex ->
         [female] العاملة
        *[other] العامل
    }، دون انتساب في فرنسا.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-follows-home-scheme-assumed =
    فرد من عائلة { $insured-sex ->
         [female] عاملة تبقى
        *[other] عامل يبقى
    } على الأرجح في نظام البلد الأصلي (افتراض يجب تأكيده مع الصندوق): { $sex ->
         [female] تتبع
        *[other] يتبع
    } { $insured-sex ->
         [female] العاملة
        *[other] العامل
    }، ويُفترض عدم الانتساب في فرنسا.

# $sex: female, male or other (unknown): French agrees with the person.
c-residence =
    { $sex ->
        [female] لا نشاط مهني: مشمولة بالتأمين على أساس الإقامة بعد أكثر من 3 أشهر من الإقامة المستقرة.
       *[other] لا نشاط مهني: مشمول بالتأمين على أساس الإقامة بعد أكثر من 3 أشهر من الإقامة المستقرة.
    }

# $sex: female, male or other (unknown): French agrees with the person.
c-residence-before-work =
    { $sex ->
        [female] لم تبدأ العمل بعد: مشمولة بالتأمين على أساس الإقامة بعد أكثر من 3 أشهر من الإقامة المستقرة.
       *[other] لم يبدأ العمل بعد: مشمول بالتأمين على أساس الإقامة بعد أكثر من 3 أشهر من الإقامة المستقرة.
    }

# $sex: female, male or other (unknown): French agrees with the person.
c-residence-enrolled =
    { $sex ->
        [female] لا نشاط مهني، مسجَّلة في التعليم: مشمولة بالتأمين على أساس الإقامة، ومعفاة من شرط 3 أشهر.
       *[other] لا نشاط مهني، مسجَّل في التعليم: مشمول بالتأمين على أساس الإقامة، ومعفى من شرط 3 أشهر.
    }
c-beneficiary =
    { $sex ->
        [female] طفلة قاصر لوالد مؤمَّن، دون نشاط مهني: مستفيدة تابعة (ayant droit).
       *[other] طفل قاصر لوالد مؤمَّن، دون نشاط مهني: مستفيد تابع (ayant droit).
    }

# $sex: female, male or other (unknown): French agrees with the person.
c-minor-alone =
    { $sex ->
        [female] قاصر ليس لها في الأسرة والد مؤمَّن في فرنسا: مشمولة بالتأمين بصفة شخصية على أساس الإقامة.
       *[other] قاصر ليس له في الأسرة والد مؤمَّن في فرنسا: مشمول بالتأمين بصفة شخصية على أساس الإقامة.
    }

# $sex: female, male or other (unknown): French agrees with the person.
c-minor-without-parent =
    { $sex ->
        [female] لا يوجد أي من الوالدين في الأسرة: ليست مستفيدة تابعة عن طريق النسب؛ وضع الوصي القانوني هو الذي يحدد (يمكن إلحاق الطفل الذي في كفالة شخص مؤمَّن بهذا الشخص). وفي الأثناء مشمولة بالتأمين بصفة شخصية على أساس الإقامة، مع شرط 3 أشهر.
       *[other] لا يوجد أي من الوالدين في الأسرة: ليس مستفيدًا تابعًا عن طريق النسب؛ وضع الوصي القانوني هو الذي يحدد (يمكن إلحاق الطفل الذي في كفالة شخص مؤمَّن بهذا الشخص). وفي الأثناء مشمول بالتأمين بصفة شخصية على أساس الإقامة، مع شرط 3 أشهر.
    }

# $sex: female, male or other (unknown): French agrees with the person.
c-minor-without-parent-enrolled =
    { $sex ->
        [female] لا يوجد أي من الوالدين في الأسرة: ليست مستفيدة تابعة عن طريق النسب؛ وضع الوصي القانوني هو الذي يحدد (يمكن إلحاق الطفل الذي في كفالة شخص مؤمَّن بهذا الشخص). وفي الأثناء مشمولة بالتأمين بصفة شخصية على أساس الإقامة؛ ولأنها مسجَّلة في المدرسة فهي معفاة من شرط 3 أشهر.
       *[other] لا يوجد أي من الوالدين في الأسرة: ليس مستفيدًا تابعًا عن طريق النسب؛ وضع الوصي القانوني هو الذي يحدد (يمكن إلحاق الطفل الذي في كفالة شخص مؤمَّن بهذا الشخص). وفي الأثناء مشمول بالتأمين بصفة شخصية على أساس الإقامة؛ ولأنه مسجَّل في المدرسة فهو معفى من شرط 3 أشهر.
    }

# $sex: female, male or other (unknown): French agrees with the person.
c-posted-eu =
    { $sex ->
        [female] منتدبة من المنطقة الاقتصادية الأوروبية أو سويسرا بشهادة A1: تبقى في نظام البلد الأصلي؛ العلاج في فرنسا عن طريق استمارة S1 المسجَّلة لدى CPAM.
       *[other] منتدب من المنطقة الاقتصادية الأوروبية أو سويسرا بشهادة A1: يبقى في نظام البلد الأصلي؛ العلاج في فرنسا عن طريق استمارة S1 المسجَّلة لدى CPAM.
    }

# $sex: female, male or other (unknown): French agrees with the person.
c-posted-uk =
    { $sex ->
        [female] منتدبة من المملكة المتحدة بشهادة تحدد التشريع المطبَّق: تُعامَل مثل الانتداب داخل الاتحاد الأوروبي (تسجيل استمارة S1).
       *[other] منتدب من المملكة المتحدة بشهادة تحدد التشريع المطبَّق: يُعامَل مثل الانتداب داخل الاتحاد الأوروبي (تسجيل استمارة S1).
    }

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-home-scheme =
    { $sex ->
        [female] منتدبة
       *[other] منتدب
    } بموجب الاتفاقية { COUNTRY($country, form: "with") }، التي تُبقي التأمين الصحي في البلد الأصلي: لا انتساب في فرنسا.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-home-scheme-assumed =
    { $sex ->
        [female] منتدبة
       *[other] منتدب
    } بموجب الاتفاقية { COUNTRY($country, form: "with") }، التي تُبقي على الأرجح التأمين الصحي في البلد الأصلي (استنتاج من بيان عام، يجب تأكيده مع الصندوق): يُفترض عدم الانتساب في فرنسا.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-scope-unverified =
    { $sex ->
        [female] منتدبة
       *[other] منتدب
    } { COUNTRY($country, form: "from") }: لم يُتحقَّق مما إذا كانت الاتفاقية تُبقي الصحة في البلد الأصلي؛ يُفترض افتراضيًا نظام البلد الأصلي، ويجب تأكيد ذلك مع الصندوق.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-scope-unverified-french =
    { $sex ->
        [female] منتدبة
       *[other] منتدب
    } { COUNTRY($country, form: "from") }: لم يُتحقَّق مما إذا كانت الاتفاقية تُبقي الصحة في البلد الأصلي؛ وحسب الإعداد المختار ينطبق الانتساب الفرنسي.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-agreement-excludes-health =
    { $sex ->
        [female] منتدبة بموجب الاتفاقية { COUNTRY($country, form: "with") }، التي لا تشمل الصحة: منتسبة
       *[other] منتدب بموجب الاتفاقية { COUNTRY($country, form: "with") }، التي لا تشمل الصحة: منتسب
    } في فرنسا بالنسبة للصحة عن طريق النشاط.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-no-certificate =
    { $sex ->
        [female] منتدبة
       *[other] منتدب
    } { COUNTRY($country, form: "from") } دون شهادة: ينطبق الانتساب الفرنسي عن طريق النشاط.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-no-agreement =
    { $sex ->
        [female] منتدبة
       *[other] منتدب
    } { COUNTRY($country, form: "from") }، وهو بلد لا تربطه بفرنسا اتفاقية ضمان اجتماعي: انتساب فرنسي عن طريق النشاط.

# Conclusion of a rule in the explanation of a member.
# $months: a number of months
# $date: a date (written out by DATE)
c-posting-limit =
    الانتداب المحدود بـ{ $months ->
        [one] شهر واحد
        [two] شهرين
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    } يمكن أن يستمر حتى { DATE($date) }، واليوم الأخير محسوب.

# $sex: female, male or other (unknown): French agrees with the person.
c-registration =
    { $sex ->
        [female] لم تكن مؤمَّنة قط في فرنسا: تسجيل أول.
       *[other] لم يكن مؤمَّنًا قط في فرنسا: تسجيل أول.
    }

# $sex: female, male or other (unknown): French agrees with the person.
c-registration-assumed =
    { $sex ->
        [female] لم يُذكر تأمين سابق في فرنسا: يُفترض أنها لم تكن مؤمَّنة قط، أي تسجيل أول.
       *[other] لم يُذكر تأمين سابق في فرنسا: يُفترض أنه لم يكن مؤمَّنًا قط، أي تسجيل أول.
    }

# $sex: female, male or other (unknown): French agrees with the person.
c-reactivation =
    { $sex ->
        [female] كانت مؤمَّنة في فرنسا من قبل: الرقم مدى الحياة، ويُعاد فتح الحقوق.
       *[other] كان مؤمَّنًا في فرنسا من قبل: الرقم مدى الحياة، ويُعاد فتح الحقوق.
    }

# $sex: female, male or other (unknown): French agrees with the person.
c-reactivation-implied =
    { $sex ->
        [female] لديها رقم مصادق عليه رغم أنها مولودة في الخارج، وهذا يعني انتسابًا سابقًا: إعادة فتح الحقوق.
       *[other] لديه رقم مصادق عليه رغم أنه مولود في الخارج، وهذا يعني انتسابًا سابقًا: إعادة فتح الحقوق.
    }

# $sex: female, male or other (unknown): French agrees with the person.
c-reactivation-assumed =
    { $sex ->
        [female] لم يُذكر تأمين سابق في فرنسا: يُفترض أنها كانت مؤمَّنة من قبل (حسب الإعداد المختار)، أي إعادة فتح الحقوق.
       *[other] لم يُذكر تأمين سابق في فرنسا: يُفترض أنه كان مؤمَّنًا من قبل (حسب الإعداد المختار)، أي إعادة فتح الحقوق.
    }

# $sex: female, male or other (unknown): French agrees with the person.
c-identification-required =
    { $sex ->
        [female] مولودة في الخارج، بلا رقم فرنسي، وليست فرنسية: يلزم تحديد الهوية (رقم مؤقت NIA من CPAM، ثم مصادقة SANDIA على الرقم).
       *[other] مولود في الخارج، بلا رقم فرنسي، وليس فرنسيًا: يلزم تحديد الهوية (رقم مؤقت NIA من CPAM، ثم مصادقة SANDIA على الرقم).
    }
c-identification-under-way =
    { $sex ->
        [female] لديها رقم مؤقت (NIA): تحديد الهوية جارٍ إلى أن تصادق SANDIA على الرقم.
       *[other] لديه رقم مؤقت (NIA): تحديد الهوية جارٍ إلى أن تصادق SANDIA على الرقم.
    }

# $sex: female, male or other (unknown): French agrees with the person.
c-no-identification-born-in-france =
    { $sex ->
        [female] مولودة في فرنسا: لديها رقم ضمان اجتماعي منذ الولادة، ولا حاجة إلى خطوة تحديد الهوية.
       *[other] مولود في فرنسا: لديه رقم ضمان اجتماعي منذ الولادة، ولا حاجة إلى خطوة تحديد الهوية.
    }

# $sex: female, male or other (unknown): French agrees with the person.
c-no-identification-french =
    { $sex ->
        [female] مواطنة فرنسية مولودة في الخارج: يأتي الرقم من السجل المدني المركزي، دون تحديد هوية لدى SANDIA.
       *[other] مواطن فرنسي مولود في الخارج: يأتي الرقم من السجل المدني المركزي، دون تحديد هوية لدى SANDIA.
    }
c-no-identification-has-nir =
    { $sex ->
        [female] لديها رقم مصادق عليه: لا حاجة إلى خطوة تحديد الهوية.
       *[other] لديه رقم مصادق عليه: لا حاجة إلى خطوة تحديد الهوية.
    }

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-activity =
    { $sex ->
        [female] مشمولة
       *[other] مشمول
    } بالتأمين من أول يوم عمل: { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-s1 =
    { $sex ->
        [female] مشمولة
       *[other] مشمول
    } بالتأمين من بداية الانتداب (S1): { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-covered-from-s1-family =
    { $sex ->
         [female] مشمولة
        *[other] مشمول
    } بالتأمين من تاريخ الوصول أو من بداية استمارة S1 { $insured-sex ->
         [female] للعاملة
        *[other] للعامل
    }، أيهما لاحق: { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-covered-from-accompanying =
    { $sex ->
         [female] مشمولة
        *[other] مشمول
    } بالتأمين من تاريخ الوصول أو من بداية تغطية { $insured-sex ->
         [female] الشريكة
        *[other] الشريك
    }، أيهما لاحق: { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-accompanying-parent =
    { $sex ->
        [female] مشمولة
       *[other] مشمول
    } بالتأمين من تاريخ الوصول أو من بداية تغطية الوالد، أيهما لاحق: { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-child =
    { $sex ->
        [female] مشمولة
       *[other] مشمول
    } بالتأمين من آخر هذه التواريخ: الولادة، أو الوصول، أو بداية تغطية الوالد: { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-residence =
    { $sex ->
        [female] مشمولة
       *[other] مشمول
    } بالتأمين من اليوم التالي لاكتمال 3 أشهر على الوصول (وليس قبل بداية صلاحية سند الإقامة لمواطني البلدان من خارج المنطقة الاقتصادية الأوروبية): { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-student =
    { $sex ->
        [female] مشمولة
       *[other] مشمول
    } بالتأمين من الوصول (وليس قبل بداية صلاحية سند الإقامة لمواطني البلدان من خارج المنطقة الاقتصادية الأوروبية): { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-arrival =
    { $sex ->
        [female] مشمولة
       *[other] مشمول
    } بالتأمين من الوصول: { DATE($date) }.
c-covered-from-unknown = لا يمكن تحديد أول يوم للتغطية: ينقص تاريخ تتوقف عليه.

# $sex: female, male or other (unknown): French agrees with the person.
c-attached-one =
    { $sex ->
        [female] ملحقة
       *[other] ملحق
    } بالوالد المؤمَّن.

# $sex: female, male or other (unknown): French agrees with the person.
c-attached-one-assumed =
    { $sex ->
        [female] ملحقة
       *[other] ملحق
    } بالوالد المؤمَّن (الوالدان مفترضان: الشخص الرئيسي وشريكه).

# $sex: female, male or other (unknown): French agrees with the person.
c-attached-both =
    { $sex ->
        [female] ملحقة
       *[other] ملحق
    } بالوالدين المؤمَّنين كليهما (double rattachement، موصى به).

# $sex: female, male or other (unknown): French agrees with the person.
c-attached-both-assumed =
    { $sex ->
        [female] ملحقة
       *[other] ملحق
    } بالوالدين المؤمَّنين كليهما (double rattachement؛ الوالدان مفترضان: الشخص الرئيسي وشريكه).

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
c-under-sixteen =
    { $age ->
        [0] أقل من سنة
        [one] سنة واحدة
        [two] سنتان
        [few] { $age } سنوات
       *[other] { $age } سنة
    }: { $sex ->
        [female] مستفيدة تابعة
       *[other] مستفيد تابع
    } (ayant droit) للوالدين.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
c-under-sixteen-one-parent =
    { $age ->
        [0] أقل من سنة
        [one] سنة واحدة
        [two] سنتان
        [few] { $age } سنوات
       *[other] { $age } سنة
    }: { $sex ->
        [female] مستفيدة تابعة
       *[other] مستفيد تابع
    } (ayant droit) للوالد.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
c-sixteen-may-request =
    { $age ->
        [0] أقل من سنة
        [one] سنة واحدة
        [two] سنتان
        [few] { $age } سنوات
       *[other] { $age } سنة
    }: { $sex ->
        [female] تبقى مستفيدة تابعة؛ ويمكنها أن تطلب (برسالة بسيطة) صفة المستفيدة المستقلة (ayant droit autonome).
       *[other] يبقى مستفيدًا تابعًا؛ ويمكنه أن يطلب (برسالة بسيطة) صفة المستفيد المستقل (ayant droit autonome).
    }

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-pupil-stays-dependent =
    { $age ->
        [0] أقل من سنة
        [one] سنة واحدة
        [two] سنتان
        [few] { $age } سنوات
       *[other] { $age } سنة
    }، { $sex ->
        [female] تلميذة: تبقى مستفيدة تابعة للوالدين ما لم تطلب الاستقلال.
       *[other] تلميذ: يبقى مستفيدًا تابعًا للوالدين ما لم يطلب الاستقلال.
    }

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-pupil-stays-dependent-one-parent =
    { $age ->
        [0] أقل من سنة
        [one] سنة واحدة
        [two] سنتان
        [few] { $age } سنوات
       *[other] { $age } سنة
    }، { $sex ->
        [female] تلميذة: تبقى مستفيدة تابعة للوالد ما لم تطلب الاستقلال.
       *[other] تلميذ: يبقى مستفيدًا تابعًا للوالد ما لم يطلب الاستقلال.
    }

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-student-autonomous =
    { $age ->
        [0] أقل من سنة
        [one] سنة واحدة
        [two] سنتان
        [few] { $age } سنوات
       *[other] { $age } سنة
    }، { $sex ->
        [female] طالبة في التعليم العالي: مستفيدة مستقلة (ayant droit autonome) تلقائيًا.
       *[other] طالب في التعليم العالي: مستفيد مستقل (ayant droit autonome) تلقائيًا.
    }

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
c-autonomy-requested =
    { $age ->
        [0] أقل من سنة
        [one] سنة واحدة
        [two] سنتان
        [few] { $age } سنوات
       *[other] { $age } سنة
    }، { $sex ->
        [female] طلبت الاستقلال: مستفيدة مستقلة (ayant droit autonome)، لها تعويضاتها وحساب ameli خاص بها.
       *[other] طلب الاستقلال: مستفيد مستقل (ayant droit autonome)، له تعويضاته وحساب ameli خاص به.
    }

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-beneficiary-end-birthday = تنتهي صفة المستفيد التابع عند بلوغ 18 سنة، في { DATE($date) }: هذا افتراض (تعذَّر العثور على تاريخ المرسوم التطبيقي للمادة L160-2)؛ بعد ذلك تُقدَّم استمارة S1110 مع حساب بنكي باسم الشخص نفسه.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-beneficiary-end-fixed = تنتهي صفة المستفيد التابع في { DATE($date) }، وهو التاريخ المحدد حسب الإعداد المختار في سنة بلوغ 18 سنة؛ بعد ذلك تُقدَّم استمارة S1110 مع حساب بنكي باسم الشخص نفسه.
c-child-milestones = ابتداءً من 12 سنة يمكن لأحد الوالدين طلب بطاقة Carte Vitale للطفل عبر الإنترنت؛ وعند 16 سنة يرسل CPAM إلى الطفل استمارة بطاقة Carte Vitale.

# $sex: female, male or other (unknown): French agrees with the person.
c-leap-day-last =
    { $sex ->
        [female] مولودة
       *[other] مولود
    } في 29 فبراير: في السنوات الأخرى تقع ذكرى الميلاد في 28 فبراير.

# $sex: female, male or other (unknown): French agrees with the person.
c-leap-day-march =
    { $sex ->
        [female] مولودة
       *[other] مولود
    } في 29 فبراير: حسب الإعداد المختار تقع ذكرى الميلاد في 1 مارس في السنوات الأخرى.

# Conclusion of a rule in the explanation of a member.
# $fund: the name of the local fund, as is (e.g. "CPAM de Paris")
c-fund-residence = يُرسَل الملف إلى صندوق مكان الإقامة: { $fund }.

# Conclusion of a rule in the explanation of a member.
# $fund: the name of the local fund, as is (e.g. "CPAM de Paris")
c-fund-overseas = فيما وراء البحار، يُرسَل الملف إلى الصندوق العام المحلي للضمان الاجتماعي: { $fund }.

# Conclusion of a rule in the explanation of a member.
# $fund: the name of the local fund, as is (e.g. "CPAM de Paris")
c-fund-mayotte = في مايوت، حيث لا يوجد CGSS، يُرسَل الملف إلى صندوق الضمان الاجتماعي في مايوت (Caisse de sécurité sociale de Mayotte، CSSM): { $fund }.
c-fund-msa = في فرنسا القارية، يؤمِّن MSA الأجراء الزراعيين وعائلاتهم، وليس CPAM.

# Conclusion of a rule in the explanation of a member.
# $fund: the name of the local fund, as is (e.g. "CPAM de Paris")
c-fund-overseas-agricultural = في المقاطعات فيما وراء البحار لا يدير MSA التأمين الصحي: يتوجه الأجراء الزراعيون وعائلاتهم إلى الصندوق المحلي: { $fund }.
c-fund-talent-passport = حاملو جواز المواهب (passeport talent) وعائلاتهم: يُرسَل الملف إلى CPAM de Paris.
c-fund-unknown = لا يوجد رمز بريدي: لا يمكن تحديد صندوق مكان الإقامة.
c-fund-unknown-agricultural = لا يوجد رمز بريدي: لا يمكن تحديد صندوق الأجير الزراعي (MSA في فرنسا القارية، وCGSS أو CSSM فيما وراء البحار).
c-fund-own-scheme = العنوان في جماعة فيما وراء البحار لها نظامها الخاص: لا ينطبق أي صندوق فرنسي.

# $sex: female, male or other (unknown): French agrees with the person.
c-permit-required =
    { $sex ->
        [female] مواطنة بلد من خارج المنطقة الاقتصادية الأوروبية وسويسرا: سند الإقامة مطلوب.
       *[other] مواطن بلد من خارج المنطقة الاقتصادية الأوروبية وسويسرا: سند الإقامة مطلوب.
    }
c-no-permit-minor = لا يُطلب سند إقامة من القاصر أبدًا.

# $sex: female, male or other (unknown): French agrees with the person.
c-inactive-eea =
    { $sex ->
        [female] مواطنة من المنطقة الاقتصادية الأوروبية أو سويسرا دون نشاط: يجب عليها إثبات موارد كافية وتغطية صحية.
       *[other] مواطن من المنطقة الاقتصادية الأوروبية أو سويسرا دون نشاط: يجب عليه إثبات موارد كافية وتغطية صحية.
    }
c-translation = وثائق الحالة المدنية الصادرة خارج فرنسا والمنطقة الاقتصادية الأوروبية وسويسرا تحتاج إلى ترجمة محلَّفة.
c-nir-checked = تم فحص رقم الضمان الاجتماعي (البنية، المفتاح) ومقارنته ببيانات الميلاد.
c-legalisation-required = يجب تصديق وثائق الحالة المدنية الأجنبية أو وضع أبوستيل عليها (حسب الإعداد المختار).
c-payroll-nir =
    { $sex ->
        [female] لديها NIR مصادق عليه: يصرِّح به قسم الأجور في DSN.
       *[other] لديه NIR مصادق عليه: يصرِّح به قسم الأجور في DSN.
    }
c-payroll-nia =
    { $sex ->
        [female] لديها رقم مؤقت (NIA): يصرِّح به قسم الأجور في DSN، دون حد زمني، إلى حين صدور NIR المصادق عليه.
       *[other] لديه رقم مؤقت (NIA): يصرِّح به قسم الأجور في DSN، دون حد زمني، إلى حين صدور NIR المصادق عليه.
    }
c-payroll-ntt = لا يوجد NIR ولا NIA بعد: يصرِّح قسم الأجور برقم تقني مؤقت (NTT)، مسموح به لمدة 3 أشهر.

## Payroll
payroll-nir = صرِّحوا بـNIR المصادق عليه في DSN. إذا استُعمل NTT من قبل، فأعيدوا ذكره في أول DSN يتضمن NIR.
payroll-nia = صرِّحوا بـNIA في DSN (يمكن استعماله دون حد زمني). عند وصول NIR المصادق عليه، صرِّحوا به؛ وأعيدوا ذكر أي NTT سابق في أول DSN يتضمنه.

# Payroll note (hr).
# $date: a date (written out by DATE)
payroll-ntt = لا يوجد رقم بعد: صرِّحوا بـNTT مع جميع بيانات الميلاد المعروفة (مسموح به لمدة 3 أشهر، حتى { DATE($date) }). عند وصول NIR أو NIA، صرِّحوا به وأعيدوا ذكر NTT في أول DSN يتضمنه.
payroll-ntt-no-start = لا يوجد رقم بعد: صرِّحوا بـNTT مع جميع بيانات الميلاد المعروفة (مسموح به لمدة 3 أشهر من أول يوم عمل). عند وصول NIR أو NIA، صرِّحوا به وأعيدوا ذكر NTT في أول DSN يتضمنه.

## Rules catalogue
rule-activity = الشخص الذي يعمل في فرنسا (بعقد فرنسي أو كعامل مستقل) منتسب عن طريق النشاط، من أول ساعة عمل.
rule-registration-or-reactivation = تسجيل أول إذا لم يسبق الانتساب في فرنسا قط؛ وإعادة فتح الحقوق إذا سبق الانتساب (أو إذا كان لدى شخص مولود في الخارج NIR مصادق عليه).
rule-identification = تحديد الهوية (NIA، ثم NIR مصادق عليه) للأشخاص المولودين في الخارج دون رقم، الذين لم يُؤمَّنوا قط، وليسوا فرنسيين.
rule-accompanying-family = فرد العائلة الذي يلتحق بشخص مؤمَّن أو يرافقه معفى من شرط الإقامة لمدة 3 أشهر.
rule-accompanying-adult-child = الابن البالغ دون نشاط الذي يلتحق بوالد مؤمَّن أو يرافقه يُعدُّ فردًا من العائلة (لا حد للسن في D160-2؛ افتراض): طلب خاص، دون انتظار 3 أشهر.
rule-earliest-basis = الشخص الذي يستوفي شروط عدة أسس يُغطَّى من أبكر تاريخ يعطيه أي منها؛ وعند التساوي، يُختار الأساس الذي لا يتطلب إثبات 3 أشهر من الإقامة.
rule-residence = دون نشاط، التغطية على أساس الإقامة المستقرة والنظامية بعد أكثر من 3 أشهر.
rule-student = المسجَّلون في مؤسسة تعليمية معفَون من شرط 3 أشهر.
rule-inactive-eea = مواطنو المنطقة الاقتصادية الأوروبية وسويسرا غير الناشطين يجب عليهم إثبات موارد كافية وتغطية صحية.
rule-adults-not-beneficiaries = منذ 2016 لا يمكن أن يكون مستفيدين تابعين إلا الأطفال القاصرون؛ ويقدِّم كل بالغ طلبه الخاص.
rule-posted-eu = العامل المنتدب من المنطقة الاقتصادية الأوروبية أو سويسرا أو المملكة المتحدة بشهادة A1 يبقى في نظام البلد الأصلي ويسجِّل استمارة S1.
rule-posted-bilateral = العامل المنتدب بموجب اتفاقية ثنائية يبقى خاضعًا لتشريع البلد الأصلي في الفروع التي يشملها بند الانتداب (جدول لكل اتفاقية).
rule-posted-bilateral-inferred = الشيء نفسه، عندما يُستنتَج نطاق الاتفاقية الصحي من البيان العام لـACOSS أو يكون مجهولًا.
rule-posted-without-certificate = الانتداب دون شهادة، أو من بلد لا اتفاقية معه، يخضع للانتساب الفرنسي.
rule-posted-family = عائلة العامل المنتدب تتبع العامل ما لم يعمل أفرادها في فرنسا بأنفسهم.
rule-posting-limit = الانتداب المحدود بـN شهرًا يمكن أن يستمر حتى تاريخ البداية زائد N شهرًا ناقص يوم واحد؛ وتاريخ النهاية اللاحق يتجاوز الحد.
rule-minor-beneficiary = الأطفال القاصرون دون نشاط، ذوو النسب القانوني، مستفيدون تابعون لوالديهم المؤمَّنين.
rule-minor-without-parent = القاصر الذي لا يوجد أي من والديه في الأسرة ليس مستفيدًا تابعًا لأحد عن طريق النسب: يُسأل عن وضع الوصي؛ ولا يُفترض أي إعفاء من انتظار 3 أشهر.
rule-working-minor = القاصر العامل (بما في ذلك المتدرب المهني) مؤمَّن بصفة شخصية.
rule-dependent-status = وضع الطفل: مستفيد تابع، أو مستفيد مستقل (16 سنة فأكثر، والطلاب تلقائيًا)، أو تغطية شخصية.
rule-autonomy-before16 = لا يمكن طلب الاستقلال قبل 16 سنة: يُهمَل الطلب مع تنبيه.
rule-attachment = يُلحق الأطفال بكل والد مؤمَّن (double rattachement)؛ وتُقدَّم استمارة S3705 باسم أحد الوالدين.
rule-filiation = صفة المستفيد التابع تتبع النسب القانوني، لا الانتماء إلى الأسرة.
rule-beneficiary-end = متى تنتهي صفة المستفيد التابع (حسب الإعداد المختار: عند بلوغ 18 سنة افتراضيًا).
rule-child-milestones = يمكن طلب بطاقة Carte Vitale من 12 سنة، وبطاقة خاصة عند 16 سنة، وسن الرشد عند 18 سنة.
rule-leap-day = ذكرى الميلاد لمن وُلد في 29 فبراير تقع في 28 فبراير في السنوات الأخرى (حسب الإعداد المختار).
rule-covered-from = أول يوم للتغطية، حسب الأساس.
rule-fund = الصندوق: CPAM مكان الإقامة، وCGSS في المقاطعات فيما وراء البحار (CSSM في مايوت)، وMSA للأجراء الزراعيين في فرنسا القارية.
rule-fund-talent-passport = حاملو جواز المواهب (passeport talent) وعائلاتهم يودعون ملفهم لدى CPAM de Paris.
rule-permit = سند إقامة للبالغين من خارج المنطقة الاقتصادية الأوروبية وسويسرا؛ ولا يُطلب أبدًا من القاصرين.
rule-vls-ts = يجب تفعيل تأشيرة الإقامة الطويلة عبر الإنترنت خلال 3 أشهر من الدخول.
rule-documents = الوثائق الواجب جمعها، حسب الوضعية.
rule-translation = ترجمة محلَّفة لوثائق الحالة المدنية الصادرة خارج فرنسا والمنطقة الاقتصادية الأوروبية وسويسرا (حسب الإعداد المختار)؛ شهادة الزواج أو الاتحاد وثيقة واحدة للزوجين، ويحدد الأمرَ بلدُ الاتحاد المذكور لدى أي من الشريكين.
rule-legalisation = التصديق أو الأبوستيل غير مطلوب، بل يُذكر فقط (حسب الإعداد المختار).
rule-steps = مراحل الإجراء لكل نوع من أنواع الانتساب.
rule-payroll = المعرِّف في DSN: NIR أو NIA أو NTT (مسموح به لمدة 3 أشهر).
rule-nir-check = يُفحص NIR المقدَّم (البنية، المفتاح) ويُقارن ببيانات الميلاد؛ وعدم التطابق يؤدي إلى تنبيه.

## Human report

# Report heading or label.
# $date: a date (written out by DATE)
ui-title = التأمين الصحي في فرنسا: تقييم بتاريخ { DATE($date) }

# Report heading or label.
# $version: the secu version, e.g. 0.1.0
# $rules: the date of the rules (a date)
ui-rules = secu { $version }، قواعد بتاريخ { $rules }

# Report heading or label.
# $policies: the names of the policies, comma-separated
ui-policies = إعدادات مختلفة عن الإعدادات الافتراضية: { $policies }

# Report heading or label.
# $age: the person's age in whole years (a number; 0 for a baby under one)
ui-age =
    { $age ->
        [0] أقل من سنة
        [one] سنة واحدة
        [two] سنتان
        [few] { $age } سنوات
       *[other] { $age } سنة
    }
ui-age-one-year = سنة واحدة
ui-age-one-month = شهر واحد

# Report heading or label.
# $months: a number of months
ui-age-months =
    { $months ->
        [0] أقل من شهر
        [one] شهر واحد
        [two] شهران
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    }
ui-affiliation = الانتساب
ui-basis = الأساس

# $sex: female, male or other (unknown): French agrees with the person.
ui-covered-from = بداية التغطية
ui-unknown = غير معروف
ui-fund = الصندوق المختص
ui-child-status = وضع الطفل

# $sex: female, male or other (unknown): French agrees with the person.
ui-attached-to = الإلحاق بـ
ui-identification = تحديد الهوية
ui-identification-yes = مطلوب: رقم مؤقت (NIA)، ثم رقم مصادق عليه (SANDIA)
ui-why = السبب
ui-documents = الوثائق الواجب جمعها
ui-group-forms = الاستمارات
ui-group-identity = الهوية والحالة المدنية
ui-group-proofs = الإثباتات
ui-group-payment = البنك وبطاقة Carte Vitale
ui-one-of = إحدى الوثائق التالية
ui-translation = تحتاج إلى ترجمة محلَّفة إلى الفرنسية
ui-covers = تشمل
ui-for-children = لفائدة
ui-steps = المراحل

# Report heading or label.
# $date: a date (written out by DATE)
ui-expected-by = متوقع قبل { DATE($date) }
ui-milestones = المواعيد القادمة
ui-payroll = الأجور (DSN)
ui-dsn-identifier = المعرِّف المصرَّح به
ui-ntt-suggestion = NTT المقترح
ui-warnings = نقاط تستحق الانتباه
ui-none = لا شيء
ui-nothing-to-do = لا شيء يُقدَّم في فرنسا.
ui-sources = المصادر
# Report (both audiences): heading of the household summary that opens the document.
ui-summary = ملخص الأسرة
# Household summary: label of the fund the file goes to (its name follows).
ui-send-to = يُودَع الملف لدى
# Household summary: heading of the first steps still to do, each followed by whom it is for.
ui-first-actions = الإجراءات الأولى
# Household summary: heading of the dates to know (coverage, deadlines, the next twelve months' milestones).
ui-key-dates = التواريخ الرئيسية
# Household summary, key dates: the day health cover starts (followed by the names).
ui-coverage-starts = بدء التغطية الصحية
# Family's document: the name of a member given without a label, by their place in the household.
# $number: 1, 2…
ui-person = الشخص { $number }
# Family's document: heading of the points of attention that are the same for every member, said once.
ui-household-warnings = نقاط تستحق الانتباه للأسرة كلها
# Family's document: stands for the list of names when a line concerns every member of the household.
ui-whole-household = الأسرة كلها
# Case history: an entry erased (GDPR).
ui-hist-redacted = (محذوف)
# Case history: a number that does not parse.
ui-hist-invalid-number = (رقم غير صالح)
# Case history: a correction. $seq: the entry it voids; $reason: as typed.
ui-hist-voids = يُلغي القيد رقم { $seq }: { $reason }
# Case history: a permit renewed. $permit: its code; $from: a date (written out).
ui-hist-permit = { $permit } ابتداءً من { $from }
# Case history: a permit renewed. $permit: its code; $from, $until: dates (written out).
ui-hist-permit-until = { $permit } من { $from } إلى { $until }
# Case history: after an entry a correction voided (a fragment: keep its leading space). $seq: the correction.
ui-hist-voided-by = {" "}[أُلغي بالقيد رقم { $seq }]
# Case history: when the entry was recorded. $at: the recording time, its date written out and the time (HH:MM).
ui-hist-recorded = (سُجِّل في { $at })
# Case status, list and history: a date alone (a step done, a deadline, an entry of the log).
# $date: a date (written out by DATE)
ui-date = { DATE($date) }
# Between the items of a list of names or things in a line (", " in English; "、" in Chinese, "، " in Arabic).
ui-list-sep = ،{" "}
# Between the items of a list of longer phrases ("; " in English; French with a no-break space before ";").
ui-list-semicolon = ؛{" "}
# Between a label and its value in a line (": " in English; French with a no-break space before ":"; "：" in Chinese).
ui-colon = :{" "}
nir-valid = رقم ضمان اجتماعي صالح (NIR أو NIA)
nir-valid-without-key = بنية صالحة، مقدَّم دون مفتاحه
nir-legacy-nnp = رقم مؤقت قديم (NNP)، وليس NIR: حل محله NIA منذ 2022
nir-legacy-mig = رقم مؤقت لمهاجر عابر (MIG)، وليس NIR
nir-invalid = ليس رقم ضمان اجتماعي صالحًا
nir-why = السبب
nir-sex = الجنس
nir-female = أنثى (2)
nir-male = ذكر (1)
nir-year = سنة الميلاد
nir-month = شهر الميلاد
nir-pseudo-month = شهر وهمي: الشهر مجهول
nir-place = مكان الميلاد
nir-abroad = في الخارج:
nir-department = المقاطعة
nir-commune = البلدية
nir-historical = قد تعني 91–96 أيضًا الجزائر أو المغرب أو تونس قبل الاستقلال
nir-order = الرقم الترتيبي
nir-key-expected = المفتاح
nir-key-given = المقدَّم:

## Input errors (decoding, validation, the CLI's own messages)
err-standard-input = المدخل القياسي
err-standard-output = المخرج القياسي

# Error message (lowercase, no final period; fragments are joined).
# $limit: a number (a limit)
err-input-too-large = أكبر من الحد البالغ { $limit } بايت: مرفوض (يمكن رفع الحد بـ--max-input-bytes)

# Error message (lowercase, no final period; fragments are joined).
# $count: a number
err-more-problems =
    … و{ $count ->
        [one] مشكلة أخرى
        [two] مشكلتان أخريان
        [few] { $count } مشكلات أخرى
        [many] { $count } مشكلة أخرى
       *[other] { $count } مشكلة أخرى
    }
err-no-as-of = لا يوجد تاريخ تقييم: يجب ذكر "as_of" في الأسرة أو كخيار

# Error message (lowercase, no final period; fragments are joined).
# $byte: a byte offset (a number)
err-not-utf8 = المدخل ليس UTF-8 صالحًا (البايت { $byte })

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $line: a line number
# $column: a column number
err-malformed-json = JSON غير سليم في السطر { $line } العمود { $column }:{" "}

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $line: a line number
# $column: a column number
err-at-line = السطر { $line } العمود { $column }:{" "}

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): the text ends inside a list [ ].
err-json-eof-list = ينتهي النص داخل قائمة

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): the text ends inside an object { }.
err-json-eof-object = ينتهي النص داخل كائن

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): the text ends inside a quoted string.
err-json-eof-string = ينتهي النص داخل سلسلة نصية

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): the text ends where a value was expected (e.g. an empty file).
err-json-eof-value = ينتهي النص حيث كانت قيمة متوقعة

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a colon was expected after a key.
err-json-expected-colon = المتوقع «:»

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a comma or the end of the list was expected.
err-json-expected-list-comma = المتوقع «,» أو «]»

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a comma or the end of the object was expected.
err-json-expected-object-comma = المتوقع «,» أو «{"}"}»

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a word like true, false or null was misspelt.
err-json-expected-ident = المتوقع true أو false أو null

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): no valid value here (e.g. a word without quotes).
err-json-expected-value = المتوقع قيمة

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a key must start with a double quote.
err-json-expected-quote = المتوقع علامة الاقتباس «"»

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a backslash sequence in a string is not valid.
err-json-invalid-escape = تسلسل هروب غير صالح

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a number is badly written.
err-json-invalid-number = عدد غير صالح

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a number too large.
err-json-number-out-of-range = عدد خارج النطاق

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a \u escape names no character.
err-json-invalid-code-point = نقطة رمز Unicode غير صالحة

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a raw control character (e.g. a tab or a line break) inside a quoted string.
err-json-control-character = حرف تحكم (\u0000-\u001F) داخل سلسلة نصية

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): an object key without double quotes.
err-json-key-must-be-string = يجب أن يكون المفتاح سلسلة نصية بين علامتي اقتباس

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a comma before ] or }.
err-json-trailing-comma = فاصلة زائدة

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): text after the end of the document.
err-json-trailing-characters = أحرف زائدة بعد نهاية المستند

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): lists or objects nested too deeply.
err-json-recursion-limit = تداخل عميق جدًا

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a \u escape with fewer than four hex digits.
err-json-hex-escape-end = تسلسل \u غير مكتمل

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a \u escape with half of a character pair.
err-json-lone-surrogate = بديل أمامي منفرد في تسلسل \u

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): any other JSON error (generic).
err-json-other = JSON غير صالح

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
err-duplicate-field = الحقل "{ $field }" مذكور مرتين

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
# $expected: what was expected
err-newer-format = "{ $found }" أحدث مما تفهمه هذه النسخة من secu ({ $expected }): يجب تحديث secu

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
# $expected: what was expected
err-unknown-format = صيغة مجهولة "{ $found }": المتوقع "{ $expected }"

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
# $suggestion: the closest known value
err-unknown-field-did-you-mean = حقل مجهول "{ $field }"؛ هل المقصود "{ $suggestion }"؟

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
# $known: the known values, comma-separated
err-unknown-field-known = حقل مجهول "{ $field }"؛ الحقول المعروفة: { $known }

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
err-missing-field = الحقل الإلزامي "{ $field }" ناقص

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-string = المتوقع نص، والموجود { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-bool = المتوقع true أو false، والموجود { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-date = المتوقع تاريخ "YYYY-MM-DD"، والموجود { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-object = المتوقع كائن، والموجود { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-members = المتوقع مصفوفة أفراد، والموجود { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-member-id = المتوقع معرِّف فرد (نص)، والموجود { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-member-ids = المتوقع مصفوفة معرِّفات أفراد، والموجود { $found }

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-no-such-date = لا يوجد تاريخ كهذا "{ $value }"

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-date-shape = تاريخ غير صالح "{ $value }": المتوقع YYYY-MM-DD

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
# $years: the accepted range of years
err-date-years = التاريخ "{ $value }" خارج السنوات { $years }

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-unknown-country = رمز بلد مجهول { $value }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-country = المتوقع رمز بلد (ISO 3166-1 alpha-2، أو "XK" أو "CA-QC")، والموجود { $found }

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-unknown-value = قيمة مجهولة "{ $value }"

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $suggestion: the closest known value
err-did-you-mean = ؛ هل المقصود "{ $suggestion }"؟

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $choices: the accepted values, comma-separated
err-expected-one-of = {" "}(المتوقع إحدى القيم: { $choices })

# Error message (lowercase, no final period; fragments are joined).
# $count: a number
# $limit: a number (a limit)
err-too-many-members =
    { $count ->
        [one] فرد واحد
        [two] فردان
        [few] { $count } أفراد
       *[other] { $count } فردًا
    }: أكثر من الحد البالغ { $limit }
err-no-members = تحتاج الأسرة إلى فرد واحد على الأقل
err-several-primaries = لا يمكن أن يكون الشخص الرئيسي إلا فردًا واحدًا
err-no-primary = لا يوجد فرد علاقته "primary"

# Error message (lowercase, no final period; fragments are joined).
# $length: a number of characters
err-id-length = يتكون المعرِّف من 1 إلى 64 حرفًا، والموجود { $length }

# Error message (lowercase, no final period; fragments are joined).
# $id: a member id
# $other: where the same id appears (a JSON path)
err-duplicate-id = معرِّف مكرر "{ $id }" (أيضًا في { $other })

# Error message (lowercase, no final period; fragments are joined).
# $birth: a date, quoted as typed (YYYY-MM-DD)
# $as-of: a date, quoted as typed (YYYY-MM-DD)
err-birth-after-as-of = تاريخ الميلاد { $birth } لاحق لتاريخ التقييم { $as-of }
err-union-country-not-partner = union_country خاص بالزوج أو الشريك فقط
err-nir-status-without-nir = nir_status مذكور لكن nir غير مذكور
err-nia-issued-without-nir = nia_issued_on مذكور لكن nir غير مذكور
err-nia-issued-not-provisional = nia_issued_on يتطلب nir_status "provisional"

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-nia-before-birth = NIA صادر في { $date }، قبل تاريخ الميلاد

# Error message (lowercase, no final period; fragments are joined).
# $key: the two-digit key
err-nir-without-key-rejected = 13 حرفًا دون المفتاح (الإعداد nir_without_key = reject)؛ مفتاحه سيكون { $key }
err-posting-missing = العامل المنتدب يحتاج إلى بيانات الانتداب (from_country، certificate، end_date)

# Error message (lowercase, no final period; fragments are joined).
# $kind: an activity kind code
err-posting-not-posted = بيانات الانتداب خاصة بالنوع "posted"، وليس "{ $kind }"

# Error message (lowercase, no final period; fragments are joined).
# $end: a date, quoted as typed (YYYY-MM-DD)
# $start: a date, quoted as typed (YYYY-MM-DD)
err-posting-reversed = ينتهي الانتداب في { $end }، قبل بدايته في { $start }

# Error message (lowercase, no final period; fragments are joined).
# $max: a number (the maximum)
# $length: a number of characters
err-payroll-id-length = يتكون رقم الأجور من 1 إلى { $max } حرفًا ليتسع له NTT، والموجود { $length }

# Error message (lowercase, no final period; fragments are joined).
# $character: the character, quoted
err-payroll-id-character = الحرف { $character } لا يمكن أن يرد في NTT (حروف وأرقام فقط)

# Error message (lowercase, no final period; fragments are joined).
# $until: a date, quoted as typed (YYYY-MM-DD)
# $from: a date, quoted as typed (YYYY-MM-DD)
err-permit-reversed = سند الإقامة صالح حتى { $until }، قبل بداية صلاحيته في { $from }

# Error message (lowercase, no final period; fragments are joined).
# $relationship: a relationship code
err-parents-not-child = يُذكر الوالدان للأطفال فقط، وليس لـ"{ $relationship }"

# Error message (lowercase, no final period; fragments are joined).
# $count: a number
err-too-many-parents =
    للطفل والدان قانونيان على الأكثر، والموجود { $count ->
        [one] والد واحد
        [two] والدان
        [few] { $count } آباء
       *[other] { $count } أبًا
    }

# Error message (lowercase, no final period; fragments are joined).
# $parent: a member id
err-parent-twice = الوالد "{ $parent }" مذكور مرتين

# Error message (lowercase, no final period; fragments are joined).
# $id: a member id
err-unknown-parent = لا يوجد فرد معرِّفه "{ $id }"
err-own-parent = لا يمكن أن يكون الطفل والد نفسه

# Error message (lowercase, no final period; fragments are joined).
# $parent: a member id
# $path: a JSON path, e.g. members[1]
err-parent-not-adult = الوالد "{ $parent }" ليس بالغًا ({ $path })

# Error message (lowercase, no final period; fragments are joined).
# $parent: a member id
# $path: a JSON path, e.g. members[1]
err-parent-ref = الوالد "{ $parent }" ({ $path })

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $parent-birth: a date, quoted as typed (YYYY-MM-DD)
# $child-birth: a date, quoted as typed (YYYY-MM-DD)
err-parent-born-after-child = {" "}مولود في { $parent-birth }، وليس قبل الطفل (المولود في { $child-birth })

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $min: a minimum age (a number)
err-parent-too-young =
    {" "}كان سيبلغ { $age ->
        [0] أقل من سنة
        [one] سنة واحدة
        [two] سنتين
        [few] { $age } سنوات
       *[other] { $age } سنة
    } عند ولادة الطفل (على الأقل { $min })

# Error message (lowercase, no final period; fragments are joined).
# $start: a date, quoted as typed (YYYY-MM-DD)
# $birth: a date, quoted as typed (YYYY-MM-DD)
err-activity-before-birth = يبدأ النشاط في { $start }، قبل تاريخ الميلاد { $birth }

# Error message (lowercase, no final period; fragments are joined).
# $end: a date, quoted as typed (YYYY-MM-DD)
# $birth: a date, quoted as typed (YYYY-MM-DD)
err-posting-before-birth = ينتهي الانتداب في { $end }، قبل تاريخ الميلاد { $birth }

# Error message (lowercase, no final period; fragments are joined).
# $policy: a policy name
# $problem: what is wrong (a text)
err-policy-out-of-range = الإعداد { $policy }: { $problem }

# Error message (lowercase, no final period; fragments are joined).
# $length: a number of characters
err-siren-length = المتوقع 9 أرقام، والموجود { $length }

# Error message (lowercase, no final period; fragments are joined).
# $character: the character, quoted
# $position: its position (a number)
err-siren-character = حرف غير صالح { $character } في الموضع { $position }: رقم SIREN يتكون من أرقام فقط

# Error message (lowercase, no final period; fragments are joined).
# $expected: what was expected
# $found: what was found, quoted from the input or its JSON kind
err-siren-key = رقم التحقق غير صالح: المتوقع { $expected }، والموجود { $found } (مفتاح luhn)

# Error message (lowercase, no final period; fragments are joined).
# $postcode: a value, as is
err-postcode-malformed = رمز بريدي غير صالح { $postcode }: المتوقع 5 أرقام

# Error message (lowercase, no final period; fragments are joined).
# $postcode: a value, as is
err-postcode-monaco = الرمز البريدي { $postcode } في موناكو، وليس في فرنسا

# Error message (lowercase, no final period; fragments are joined).
# $postcode: a value, as is
err-postcode-unknown = الرمز البريدي { $postcode } لا يطابق أي مقاطعة فرنسية

# Error message (lowercase, no final period; fragments are joined).
# $length: a number of characters
err-nir-length = المتوقع 13 أو 15 حرفًا، والموجود { $length }

# Error message (lowercase, no final period; fragments are joined).
# $character: the character, quoted
# $position: its position (a number)
err-nir-character = حرف غير صالح { $character } في الموضع { $position }

# Error message (lowercase, no final period; fragments are joined).
# $digit: the digit found
err-nir-sex = رقم الجنس غير صالح '{ $digit }': يجب أن يكون 1 (ذكر) أو 2 (أنثى)
err-nir-legacy-nnp = رقم مؤقت قديم (NNP، numéro national provisoire)، وليس NIR: حل محل هذه الأرقام NIA، وأُلغيت رسميًا منذ 31 ديسمبر 2022
err-nir-legacy-mig = رقم مؤقت قديم (MIG، migrant de passage: للأشخاص العابرين)، وليس NIR: لا مفتاح له ولا يُقبل حيث يُنتظر NIR أو NIA

# Error message (lowercase, no final period; fragments are joined).
# $month: a month number
err-nir-month = شهر غير صالح '{ $month }': يجب أن يكون 01–12 أو شهرًا وهميًا 20–99

# Error message (lowercase, no final period; fragments are joined).
# $department: the department code found
err-nir-department = مقاطعة غير صالحة '{ $department }': يجب أن تكون 01–99 أو 2A أو 2B

# Error message (lowercase, no final period; fragments are joined).
# $order: the order number found
err-nir-order = رقم ترتيبي غير صالح '{ $order }': يجب أن يكون 001–999

# Error message (lowercase, no final period; fragments are joined).
# $expected: what was expected
# $found: what was found, quoted from the input or its JSON kind
err-nir-key = مفتاح غير صالح: المتوقع { $expected }، والموجود { $found }
kind-null = null
kind-bool = قيمة منطقية
kind-number = رقم
kind-string = نص
kind-array = مصفوفة
kind-object = كائن

## Case and policy errors (issue 10, item 15: they follow --lang)

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-policy-assignment = المتوقع NAME=VALUE، والموجود "{ $found }"

# Error message (lowercase, no final period; fragments are joined).
# $policy: a policy name
err-policy-unknown = إعداد مجهول "{ $policy }"

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $known: the known values, comma-separated
err-policy-known = ؛ المعروف: { $known }

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $policy: a policy name
err-policy-prefix = الإعداد { $policy }:{" "}

# Error message (lowercase, no final period; fragments are joined).
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $max: a number (the maximum)
err-policy-age = السن { $age } خارج النطاق: المتوقع من 0 إلى { $max } (التصريح مطلوب من كل بالغ، Decision 8)

# Error message (lowercase, no final period; fragments are joined).
# $month: a month number
err-policy-month = الشهر { $month } خارج النطاق: المتوقع من 1 إلى 12

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $day: a day number
# $month: a month number
err-policy-day = اليوم { $day } خارج النطاق بالنسبة للشهر { $month }:{" "}

# Error message (lowercase, no final period; fragments are joined).
# $max: a number (the maximum)
err-policy-day-range = المتوقع من 1 إلى { $max }

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $event: an event code
# $code: a refusal code
err-refused = { $event } مرفوض ({ $code }):{" "}

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $events: event codes or a count of events (a text)
err-allowed-now = ؛ المسموح به الآن: { $events }

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
err-allowed-nothing = ؛ المسموح به الآن: لا شيء

# Error message (lowercase, no final period; fragments are joined).
# $stage: the stage reached (a text)
# $track: the procedure track (a text)
err-not-allowed-now = غير ممكن في هذه المرحلة: { $stage } (الإجراء: { $track })

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $date: a date, quoted as typed (YYYY-MM-DD)
err-dated-before = بتاريخ { $date }، قبل{" "}

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-submission = إيداع الملف ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-nia = الرقم المؤقت (NIA) ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-clock-end = نهاية الأشهر الثلاثة التي يمنحها NIA لإرسال وثيقة الحالة المدنية (R114-7 III) ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-notice-end = نهاية الأشهر الثلاثة للإنذار الرسمي (R114-7 III) ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-certification = الرقم المصادق عليه أو الحقوق المعاد فتحها (Decision 9) ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-last-event = حدث مسجَّل من قبل ({ $date }): تُسجَّل الأحداث حسب ترتيبها الزمني

# Error message (lowercase, no final period; fragments are joined).
# $document: a document kind code
err-not-in-checklist = { $document } ليس في قائمة وثائق هذا الفرد

# Error message (lowercase, no final period; fragments are joined).
# $document: a document kind code
err-doc-not-received = { $document } لم يُستلَم

# Error message (lowercase, no final period; fragments are joined).
# $document: a document kind code
err-doc-already-received = { $document } استُلم من قبل
err-reason-required = السبب مطلوب
err-nothing-received = لم تُستلَم أي وثيقة
err-checklist-complete = استُلمت جميع الوثائق

# Error message (lowercase, no final period; fragments are joined).
# $documents: document kind codes, comma-separated
err-documents-missing = وثائق ما زالت ناقصة: { $documents }
err-no-nia = لا مصادقة قبل الرقم المؤقت (NIA)
err-civil-status-missing = تصادق SANDIA انطلاقًا من وثيقة الحالة المدنية، التي لم تصل إلى الصندوق

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
err-number-invalid = الرقم غير صالح:{" "}
err-civil-status-received = وثيقة الحالة المدنية استُلمت من قبل
err-no-formal-notice = لا تُعلَّق التعويضات إلا بعد إنذار رسمي (mise en demeure، R114-7 III)

# Error message (lowercase, no final period; fragments are joined).
# $min: a minimum age (a number)
# $age: the person's age in whole years (a number; 0 for a baby under one)
err-too-young =
    ابتداءً من سن { $min } فقط (عمر الفرد { $age ->
        [0] أقل من سنة
        [one] سنة واحدة
        [two] سنتان
        [few] { $age } سنوات
       *[other] { $age } سنة
    })

# Error message (lowercase, no final period; fragments are joined).
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $step: a step code
err-step-not-applicable =
    ليست من مراحل هذا الفرد في سن { $age ->
        [0] أقل من سنة
        [one] سنة واحدة
        [two] سنتين
        [few] { $age } سنوات
       *[other] { $age } سنة
    } ({ $step }: domain §7)

# Error message (lowercase, no final period; fragments are joined).
# $age: the person's age in whole years (a number; 0 for a baby under one)
err-own-coverage-too-young =
    ابتداءً من سن 18 فقط، أو من أول يوم نشاط مهني (عمر الفرد { $age ->
        [0] أقل من سنة
        [one] سنة واحدة
        [two] سنتان
        [few] { $age } سنوات
       *[other] { $age } سنة
    })
err-card-settled = طُلبت بطاقة Carte Vitale جديدة أو استُلمت من قبل، أو صُرِّح بأن البطاقة القديمة صالحة
err-no-ameli = تُستخرج شهادة الحقوق (attestation de droits) من حساب ameli: يجب فتحه أولًا

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-no-track = الفرد "{ $member }" ليس له إجراء فرنسي (affiliation none)

# Error message (lowercase, no final period; fragments are joined).
# $id: a member id
err-no-member-id = لا يوجد فرد معرِّفه "{ $id }"

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
# $last: the date of an event already recorded (ISO)
err-household-out-of-order = بتاريخ { $date }، قبل حدث مسجَّل من قبل ({ $last }): تُسجَّل الأحداث حسب ترتيبها الزمني

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
# $stage: the stage reached (a text)
err-track-in-progress = التصحيح يُنهي إجراء "{ $member }"، الذي بلغ مرحلة: { $stage }؛ يجب سحبه أولًا

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $member: a member id
err-unknown-case-member = لا يوجد فرد "{ $member }" في الأسرة؛{" "}

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $suggestion: the closest known value
err-case-did-you-mean = هل المقصود "{ $suggestion }"؟{" "}

# Error message (lowercase, no final period; fragments are joined).
# $members: member ids, comma-separated
err-case-members = الأفراد: { $members }

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-member-redacted = حُذفت بيانات الفرد "{ $member }": لا يُسجَّل له شيء بعد الآن

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
# $today: a date, quoted as typed (YYYY-MM-DD)
err-future-date = الحدث بتاريخ { $date }، بعد يوم تسجيله ({ $today }): يُسجَّل بعد وقوعه
err-empty-line = سطر فارغ: المتوقع أسرة واحدة (كائن JSON)

# Error message (lowercase, no final period; fragments are joined).
# $limit: a number (a limit)
err-line-too-long = السطر أطول من الحد البالغ { $limit } بايت (يمكن رفع الحد بـ--max-line-bytes)؛ تم تخطي السطر

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
# $opened: a date, quoted as typed (YYYY-MM-DD)
err-before-opening = الحدث بتاريخ { $date }، قبل فتح الملف ({ $opened }): ما حدث قبل ذلك جزء من بيانات الأسرة (رقم موجود، تأمين سابق)

# Error message (lowercase, no final period; fragments are joined).
# $members: member ids, comma-separated
err-members-dropped = الأسرة المصحَّحة تُسقط أفرادًا لهم أحداث: { $members } (التصحيح يحتفظ بمعرِّفاتهم؛ هل هذا ملف عائلة أخرى؟)

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $voided: the entry number the correction voids
# $seq: an entry number of the case file
err-correction-breaks = بدون seq { $voided }، سيُرفض seq { $seq } (
err-void-later-first = ): يجب إلغاء الأحداث اللاحقة أولًا

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-redact-unknown = لا يوجد فرد "{ $member }" في هذا الملف
err-fully-redacted = حُذفت بيانات جميع الأفراد: لا شيء يمكن إعادة تشغيله

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $code: a refusal code
err-refused-on-replay = مرفوض عند إعادة التشغيل ({ $code }):{" "}
err-household-mismatch = الأسرة لا تطابق household_commitment: عُدِّلت بعد إنشاء الملف

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $seq: an entry number of the case file
err-seq-not-first = seq { $seq } بدلًا من 1:{" "}

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $seq: an entry number of the case file
# $previous: the entry number before
err-seq-follows = seq { $seq } يلي { $previous }:{" "}
err-entries-reordered = أُعيد ترتيب المدخلات أو تكرارها

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-entries-reordered-later = أُعيد ترتيب المدخلات (seq { $seq } يأتي لاحقًا)

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-entry-deleted = حُذف مدخل (seq { $seq } ناقص)
err-anchor-mismatch = prev لا يطابق مرساة الملف: عُدِّل الرأس (rules_version أو created_at أو opened_on أو policies أو household_commitment)
err-chain-broken = prev لا يطابق بصمة المدخل السابق: أُدرج مدخل أو حُذف أو استُبدل قبل هذا المدخل
err-digest-mismatch = البصمة غير مطابقة: عُدِّل المدخل بعد تسجيله

# Error message (lowercase, no final period; fragments are joined).
# $byte: a byte offset (a number)
err-case-not-utf8 = الملف ليس UTF-8 صالحًا (البايت { $byte })
err-case-not-object = ملف الإجراء كائن JSON

# Error message (lowercase, no final period; fragments are joined).
# $expected: what was expected
err-case-no-format = الحقل "format" ناقص: ليس ملف إجراء secu (المتوقع "{ $expected }")

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
# $expected: what was expected
err-case-unknown-format = صيغة مجهولة "{ $found }": المتوقع "{ $expected }"

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
# $expected: what was expected
err-case-newer-format = "{ $found }" أحدث مما تقرؤه هذه النسخة من secu ({ $expected }): يجب تحديث secu

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
err-case-unknown-field = حقل مجهول "{ $field }"

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
err-case-missing-field = الحقل "{ $field }" ناقص
err-case-expected-string = المتوقع نص
err-case-timestamp = المتوقع طابع زمني RFC 3339 (2026-11-27T10:15:00Z)
err-case-expected-date = المتوقع تاريخ "YYYY-MM-DD"

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-case-invalid-date = تاريخ غير صالح "{ $value }": المتوقع تاريخ YYYY-MM-DD موجود

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-seq-unknown = seq { $seq } ليس مدخلًا سابقًا في السجل

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-seq-is-correction = seq { $seq } تصحيح: التصحيح يُلغي حدثًا، لا تصحيحًا آخر

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-seq-other-member = seq { $seq } حدث لفرد آخر: التصحيح يُلغي حدثًا للفرد نفسه

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
# $correction: the entry number of the correction
err-seq-already-voided = seq { $seq } أُلغي من قبل بـseq { $correction }

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-member-mismatch = يُسجَّل member_added للفرد الجديد: المتوقع الفرد "{ $member }"

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-duplicate-member = الفرد "{ $member }" موجود من قبل في الأسرة

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-replay-unknown-member = لا يوجد فرد "{ $member }" في الأسرة

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $value: the value given, as typed
err-unknown-variant = قيمة مجهولة `{ $value }`، المتوقع{" "}

# Error message (lowercase, no final period; fragments are joined).
# $expected: what was expected
err-variant-only = `{ $expected }`

# Error message (lowercase, no final period; fragments are joined).
# $first: a value
# $second: a value
err-variant-either = `{ $first }` أو `{ $second }`

# Error message (lowercase, no final period; fragments are joined).
# $choices: the accepted values, comma-separated
err-variant-one-of = إحدى القيم `{ $choices }`

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $members: member ids, comma-separated
err-redaction-breaks = لا يمكن إعادة تشغيل الأفراد الآخرين بدون "{ $members }" (
err-redact-dependents-first = ): يجب أولًا حذف بيانات الأفراد الذين يعتمدون عليهم، أو الملف كله

# Message of the command line.
# $event: an event code
# $what: what the event needs (options)
cli-needs = { $event } يحتاج إلى { $what }
cli-at-least-one-document = يلزم --document KIND واحد على الأقل

# Message of the command line.
# $file: a file path
cli-already-exists = { $file }: موجود من قبل (استعملوا --force لاستبداله)

# Message of the command line.
# $event: an event code
cli-unknown-event = حدث مجهول "{ $event }"

# Message of the command line.
# $document: a document kind code
cli-unknown-document = نوع وثيقة مجهول "{ $document }"

# Message of the command line.
# $options: command-line options
# $event: an event code
cli-does-not-apply = { $options } لا ينطبق على { $event }

# Message of the command line; a fragment: the code joins it to the text before or after it.
# $options: command-line options
cli-it-takes = {" "}(يقبل { $options })

# Message of the command line; a fragment: the code joins it to the text before or after it.
cli-takes-nothing = {" "}(لا يقبل أي خيار سوى --date)

# Message of the command line.
# $document: a document kind code
cli-document-twice = الخيار --document { $document } مذكور مرتين

# Message of the command line.
# $event: an event code
cli-not-from-command-line = الحدث "{ $event }" لا يمكن تسجيله من سطر الأوامر
cli-name-member = يجب ذكر MEMBER، أو --all

# Message of the command line; a fragment: the code joins it to the text before or after it.
# $file: a file path
# $members: member ids, comma-separated
cli-created =
    أُنشئ { $file }: { $members ->
        [one] فرد واحد
        [two] فردان
        [few] { $members } أفراد
       *[other] { $members } فردًا
    }،{" "}

# Message of the command line.
# $date: a date (written out by DATE)
cli-opened-on = فُتح في { DATE($date) }

# Message of the command line.
# $seq: an entry number of the case file
# $entry: the recorded entry: member, event code, date (written out)
cli-recorded = سُجِّل #{ $seq } { $entry }

# Message of the command line.
# $head: the head (hash) of the case file
# $events: event codes or a count of events (a text)
cli-head = الرأس: { $head } ({ $events })
cli-one-event = حدث واحد

# Message of the command line.
# $count: a number
cli-events =
    { $count ->
        [zero] لا حدث
        [one] حدث واحد
        [two] حدثان
        [few] { $count } أحداث
        [many] { $count } حدثًا
       *[other] { $count } حدث
    }

# Message of the command line; a fragment: the code joins it to the text before or after it.
# $file: a file path
# $events: event codes or a count of events (a text)
cli-chain-verifies = { $file }: السلسلة سليمة: { $events }،{" "}

# Message of the command line.
# $head: the head (hash) of the case file
cli-head-is = الرأس { $head }
cli-ends-at-head = ينتهي الملف عند الرأس المحدد

# Message of the command line.
# $seq: an entry number of the case file
# $since: how many events since (a text)
cli-went-on-past = الرأس المحدد هو الحدث #{ $seq }: استمر الملف بعده ({ $since } منذ ذلك)

# Message of the command line.
# $file: a file path
# $head: the head (hash) of the case file
cli-head-not-on-chain = { $file }: الرأس المحدد { $head } ليس في سلسلة هذا الملف: اقتُطع الملف أو أُعيد إلى نسخة سابقة، أو أنه ملف إجراء آخر

# Message of the command line.
# $file: a file path
cli-unreadable = { $file }: تتعذر قراءته

# Message of the command line.
# $file: a file path
# $problem: why it is not (a text)
cli-not-a-journal = { $file }: ليس سجل رؤوس ({ $problem })؛ احذفوه لبدء سجل جديد
cli-iv-needs-file = يلزم ملف أسرة عندما لا يكون المدخل القياسي طرفية (تُقرأ الإجابات كسطور PATH=VALUE)
cli-iv-needs-output = الأسرة الجديدة تحتاج إلى -o FILE: حيث تُحفظ المقابلة بعد كل إجابة

# Message of the command line.
# $file: a file path
cli-iv-output-exists = { $file }: موجود من قبل: استأنفوا تلك المقابلة بـ`secu interview { $file }`

# Message of the command line.
# $line: a line number
cli-iv-not-an-answer = السطر { $line }: المتوقع PATH=VALUE، مثلًا `members[0].birth_date=1990-04-12`

# Message of the command line.
# $line: a line number
# $path: a JSON path, e.g. members[1]
cli-iv-unknown-path = السطر { $line }: { $path }: ليس معطًى من معطيات الأسرة (`as_of`، `members[N].FIELD`)

# Message of the command line.
# $line: a line number
# $path: a JSON path, e.g. members[1]
cli-iv-no-member = السطر { $line }: { $path }: لا يوجد فرد كهذا

# Message of the command line; a fragment: the code joins it to the text before or after it.
# $last: the index of the last member (a number)
cli-iv-member-range = {" "}(أفراد الأسرة من `members[0]` إلى `members[{ $last }]`)

# Message of the command line.
# $line: a line number
# $problem: what is wrong (a text)
cli-iv-line = السطر { $line }: { $problem }
cli-iv-nothing-written = لم يُكتب شيء: لا تُطبَّق أي إجابة ما لم تكن جميع السطور صالحة
cli-iv-new-household = أسرة جديدة: من هم الأشخاص؟ الشخص الرئيسي أولًا (الشخص الذي يبدأ العمل في فرنسا، أو مقدِّم الطلب الرئيسي).
cli-iv-member-id = معرِّف الفرد (اسم قصير، مثلًا priya):
cli-iv-relationship = العلاقة بالشخص الرئيسي:
cli-iv-add-member = إضافة فرد آخر؟
cli-iv-yes = نعم
cli-iv-no = لا
cli-iv-help-text = - = لا شيء / لا ينطبق · ? = التخطي الآن · < = رجوع · Esc = حفظ وتوقف
cli-iv-help-country = رمز بلد (IN، DE، CA-QC) أو اسم؛ مفتاح Tab يُكمل
cli-iv-help-date = YYYY-MM-DD
cli-iv-help-parents = معرِّفات الأفراد مفصولة بفواصل

# Message of the command line; a fragment: the code joins it to the text before or after it.
cli-iv-none = (لا شيء / لا ينطبق)

# Message of the command line; a fragment: the code joins it to the text before or after it.
cli-iv-skip = (لا أعرف بعد: التخطي الآن)

# Message of the command line; a fragment: the code joins it to the text before or after it.
cli-iv-back = (رجوع: إلغاء الإجابة السابقة)

# Message of the command line.
# $number: the question number
# $remaining: the number of questions left
cli-iv-progress =
    السؤال { $number } · { $remaining ->
        [zero] لم يبقَ أي سؤال
        [one] بقي سؤال واحد
        [two] بقي سؤالان
        [few] بقيت { $remaining } أسئلة
        [many] بقي { $remaining } سؤالًا
       *[other] بقي { $remaining } سؤال
    }
cli-iv-settled = محسوم:

# Message of the command line.
# $file: a file path
cli-iv-saved = حُفظ في { $file }

# Message of the command line.
# $path: a JSON path, e.g. members[1]
cli-iv-undone = أُلغي: { $path }
cli-iv-nothing-to-undo = لا شيء يمكن إلغاؤه

# Message of the command line.
# $file: a file path
cli-iv-stopped = توقفت المقابلة؛ الأسرة محفوظة في { $file }. للاستئناف: secu interview { $file }

# Message of the command line.
# $count: a number
# $file: a file path
cli-iv-skipped-left =
    { $count ->
        [one] تم تخطي سؤال واحد
        [two] تم تخطي سؤالين
        [few] تم تخطي { $count } أسئلة
        [many] تم تخطي { $count } سؤالًا
       *[other] تم تخطي { $count } سؤال
    }: تبقى بيانات الأسرة جزئية. للاستئناف: secu interview { $file }
cli-iv-complete = لم يبقَ أي سؤال: بيانات الأسرة كاملة.

## Procedure: next actions and deadlines
act-gather = جمع الوثائق الناقصة
act-submit = جميع الوثائق جاهزة: إيداع الملف لدى الصندوق
act-wait-nia = انتظار الرقم المؤقت (NIA)، نحو 3 أسابيع
act-wait-confirmation = انتظار تأكيد الصندوق للانتساب
act-wait-reopen = انتظار إعادة الصندوق فتح الحقوق
act-wait-s1 = انتظار تسجيل الصندوق لاستمارة S1
act-send-civil-status = إرسال وثيقة الحالة المدنية (شهادة الميلاد، acte de naissance): خلال 3 أشهر من صدور NIA، وبعدها إنذار رسمي (mise en demeure)
act-declare-physician = التصريح بطبيب معالج (médecin traitant)، بالاستمارة الورقية S3704 إذا تعذَّر على الطبيب التصريح عبر الإنترنت
act-wait-certification = انتظار مصادقة SANDIA على الرقم (حتى 9 أشهر)
act-suspended = التعويضات معلَّقة: يجب إرسال وثيقة الحالة المدنية فورًا
act-order-card = طلب بطاقة Carte Vitale (استمارة مع صورة ووثيقة هوية، أو عبر الإنترنت من حساب ameli)
act-return-card-form = إعادة استمارة «Ma nouvelle carte Vitale» مع صورة شمسية للهوية ونسخة من وثيقة هوية
act-wait-card = انتظار بطاقة Carte Vitale (نحو 3 أسابيع بالبريد، وأسبوعان عبر الإنترنت)
act-open-ameli = فتح حساب ameli
act-attestation = تنزيل شهادة الحقوق (attestation de droits) وتسليمها إلى التأمين التكميلي للشركة (mutuelle)
act-own-coverage = أصبح الشخص بالغًا: تقديم استمارة S1110 مع حساب بنكي باسمه الشخصي
act-own-coverage-work = عمل (بما في ذلك التدريب المهني): تأمين بصفة شخصية من أول يوم عمل، دون إلحاق بأحد الوالدين؛ تقديم طلب شخصي مع حساب بنكي باسم الشخص نفسه
act-contest-rejection = الطعن في الرفض خلال شهرين من تبليغه: طعن ودي (recours amiable) أمام لجنة الطعن الودي للصندوق (commission de recours amiable)، CSS R142-1
act-submit-again = أو إعادة إيداع الملف بعد تصحيحه
dl-civil-status-due = آخر أجل لوثيقة الحالة المدنية (3 أشهر بعد NIA، R114-7)
dl-civil-status-final-due = آخر أجل لوثيقة الحالة المدنية بعد الإنذار الرسمي (mise en demeure)، أي 3 أشهر، ثم التعليق
dl-fund-decision-due = يقرر الصندوق خلال 3 أشهر من التعليق
dl-nia-expiry = نهاية صلاحية NIA البالغة 9 أشهر
dl-ntt-limit = نهاية مهلة التسامح البالغة 3 أشهر للرقم NTT في التصريح الاجتماعي بالأجور (DSN)
dl-posting-end = نهاية الانتداب
dl-nia-expected = NIA متوقع (تقدير: 3 أسابيع بعد الإيداع)
dl-certification-expected = الرقم المصادق عليه متوقع (تقدير: خلال 9 أشهر من اكتمال الملف)
dl-ameli-expected = حساب ameli ممكن (تقدير: 10 أيام بعد NIR)
dl-carte-vitale-expected = بطاقة Carte Vitale متوقعة (تقدير: 3 أسابيع بعد الطلب)
dl-sixteenth-birthday = بلوغ 16 سنة: بطاقة Carte Vitale خاصة، وإمكانية أن يصبح مستفيدًا مستقلًا (ayant droit autonome)
dl-eighteenth-birthday = بلوغ 18 سنة: تغطية شخصية (S1110)
dl-appeal-due = آخر يوم للطعن في الرفض (شهران، CSS R142-1)

## Procedure: status report

# Report heading or label.
# $date: a date (written out by DATE)
ui-status-title = حالة الإجراء بتاريخ { DATE($date) }
ui-track = الإجراء
ui-phase = المرحلة
ui-nia = NIA
ui-nir = NIR

# Report heading or label.
# $key: the two-digit key
ui-nir-without-key = المفتاح غير مذكور؛ سيكون { $key }
ui-missing-documents = الوثائق الناقصة
ui-next-actions = الإجراءات التالية
ui-allowed-events = الأحداث التي يمكن تسجيلها الآن
ui-rejection-reason = السبب الذي ذكره الصندوق
ui-deadlines = الآجال
ui-overdue = تجاوز الأجل

# Report heading or label.
# $count: a number
# $date: a date (written out by DATE)
ui-portfolio-title =
    { $count ->
        [zero] لا ملف
        [one] ملف واحد
        [two] ملفان
        [few] { $count } ملفات
        [many] { $count } ملفًا
       *[other] { $count } ملف
    } بتاريخ { DATE($date) }

# Report heading or label.
# $count: a number
ui-portfolio-blocked =
    { $count ->
        [zero] لا فرد متوقف أو متأخر
        [one] فرد واحد متوقف أو متأخر
        [two] فردان متوقفان أو متأخران
        [few] { $count } أفراد متوقفون أو متأخرون
        [many] { $count } فردًا متوقفًا أو متأخرًا
       *[other] { $count } فرد متوقف أو متأخر
    }
ui-waiting-on = في انتظار
ui-overdue-count = متأخر
ui-problem = مشكلة

# Report heading or label.
# $now: a number of events now
# $then: a number of events then
ui-went-back = عاد إلى الوراء منذ القائمة الأخيرة: عدد الأحداث الآن { $now }، وكان حينها { $then }، ولم يعد الملف يصل إلى الرأس الذي رُئي حينها: حُذفت أحداث أو أُعيدت نسخة أقدم

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-id-characters = يتكون المعرِّف من الحروف A–Z وa–z والأرقام و"." و"_" و"-" فقط (الموجود { $found })
ph-preparing = إعداد الملف
ph-submitted = أُودع لدى الصندوق
ph-provisional = رقم مؤقت (NIA): تحديد الهوية جارٍ
ph-suspended = التعويضات معلَّقة (وثيقة الحالة المدنية ناقصة)

# $sex: female, male or other (unknown): French agrees with the person.
ph-affiliated =
    { $sex ->
        [female] منتسبة
       *[other] منتسب
    }: الرقم مصادق عليه، والحقوق مفتوحة

# $sex: female, male or other (unknown): French agrees with the person.
ph-affiliated-confirmed =
    { $sex ->
        [female] منتسبة
       *[other] منتسب
    }: الانتساب مؤكَّد، والحقوق مفتوحة

# $sex: female, male or other (unknown): French agrees with the person.
ph-affiliated-reopened =
    { $sex ->
        [female] منتسبة
       *[other] منتسب
    }: أُعيد فتح الحقوق

# $sex: female, male or other (unknown): French agrees with the person.
ph-affiliated-s1 =
    { $sex ->
        [female] مسجَّلة
       *[other] مسجَّل
    }: استمارة S1 مسجَّلة، والعلاج على نفقة صندوق البلد الأصلي
ph-complete = مكتمل
ph-rejected = رفضه الصندوق
ph-withdrawn = مسحوب
tr-registration-with-identification = تسجيل أول مع تحديد الهوية (NIA، ثم NIR مصادق عليه)
tr-registration = تسجيل أول (الرقم معروف من قبل)
tr-reactivation = إعادة فتح الحقوق
tr-s1-registration = تسجيل استمارة S1
tr-beneficiary-with-identification = طفل مستفيد تابع، برقم NIA خاص ثم NIR
tr-beneficiary = طفل مستفيد تابع

## Values of the household's fields (labels for forms)
in-rel-primary = مقدِّم الطلب الرئيسي (يبدأ العمل في فرنسا)
in-rel-spouse = الزوج أو الزوجة
in-rel-civil-partner = شريك بعقد شراكة مدنية (PACS)
in-rel-cohabiting-partner = شريك مساكن
in-rel-child = ابن أو ابنة
in-sex-female = أنثى
in-sex-male = ذكر
in-nir-certified = NIR مصادق عليه
in-nir-provisional = رقم مؤقت (NIA)
in-act-employed = أجير بعقد فرنسي
in-act-posted = منتدب من صاحب عمل أجنبي
in-act-self-employed = عامل مستقل
in-act-student = طالب (تعليم عالٍ)
in-act-job-seeker = باحث عن عمل
in-act-none = لا نشاط مهني
in-sector-general = النظام العام
in-sector-agricultural = زراعي (MSA)
in-cert-a1 = A1 (الاتحاد الأوروبي/المنطقة الاقتصادية الأوروبية/سويسرا/المملكة المتحدة)
in-cert-bilateral = شهادة بموجب اتفاقية ثنائية
in-cert-none = لا شهادة
in-permit-not-required = غير مطلوب (مواطن من المنطقة الاقتصادية الأوروبية أو سويسرا)
in-permit-long-stay-visa = تأشيرة إقامة طويلة (VLS-TS)
in-permit-residence-permit = بطاقة الإقامة (carte de séjour)
in-permit-resident-card = بطاقة المقيم (carte de résident)
in-permit-talent-passport = جواز المواهب (passeport talent)
in-permit-receipt = وصل إيداع (récépissé)
in-permit-none = لا شيء

## Events of a case (labels for pages and reports)
ev-document-received = استلام وثيقة
ev-document-rejected = رفض وثيقة
ev-document-waived = الإعفاء من وثيقة (مع ذكر السبب)
ev-file-submitted = إيداع الملف لدى الصندوق
ev-documents-requested = طلب الصندوق وثائق
ev-nia-issued = صدور الرقم المؤقت (NIA)
ev-civil-status-received = استلام SANDIA لوثيقة الحالة المدنية
ev-formal-notice-received = استلام الإنذار الرسمي (mise en demeure)
ev-rights-suspended = تعليق الحقوق
ev-physician-declared = التصريح بالطبيب المعالج (médecin traitant)
ev-nir-certified = المصادقة على رقم الضمان الاجتماعي (NIR)
ev-affiliation-confirmed = تأكيد الانتساب
ev-rights-reopened = إعادة فتح الحقوق
ev-s1-registered = تسجيل استمارة S1
ev-carte-vitale-form-received = استلام استمارة بطاقة Carte Vitale
ev-carte-vitale-ordered = طلب بطاقة Carte Vitale
ev-carte-vitale-received = استلام بطاقة Carte Vitale
ev-carte-vitale-still-valid = بطاقة Carte Vitale القديمة ما زالت صالحة
ev-ameli-account-opened = فتح حساب ameli
ev-attestation-obtained = الحصول على شهادة الحقوق (attestation de droits)
ev-own-coverage-opened = فتح التغطية الشخصية
ev-rejected = رفض من الصندوق
ev-withdrawn = سحب
ev-household-corrected = تصحيح بيانات الأسرة
ev-member-added = إضافة فرد (مولود جديد)
ev-permit-renewed = تجديد سند الإقامة
ev-correction = تصحيح (يُلغي مدخلًا سابقًا)

## Intake: the questions of a partial household (contract §5)
q-birth-date = ما تاريخ ميلاد هذا الشخص؟
q-help-birth-date = السن تحدد وضع الطفل (مستفيد تابع، الاستقلال عند 16 سنة، سن الرشد) والمواعيد المهمة.
q-sex = ما جنس هذا الشخص؟
q-help-sex-agreement = يُستعمل لكتابة النصوص المتعلقة بهذا الشخص بالصيغة الصحيحة (ففي العربية والفرنسية ولغات أخرى تتطابق الكلمات مع جنس الشخص)، وللتحقق من رقم ضمان اجتماعي فرنسي. يمكنكم ترك السؤال بلا جواب: تُستعمل عندئذ الصيغة العامة.
q-nationality = ما جنسية هذا الشخص؟
q-help-nationality = المواطنون الفرنسيون ومواطنو المنطقة الاقتصادية الأوروبية وسويسرا وغيرهم لا يتبعون المسار نفسه ولا يحتاجون إلى الوثائق نفسها.
q-birth-country = في أي بلد وُلد هذا الشخص؟
q-help-birth-country = الشخص المولود في فرنسا (أو في إقليم فرنسي فيما وراء البحار) لديه رقم منذ الولادة؛ وقد تحتاج شهادة الميلاد الأجنبية إلى ترجمة محلَّفة.
q-nir = هل لدى هذا الشخص رقم ضمان اجتماعي فرنسي (NIR)؟ يُرجى ذكره، أو الإجابة بـ«لا شيء».
q-help-nir = 13 أو 15 حرفًا، مكتوبة على بطاقة Carte Vitale أو على شهادة الحقوق (attestation de droits).
q-nir-status = هل هذا الرقم مصادق عليه، أم هو رقم مؤقت (NIA)؟
q-help-nir-status = الرقم المؤقت (NIA) صالح 9 أشهر إلى حين المصادقة عليه.
q-nia-issued-on = متى صدر الرقم المؤقت (NIA)؟
q-help-nia-issued-on = منه تُحسب مدة صلاحية NIA.
q-previously-insured = هل سبق لهذا الشخص أن كان مؤمَّنًا في فرنسا؟
q-help-previously-insured = يُعاد فتح الحقوق السابقة (réouverture des droits) بدلًا من التسجيل الأول. إذا كان الجواب مجهولًا يُفترض «لا»، مع تنبيه.
q-activity-kind = ماذا سيفعل هذا الشخص في فرنسا؟
q-help-activity-kind = عقد عمل فرنسي، أو انتداب من صاحب عمل أجنبي، أو عمل مستقل، أو تعليم عالٍ، أو بحث عن عمل، أو لا شيء.
q-activity-start = متى يبدأ هذا النشاط في فرنسا؟
q-help-activity-start = أول يوم عمل أو دراسة: تبدأ التغطية عادة في ذلك اليوم.
q-sector = هل النشاط في القطاع الزراعي؟
q-help-sector = الأنشطة الزراعية يغطيها MSA بدلًا من CPAM.
q-employer-siren = ما رقم SIREN لصاحب العمل؟
q-help-employer-siren = 9 أرقام؛ يُستعمل لاقتراح الرقم التقني المؤقت لقسم الأجور (NTT).
q-payroll-id = ما معرِّف الأجير في نظام الأجور؟
q-help-payroll-id = يُستعمل لاقتراح الرقم التقني المؤقت لقسم الأجور (NTT).
q-posted-from = من أي بلد انتُدب هذا الشخص؟
q-help-posted-from = اللائحة الأوروبية أو الاتفاقية الثنائية مع ذلك البلد هي التي تحدد النظام الذي يغطي العامل المنتدب.
q-posting-certificate = ما شهادة الانتداب التي يحملها هذا الشخص؟
q-help-posting-certificate = شهادة A1 (الاتحاد الأوروبي/المنطقة الاقتصادية الأوروبية/سويسرا)، أو شهادة اتفاقية ثنائية، أو لا شيء.
q-posting-end = متى ينتهي الانتداب؟
q-help-posting-end = الانتداب محدود في الزمن (24 شهرًا في الاتحاد الأوروبي).
q-arrival-date = متى استقر (أو سيستقر) هذا الشخص في فرنسا؟
q-help-arrival-date = دون نشاط، تتطلب التغطية على أساس الإقامة 3 أشهر من الإقامة المستقرة.
q-permit = ما سند الإقامة الذي يحمله هذا الشخص؟
q-help-permit = البالغون من خارج المنطقة الاقتصادية الأوروبية وسويسرا يحتاجون إلى إقامة نظامية.
q-permit-valid-from = منذ متى سند الإقامة صالح؟
q-help-permit-valid-from = يجب تفعيل تأشيرة الإقامة الطويلة (VLS-TS) خلال 3 أشهر.
q-permit-valid-until = حتى متى سند الإقامة صالح؟
q-help-permit-valid-until = تاريخ انتهاء صلاحيته موعد يجب الانتباه إليه.
q-postcode = ما الرمز البريدي للمسكن في فرنسا؟
q-help-postcode = يحدد الصندوق المختص (CPAM المقاطعة، أو CGSS فيما وراء البحار).
q-in-education = هل هذا الطفل مسجَّل في المدرسة؟
q-help-in-education = أي تلميذ في المدرسة؛ أما طلاب التعليم العالي فيُختار لهم النشاط «طالب».
q-autonomy-requested = هل طلب هذا الشاب أو هذه الشابة (16–17 سنة) صفة المستفيد المستقل (ayant droit autonome)؟
q-help-autonomy-requested = ابتداءً من 16 سنة، يمكن أن يكون الطفل مؤمَّنًا باسمه الشخصي.
q-union-country = في أي بلد صدرت شهادة الزواج أو عقد الشراكة المدنية (PACS) أو شهادة المساكنة؟
q-help-union-country = الشهادة الصادرة خارج فرنسا والمنطقة الاقتصادية الأوروبية وسويسرا تحتاج إلى ترجمة محلَّفة.
q-parents = من هما والدا هذا الطفل في الأسرة؟
q-help-parents = معرِّفات الأفراد؛ افتراضيًا الشخص الرئيسي وشريكه.
report-provisional = مؤقت (قد يتغير)
report-questions = الأسئلة المتبقية
report-no-question = لم يبقَ أي سؤال: التقييم مكتمل.

# Error hint. $fields: the JSON paths of the null answers, joined
hint-null-partial = { $fields }: لا تُجيب القيمة null عن معلومة إلا في بيانات أسرة جزئية (حفظها `secu interview` قبل النهاية): قيّمها باستخدام `secu assess --partial`

## Dates, from CLDR 48 (gregorian, format context, wide): the month names a long date uses, and the long-date pattern.
## DATE($date) renders date-long with the day, the month name and the year; a test compares them with ICU4X.
date-month-1 = يناير
date-month-2 = فبراير
date-month-3 = مارس
date-month-4 = أبريل
date-month-5 = مايو
date-month-6 = يونيو
date-month-7 = يوليو
date-month-8 = أغسطس
date-month-9 = سبتمبر
date-month-10 = أكتوبر
date-month-11 = نوفمبر
date-month-12 = ديسمبر

# The long date (DATE): "15 September 2026".
# $day: the day of the month (a number, 1 to 31)
# $month: the name of the month (date-month-N)
# $year: the year (a number)
date-long = { $day } { $month } { $year }

## The web page's own words (web/i18n.js): ids prefixed page-
page-title = التأمين الصحي في فرنسا: قائمة التحقق الخاصة بكم
page-subtitle = للأجراء الذين ينتقلون إلى فرنسا وعائلاتهم وفرق الموارد البشرية: من يُغطَّى، وكيف، ومنذ متى، وما الوثائق الواجب جمعها.
page-privacy-tab = الخصوصية مضمونة: كل شيء يُحسب في متصفحكم. لا يُرسَل أي شيء تكتبونه إلى أي مكان ولا يُحفظ؛ وحدها اللغة التي اخترتموها تُحفَظ في علامة التبويب هذه إلى أن تُغلقوها.
page-language = اللغة
page-skip = الانتقال إلى النتيجة
page-household = الأسرة
page-as-of = تاريخ التقييم
page-as-of-hint = التاريخ الذي تُقيَّم فيه الوضعية (افتراضيًا: اليوم).
page-file = الملفات
page-import = استيراد ملف أسرة أو ملف إجراء (JSON)
page-import-drop = أو أفلتوا ملف JSON في أي مكان من الصفحة
page-export-household = تصدير الأسرة (JSON)
page-open-case = فتح ملف إجراء لهذه الأسرة
page-member = فرد
page-add-member = إضافة فرد
page-remove-member = حذف هذا الفرد
page-sec-identity = الهوية
page-sec-number = رقم الضمان الاجتماعي الفرنسي
page-sec-activity = النشاط في فرنسا
page-sec-residence = الإقامة في فرنسا
page-sec-family = العائلة
page-id = المعرِّف
page-id-hint = قصير وفريد، مثلًا "anna" (يُستعمل في الملفات وفي متابعة الإجراء).
page-label = الاسم أو مرجع الأجير (اختياري)
page-relationship = العلاقة بمقدِّم الطلب الرئيسي
page-birth-date = تاريخ الميلاد
page-sex = الجنس
page-nationality = الجنسية
page-birth-country = بلد الميلاد
page-union-country = البلد الذي صدرت فيه شهادة الزواج أو عقد الشراكة المدنية (PACS)
page-nir = رقم الضمان الاجتماعي الفرنسي (NIR) أو الرقم المؤقت (NIA)، إن وُجد
page-nir-status = هذا الرقم
page-nia-issued-on = تاريخ صدور NIA
page-previously-insured-in-france = هل سبق التأمين في فرنسا؟
page-activity-kind = النشاط
page-activity-start-date = أول يوم عمل أو دراسة في فرنسا
page-activity-sector = القطاع
page-activity-employer-siren = رقم SIREN لصاحب العمل (9 أرقام)
page-activity-employer-payroll-id = رقم الأجير في نظام الأجور
page-activity-posting-from-country = بلد الإرسال في الانتداب
page-activity-posting-certificate = شهادة الانتداب
page-activity-posting-end-date = النهاية المتوقعة للانتداب
page-residence-arrival-date = الوصول (أو الوصول المتوقع) إلى فرنسا
page-residence-permit = سند الإقامة
page-residence-permit-valid-from = سند الإقامة صالح من
page-residence-permit-valid-until = سند الإقامة صالح حتى
page-residence-postcode = الرمز البريدي الفرنسي للمسكن
page-in-education = الطفل مسجَّل في المدرسة (تلميذ)
page-autonomy-requested = طُلبت صفة المستفيد المستقل (ayant droit autonome)، 16–17 سنة
page-parents = الوالدان (المعرِّفات، مفصولة بفواصل)
page-parents-hint = إذا تُرك فارغًا: يُفترض أن مقدِّم الطلب الرئيسي وزوجه أو شريكه هما الوالدان، وتذكر النتيجة ذلك («لم يُذكر الوالدان»).
page-add-relationship = علاقة الفرد الجديد
page-sample-note = هذا مثال: أجير خيالي، لعرض ما تقوم به الصفحة. استبدلوا القيم ببياناتكم، أو ابدؤوا من صفحة فارغة.
page-mode = طريقة وصف الأسرة
page-mode-guided = أسئلة موجَّهة
page-mode-form = الاستمارة الكاملة
page-people-title = من هم أفراد الأسرة؟
page-people-hint = مقدِّم الطلب الرئيسي هو الشخص الذي يبدأ العمل في فرنسا. بعد ذلك لا تسأل الأسئلة إلا عما يغيِّر النتيجة.
page-people-partner = شريك ينتقل أيضًا
page-people-partner-none = لا شريك
page-people-children = عدد الأطفال الذين ينتقلون أيضًا

# Page.
# $relationship: the relationship, as the form labels it
page-people-id = معرِّف { $relationship }
page-people-next = بدء الأسئلة
page-people-change = تغيير أفراد الأسرة

# Page.
# $members: the members: "id (relationship)", comma-separated
page-people-summary = في الأسرة: { $members }.
page-guided-remaining-one = بقي سؤال واحد

# Page.
# $count: a number
page-guided-remaining =
    { $count ->
        [zero] لم يبقَ أي سؤال
        [one] بقي سؤال واحد
        [two] بقي سؤالان
        [few] بقيت { $count } أسئلة
        [many] بقي { $count } سؤالًا
       *[other] بقي { $count } سؤال
    }

# Page.
# $member: the member's name or id
page-guided-about = بخصوص { $member }
page-guided-back = رجوع
page-guided-none = لا شيء / ترك الحقل فارغًا
page-guided-next = التالي
page-guided-choose = اختيار…
page-guided-needed = يُرجى الإجابة عن هذا السؤال للمتابعة: لا يمكن تركه فارغًا.
page-guided-done = لم يبقَ ما يُسأل عنه: كل النتائج مؤكدة.
page-guided-done-hint = راجعوا النتيجة، أو صدِّروا بيانات الأسرة، أو راجعوا كل الحقول في الاستمارة الكاملة.
page-certain = مؤكد
page-provisional = مؤقت
page-provisional-note = النتائج الموسومة «مؤقت» قد تتغير حسب إجاباتكم؛ أما الموسومة «مؤكد» فلن تتغير.
page-sample-clear = بدء أسرة جديدة
page-sample-result = نتيجة مثال لشخص خيالي، وليست لكم: غيِّروا بيانات الأسرة لرؤية نتيجتكم.
page-no-members = أضيفوا مقدِّم الطلب الرئيسي (الشخص الذي يبدأ العمل في فرنسا) لرؤية النتيجة.
page-case-back = العودة إلى النتيجة
page-goto-case = الانتقال إلى متابعة الإجراء
page-record-date-hint = يُسجَّل الحدث بعد وقوعه: اليوم على أبعد تقدير.

# Page.
# $today: today's date (a date)
page-record-date-future = هذا التاريخ بعد اليوم ({ DATE($today) }): يُسجَّل الحدث بعد وقوعه.
page-unknown = — غير معروف —
page-none-selected = — غير مذكور —
page-yes = نعم
page-no = لا
page-result = النتيجة
page-result-empty = املؤوا بيانات الأسرة لرؤية النتيجة.
page-stale = غير محدَّثة: في بيانات الأسرة أخطاء (انظروا الرسائل). آخر نتيجة صالحة معروضة باللون الرمادي.
page-errors-title = يُرجى التحقق من هذه النقاط
page-print = طباعة

# Page.
# $date: a date (written out by DATE)
# $version: the secu version
# $rules: the date of the rules (a date)
page-as-of-line = تقييم بتاريخ { DATE($date) } · secu { $version }، قواعد بتاريخ { DATE($rules) }

# Page.
# $age: an age in whole years
page-age =
    { $age ->
        [0] أقل من سنة
        [one] سنة واحدة
        [two] سنتان
        [few] { $age } سنوات
       *[other] { $age } سنة
    }
page-affiliation = الانتساب
page-basis = الأساس
page-covered-from = بداية التغطية
page-covered-unknown = غير معروف بعد
page-fund = الصندوق المختص
page-fund-unknown = غير معروف (لا رمز بريدي)
page-dependent-status = وضع الطفل
page-attached-to = الإلحاق بـ
page-identification = تحديد الهوية
page-identification-yes = مطلوب: رقم مؤقت (NIA)، ثم رقم مصادق عليه (SANDIA)
page-identification-no = غير مطلوب
page-why = السبب
page-warnings = نقاط تستحق الانتباه
page-documents = الوثائق الواجب جمعها
page-one-of = إحدى الوثائق التالية:
page-translation-needed = تحتاج إلى ترجمة محلَّفة إلى الفرنسية
page-covers = تشمل:
page-for-members = لفائدة:
page-steps = المراحل

# Page.
# $date: a date (written out by DATE)
page-expected-by = متوقع قبل { DATE($date) } (تقدير)
page-timeline = الجدول الزمني

# Page.
# $member: the member's name or id
page-timeline-alt = المواعيد القادمة: { $member }
page-timeline-empty = لا مواعيد قادمة مؤرَّخة.
page-today = تاريخ التقييم
page-payroll = الأجور (DSN)
page-declare = المعرِّف المصرَّح به
page-ntt-suggestion = NTT المقترح
page-case-title = متابعة الإجراء

# Page.
# $date: a date (written out by DATE)
# $count: a number
page-case-meta =
    فُتح الملف في { DATE($date) } · { $count ->
        [zero] لا حدث مسجَّل
        [one] حدث واحد مسجَّل
        [two] حدثان مسجَّلان
        [few] { $count } أحداث مسجَّلة
        [many] { $count } حدثًا مسجَّلًا
       *[other] { $count } حدث مسجَّل
    }
page-case-as-of = تاريخ الحالة
page-case-export = تصدير ملف الإجراء (JSON)
page-case-close = إغلاق ملف الإجراء
page-track = الإجراء
page-phase = المرحلة
page-nia = NIA
page-nir-short = NIR
page-missing-documents = الوثائق الناقصة
page-none = لا شيء
page-next-actions = الإجراءات التالية
page-deadlines = الآجال
page-overdue = تجاوز الأجل
page-estimate = تقدير

# Page.
# $date: a date (written out by DATE)
page-done-on = أُنجز في { DATE($date) }
page-record-title = تسجيل حدث
page-record-member = الفرد
page-record-date = تاريخ الحدث
page-record-kind = الحدث
page-record-document = الوثيقة
page-record-documents = الوثائق المطلوبة
page-record-number = الرقم
page-record-reason = السبب
page-record-voids = رقم المدخل الملغى
page-record-permit = سند الإقامة
page-record-valid-from = صالح من
page-record-valid-until = صالح حتى
page-record-json = بيانات الحدث (كائن JSON)
page-record-submit = تسجيل

# Page.
# $event: the event, as the form labels it
page-record-ok = سُجِّل: { $event }.
page-record-none = لا يمكن تسجيل أي شيء في ملف هذا الفرد في هذا التاريخ؛ وتبقى الأحداث المتعلقة بالأسرة ممكنة.
page-missing-first = ناقص
page-member-events = ملف هذا الفرد
page-household-events = الأسرة (في أي وقت)
page-other-documents = وثائق أخرى
page-import-bad-json = هذا الملف ليس JSON صالحًا.
page-import-unknown = هذا الملف ليس ملف أسرة ولا ملف إجراء.

# Page.
# $file: a file name
page-imported-household = استُوردت الأسرة من { $file }.

# Page.
# $file: a file name
page-imported-with-problems = استُورد من { $file } مع مشكلات (تُرك كل ما لا تستطيع الاستمارة احتواءه):

# Page.
# $file: a file name
page-imported-case = استُورد ملف الإجراء من { $file }.
page-case-opened = فُتح ملف الإجراء.
page-invalid-number = يُرجى إدخال رقم.
page-loading = جارٍ تحميل القواعد…

# Page.
# $error: the technical error, as is
page-load-failed = تعذَّر تحميل محرك القواعد: { $error }

## The team's page (web/team.html, served by secu serve --db): its own words.
## Rendered by the server (GET /team/l10n/{lang}); variables are strings.

page-team-title = مساحة عمل الفريق: التأمين الصحي في فرنسا
page-team-language = اللغة
page-team-signout = تسجيل الخروج
page-team-nav-portfolio = المحفظة
page-team-nav-admin = الإدارة
page-team-signin-heading = تسجيل الدخول
page-team-email = عنوان البريد الإلكتروني
page-team-password = كلمة المرور
page-team-signin = تسجيل الدخول
page-team-signin-failed = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحة.
page-team-throttled = محاولات فاشلة كثيرة جدًا لهذا العنوان: انتظر بضع دقائق ثم أعد المحاولة.
page-team-session-ended = انتهت جلستك: يُرجى تسجيل الدخول مرة أخرى.

# Team page.
# $email: the account's e-mail address; $role: its role, as page-team-role-* says it
page-team-signed-in-as = تم تسجيل الدخول باسم { $email } ({ $role })

page-team-portfolio-heading = محفظة ملفات الإجراءات
page-team-filter = عرض
page-team-filter-all = جميع الملفات
page-team-filter-blocked = المتوقفة
page-team-filter-overdue = المتأخرة

# Team page.
# $days: the portfolio's horizon, a number of days (secu-case's PORTFOLIO_HORIZON_DAYS)
page-team-filter-upcoming =
    المستحقة { $days ->
        [one] خلال يوم واحد
        [two] خلال يومين
        [few] خلال { $days } أيام
        [many] خلال { $days } يومًا
       *[other] خلال { $days } يوم
    }

page-team-org = المؤسسة
page-team-org-all = جميع المؤسسات
page-team-col-case = الملف
page-team-col-org = المؤسسة
page-team-col-member = الشخص
page-team-col-phase = المرحلة
page-team-col-waiting = بانتظار
page-team-col-overdue = متأخر

# Team page.
# $days: the portfolio's horizon, a number of days (secu-case's PORTFOLIO_HORIZON_DAYS)
page-team-col-upcoming =
    { $days ->
        [one] خلال يوم واحد
        [two] خلال يومين
        [few] خلال { $days } أيام
        [many] خلال { $days } يومًا
       *[other] خلال { $days } يوم
    }

page-team-blocked = متوقف
page-team-no-cases = لا يوجد ملف لعرضه.
page-team-open-heading = فتح ملف إجراء
page-team-household-file = الأسرة (ملف JSON، كما في secu assess)
page-team-opened-on = تاريخ الفتح
page-team-open = فتح الملف

# Team page.
# $id: the case's id
page-team-opened = فُتح الملف { $id }.

page-team-bad-json = هذا ليس JSON صالحًا.
page-team-back = العودة إلى المحفظة

# Team page.
# $id: the case's id
page-team-case-heading = الملف { $id }

page-team-calendar = التقويم (iCalendar)
page-team-export = تصدير ملف الإجراء
page-team-next-actions = الإجراءات التالية
page-team-steps = الخطوات
page-team-missing = الوثائق الناقصة
page-team-deadlines = المواعيد النهائية والتواريخ المهمة
page-team-overdue = متأخر
page-team-estimated = تقدير
page-team-none = لا شيء.
page-team-record-heading = تسجيل حدث
page-team-member = الشخص
page-team-date = تاريخ الحدث
page-team-event = الحدث
page-team-member-events = ملف هذا الشخص
page-team-household-events = الأسرة (في أي وقت)
page-team-document = الوثيقة
page-team-documents = الوثائق المطلوبة
page-team-number = الرقم
page-team-reason = السبب
page-team-event-json = حقول أخرى للحدث (كائن JSON)
page-team-no-event = لا يمكن تسجيل أي شيء في ملف هذا الشخص في هذا التاريخ؛ وتبقى الأحداث المتعلقة بالأسرة ممكنة.
page-team-record = تسجيل

# Team page.
# $event: the event, as the form labels it
page-team-recorded = سُجِّل: { $event }.

# Team page.
# $reason: the server's reason, as is
page-team-refused = مرفوض: { $reason }

page-team-allowed-now = الممكن الآن:
page-team-history-heading = السجل
page-team-col-seq = الرقم
page-team-col-date = التاريخ
page-team-col-event = الحدث
page-team-col-by = سجّله
page-team-link-heading = الرابط الشخصي للموظف
page-team-link-create = إنشاء رابط للقراءة فقط

# Team page.
# $member: the person, by label or id
page-team-link-made = رابط شخصي للقراءة فقط لـ { $member }، يُرسَل إلى هذا الشخص وحده:

page-team-orgs-heading = المؤسسات العميلة
page-team-org-name = الاسم
page-team-org-create = إنشاء المؤسسة

# Team page.
# $name: the organisation's name
page-team-org-created = أُنشئت المؤسسة { $name }.

page-team-users-heading = الحسابات
page-team-role = الدور
page-team-role-admin = مسؤول
page-team-role-consultant = مستشار
page-team-role-client-hr = الموارد البشرية لدى العميل
page-team-role-employee = موظف
page-team-user-create = إنشاء الحساب

# Team page.
# $email: the account's e-mail address
page-team-user-created = أُنشئ الحساب { $email }.

page-team-tokens-heading = رموز التكامل
page-team-token-name = اسم التكامل
page-team-token-create = إنشاء رمز
page-team-token-once = انسخ هذا الرمز الآن: لن يُعرض إلا مرة واحدة.
page-team-access-log-heading = سجل الوصول
page-team-access-log = تصدير سجل الوصول (JSON)
page-team-link-title = قائمة خطواتك
page-team-link-note = للقراءة فقط: يسجّل مسؤول الموارد البشرية أو المستشار الذي يتابعك تقدّم الملف.
page-team-link-invalid = هذا الرابط غير معروف أو منتهي الصلاحية أو ملغى: اطلب رابطًا جديدًا من مسؤول الموارد البشرية أو المستشار الذي يتابعك.

# Team page.
# $reason: the technical error, as is
page-team-error = حدث خطأ: { $reason }

## Server (secu serve): the titles and messages of its own errors (srv-*)

srv-title-invalid-query = معلمات الاستعلام غير صالحة
srv-title-malformed-json = JSON غير سليم
srv-title-invalid-household = بيانات الأسرة غير صالحة
srv-title-invalid-request = طلب غير صالح
srv-title-malformed-request = طلب غير سليم البنية
srv-title-unreadable-body = تعذّرت قراءة محتوى الطلب
srv-title-internal-error = خطأ داخلي
srv-title-body-too-large = محتوى الطلب كبير جدًا
srv-title-unavailable = الخدمة غير متاحة
srv-title-not-found = غير موجود
srv-title-method-not-allowed = الطريقة غير مسموح بها
srv-title-unauthorized = يلزم التحقق من الهوية
srv-title-forbidden = الوصول مرفوض
srv-title-too-many-requests = طلبات كثيرة جدًا
srv-title-unprocessable = محتوى غير قابل للمعالجة
srv-title-bad-request = طلب غير صحيح
srv-title-conflict = تعارض
srv-title-internal-server-error = خطأ داخلي في الخادم
srv-no-endpoint = نقطة الوصول هذه غير موجودة
srv-method-not-allowed = هذه الطريقة غير مسموح بها في نقطة الوصول هذه
srv-unreadable-body = تعذّرت قراءة محتوى الطلب
srv-internal-error = خطأ داخلي
srv-shutting-down = الخادم قيد الإيقاف
srv-at-capacity = الخادم مشغول بالكامل؛ أعد المحاولة لاحقًا
srv-timeout = استغرق الطلب وقتًا طويلًا جدًا
srv-too-many-batches = دفعات كثيرة جدًا في الوقت نفسه؛ أعد المحاولة لاحقًا
srv-api-key-required = يلزم مفتاح API صالح: Authorization: Bearer المفتاح

# $limit: a number of bytes
srv-body-too-large = محتوى الطلب يتجاوز الحد الأقصى البالغ { $limit } بايت

srv-not-json = المحتوى ليس بصيغة JSON
srv-nir-expected-object = المتوقع كائن { "{" }"number": "…"{ "}" }
srv-nir-unknown-field = حقل مجهول؛ المتوقع `number` فقط
srv-nir-missing-number = الحقل `number` مفقود
srv-expected-string = المتوقع سلسلة نصية
srv-query-unknown = معلمة استعلام مجهولة أو مكررة؛ المتوقع: as_of وlang وpartial وdetail
srv-expected-date = المتوقع تاريخ بالصيغة YYYY-MM-DD
srv-detail-expected = المتوقع `full` أو `codes`
srv-partial-expected = المتوقع `true` أو `false`
srv-batch-partial = الدفعة تقيّم الأسر المكتملة البيانات فقط؛ قيّم الأسرة ذات البيانات الناقصة عبر POST /v1/assess?partial=true

# $tags: the language tags that can be selected, joined by commas (en, fr, …)
srv-lang-unknown = اللغة غير مدعومة؛ المتوقع إحدى اللغات التالية: { $tags } (وسوم BCP 47، مثلًا pt-BR → pt)

srv-sign-in = سجّل الدخول أولًا (POST /v1/session) أو أرسل Authorization: Bearer الرمز
srv-token-unknown = رمز الوصول مجهول أو منتهي الصلاحية أو ملغى
srv-session-expired = انتهت الجلسة أو انتهت صلاحيتها: سجّل الدخول من جديد
srv-csrf = يحتاج هذا الطلب إلى الترويسة X-CSRF-Token الخاصة بالجلسة (قيمة csrf_token من POST /v1/session)
srv-wrong-password = البريد الإلكتروني أو كلمة المرور غير صحيحة
srv-rate-limited = محاولات دخول فاشلة كثيرة جدًا لهذا العنوان: أعد المحاولة لاحقًا
srv-no-team = خدمة الفريق غير مفعّلة: شغّل secu serve مع --db URL
srv-db-failed = تعطّلت قاعدة بيانات الفريق؛ راجع سجل الخادم
srv-no-case = هذا الملف غير موجود
srv-no-org = هذه المؤسسة غير موجودة
srv-admin-only = لا يحق القيام بهذا إلا للمسؤول
srv-employee-own-case = لا يطّلع الموظف إلا على ملفه الخاص
srv-employee-link-only = وصول الموظف يكون عبر رابطه الشخصي فقط
srv-filter-expected = المتوقع all أو blocked أو overdue أو upcoming
srv-link-unknown = هذا الرابط مجهول أو منتهي الصلاحية أو ملغى
srv-query-repeated = معلمة استعلام مجهولة أو مكررة
srv-firm-only = لا يسجّل الأحداث ويصدر الروابط إلا موظفو شركة الاستشارات
srv-erase-admin-only = لا يحق محو البيانات الشخصية لملف إلا للمسؤول
srv-employee-read-only = رابط الموظف يتيح الاطلاع على الحالة والسجل والتقويم فقط
srv-title-event-refused = تم رفض الحدث
srv-unknown-member = هذا الفرد غير موجود في الملف
srv-expected-member = المتوقع معرّف الفرد (سلسلة نصية)
srv-expected-event-object = المتوقع كائن { "{" }member, event, date, …{ "}" }
srv-no-live-link = هذا الرابط غير موجود أو لم يعد نشطًا

# $line: a line number of the body
# $column: a column number of the body
# $expected: the fields expected, as JSON ({org, household, opened_on?})
srv-bad-body = محتوى JSON غير صالح (السطر { $line }، العمود { $column }): المتوقع { $expected }
srv-case-no-replay = تعذّرت إعادة بناء الملف؛ راجع سجل الخادم
srv-unknown-member-query = هذا الفرد غير موجود في الملف (?member=ID)
srv-firm-imports = لا يستورد الملفات إلا موظفو شركة الاستشارات
srv-firm-revokes = لا يلغي روابط الموظفين إلا موظفو شركة الاستشارات
srv-admin-access-log = لا يصدّر سجل الوصول إلا المسؤول
srv-firm-lists-orgs = لا يطّلع على قائمة المؤسسات إلا موظفو شركة الاستشارات
srv-name-chars = المتوقع من 1 إلى 200 حرف دون أحرف تحكم
srv-org-exists = توجد مؤسسة بهذا الاسم بالفعل
srv-account-exists = يوجد حساب بهذا العنوان بالفعل
srv-no-account = هذا الحساب غير موجود
srv-chars = المتوقع من 1 إلى 200 حرف
srv-expected-email = المتوقع عنوان بريد إلكتروني
srv-expected-password = المتوقع كلمة مرور من 12 إلى 1024 حرفًا

# ---- l10n-gaps: the CLI's own texts that bypassed the resources ----

# Error message (lowercase, no final period): --lang refused.
# $value: the tag as given
# $expected: the available language tags, comma-separated (codes: keep them)
err-unsupported-language = لغة غير مدعومة "{ $value }": المتوقع إحدى اللغات { $expected } (وسوم BCP 47، مثل pt-BR → pt)

# Error message (lowercase, no final period): a digest or salt of a case file is not hex.
# $count: the number of digits expected (64 or 32)
err-hex-digits = المتوقع { $count } رقمًا ست عشريًا بأحرف صغيرة

# Error message (lowercase, no final period), after a file name: the file does not exist.
err-io-not-found = الملف أو المجلد غير موجود

# Error message (lowercase, no final period), after a file name: the system refuses access.
err-io-permission-denied = رُفض الوصول

# Error message (lowercase, no final period), after a file name: it names a folder.
err-io-is-a-directory = هذا مجلد وليس ملفًا

# The help line under a list of choices in the terminal interview (the keys: arrows, Enter, typing).
cli-iv-help-select = ↑↓ للتنقل · Enter للاختيار · الكتابة للتصفية

# Shown after a question of the terminal interview stopped with Esc (in angle brackets, as a mark, not a sentence).
cli-iv-canceled = <متوقف>

# clap usage error: an argument the command does not take ($arg, as typed, e.g. --bogus).
cli-usage-unknown-argument = وسيط غير معروف: { $arg }

# clap usage error: a command that does not exist ($command, as typed).
cli-usage-unknown-command = أمر غير معروف: { $command }

# clap usage error: an option given without its value ($arg, e.g. --lang <TAG>).
cli-usage-missing-value = يحتاج { $arg } إلى قيمة

# clap usage error: a value refused for an argument ($value as typed; $arg, e.g. --detail <DETAIL>).
cli-usage-invalid-value = القيمة { $value } غير صالحة لـ { $arg }

# clap usage error: a value that is not one of the choices ($value as typed; $arg; $choices, the codes accepted, comma-separated).
cli-usage-invalid-choice = القيمة { $value } غير صالحة لـ { $arg }؛ القيم الممكنة: { $choices }

# clap usage error: a required argument missing ($arg, e.g. <NUMBER>; several are comma-separated).
cli-usage-missing-argument = وسيط إلزامي مفقود: { $arg }

# clap usage error: a command (subcommand) is required and none was given.
cli-usage-missing-command = يلزم إدخال أمر

# clap usage error: two arguments that cannot be given together ($arg, $other).
cli-usage-conflict = لا يمكن استخدام { $arg } مع { $other }

# clap usage error: an argument given with too many or too few values ($arg).
cli-usage-value-count = عدد القيم غير صحيح لـ { $arg }

# clap usage error of another kind (generic).
cli-usage-invalid = سطر الأوامر غير صالح

# After a usage error: the closest valid argument, command or value ($suggestion, as it is typed).
cli-usage-suggestion = هل تقصدون { $suggestion }؟

# After a usage error: where the usage is described ($command, the help command, e.g. secu case record --help; the help stays in English).
cli-usage-help = طريقة الاستخدام (بالإنجليزية): { $command }

# The name of the iCalendar file of a case's deadlines (secu case calendar, the team service's calendar), shown by calendar applications; "secu" is the program's name.
ical-calendar-name = secu: آجال التأمين الصحي
