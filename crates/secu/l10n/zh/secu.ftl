# secu: every text the library and its frontends show, in Chinese (Simplified). Translated from en/secu.ftl; comments kept in English.
# Conventions (ids, variables, functions, $sex, plurals, typography): docs/l10n.md.

## Affiliation types, bases, statuses
aff-registration = 首次登记（immatriculation）
aff-reactivation = 恢复权利（réouverture des droits）
aff-beneficiary = 父母的附属受保人（ayant droit）
aff-s1-registration = 登记 S1 表格（由本国医保机构支付）
aff-none = 不在法国参保（本国保险制度）
basis-activity = 在法国从事职业活动
basis-residence = 稳定合法居住（résidence stable et régulière）
basis-accompanying-family = 随同参保人的家庭成员
basis-dependent-child = 参保父母的未成年子女
basis-s1 = 来自本国的 S1 表格
basis-home-scheme = 本国保险制度
status-ayant-droit = 附属受保人（ayant droit）
status-ayant-droit-autonome = 自主附属受保人（ayant droit autonome）

# $sex: female, male or other (unknown): French agrees with the person.
status-own-coverage = 以本人名义参保
fund-cpam = CPAM（当地初级医疗保险基金）
fund-cgss = CGSS（海外省社会保障基金）
fund-cssm = CSSM（马约特社会保障基金）
fund-msa = MSA（农业社会保险）

## Milestones
ms-own-card-orderable = 12 岁生日：父母可为孩子申领其本人的医保卡（Carte Vitale）
ms-own-carte-vitale = 16 岁生日：本人的医保卡（Carte Vitale）；可申请成为自主附属受保人（ayant droit autonome）
ms-majority = 18 岁生日（成年）
ms-beneficiary-end = 附属受保人身份结束：提交 S1110 表格以本人名义参保
ms-nia-expiry = 临时号码（NIA）9 个月有效期届满
ms-posting-end = 派遣结束
ms-ntt-limit = 工资申报（DSN）中临时技术号码（NTT）3 个月宽限期结束
ms-vls-ts-validation-due = 长期居留签证（VLS-TS）网上生效确认的截止日期
ms-permit-expiry = 居留证件到期
ms-residence-condition-met = 稳定居住满 3 个月：开始享有医保

## Documents
doc-form-s1106 = S1106 表格：申请开通医保权利（cerfa 15763*02）
doc-form-s3705 = S3705 表格：未成年子女挂靠（cerfa 14445*02）
doc-form-s1110 = S1110 表格：年轻人以本人名义参保（cerfa 15763*02）
doc-form-s3704 = S3704 表格：选择家庭医生（médecin traitant，cerfa 12485*03）
doc-identity-document = 身份证件
doc-residence-permit = 居留证件（titre de séjour）
doc-birth-certificate = 载明父母子女关系的完整出生证明（acte de naissance）
doc-sworn-translation = 法文宣誓翻译件（traduction assermentée）
doc-marriage-or-partnership-certificate = 结婚证明、民事伴侣契约（PACS）证明或同居证明
doc-proof-of-address = 住址证明（justificatif de domicile）
doc-bank-details = 本人名下的银行账户证明（RIB）
doc-proof-of-activity = 职业活动证明
doc-proof-of-residence = 稳定居住超过 3 个月的证明
doc-s1-form = 本国医保机构出具的 S1 表格
doc-a1-certificate = A1 证明（适用法律证明）
doc-coverage-certificate = 双边协定下的参保证明（certificat de détachement）
doc-enrolment-certificate = 中小学或大学的在学证明（certificat de scolarité）
doc-id-photo = 办理医保卡（Carte Vitale）用的证件照
doc-autonomy-request-letter = 申请成为自主附属受保人（ayant droit autonome）的信函
doc-legalisation = 外国户籍身份文件的领事认证或海牙认证（apostille）
doc-private-insurance-statement = 员工及其家属的私人医疗保险证明
doc-guardianship-document = 监护文件（法院判决、亲权委托书）

## Alternatives
alt-passport = 护照
alt-national-id-card = 本国身份证
alt-full-copy = 全文副本（copie intégrale）
alt-extract-with-filiation = 载明父母子女关系的摘录本
alt-multilingual-extract = 多语种摘录本
alt-consular-document = 领事馆出具的文件
alt-livret-de-famille = 家庭登记簿（livret de famille）
alt-employment-contract = 劳动合同
alt-employer-certificate = 雇主证明
alt-payslip = 工资单
alt-business-registration = 自雇人士注册证明
alt-marriage-certificate = 结婚证明
alt-pacs-certificate = 民事伴侣契约（PACS）证明
alt-cohabitation-certificate = 同居证明（certificat de concubinage）
alt-sworn-statement = 同居诚信声明（déclaration sur l'honneur）
alt-utility-bill = 近期的水电气账单
alt-rent-receipt = 房租收据或租房合同
alt-accommodation-certificate = 住宿证明，附房东或接待人的身份证件
alt-rent-history = 3 个月以前开始的租房合同或房租收据
alt-old-utility-bill = 3 个月以前开具、寄往法国地址的水电气账单
alt-entry-stamp = 显示 3 个月以前入境的护照入境章或签证
alt-accommodation-since = 注明起始日期的住宿证明，附接待人的身份证件
alt-long-stay-visa = 已网上生效确认的长期居留签证（VLS-TS）
alt-residence-card = 居留卡（carte de séjour、passeport talent）
alt-resident-card = 十年居留卡（carte de résident）
alt-algerian-certificate = 阿尔及利亚人居留证明（certificat de résidence）
alt-online-by-doctor = 由医生在网上申报
alt-paper-s3704 = 由医生签字的纸质 S3704 表格

## Steps, actors, statuses
step-prepare-file = 准备材料（证件、表格）
step-submit-file = 向医保机构递交材料
step-provisional-number = 获发临时号码（NIA）
step-physician-declaration = 申报家庭医生（médecin traitant）
step-number-certification = 社会保障号码获得认证（SANDIA）
step-carte-vitale = 医保卡（Carte Vitale）
step-ameli-account = ameli 账户（compte ameli）和权利证明（attestation de droits）
step-rights-reopened = 权利已恢复
step-s1-registered = 医保机构已登记 S1
actor-member = 本人
actor-parent = 父母一方
actor-employer = 雇主
actor-cpam = 医保机构（CPAM）
actor-cgss = 医保机构（CGSS）
actor-cssm = 医保机构（CSSM）
actor-msa = 医保机构（MSA）
actor-sandia = SANDIA（CNAV）
actor-doctor = 医生
actor-home-institution = 本国的主管机构
status-pending = 待办
status-in-progress = 办理中
status-done = 已完成
status-blocked = 受阻
status-not-applicable = 不适用
dsn-nir = NIR（经认证的社会保障号码）
dsn-nia = NIA（临时号码）
dsn-ntt = NTT（临时技术号码）

## Warnings
w-residence-three-months = 没有职业活动时，按居住途径（résidence stable）参保，须在法国居住超过 3 个月后才开始享有医保。

# Warning shown under a member.
# $date: a date (written out by DATE)
w-residence-three-months-dated = 没有职业活动时，按居住途径（résidence stable）参保，须在法国居住超过 3 个月后才开始享有医保：自{ DATE($date) }起。

# Warning shown under a member.
# $months: a number of months
w-posting-over-limit = 派遣期超过规定允许的 { $months } 个月：如无特许延期，超出部分须在法国参保。

# Warning shown under a member.
# $months: a number of months
w-posting-over-limit-extension = 派遣期超过协定规定的最初 { $months } 个月：请在最初期限届满前申请延期，否则须在法国参保。

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
w-agreement-scope-unverified = 无法核实{ COUNTRY($country, form: "with") }的协定是否将医疗保险保留在本国：在依据此结论之前，请向 CLEISS 核实参保证明。

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
w-agreement-excludes-health = { COUNTRY($country, form: "with") }的协定不包括医疗保险：员工须在法国参加医疗保险，协定所涵盖的其他险种仍由本国负责。

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
w-posting-without-certificate = { COUNTRY($country, form: "from") }派遣来法，但没有适用法律证明：须在法国参保。如派遣符合条件，请向本国主管机构申请该证明（A1 或双边协定表格）。
w-paris-cpam-for-talent-passport = 人才护照（passeport talent）持有人及其家属，无论住在哪里，都向巴黎 CPAM（CPAM de Paris）递交材料。
w-permit-missing = 未提供居留证件：欧洲经济区和瑞士以外国家的公民必须出示居留证件（titre de séjour、已生效的 VLS-TS、十年居留卡）。
w-parents-assumed = 未提供孩子的父母：假定主申请人及其伴侣为孩子的法定父母（继子女须有法律关系，例如收养，才能成为附属受保人）。
w-assumed-never-insured = 未提供以前在法国的参保情况：假定从未参保（首次登记）。如本人以前曾在法国参保，则应为恢复权利。
w-assumed-previously-insured = 未提供以前在法国的参保情况：按所选处理原则假定以前参保过，因此为恢复权利。如从未参保，则应为首次登记。

# $sex: female, male or other (unknown): French agrees with the person.
w-inactive-eea-resources = 没有职业活动的欧洲经济区或瑞士公民不会自动享有医保：须证明有足够的收入来源和医疗保险。

# Warning shown under a member.
# $field: a field name or the mismatching item, as written in the input
w-nir-mismatch = 社会保障号码与本人的{ $field }不符：请核对两者；真实号码可能含有虚拟月份和历史代码。
w-accompanying-family-three-months-practice = 法律规定，前来与参保人团聚的伴侣免除 3 个月居住条件（D160-2 II 3°），但有些 CPAM 实际上仍要求 3 个月：如被问及，请援引该条款。
w-accompanying-child-three-months-practice = 法律规定，前来与参保人团聚的家庭成员免除 3 个月居住条件（D160-2 II 3°，无年龄限制）；成年子女也算在内是一项假定，且有些 CPAM 实际上仍要求 3 个月：如被问及，请援引该条款。

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
w-care-paid-by-home-scheme = 医疗费用仍由本国保险制度（{ COUNTRY($country, form: "name") }）负责：只有协定有规定时，CPAM 才承担医疗费用；否则由本国医保机构或私人保险支付。

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
w-care-paid-by-home-scheme-assumed = 医疗费用可能仍由本国保险制度（{ COUNTRY($country, form: "name") }）负责（这是一项假定，须向医保机构确认）：只有协定有规定时，CPAM 才承担医疗费用；否则由本国医保机构或私人保险支付。

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $insured-sex: the posted worker's sex (female, male or other), on the worker's page and on each family member's: the words for the worker agree with it.
w-private-health-insurance-required = { COUNTRY($country, form: "from") }派遣来法，要求有覆盖员工及其家属在法国期间的医疗保险（本国保险或私人保险）。

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
w-no-social-security-agreement = 法国{ COUNTRY($country, form: "with") }没有社会保障协定：派遣员工须在法国参保。
ws1-spouse-may-need-own-registration = 自 2016 年起，成年伴侣是否算作 S1 的家庭成员尚未核实：CPAM 可能要求其以本人名义登记。

# Warning shown under a member.
# $date: a date (written out by DATE)
w-permit-expired = 居留证件已于{ DATE($date) }到期：请续签；按居住途径享有的权利取决于有效的居留证件。
w-receipt-permit = 提供的是居留申请回执（récépissé）：哪些回执有效由一项未能核实的部长令（arrêté）规定；请向医保机构核实。
w-vls-ts-validation = 长期居留签证（VLS-TS）须在入境后 3 个月内在网上生效确认，才能作为居留证件。

# Warning shown under a member.
# $date: a date (written out by DATE)
w-ntt-tolerance-exceeded = 临时技术号码（NTT）的 3 个月宽限期已于{ DATE($date) }结束：工资部门现在必须取得 NIR 或 NIA。

# Warning shown under a member.
# $date: a date (written out by DATE)
w-nia-expired = 临时号码（NIA）的 9 个月有效期已于{ DATE($date) }届满：请向医保机构询问认证进度。
w-nir-implies-previous-insurance = 在国外出生的人只有以前参保过才会有经认证的社会保障号码：按恢复权利处理。
w-translation-assumed = 未提供婚姻或伴侣关系证明的签发国：假定需要宣誓翻译。
w-fund-depends-on-commune = 该省有多个 CPAM，按市镇划分：请核实负责该地址的是哪一个。
w-territory-own-scheme = 该海外行政区有自己的社会保障制度，不属于法国普通制度：请向当地机构核实。
w-start-date-unknown = 未提供开始工作的第一天：无法确定开始享有医保的日期。
w-arrival-unknown = 未提供抵达法国的日期：无法确定开始享有医保的日期。
w-posting-end-unknown = 未提供派遣结束日期：无法核对派遣期是否超过上限。
w-no-insured-parent = 家庭中没有在法国参保的父母一方：孩子按居住途径以本人名义参保。
w-minor-without-parent = 家庭中没有列出孩子的父母：孩子不能通过亲子关系成为任何人的附属受保人。请提供法定监护人的情况和监护文件（由参保人照管的孩子可挂靠在其名下）；在此之前，孩子按居住途径以本人名义评估。
w-autonomy-before16 = 年满 16 岁才能申请成为自主附属受保人（ayant droit autonome）：该申请不予考虑，孩子仍为附属受保人（ayant droit）。
w-postcode-missing = 未提供邮政编码：无法确定医保机构。
w-certificate-mismatch = 证明类型与派出国不符（A1 适用于欧洲经济区、瑞士和英国；其他国家出具双边协定表格）：请核对。
mismatch-sex = 性别
mismatch-year = 出生年份
mismatch-month = 出生月份
mismatch-place = 出生地

## Document reasons
rs1106 = 每个成年人都要以本人名义提交开通权利的申请。
rs1106-minor = 未成年人本人的开通权利申请，由其法定代理人（父母或监护人）签字。
rs1106-reactivation = 以前在法国参保过的人，用同一表格恢复权利。
rs3705-one = 将孩子挂靠在参保的父母名下；父母双方都参保时，挂靠在双方名下（double rattachement）。

# Why a document is needed.
# $children: the number of children (2 or more)
rs3705-many = 将这 { $children } 个孩子挂靠在参保的父母名下；父母双方都参保时，挂靠在双方名下（double rattachement）。
r-identity = 证明身份。
r-identity-child = 孩子本人的护照或身份证。
r-permit = 证明在法国合法居留（欧洲经济区和瑞士公民以及未成年人无需提供）。
r-activity = 证明自工作第一天起开通权利的职业活动；医保机构可能要求提供第一张工资单。
r-proof-of-residence = 证明在法国稳定居住超过 3 个月。
r-guardianship = 证明家庭中没有父母的孩子由谁承担法律责任：据此决定孩子能否挂靠在参保的监护人名下。
r-enrolment-student-adult = 在教育机构注册就读，可免除 3 个月居住条件。
r-enrolment-student = 16 至 18 岁的高等教育学生自动成为自主附属受保人（ayant droit autonome）。
r-enrolment-pupil = 16 或 17 岁的中学生须证明在校就读，才能继续挂靠在父母名下。
r-birth-identification = 用于识别在国外出生的人（CPAM 发放 NIA，SANDIA 认证号码）。
r-birth-child = 证明亲子关系，用于挂靠在父母名下。
r-birth-child-identification = 证明亲子关系，并识别在国外出生的孩子，孩子将获得本人的号码（先是 NIA，然后是经认证的 NIR）。
r-birth-filiation-s1 = 每位用 S1 登记的家庭成员都要证明家庭关系。
r-union-accompanying = 证明与参保人的家庭关系。
r-birth-adult-child = 证明与参保父母的家庭关系（亲子关系）；必要时用于识别在国外出生的人。
r-union-civil-status = 已婚申请人的婚姻状况，用于身份识别。
r-union-s1 = 证明与 S1 持有人的家庭关系。
r-address = 证明住址，住址决定由哪个医保机构负责。
r-bank = 报销款项打入本人名下的账户。
r-bank-child = 自主附属受保人的报销款项打入其本人名下的账户。
r-physician = 申报家庭医生（médecin traitant）后可按正常比例报销；如果医生还不能网上申报，请用纸质表格申报。
r-physician-child = 年满 16 岁后，年轻人自己申报家庭医生（médecin traitant），并由父母一方共同签字。
r-id-photo = 用于办理医保卡（Carte Vitale），在号码认证后申领（照片 + 10 年内的身份证件）。

# $sex: female, male or other (unknown): French agrees with the person.
rs1-worker = 由本国医保机构出具：员工在居住地的 CPAM 登记，费用由本国医保机构承担。
rs1-family = S1 表格按人出具：每位家庭成员各自登记自己的 S1。

# $sex: female, male or other (unknown): French agrees with the person.
ra1 = 证明员工在派遣期间仍适用本国法律。

# Why a document is needed.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
r-coverage-certificate-home = 使员工继续适用{ COUNTRY($country, form: "of") }保险制度；雇主保存此证明以备检查。

# Why a document is needed.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
r-coverage-certificate-home-assumed = 使员工在协定涵盖的险种上继续适用{ COUNTRY($country, form: "of") }法律；其中是否包括医疗保险是一项假定，须向医保机构确认。雇主保存此证明以备检查。

# Why a document is needed.
# $country: a country code (written by COUNTRY with the form the sentence needs)
r-coverage-certificate-other = 使{ COUNTRY($country, form: "with") }的协定所涵盖的险种保留在本国（医疗保险除外）。
r-private-insurance = 协定把在法国有医疗保险作为派遣的条件。
r-autonomy-letter = 给父母所属医保机构的一封普通信函，申请成为自主附属受保人（ayant droit autonome）。
r-sworn-translation = 在法国、欧洲经济区和瑞士以外签发的户籍身份文件，除非已是法文，否则须由宣誓翻译员（或领事馆）翻译。视签发国而定，还可能要求领事认证或海牙认证（apostille）。
r-legalisation = 外国户籍身份文件须经领事认证或海牙认证（按所选处理原则）。

## Explanations (conclusions)

# $sex: female, male or other (unknown): French agrees with the person.
c-activity = 在法国工作：自工作的第一个小时起，通过职业活动享有医保。

# $sex: female, male or other (unknown): French agrees with the person.
c-working-minor-activity = 在法国工作（包括学徒）：通过职业活动以本人名义参保。
c-working-minor = 有职业活动（包括学徒）的未成年人不再挂靠在父母名下，以本人名义参保。

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-working-minor-status =
    { $age ->
         [0] 不满 1 岁
        *[other] { $age } 岁
    }，有工作：以本人名义参保，不是附属受保人（ayant droit）。

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-minor-own-status =
    { $age ->
         [0] 不满 1 岁
        *[other] { $age } 岁
    }，没有可挂靠的参保父母：以本人名义参保。
c-adult-child = 成年子女不是附属受保人：以本人名义参保。

# $sex: female, male or other (unknown): French agrees with the person.
c-student = 高等教育学生：按居住途径参保，免除 3 个月条件。

# Whom a member joins or accompanies, in c-accompanying…'s $insured.
# $sex: the sex of the person joined (female, male or other), not the member's.
c-insured-main-applicant = 主申请人
# Whom a member joins or accompanies, in c-accompanying…'s $insured.
# $sex: the sex of the person joined (female, male or other), not the member's.
c-insured-partner = 主申请人的配偶或伴侣
# Whom a member joins or accompanies, in c-accompanying…'s $insured.
c-insured-child = 家庭中的子女

# Conclusion of a rule in the explanation of a member.
# $insured: whom the member joins, by their place in the household (c-insured-…)
# $sex: female, male or other (unknown): French agrees with the person.
c-accompanying = 前来团聚或随同在法国参保的人（{ $insured }）：按居住途径参保，无需等待 3 个月。

# Conclusion of a rule in the explanation of a member.
# $insured: whom the member joins, by their place in the household (c-insured-…)
c-accompanying-three-months = 前来团聚或随同在法国参保的人（{ $insured }）；按所选处理原则，适用 3 个月居住条件。

# Conclusion of a rule in the explanation of a member.
# $insured: whom the member joins, by their place in the household (c-insured-…)
# $sex: female, male or other (unknown): French agrees with the person.
c-accompanying-adult-child = 没有职业活动、前来团聚或随同参保父母（{ $insured }）的成年子女：按 D160-2 属于家庭成员，该条款未设年龄限制（这是一项未经核实的假定）：按居住途径参保，无需等待 3 个月。

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-earliest-basis-residence = 作为家庭成员前来团聚或随同，只能从{ DATE($date) }（即该家庭成员开始享有医保之日）起参保：适用最早的依据，即本人的稳定居住。

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-earliest-basis-activity = 在法国工作要到{ DATE($date) }才开始：作为家庭成员前来团聚或随同参保人可以更早参保，适用最早的依据。

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-earliest-basis-residence-before-work = 在法国工作要到{ DATE($date) }才开始：稳定居住超过 3 个月可以更早参保，适用最早的依据。
c-adult-own-request = 自 2016 年（PUMa，全民医疗保障）起，成年人不再是附属受保人：该成年人须以本人名义提交申请。

# $sex: female, male or other (unknown): French agrees with the person.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-follows-s1 = 持 S1 派遣员工的家庭成员：用本人的 S1 登记，费用由本国医保机构承担。
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-follows-home-scheme = 留在本国保险制度的员工的家庭成员：随员工参保，不在法国参保。
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-follows-home-scheme-assumed = 可能留在本国保险制度的员工的家庭成员（这是一项假定，须向医保机构确认）：随员工参保，假定不在法国参保。

# $sex: female, male or other (unknown): French agrees with the person.
c-residence = 没有职业活动：在稳定居住超过 3 个月后，按居住途径参保。

# $sex: female, male or other (unknown): French agrees with the person.
c-residence-before-work = 尚未开始工作：在稳定居住超过 3 个月后，按居住途径参保。

# $sex: female, male or other (unknown): French agrees with the person.
c-residence-enrolled = 没有职业活动，在教育机构就读：按居住途径参保，免除 3 个月条件。
c-beneficiary = 参保父母的未成年子女，没有职业活动：附属受保人（ayant droit）。

# $sex: female, male or other (unknown): French agrees with the person.
c-minor-alone = 未成年人，家庭中没有在法国参保的父母：按居住途径以本人名义参保。

# $sex: female, male or other (unknown): French agrees with the person.
c-minor-without-parent = 家庭中没有父母：不能通过亲子关系成为附属受保人；取决于法定监护人的情况（由参保人照管的孩子可挂靠在其名下）。在此期间，按居住途径以本人名义参保，须满足 3 个月条件。

# $sex: female, male or other (unknown): French agrees with the person.
c-minor-without-parent-enrolled = 家庭中没有父母：不能通过亲子关系成为附属受保人；取决于法定监护人的情况（由参保人照管的孩子可挂靠在其名下）。在此期间，按居住途径以本人名义参保；因在校就读，免除 3 个月条件。

# $sex: female, male or other (unknown): French agrees with the person.
c-posted-eu = 持 A1 从欧洲经济区或瑞士派遣来法：留在本国保险制度；在法国通过在 CPAM 登记的 S1 就医。

# $sex: female, male or other (unknown): French agrees with the person.
c-posted-uk = 持适用法律证明从英国派遣来法：按欧盟内派遣处理（登记 S1）。

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-home-scheme = 按{ COUNTRY($country, form: "with") }的协定派遣来法，该协定将医疗保险保留在本国：不在法国参保。

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-home-scheme-assumed = 按{ COUNTRY($country, form: "with") }的协定派遣来法，该协定可能将医疗保险保留在本国（根据一般性说明推断，须向医保机构确认）：假定不在法国参保。

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-scope-unverified = { COUNTRY($country, form: "from") }派遣来法：协定是否将医疗保险保留在本国尚未核实；默认假定适用本国保险制度，须向医保机构确认。

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-scope-unverified-french = { COUNTRY($country, form: "from") }派遣来法：协定是否将医疗保险保留在本国尚未核实；按所选处理原则，须在法国参保。

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-agreement-excludes-health = 按{ COUNTRY($country, form: "with") }的协定派遣来法，该协定不包括医疗保险：通过职业活动在法国参加医疗保险。

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-no-certificate = { COUNTRY($country, form: "from") }派遣来法，没有证明：须通过职业活动在法国参保。

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-no-agreement = { COUNTRY($country, form: "from") }派遣来法，该国与法国没有社会保障协定：通过职业活动在法国参保。

# Conclusion of a rule in the explanation of a member.
# $months: a number of months
# $date: a date (written out by DATE)
c-posting-limit = 限期 { $months } 个月的派遣最长可持续到{ DATE($date) }（含当日）。

# $sex: female, male or other (unknown): French agrees with the person.
c-registration = 从未在法国参保：首次登记。

# $sex: female, male or other (unknown): French agrees with the person.
c-registration-assumed = 未提供以前在法国的参保情况：假定从未参保，因此为首次登记。

# $sex: female, male or other (unknown): French agrees with the person.
c-reactivation = 以前在法国参保过：号码终身有效，恢复权利。

# $sex: female, male or other (unknown): French agrees with the person.
c-reactivation-implied = 虽在国外出生，却有经认证的号码，说明以前参保过：恢复权利。

# $sex: female, male or other (unknown): French agrees with the person.
c-reactivation-assumed = 未提供以前在法国的参保情况：按所选处理原则假定以前参保过，因此为恢复权利。

# $sex: female, male or other (unknown): French agrees with the person.
c-identification-required = 在国外出生，没有法国号码，不是法国公民：需要身份识别（先由 CPAM 发放 NIA，再由 SANDIA 认证号码）。
c-identification-under-way = 已有临时号码（NIA）：身份识别正在进行，直到 SANDIA 认证号码为止。

# $sex: female, male or other (unknown): French agrees with the person.
c-no-identification-born-in-france = 在法国出生：出生起就有社会保障号码，无需身份识别。

# $sex: female, male or other (unknown): French agrees with the person.
c-no-identification-french = 在国外出生的法国公民：号码来自中央户籍登记处，无需 SANDIA 身份识别。
c-no-identification-has-nir = 已有经认证的号码：无需身份识别。

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-activity = 自工作第一天起享有医保：{ DATE($date) }。

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-s1 = 自派遣开始（S1）起享有医保：{ DATE($date) }。

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-covered-from-s1-family = 自抵达日和员工 S1 开始日中较晚者起享有医保：{ DATE($date) }。

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-covered-from-accompanying = 自抵达日和伴侣开始享有医保之日中较晚者起享有医保：{ DATE($date) }。

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-accompanying-parent = 自抵达日和父母一方开始享有医保之日中较晚者起享有医保：{ DATE($date) }。

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-child = 自出生日、抵达日和父母一方开始享有医保之日中最晚者起享有医保：{ DATE($date) }。

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-residence = 自抵达满 3 个月后的第二天起享有医保（欧洲经济区以外的公民，不早于居留证件生效日）：{ DATE($date) }。

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-student = 自抵达起享有医保（欧洲经济区以外的公民，不早于居留证件生效日）：{ DATE($date) }。

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-arrival = 自抵达起享有医保：{ DATE($date) }。
c-covered-from-unknown = 无法确定开始享有医保的第一天：缺少所依据的日期。

# $sex: female, male or other (unknown): French agrees with the person.
c-attached-one = 挂靠在参保的父母一方名下。

# $sex: female, male or other (unknown): French agrees with the person.
c-attached-one-assumed = 挂靠在参保的父母一方名下（假定父母为主申请人及其伴侣）。

# $sex: female, male or other (unknown): French agrees with the person.
c-attached-both = 挂靠在参保的父母双方名下（double rattachement，建议这样做）。

# $sex: female, male or other (unknown): French agrees with the person.
c-attached-both-assumed = 挂靠在参保的父母双方名下（double rattachement；假定父母为主申请人及其伴侣）。

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
c-under-sixteen =
    { $age ->
         [0] 不满 1 岁
        *[other] { $age } 岁
    }：父母的附属受保人（ayant droit）。

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
c-under-sixteen-one-parent =
    { $age ->
         [0] 不满 1 岁
        *[other] { $age } 岁
    }：父母一方的附属受保人（ayant droit）。

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
c-sixteen-may-request =
    { $age ->
         [0] 不满 1 岁
        *[other] { $age } 岁
    }：仍为附属受保人；可（用普通信函）申请成为自主附属受保人（ayant droit autonome）。

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-pupil-stays-dependent =
    { $age ->
         [0] 不满 1 岁
        *[other] { $age } 岁
    }，在校中学生：仍为父母的附属受保人，除非本人申请自主。

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-pupil-stays-dependent-one-parent =
    { $age ->
         [0] 不满 1 岁
        *[other] { $age } 岁
    }，在校中学生：仍为父母一方的附属受保人，除非本人申请自主。

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-student-autonomous =
    { $age ->
         [0] 不满 1 岁
        *[other] { $age } 岁
    }，高等教育学生：自动成为自主附属受保人（ayant droit autonome）。

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
c-autonomy-requested =
    { $age ->
         [0] 不满 1 岁
        *[other] { $age } 岁
    }，已申请自主：自主附属受保人（ayant droit autonome），有自己的报销和 ameli 账户。

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-beneficiary-end-birthday = 附属受保人身份在 18 岁生日（{ DATE($date) }）结束：这是一项假定（未能找到 L160-2 规定该日期的法令）；之后须用本人名下的银行账户提交 S1110 表格。

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-beneficiary-end-fixed = 附属受保人身份在{ DATE($date) }结束，这是按所选处理原则在 18 岁生日那一年确定的日期；之后须用本人名下的银行账户提交 S1110 表格。
c-child-milestones = 从 12 岁起，父母可以在网上为孩子申领医保卡（Carte Vitale）；16 岁时，CPAM 会把医保卡申请表寄给孩子。

# $sex: female, male or other (unknown): French agrees with the person.
c-leap-day-last = 生于 2 月 29 日：其他年份的生日为 2 月 28 日。

# $sex: female, male or other (unknown): French agrees with the person.
c-leap-day-march = 生于 2 月 29 日：按所选处理原则，其他年份的生日为 3 月 1 日。

# Conclusion of a rule in the explanation of a member.
# $fund: the name of the local fund, as is (e.g. "CPAM de Paris")
c-fund-residence = 材料递交给居住地的医保机构：{ $fund }。

# Conclusion of a rule in the explanation of a member.
# $fund: the name of the local fund, as is (e.g. "CPAM de Paris")
c-fund-overseas = 在海外省，材料递交给当地的普通社会保障基金：{ $fund }。

# Conclusion of a rule in the explanation of a member.
# $fund: the name of the local fund, as is (e.g. "CPAM de Paris")
c-fund-mayotte = 马约特没有 CGSS，材料递交给马约特社会保障基金（Caisse de sécurité sociale de Mayotte，CSSM）：{ $fund }。
c-fund-msa = 在法国本土，农业雇员及其家属由 MSA 而不是 CPAM 承保。

# Conclusion of a rule in the explanation of a member.
# $fund: the name of the local fund, as is (e.g. "CPAM de Paris")
c-fund-overseas-agricultural = 在海外省，MSA 不经办医疗保险：农业雇员及其家属向当地基金递交材料：{ $fund }。
c-fund-talent-passport = 人才护照（passeport talent）持有人及其家属：材料递交给巴黎 CPAM（CPAM de Paris）。
c-fund-unknown = 没有邮政编码：无法确定居住地的医保机构。
c-fund-unknown-agricultural = 没有邮政编码：无法确定农业雇员的医保机构（法国本土为 MSA，海外为 CGSS 或 CSSM）。
c-fund-own-scheme = 该地址位于有自己保险制度的海外行政区：不适用任何法国医保机构。

# $sex: female, male or other (unknown): French agrees with the person.
c-permit-required = 欧洲经济区和瑞士以外国家的公民：须有居留证件。
c-no-permit-minor = 未成年人无需出示居留证件。

# $sex: female, male or other (unknown): French agrees with the person.
c-inactive-eea = 没有职业活动的欧洲经济区或瑞士公民：须证明有足够的收入来源和医疗保险。
c-translation = 在法国、欧洲经济区和瑞士以外签发的户籍身份文件须有宣誓翻译件。
c-nir-checked = 已核验社会保障号码（结构、校验码），并与出生信息进行了比对。
c-legalisation-required = 外国户籍身份文件须经领事认证或海牙认证（按所选处理原则）。
c-payroll-nir = 已有经认证的 NIR：工资部门在 DSN 中申报该号码。
c-payroll-nia = 已有临时号码（NIA）：工资部门在 DSN 中申报该号码，没有期限，直到取得经认证的 NIR。
c-payroll-ntt = 尚无 NIR 或 NIA：工资部门申报一个临时技术号码（NTT），宽限 3 个月。

## Payroll
payroll-nir = 在 DSN 中申报经认证的 NIR。如果之前用过 NTT，请在第一份载有 NIR 的 DSN 中重复申报该 NTT。
payroll-nia = 在 DSN 中申报 NIA（可无限期使用）。取得经认证的 NIR 后申报 NIR；在第一份载有 NIR 的 DSN 中重复申报之前用过的 NTT。

# Payroll note (hr).
# $date: a date (written out by DATE)
payroll-ntt = 尚无号码：用已知的全部出生信息申报一个 NTT（宽限 3 个月，至{ DATE($date) }）。取得 NIR 或 NIA 后申报该号码，并在第一份载有它的 DSN 中重复申报 NTT。
payroll-ntt-no-start = 尚无号码：用已知的全部出生信息申报一个 NTT（自工作第一天起宽限 3 个月）。取得 NIR 或 NIA 后申报该号码，并在第一份载有它的 DSN 中重复申报 NTT。

## Rules catalogue
rule-activity = 在法国工作的人（法国劳动合同或自雇）通过职业活动参保，自工作的第一个小时起。
rule-registration-or-reactivation = 从未在法国参保的，为首次登记；以前参保过的（或在国外出生却有经认证的 NIR 的），为恢复权利。
rule-identification = 在国外出生、没有号码、从未参保且不是法国公民的人，须进行身份识别（先 NIA，后经认证的 NIR）。
rule-accompanying-family = 前来团聚或随同参保人的家庭成员免除 3 个月居住条件。
rule-accompanying-adult-child = 没有职业活动、前来团聚或随同参保父母的成年子女属于家庭成员（D160-2 未设年龄限制；这是一项假定）：以本人名义申请，无需等待 3 个月。
rule-earliest-basis = 符合多种参保依据的成员，自其中最早的日期起享有医保；日期相同时，采用无需证明居住 3 个月的依据。
rule-residence = 没有职业活动时，稳定合法居住超过 3 个月后按居住途径参保。
rule-student = 在教育机构注册就读的人免除 3 个月条件。
rule-inactive-eea = 没有职业活动的欧洲经济区和瑞士公民须证明有足够的收入来源和医疗保险。
rule-adults-not-beneficiaries = 自 2016 年起，只有未成年子女可以作为附属受保人；每个成年人都以本人名义提交申请。
rule-posted-eu = 持 A1 从欧洲经济区、瑞士或英国派遣来法的员工留在本国保险制度，并登记 S1。
rule-posted-bilateral = 按双边协定派遣的员工，在派遣条款涵盖的险种上继续适用本国法律（按各协定列表）。
rule-posted-bilateral-inferred = 同上，但协定的医疗保险范围是根据 ACOSS 的一般性说明推断的，或未知。
rule-posted-without-certificate = 没有证明的派遣，或来自无协定国家的派遣，须在法国参保。
rule-posted-family = 派遣员工的家庭成员随员工参保，除非其本人在法国工作。
rule-posting-limit = 限期 N 个月的派遣，最长可持续到开始日加 N 个月减一天；更晚的结束日期即超过上限。
rule-minor-beneficiary = 没有职业活动、有法定亲子关系的未成年子女，是其参保父母的附属受保人。
rule-minor-without-parent = 家庭中没有父母的未成年人，不能通过亲子关系成为任何人的附属受保人：需询问监护人的情况；不假定免除 3 个月等待期。
rule-working-minor = 有工作的未成年人（包括学徒）以本人名义参保。
rule-dependent-status = 孩子的身份：附属受保人、自主附属受保人（16 岁以上，学生自动取得），或以本人名义参保。
rule-autonomy-before16 = 16 岁以前不能申请自主：该申请不予考虑，并给出提示。
rule-attachment = 孩子挂靠在每一位参保的父母名下（double rattachement）；S3705 表格由其中一位父母提交。
rule-filiation = 附属受保人身份取决于法定亲子关系，而不是是否同住一户。
rule-beneficiary-end = 附属受保人身份何时结束（按所选处理原则：默认为 18 岁生日）。
rule-child-milestones = 12 岁起可申领医保卡（Carte Vitale），16 岁有本人的卡，18 岁成年。
rule-leap-day = 2 月 29 日出生的人，在其他年份的生日为 2 月 28 日（按所选处理原则）。
rule-covered-from = 按参保依据确定开始享有医保的第一天。
rule-fund = 医保机构：居住地的 CPAM；海外省为 CGSS（马约特为 CSSM）；法国本土的农业雇员为 MSA。
rule-fund-talent-passport = 人才护照（passeport talent）持有人及其家属向巴黎 CPAM（CPAM de Paris）递交材料。
rule-permit = 欧洲经济区和瑞士以外的成年人须有居留证件；未成年人一律不需要。
rule-vls-ts = 长期居留签证须在入境后 3 个月内在网上生效确认。
rule-documents = 按情况列出需要准备的材料。
rule-translation = 在法国、欧洲经济区和瑞士以外签发的户籍身份文件须有宣誓翻译（按所选处理原则）；婚姻或伴侣关系证明是伴侣双方共用的一份文件，由任一方填写的结合国决定。
rule-legalisation = 领事认证或海牙认证不作要求，只作提示（按所选处理原则）。
rule-steps = 每种参保类型的办理步骤。
rule-payroll = DSN 中的号码：NIR、NIA 或 NTT（宽限 3 个月）。
rule-nir-check = 对提供的 NIR 进行核验（结构、校验码），并与出生信息比对；不符时给出提示。

## Human report

# Report heading or label.
# $date: a date (written out by DATE)
ui-title = 法国医疗保险：截至{ DATE($date) }的评估

# Report heading or label.
# $version: the secu version, e.g. 0.1.0
# $rules: the date of the rules (a date)
ui-rules = secu { $version }，规则版本日期{ DATE($rules) }

# Report heading or label.
# $policies: the names of the policies, comma-separated
ui-policies = 与默认设置不同的处理原则：{ $policies }

# Report heading or label.
# $age: the person's age in whole years (a number; 0 for a baby under one)
ui-age =
    { $age ->
         [0] 不满 1 岁
        *[other] { $age } 岁
    }
ui-age-one-year = 1 岁
ui-age-one-month = 1 个月

# Report heading or label.
# $months: a number of months
ui-age-months =
    { $months ->
         [0] 不满 1 个月
        *[other] { $months } 个月
    }
ui-affiliation = 参保类型
ui-basis = 参保依据

# $sex: female, male or other (unknown): French agrees with the person.
ui-covered-from = 医保起始日期
ui-unknown = 未知
ui-fund = 材料递交给
ui-child-status = 孩子的身份

# $sex: female, male or other (unknown): French agrees with the person.
ui-attached-to = 挂靠在
ui-identification = 身份识别
ui-identification-yes = 需要：先取得临时号码（NIA），再取得经认证的号码（SANDIA）
ui-why = 原因
ui-documents = 需要准备的材料
ui-group-forms = 表格
ui-group-identity = 身份与户籍
ui-group-proofs = 证明
ui-group-payment = 银行与医保卡（Carte Vitale）
ui-one-of = 以下任选其一
ui-translation = 需要法文宣誓翻译件
ui-covers = 涵盖
ui-for-children = 用于
ui-steps = 步骤

# Report heading or label.
# $date: a date (written out by DATE)
ui-expected-by = 预计于{ DATE($date) }前
ui-milestones = 即将到来的日期
ui-payroll = 工资申报（DSN）
ui-dsn-identifier = 申报
ui-ntt-suggestion = 建议的 NTT
ui-warnings = 注意事项
ui-none = 无
ui-nothing-to-do = 无需在法国办理任何手续。
ui-sources = 依据来源
# Report (both audiences): heading of the household summary that opens the document.
ui-summary = 家庭概要
# Household summary: label of the fund the file goes to (its name follows).
ui-send-to = 材料递交至
# Household summary: heading of the first steps still to do, each followed by whom it is for.
ui-first-actions = 首先要办的事
# Household summary: heading of the dates to know (coverage, deadlines, the next twelve months' milestones).
ui-key-dates = 关键日期
# Household summary, key dates: the day health cover starts (followed by the names).
ui-coverage-starts = 医疗保险开始生效
# Family's document: the name of a member given without a label, by their place in the household.
# $number: 1, 2…
ui-person = 家庭成员 { $number }
# Family's document: heading of the points of attention that are the same for every member, said once.
ui-household-warnings = 全家注意事项
# Family's document: stands for the list of names when a line concerns every member of the household.
ui-whole-household = 全体家庭成员
# Case history: an entry erased (GDPR).
ui-hist-redacted = （已删除）
# Case history: a number that does not parse.
ui-hist-invalid-number = （号码无效）
# Case history: a correction. $seq: the entry it voids; $reason: as typed.
ui-hist-voids = 撤销第 { $seq } 条：{ $reason }
# Case history: a permit renewed. $permit: its code; $from: a date (written out).
ui-hist-permit = { $permit }，自 { $from } 起
# Case history: a permit renewed. $permit: its code; $from, $until: dates (written out).
ui-hist-permit-until = { $permit }，{ $from } 至 { $until }
# Case history: after an entry a correction voided (a fragment: keep its leading space). $seq: the correction.
ui-hist-voided-by = {" "}[已被第 { $seq } 条撤销]
# Case history: when the entry was recorded. $at: the recording time, its date written out and the time (HH:MM).
ui-hist-recorded = （记录于 { $at }）
# Case status, list and history: a date alone (a step done, a deadline, an entry of the log).
# $date: a date (written out by DATE)
ui-date = { DATE($date) }
# Between the items of a list of names or things in a line (", " in English; "、" in Chinese, "، " in Arabic).
ui-list-sep = 、
# Between the items of a list of longer phrases ("; " in English; French with a no-break space before ";").
ui-list-semicolon = ；
# Between a label and its value in a line (": " in English; French with a no-break space before ":"; "：" in Chinese).
ui-colon = ：
nir-valid = 有效的社会保障号码（NIR 或 NIA）
nir-valid-without-key = 结构有效，未提供校验码
nir-legacy-nnp = 旧式临时号码（NNP），不是 NIR：自 2022 年起已由 NIA 取代
nir-legacy-mig = 临时移民的临时号码（MIG），不是 NIR
nir-invalid = 不是有效的社会保障号码
nir-why = 原因
nir-sex = 性别
nir-female = 女（2）
nir-male = 男（1）
nir-year = 出生年份
nir-month = 出生月份
nir-pseudo-month = 虚拟月份：月份不详
nir-place = 出生地
nir-abroad = 国外：
nir-department = 省
nir-commune = 市镇
nir-historical = 91–96 也可能指独立前的阿尔及利亚、摩洛哥或突尼斯
nir-order = 顺序号
nir-key-expected = 校验码
nir-key-given = 提供的是：

## Input errors (decoding, validation, the CLI's own messages)
err-standard-input = 标准输入
err-standard-output = 标准输出

# Error message (lowercase, no final period; fragments are joined).
# $limit: a number (a limit)
err-input-too-large = 超过 { $limit } 字节的上限：已拒绝（可用 --max-input-bytes 提高上限）

# Error message (lowercase, no final period; fragments are joined).
# $count: a number
err-more-problems = …… 另有 { $count } 个问题
err-no-as-of = 没有评估日期：请在家庭数据中或作为选项提供“as_of”

# Error message (lowercase, no final period; fragments are joined).
# $byte: a byte offset (a number)
err-not-utf8 = 输入不是有效的 UTF-8（第 { $byte } 字节）

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $line: a line number
# $column: a column number
err-malformed-json = JSON 格式错误，位于第 { $line } 行第 { $column } 列：

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $line: a line number
# $column: a column number
err-at-line = 第 { $line } 行第 { $column } 列：

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): the text ends inside a list [ ].
err-json-eof-list = 文本在列表内部结束

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): the text ends inside an object { }.
err-json-eof-object = 文本在对象内部结束

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): the text ends inside a quoted string.
err-json-eof-string = 文本在字符串内部结束

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): the text ends where a value was expected (e.g. an empty file).
err-json-eof-value = 文本在应有值的位置结束

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a colon was expected after a key.
err-json-expected-colon = 此处应为“:”

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a comma or the end of the list was expected.
err-json-expected-list-comma = 此处应为“,”或“]”

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a comma or the end of the object was expected.
err-json-expected-object-comma = 此处应为“,”或“{"}"}”

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a word like true, false or null was misspelt.
err-json-expected-ident = 此处应为 true、false 或 null

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): no valid value here (e.g. a word without quotes).
err-json-expected-value = 此处应为一个值

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a key must start with a double quote.
err-json-expected-quote = 此处应为双引号“"”

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a backslash sequence in a string is not valid.
err-json-invalid-escape = 无效的转义序列

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a number is badly written.
err-json-invalid-number = 无效的数字

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a number too large.
err-json-number-out-of-range = 数字超出范围

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a \u escape names no character.
err-json-invalid-code-point = 无效的 Unicode 码位

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a raw control character (e.g. a tab or a line break) inside a quoted string.
err-json-control-character = 字符串中有控制字符（\u0000-\u001F）

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): an object key without double quotes.
err-json-key-must-be-string = 键必须是带双引号的字符串

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a comma before ] or }.
err-json-trailing-comma = 多余的逗号

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): text after the end of the document.
err-json-trailing-characters = 文档结束后有多余的字符

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): lists or objects nested too deeply.
err-json-recursion-limit = 嵌套层次过深

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a \u escape with fewer than four hex digits.
err-json-hex-escape-end = \u 转义序列不完整

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a \u escape with half of a character pair.
err-json-lone-surrogate = \u 转义序列中有孤立的前导代理项

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): any other JSON error (generic).
err-json-other = 无效的 JSON

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
err-duplicate-field = 字段“{ $field }”出现了两次

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
# $expected: what was expected
err-newer-format = “{ $found }”比此版本 secu 能理解的格式（{ $expected }）更新：请升级 secu

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
# $expected: what was expected
err-unknown-format = 未知格式“{ $found }”：应为“{ $expected }”

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
# $suggestion: the closest known value
err-unknown-field-did-you-mean = 未知字段“{ $field }”；您是不是想输入“{ $suggestion }”？

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
# $known: the known values, comma-separated
err-unknown-field-known = 未知字段“{ $field }”；已知字段：{ $known }

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
err-missing-field = 缺少必填字段“{ $field }”

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-string = 应为字符串，实际为 { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-bool = 应为 true 或 false，实际为 { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-date = 应为日期“YYYY-MM-DD”，实际为 { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-object = 应为对象，实际为 { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-members = 应为成员数组，实际为 { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-member-id = 应为成员 id（字符串），实际为 { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-member-ids = 应为成员 id 数组，实际为 { $found }

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-no-such-date = 不存在的日期“{ $value }”

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-date-shape = 无效日期“{ $value }”：应为 YYYY-MM-DD

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
# $years: the accepted range of years
err-date-years = 日期“{ $value }”不在 { $years } 年份范围内

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-unknown-country = 未知国家代码 { $value }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-country = 应为国家代码（ISO 3166-1 alpha-2、“XK”或“CA-QC”），实际为 { $found }

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-unknown-value = 未知值“{ $value }”

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $suggestion: the closest known value
err-did-you-mean = ；您是不是想输入“{ $suggestion }”？

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $choices: the accepted values, comma-separated
err-expected-one-of = {" "}（应为以下之一：{ $choices }）

# Error message (lowercase, no final period; fragments are joined).
# $count: a number
# $limit: a number (a limit)
err-too-many-members = { $count } 名成员：超过 { $limit } 名的上限
err-no-members = 一个家庭至少需要一名成员
err-several-primaries = 只能有一名主申请人
err-no-primary = 没有成员的关系为“primary”（主申请人）

# Error message (lowercase, no final period; fragments are joined).
# $length: a number of characters
err-id-length = id 应为 1 至 64 个字符，实际为 { $length } 个

# Error message (lowercase, no final period; fragments are joined).
# $id: a member id
# $other: where the same id appears (a JSON path)
err-duplicate-id = 重复的 id“{ $id }”（另见 { $other }）

# Error message (lowercase, no final period; fragments are joined).
# $birth: a date, quoted as typed (YYYY-MM-DD)
# $as-of: a date, quoted as typed (YYYY-MM-DD)
err-birth-after-as-of = 出生日期 { $birth } 晚于评估日期 { $as-of }
err-union-country-not-partner = union_country 仅适用于配偶或伴侣
err-nir-status-without-nir = 提供了 nir_status，但没有提供 nir
err-nia-issued-without-nir = 提供了 nia_issued_on，但没有提供 nir
err-nia-issued-not-provisional = nia_issued_on 要求 nir_status 为“provisional”

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-nia-before-birth = NIA 发放于 { $date }，早于出生日期

# Error message (lowercase, no final period; fragments are joined).
# $key: the two-digit key
err-nir-without-key-rejected = 13 个字符，没有校验码（处理原则 nir_without_key = reject）；其校验码应为 { $key }
err-posting-missing = 派遣员工需要提供派遣信息（from_country、certificate、end_date）

# Error message (lowercase, no final period; fragments are joined).
# $kind: an activity kind code
err-posting-not-posted = 派遣信息仅适用于类型“posted”，而不是“{ $kind }”

# Error message (lowercase, no final period; fragments are joined).
# $end: a date, quoted as typed (YYYY-MM-DD)
# $start: a date, quoted as typed (YYYY-MM-DD)
err-posting-reversed = 派遣结束于 { $end }，早于其开始日期 { $start }

# Error message (lowercase, no final period; fragments are joined).
# $max: a number (the maximum)
# $length: a number of characters
err-payroll-id-length = 工资编号应为 1 至 { $max } 个字符才能放入 NTT，实际为 { $length } 个

# Error message (lowercase, no final period; fragments are joined).
# $character: the character, quoted
err-payroll-id-character = 字符 { $character } 不能出现在 NTT 中（只能用字母和数字）

# Error message (lowercase, no final period; fragments are joined).
# $until: a date, quoted as typed (YYYY-MM-DD)
# $from: a date, quoted as typed (YYYY-MM-DD)
err-permit-reversed = 居留证件有效期至 { $until }，早于其生效日期 { $from }

# Error message (lowercase, no final period; fragments are joined).
# $relationship: a relationship code
err-parents-not-child = 只有子女才能填写父母，“{ $relationship }”不能

# Error message (lowercase, no final period; fragments are joined).
# $count: a number
err-too-many-parents = 一个孩子最多有两位法定父母，实际为 { $count } 位

# Error message (lowercase, no final period; fragments are joined).
# $parent: a member id
err-parent-twice = 父母“{ $parent }”列出了两次

# Error message (lowercase, no final period; fragments are joined).
# $id: a member id
err-unknown-parent = 没有成员的 id 为“{ $id }”
err-own-parent = 孩子不能是自己的父母

# Error message (lowercase, no final period; fragments are joined).
# $parent: a member id
# $path: a JSON path, e.g. members[1]
err-parent-not-adult = 父母“{ $parent }”不是成年人（{ $path }）

# Error message (lowercase, no final period; fragments are joined).
# $parent: a member id
# $path: a JSON path, e.g. members[1]
err-parent-ref = 父母“{ $parent }”（{ $path }）

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $parent-birth: a date, quoted as typed (YYYY-MM-DD)
# $child-birth: a date, quoted as typed (YYYY-MM-DD)
err-parent-born-after-child = {" "}出生于 { $parent-birth }，不早于孩子（孩子出生于 { $child-birth }）

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $min: a minimum age (a number)
err-parent-too-young = {" "}在孩子出生时只有 { $age } 岁（至少应为 { $min } 岁）

# Error message (lowercase, no final period; fragments are joined).
# $start: a date, quoted as typed (YYYY-MM-DD)
# $birth: a date, quoted as typed (YYYY-MM-DD)
err-activity-before-birth = 职业活动开始于 { $start }，早于出生日期 { $birth }

# Error message (lowercase, no final period; fragments are joined).
# $end: a date, quoted as typed (YYYY-MM-DD)
# $birth: a date, quoted as typed (YYYY-MM-DD)
err-posting-before-birth = 派遣结束于 { $end }，早于出生日期 { $birth }

# Error message (lowercase, no final period; fragments are joined).
# $policy: a policy name
# $problem: what is wrong (a text)
err-policy-out-of-range = 处理原则 { $policy }：{ $problem }

# Error message (lowercase, no final period; fragments are joined).
# $length: a number of characters
err-siren-length = 应为 9 位数字，实际为 { $length } 位

# Error message (lowercase, no final period; fragments are joined).
# $character: the character, quoted
# $position: its position (a number)
err-siren-character = 第 { $position } 位的字符 { $character } 无效：SIREN 只能包含数字

# Error message (lowercase, no final period; fragments are joined).
# $expected: what was expected
# $found: what was found, quoted from the input or its JSON kind
err-siren-key = 校验位无效：应为 { $expected }，实际为 { $found }（luhn 校验码）

# Error message (lowercase, no final period; fragments are joined).
# $postcode: a value, as is
err-postcode-malformed = 邮政编码 { $postcode } 无效：应为 5 位数字

# Error message (lowercase, no final period; fragments are joined).
# $postcode: a value, as is
err-postcode-monaco = 邮政编码 { $postcode } 属于摩纳哥，不在法国

# Error message (lowercase, no final period; fragments are joined).
# $postcode: a value, as is
err-postcode-unknown = 邮政编码 { $postcode } 不对应任何法国省份

# Error message (lowercase, no final period; fragments are joined).
# $length: a number of characters
err-nir-length = 应为 13 或 15 个字符，实际为 { $length } 个

# Error message (lowercase, no final period; fragments are joined).
# $character: the character, quoted
# $position: its position (a number)
err-nir-character = 第 { $position } 位的字符 { $character } 无效

# Error message (lowercase, no final period; fragments are joined).
# $digit: the digit found
err-nir-sex = 性别位“{ $digit }”无效：必须为 1（男）或 2（女）
err-nir-legacy-nnp = 旧式临时号码（NNP，numéro national provisoire），不是 NIR：这类号码已由 NIA 取代，自 2022 年 12 月 31 日起正式停用
err-nir-legacy-mig = 旧式临时号码（MIG，migrant de passage：临时过境人员），不是 NIR：它没有校验码，在需要 NIR 或 NIA 的地方不被接受

# Error message (lowercase, no final period; fragments are joined).
# $month: a month number
err-nir-month = 月份“{ $month }”无效：必须为 01–12 或虚拟月份 20–99

# Error message (lowercase, no final period; fragments are joined).
# $department: the department code found
err-nir-department = 省份“{ $department }”无效：必须为 01–99、2A 或 2B

# Error message (lowercase, no final period; fragments are joined).
# $order: the order number found
err-nir-order = 顺序号“{ $order }”无效：必须为 001–999

# Error message (lowercase, no final period; fragments are joined).
# $expected: what was expected
# $found: what was found, quoted from the input or its JSON kind
err-nir-key = 校验码无效：应为 { $expected }，实际为 { $found }
kind-null = null（空值）
kind-bool = 布尔值
kind-number = 数字
kind-string = 字符串
kind-array = 数组
kind-object = 对象

## Case and policy errors (issue 10, item 15: they follow --lang)

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-policy-assignment = 应为 NAME=VALUE，实际为“{ $found }”

# Error message (lowercase, no final period; fragments are joined).
# $policy: a policy name
err-policy-unknown = 未知处理原则“{ $policy }”

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $known: the known values, comma-separated
err-policy-known = ；已知的处理原则：{ $known }

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $policy: a policy name
err-policy-prefix = 处理原则 { $policy }：{" "}

# Error message (lowercase, no final period; fragments are joined).
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $max: a number (the maximum)
err-policy-age = 年龄 { $age } 超出范围：应为 0 至 { $max }（每个成年人都须提交声明，Decision 8）

# Error message (lowercase, no final period; fragments are joined).
# $month: a month number
err-policy-month = 月份 { $month } 超出范围：应为 1 至 12

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $day: a day number
# $month: a month number
err-policy-day = 第 { $day } 日超出 { $month } 月的天数：{" "}

# Error message (lowercase, no final period; fragments are joined).
# $max: a number (the maximum)
err-policy-day-range = 应为 1 至 { $max }

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $event: an event code
# $code: a refusal code
err-refused = { $event } 被拒绝（{ $code }）：{" "}

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $events: event codes or a count of events (a text)
err-allowed-now = ；目前允许：{ $events }

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
err-allowed-nothing = ；目前不允许任何操作

# Error message (lowercase, no final period; fragments are joined).
# $stage: the stage reached (a text)
# $track: the procedure track (a text)
err-not-allowed-now = 在此阶段不可进行：{ $stage }（程序：{ $track }）

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $date: a date, quoted as typed (YYYY-MM-DD)
err-dated-before = 日期为 { $date }，早于{" "}

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-submission = 材料递交日（{ $date }）

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-nia = 临时号码（NIA）发放日（{ $date }）

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-clock-end = NIA 给予的 3 个月户籍身份文件寄送期限的届满日（R114-7 III，{ $date }）

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-notice-end = 催告（mise en demeure）3 个月期限的届满日（R114-7 III，{ $date }）

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-certification = 号码认证或权利恢复之日（Decision 9，{ $date }）

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-last-event = 一项已记录的事件（{ $date }）：事件须按时间顺序记录

# Error message (lowercase, no final period; fragments are joined).
# $document: a document kind code
err-not-in-checklist = { $document } 不在该成员的材料清单上

# Error message (lowercase, no final period; fragments are joined).
# $document: a document kind code
err-doc-not-received = { $document } 尚未收到

# Error message (lowercase, no final period; fragments are joined).
# $document: a document kind code
err-doc-already-received = { $document } 已经收到
err-reason-required = 必须说明原因
err-nothing-received = 没有收到任何材料
err-checklist-complete = 所有材料均已收到

# Error message (lowercase, no final period; fragments are joined).
# $documents: document kind codes, comma-separated
err-documents-missing = 仍缺少的材料：{ $documents }
err-no-nia = 在取得临时号码（NIA）之前不能认证
err-civil-status-missing = SANDIA 依据户籍身份文件认证号码，而医保机构尚未收到该文件

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
err-number-invalid = 号码无效：{" "}
err-civil-status-received = 户籍身份文件已经收到
err-no-formal-notice = 只有在催告（mise en demeure）之后才能暂停待遇（R114-7 III）

# Error message (lowercase, no final period; fragments are joined).
# $min: a minimum age (a number)
# $age: the person's age in whole years (a number; 0 for a baby under one)
err-too-young = 须年满 { $min } 岁（该成员 { $age } 岁）

# Error message (lowercase, no final period; fragments are joined).
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $step: a step code
err-step-not-applicable = 在 { $age } 岁时，这不是该成员的步骤之一（{ $step }：domain §7）

# Error message (lowercase, no final period; fragments are joined).
# $age: the person's age in whole years (a number; 0 for a baby under one)
err-own-coverage-too-young = 须年满 18 岁，或自职业活动的第一天起（该成员 { $age } 岁）
err-card-settled = 已申领或已收到新的医保卡（Carte Vitale），或已确认旧卡有效
err-no-ameli = 权利证明来自 ameli 账户：请先开通该账户

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-no-track = 成员“{ $member }”没有法国的办理程序（参保类型为 none）

# Error message (lowercase, no final period; fragments are joined).
# $id: a member id
err-no-member-id = 没有成员的 id 为“{ $id }”

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
# $last: the date of an event already recorded (ISO)
err-household-out-of-order = 日期为 { $date }，早于一项已记录的事件（{ $last }）：事件须按时间顺序记录

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
# $stage: the stage reached (a text)
err-track-in-progress = 此更正会结束成员“{ $member }”的办理程序，而该程序已处于阶段：{ $stage }；请先撤回

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $member: a member id
err-unknown-case-member = 家庭中没有成员“{ $member }”；{" "}

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $suggestion: the closest known value
err-case-did-you-mean = 您是不是想输入“{ $suggestion }”？{" "}

# Error message (lowercase, no final period; fragments are joined).
# $members: member ids, comma-separated
err-case-members = 成员：{ $members }

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-member-redacted = 成员“{ $member }”的信息已删除：不再为其记录任何内容

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
# $today: a date, quoted as typed (YYYY-MM-DD)
err-future-date = 该事件的日期为 { $date }，晚于记录当天（{ $today }）：请在事件发生后再记录
err-empty-line = 空行：应为一个家庭（JSON 对象）

# Error message (lowercase, no final period; fragments are joined).
# $limit: a number (a limit)
err-line-too-long = 该行超过 { $limit } 字节的上限（可用 --max-line-bytes 提高上限）；已跳过该行

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
# $opened: a date, quoted as typed (YYYY-MM-DD)
err-before-opening = 该事件的日期为 { $date }，早于案卷开立日（{ $opened }）：此前发生的情况属于家庭数据（已有的号码、以前的参保情况）

# Error message (lowercase, no final period; fragments are joined).
# $members: member ids, comma-separated
err-members-dropped = 更正后的家庭删除了已有事件的成员：{ $members }（更正应保留其 id；这是否是另一个家庭的案卷？）

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $voided: the entry number the correction voids
# $seq: an entry number of the case file
err-correction-breaks = 如果没有 seq { $voided }，seq { $seq } 将被拒绝（
err-void-later-first = ）：请先作废较晚的事件

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-redact-unknown = 此案卷中没有成员“{ $member }”
err-fully-redacted = 所有成员的信息都已删除：没有可重放的内容

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $code: a refusal code
err-refused-on-replay = 重放时被拒绝（{ $code }）：{" "}
err-household-mismatch = 家庭数据与 household_commitment 不符：案卷创建后家庭数据被修改过

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $seq: an entry number of the case file
err-seq-not-first = seq 为 { $seq }，而不是 1：{" "}

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $seq: an entry number of the case file
# $previous: the entry number before
err-seq-follows = seq { $seq } 接在 { $previous } 之后：{" "}
err-entries-reordered = 条目顺序被打乱或有重复

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-entries-reordered-later = 条目顺序被打乱（seq { $seq } 出现在后面）

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-entry-deleted = 有条目被删除（缺少 seq { $seq }）
err-anchor-mismatch = prev 与案卷的锚点不符：文件头（rules_version、created_at、opened_on、policies 或 household_commitment）被修改过
err-chain-broken = prev 与前一条目的摘要不符：在此条目之前有条目被插入、删除或替换
err-digest-mismatch = 摘要不符：该条目在记录后被修改过

# Error message (lowercase, no final period; fragments are joined).
# $byte: a byte offset (a number)
err-case-not-utf8 = 文件不是有效的 UTF-8（第 { $byte } 字节）
err-case-not-object = 案卷文件应为 JSON 对象

# Error message (lowercase, no final period; fragments are joined).
# $expected: what was expected
err-case-no-format = 缺少字段“format”：不是 secu 案卷文件（应为“{ $expected }”）

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
# $expected: what was expected
err-case-unknown-format = 未知格式“{ $found }”：应为“{ $expected }”

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
# $expected: what was expected
err-case-newer-format = “{ $found }”比此版本 secu 能读取的格式（{ $expected }）更新：请升级 secu

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
err-case-unknown-field = 未知字段“{ $field }”

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
err-case-missing-field = 缺少字段“{ $field }”
err-case-expected-string = 应为字符串
err-case-timestamp = 应为 RFC 3339 时间戳（2026-11-27T10:15:00Z）
err-case-expected-date = 应为日期“YYYY-MM-DD”

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-case-invalid-date = 无效日期“{ $value }”：应为实际存在的 YYYY-MM-DD 日期

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-seq-unknown = seq { $seq } 不是日志中较早的条目

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-seq-is-correction = seq { $seq } 是一项更正：更正只能作废事件，不能作废另一项更正

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-seq-other-member = seq { $seq } 是另一名成员的事件：更正只能作废同一成员的事件

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
# $correction: the entry number of the correction
err-seq-already-voided = seq { $seq } 已被 seq { $correction } 作废

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-member-mismatch = member_added 须记录在新成员名下：应为成员“{ $member }”

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-duplicate-member = 成员“{ $member }”已在家庭中

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-replay-unknown-member = 家庭中没有成员“{ $member }”

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $value: the value given, as typed
err-unknown-variant = 未知取值 `{ $value }`，应为{" "}

# Error message (lowercase, no final period; fragments are joined).
# $expected: what was expected
err-variant-only = `{ $expected }`

# Error message (lowercase, no final period; fragments are joined).
# $first: a value
# $second: a value
err-variant-either = `{ $first }` 或 `{ $second }`

# Error message (lowercase, no final period; fragments are joined).
# $choices: the accepted values, comma-separated
err-variant-one-of = 以下之一：`{ $choices }`

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $members: member ids, comma-separated
err-redaction-breaks = 没有“{ $members }”，其他成员将无法重放（
err-redact-dependents-first = ）：请先删除依赖于他们的成员的信息，或删除整个案卷

# Message of the command line.
# $event: an event code
# $what: what the event needs (options)
cli-needs = { $event } 需要 { $what }
cli-at-least-one-document = 至少需要一个 --document KIND

# Message of the command line.
# $file: a file path
cli-already-exists = { $file }：已存在（使用 --force 覆盖）

# Message of the command line.
# $event: an event code
cli-unknown-event = 未知事件“{ $event }”

# Message of the command line.
# $document: a document kind code
cli-unknown-document = 未知材料类型“{ $document }”

# Message of the command line.
# $options: command-line options
# $event: an event code
cli-does-not-apply = { $options } 不适用于 { $event }

# Message of the command line; a fragment: the code joins it to the text before or after it.
# $options: command-line options
cli-it-takes = {" "}（它接受 { $options }）

# Message of the command line; a fragment: the code joins it to the text before or after it.
cli-takes-nothing = {" "}（除 --date 外不接受任何选项）

# Message of the command line.
# $document: a document kind code
cli-document-twice = --document { $document } 出现了两次

# Message of the command line.
# $event: an event code
cli-not-from-command-line = 事件“{ $event }”不能从命令行记录
cli-name-member = 请指定一名成员（MEMBER），或使用 --all

# Message of the command line; a fragment: the code joins it to the text before or after it.
# $file: a file path
# $members: member ids, comma-separated
cli-created = 已创建 { $file }：{ $members } 名成员，{" "}

# Message of the command line.
# $date: a date (written out by DATE)
cli-opened-on = 开立于{ DATE($date) }

# Message of the command line.
# $seq: an entry number of the case file
# $entry: the recorded entry: member, event code, date (written out)
cli-recorded = 已记录 #{ $seq } { $entry }

# Message of the command line.
# $head: the head (hash) of the case file
# $events: event codes or a count of events (a text)
cli-head = head：{ $head }（{ $events }）
cli-one-event = 1 个事件

# Message of the command line.
# $count: a number
cli-events = { $count } 个事件

# Message of the command line; a fragment: the code joins it to the text before or after it.
# $file: a file path
# $events: event codes or a count of events (a text)
cli-chain-verifies = { $file }：链校验通过：{ $events }，{" "}

# Message of the command line.
# $head: the head (hash) of the case file
cli-head-is = head 为 { $head }
cli-ends-at-head = 文件在给定的 head 处结束

# Message of the command line.
# $seq: an entry number of the case file
# $since: how many events since (a text)
cli-went-on-past = 给定的 head 是事件 #{ $seq }：文件在其之后仍有内容（此后 { $since }）

# Message of the command line.
# $file: a file path
# $head: the head (hash) of the case file
cli-head-not-on-chain = { $file }：给定的 head { $head } 不在此文件的链上：文件被截断或回滚，或者这是另一个案卷

# Message of the command line.
# $file: a file path
cli-unreadable = { $file }：无法读取

# Message of the command line.
# $file: a file path
# $problem: why it is not (a text)
cli-not-a-journal = { $file }：不是 head 日志（{ $problem }）；删除它即可重新开始
cli-iv-needs-file = 标准输入不是终端时，需要提供家庭文件（答案按 PATH=VALUE 行读取）
cli-iv-needs-output = 新家庭需要 -o FILE：每次回答后访谈保存到该文件

# Message of the command line.
# $file: a file path
cli-iv-output-exists = { $file }：已存在：请用 `secu interview { $file }` 继续该访谈

# Message of the command line.
# $line: a line number
cli-iv-not-an-answer = 第 { $line } 行：应为 PATH=VALUE，例如 `members[0].birth_date=1990-04-12`

# Message of the command line.
# $line: a line number
# $path: a JSON path, e.g. members[1]
cli-iv-unknown-path = 第 { $line } 行：{ $path }：不是家庭数据的字段（`as_of`、`members[N].FIELD`）

# Message of the command line.
# $line: a line number
# $path: a JSON path, e.g. members[1]
cli-iv-no-member = 第 { $line } 行：{ $path }：没有这名成员

# Message of the command line; a fragment: the code joins it to the text before or after it.
# $last: the index of the last member (a number)
cli-iv-member-range = {" "}（家庭成员为 `members[0]` 至 `members[{ $last }]`）

# Message of the command line.
# $line: a line number
# $problem: what is wrong (a text)
cli-iv-line = 第 { $line } 行：{ $problem }
cli-iv-nothing-written = 未写入任何内容：只有每一行都有效时才会应用答案
cli-iv-new-household = 新家庭：有哪些人？请先填写主申请人（在法国开始工作的人，或主要申请人）。
cli-iv-member-id = 成员的 id（一个简短的名字，例如 priya）：
cli-iv-relationship = 与主申请人的关系：
cli-iv-add-member = 是否添加另一名成员？
cli-iv-yes = 是
cli-iv-no = 否
cli-iv-help-text = - = 无 / 不适用 · ? = 暂时跳过 · < = 返回 · Esc = 保存并停止
cli-iv-help-country = 国家代码（IN、DE、CA-QC）或国名；按 Tab 自动补全
cli-iv-help-date = YYYY-MM-DD
cli-iv-help-parents = 成员 id，用逗号分隔

# Message of the command line; a fragment: the code joins it to the text before or after it.
cli-iv-none = （无 / 不适用）

# Message of the command line; a fragment: the code joins it to the text before or after it.
cli-iv-skip = （我还不知道：暂时跳过）

# Message of the command line; a fragment: the code joins it to the text before or after it.
cli-iv-back = （返回：撤销上一个回答）

# Message of the command line.
# $number: the question number
# $remaining: the number of questions left
cli-iv-progress = 第 { $number } 题 · 还剩 { $remaining } 题
cli-iv-settled = 已确定：

# Message of the command line.
# $file: a file path
cli-iv-saved = 已保存到 { $file }

# Message of the command line.
# $path: a JSON path, e.g. members[1]
cli-iv-undone = 已撤销：{ $path }
cli-iv-nothing-to-undo = 没有可撤销的内容

# Message of the command line.
# $file: a file path
cli-iv-stopped = 访谈已停止；家庭数据已保存在 { $file } 中。继续请运行：secu interview { $file }

# Message of the command line.
# $count: a number
# $file: a file path
cli-iv-skipped-left = 跳过了 { $count } 个问题：家庭数据仍不完整。继续请运行：secu interview { $file }
cli-iv-complete = 没有剩余问题：家庭数据已完整。

## Procedure: next actions and deadlines
act-gather = 准备缺少的材料
act-submit = 所有材料均已备齐：向医保机构递交材料
act-wait-nia = 等待临时号码（NIA），约 3 周
act-wait-confirmation = 等待医保机构确认参保
act-wait-reopen = 等待医保机构恢复权利
act-wait-s1 = 等待医保机构登记 S1
act-send-civil-status = 寄送户籍身份文件（出生证明）：自取得 NIA 起 3 个月内，逾期将收到催告（mise en demeure）
act-declare-physician = 申报家庭医生（médecin traitant）；如医生不能网上申报，使用纸质 S3704 表格
act-wait-certification = 等待 SANDIA 认证号码（最长 9 个月）
act-suspended = 待遇已暂停：请立即寄送户籍身份文件
act-order-card = 申领医保卡（Carte Vitale）：填写附照片和身份证件的表格，或在 ameli 账户中网上申领
act-return-card-form = 寄回“Ma nouvelle carte Vitale”表格，附证件照和身份证件复印件
act-wait-card = 等待医保卡（Carte Vitale）寄到：纸质申领约 3 周，网上申领约 2 周
act-open-ameli = 开通 ameli 账户（compte ameli）
act-attestation = 下载权利证明（attestation de droits），交给公司的补充医疗保险（mutuelle）
act-own-coverage = 现已成年：用本人名下的银行账户提交 S1110 表格
act-own-coverage-work = 有工作（包括学徒）：自工作第一天起以本人名义参保，不再挂靠在父母名下；用本人名下的银行账户提交本人的申请
act-contest-rejection = 在收到拒绝通知后 2 个月内提出异议：向医保机构的友好申诉委员会（commission de recours amiable）提出友好申诉（recours amiable，CSS R142-1）
act-submit-again = 或更正后重新递交材料
dl-civil-status-due = 户籍身份文件截止日期（取得 NIA 后 3 个月，R114-7）
dl-civil-status-final-due = 催告后户籍身份文件截止日期（3 个月），逾期将暂停待遇
dl-fund-decision-due = 医保机构在暂停待遇后 3 个月内作出决定
dl-nia-expiry = NIA 9 个月有效期届满
dl-ntt-limit = 工资申报（DSN）中 NTT 3 个月宽限期结束
dl-posting-end = 派遣结束
dl-nia-expected = 预计取得 NIA（估计：递交后 3 周）
dl-certification-expected = 预计号码获得认证（估计：材料齐全后 9 个月内）
dl-ameli-expected = 可开通 ameli 账户（估计：取得 NIR 后 10 天）
dl-carte-vitale-expected = 预计收到医保卡（Carte Vitale）：估计申领后 3 周
dl-sixteenth-birthday = 16 岁生日：本人的医保卡（Carte Vitale），可申请成为自主附属受保人（ayant droit autonome）
dl-eighteenth-birthday = 18 岁生日：以本人名义参保（S1110）
dl-appeal-due = 对拒绝提出异议的最后一天（2 个月，CSS R142-1）

## Procedure: status report

# Report heading or label.
# $date: a date (written out by DATE)
ui-status-title = 截至{ DATE($date) }的办理进度
ui-track = 办理程序
ui-phase = 阶段
ui-nia = NIA
ui-nir = NIR

# Report heading or label.
# $key: the two-digit key
ui-nir-without-key = 未提供校验码；校验码应为 { $key }
ui-missing-documents = 缺少的材料
ui-next-actions = 下一步
ui-allowed-events = 现在可以记录的事件
ui-rejection-reason = 医保机构给出的原因
ui-deadlines = 截止日期
ui-overdue = 已逾期

# Report heading or label.
# $count: a number
# $date: a date (written out by DATE)
ui-portfolio-title = 截至{ DATE($date) }共 { $count } 份案卷

# Report heading or label.
# $count: a number
ui-portfolio-blocked = { $count } 名成员受阻或已逾期
ui-waiting-on = 正在等待
ui-overdue-count = 已逾期
ui-problem = 问题

# Report heading or label.
# $now: a number of events now
# $then: a number of events then
ui-went-back = 自上次列出后出现倒退：现在有 { $now } 个事件，当时有 { $then } 个，且文件已不再包含当时看到的 head：有事件被删除，或被换回了较旧的副本

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-id-characters = id 只能包含字母 A–Z 和 a–z、数字、“.”、“_”和“-”（实际为 { $found }）
ph-preparing = 正在准备材料
ph-submitted = 已递交医保机构
ph-provisional = 临时号码（NIA）：身份识别进行中
ph-suspended = 待遇已暂停（缺少户籍身份文件）

# $sex: female, male or other (unknown): French agrees with the person.
ph-affiliated = 已参保：号码已认证，权利已开通

# $sex: female, male or other (unknown): French agrees with the person.
ph-affiliated-confirmed = 已参保：参保已确认，权利已开通

# $sex: female, male or other (unknown): French agrees with the person.
ph-affiliated-reopened = 已参保：权利已恢复

# $sex: female, male or other (unknown): French agrees with the person.
ph-affiliated-s1 = 已登记：S1 已记录，医疗费用由本国医保机构支付
ph-complete = 已完成
ph-rejected = 被医保机构拒绝
ph-withdrawn = 已撤回
tr-registration-with-identification = 首次登记并进行身份识别（先 NIA，后经认证的 NIR）
tr-registration = 首次登记（号码已知）
tr-reactivation = 恢复权利
tr-s1-registration = S1 登记
tr-beneficiary-with-identification = 作为附属受保人的孩子，先取得本人的 NIA，再取得 NIR
tr-beneficiary = 作为附属受保人的孩子

## Values of the household's fields (labels for forms)
in-rel-primary = 主申请人（在法国开始工作的人）
in-rel-spouse = 配偶
in-rel-civil-partner = 民事伴侣（PACS）
in-rel-cohabiting-partner = 同居伴侣
in-rel-child = 子女
in-sex-female = 女
in-sex-male = 男
in-nir-certified = 经认证的 NIR
in-nir-provisional = 临时号码（NIA）
in-act-employed = 签订法国劳动合同受雇
in-act-posted = 由外国雇主派遣
in-act-self-employed = 自雇
in-act-student = 学生（高等教育）
in-act-job-seeker = 求职者
in-act-none = 没有职业活动
in-sector-general = 普通制度
in-sector-agricultural = 农业（MSA）
in-cert-a1 = A1（欧盟/欧洲经济区/瑞士/英国）
in-cert-bilateral = 双边协定下的证明
in-cert-none = 没有证明
in-permit-not-required = 不需要（欧洲经济区/瑞士公民）
in-permit-long-stay-visa = 长期居留签证（VLS-TS）
in-permit-residence-permit = 居留卡（carte de séjour）
in-permit-resident-card = 十年居留卡（carte de résident）
in-permit-talent-passport = 人才护照（passeport talent）
in-permit-receipt = 居留申请回执（récépissé）
in-permit-none = 无

## Events of a case (labels for pages and reports)
ev-document-received = 已收到材料
ev-document-rejected = 材料被拒收
ev-document-waived = 材料免交（附原因）
ev-file-submitted = 已向医保机构递交材料
ev-documents-requested = 医保机构要求补交材料
ev-nia-issued = 已发放临时号码（NIA）
ev-civil-status-received = SANDIA 已收到户籍身份文件
ev-formal-notice-received = 已收到催告（mise en demeure）
ev-rights-suspended = 权利已暂停
ev-physician-declared = 已申报家庭医生（médecin traitant）
ev-nir-certified = 社会保障号码（NIR）已认证
ev-affiliation-confirmed = 参保已确认
ev-rights-reopened = 权利已恢复
ev-s1-registered = S1 表格已登记
ev-carte-vitale-form-received = 已收到医保卡（Carte Vitale）申请表
ev-carte-vitale-ordered = 已申领医保卡（Carte Vitale）
ev-carte-vitale-received = 已收到医保卡（Carte Vitale）
ev-carte-vitale-still-valid = 旧医保卡（Carte Vitale）仍然有效
ev-ameli-account-opened = 已开通 ameli 账户
ev-attestation-obtained = 已取得权利证明（attestation de droits）
ev-own-coverage-opened = 已以本人名义参保
ev-rejected = 被医保机构拒绝
ev-withdrawn = 已撤回
ev-household-corrected = 家庭数据已更正
ev-member-added = 已添加成员（新生儿）
ev-permit-renewed = 居留证件已续签
ev-correction = 更正（作废一个较早的条目）

## Intake: the questions of a partial household (contract §5)
q-birth-date = 此人的出生日期是哪一天？
q-help-birth-date = 年龄决定孩子的身份（附属受保人、16 岁起可自主、成年）以及各个关键日期。
q-sex = 此人的性别是什么？
q-help-sex-agreement = 用于以正确的形式书写有关此人的文字（在法语等语言中，用词须与本人的性别一致），并用于核对法国社会保障号码。可以不回答：文字将使用通用形式。
q-nationality = 此人的国籍是什么？
q-help-nationality = 法国公民、欧洲经济区/瑞士公民和其他国家公民的办理途径和所需材料不同。
q-birth-country = 此人在哪个国家出生？
q-help-birth-country = 在法国（或法国海外领土）出生的人从出生起就有号码；外国出生证明可能需要宣誓翻译。
q-nir = 此人是否有法国社会保障号码（NIR）？请填写号码，或回答“无”。
q-help-nir = 13 或 15 个字符，见医保卡（Carte Vitale）或权利证明（attestation de droits）。
q-nir-status = 该号码是经认证的号码，还是临时号码（NIA）？
q-help-nir-status = 临时号码（NIA）在获得认证前有效期为 9 个月。
q-nia-issued-on = 临时号码（NIA）是哪天发放的？
q-help-nia-issued-on = NIA 的有效期从这一天算起。
q-previously-insured = 此人以前是否在法国参保过？
q-help-previously-insured = 以前的权利会被恢复（réouverture des droits），而不是首次登记。不知道时按“否”处理，并给出提示。
q-activity-kind = 此人在法国将做什么？
q-help-activity-kind = 法国劳动合同、外国雇主派遣、自雇、高等教育、求职，或都不是。
q-activity-start = 此项活动在法国何时开始？
q-help-activity-start = 工作或学习的第一天：通常从这一天开始享有医保。
q-sector = 此项活动是否属于农业？
q-help-sector = 农业活动由 MSA 而不是 CPAM 承保。
q-employer-siren = 雇主的 SIREN 号码是多少？
q-help-employer-siren = 9 位数字；用于建议工资申报用的临时技术号码（NTT）。
q-payroll-id = 员工的工资编号是多少？
q-help-payroll-id = 用于建议工资申报用的临时技术号码（NTT）。
q-posted-from = 此人从哪个国家派遣来法？
q-help-posted-from = 由欧盟法规或与该国的双边协定决定派遣员工适用哪个保险制度。
q-posting-certificate = 此人持有哪种派遣证明？
q-help-posting-certificate = A1（欧盟/欧洲经济区/瑞士）、双边协定证明，或没有。
q-posting-end = 派遣何时结束？
q-help-posting-end = 派遣有时间限制（在欧盟内为 24 个月）。
q-arrival-date = 此人何时（或将于何时）在法国定居？
q-help-arrival-date = 没有职业活动时，按居住途径参保需要稳定居住 3 个月。
q-permit = 此人持有哪种居留证件？
q-help-permit = 欧洲经济区和瑞士以外的成年人须合法居留。
q-permit-valid-from = 居留证件从何时起有效？
q-help-permit-valid-from = 长期居留签证（VLS-TS）须在 3 个月内生效确认。
q-permit-valid-until = 居留证件有效期到何时？
q-help-permit-valid-until = 其到期日是一个需要关注的关键日期。
q-postcode = 在法国住所的邮政编码是多少？
q-help-postcode = 由它决定医保机构（所在省的 CPAM，海外为 CGSS）。
q-in-education = 这个孩子是否在学校就读？
q-help-in-education = 指中小学生；高等教育学生请选择活动类型“学生”。
q-autonomy-requested = 这名 16–17 岁的孩子是否已申请成为自主附属受保人（ayant droit autonome）？
q-help-autonomy-requested = 从 16 岁起，孩子可以以本人名义参保。
q-union-country = 结婚证明、民事伴侣契约（PACS）证明或同居证明是在哪个国家签发的？
q-help-union-country = 在法国、欧洲经济区和瑞士以外签发的证明需要宣誓翻译。
q-parents = 家庭中谁是这个孩子的父母？
q-help-parents = 成员 id；默认为主申请人及其伴侣。
report-provisional = 初步结论（可能会变化）
report-questions = 尚待回答的问题
report-no-question = 没有剩余问题：评估已完整。

# Error hint. $fields: the JSON paths of the null answers, joined
hint-null-partial = { $fields }：null 只能在不完整的家庭数据中（由 `secu interview` 在结束前保存）回答问题：请用 `secu assess --partial` 评估

## Dates, from CLDR 49 (gregorian, format context, wide; a test compares them with ICU4X 2.4): the month names a long date uses, and the long-date pattern.
## DATE($date) renders date-long with the day, the month name and the year; a test compares them with ICU4X.
date-month-1 = 1月
date-month-2 = 2月
date-month-3 = 3月
date-month-4 = 4月
date-month-5 = 5月
date-month-6 = 6月
date-month-7 = 7月
date-month-8 = 8月
date-month-9 = 9月
date-month-10 = 10月
date-month-11 = 11月
date-month-12 = 12月

# The long date (DATE): "15 September 2026".
# $day: the day of the month (a number, 1 to 31)
# $month: the name of the month (date-month-N)
# $year: the year (a number)
date-long = { $year }年{ $month }{ $day }日

## The web page's own words (web/i18n.js): ids prefixed page-
page-title = 法国医疗保险：您的材料清单
page-subtitle = 面向移居法国的员工、其家属和人力资源部门：谁可以享有医保、通过什么途径、从何时起，以及需要准备哪些材料。
page-privacy-tab = 隐私保护：所有计算都在您的浏览器中进行。您输入的任何内容都不会发送到任何地方，也不会被保存；只有您选择的语言会保留在此标签页中，关闭后即清除。
page-language = 语言
page-skip = 跳到结果
page-household = 家庭
page-as-of = 评估日期
page-as-of-hint = 按哪一天的情况进行评估（默认：今天）。
page-file = 文件
page-import = 导入家庭文件或案卷文件（JSON）
page-import-drop = 或将 JSON 文件拖放到页面任意位置
page-export-household = 导出家庭数据（JSON）
page-open-case = 根据此家庭开立案卷
page-member = 成员
page-add-member = 添加成员
page-remove-member = 删除此成员
page-sec-identity = 身份
page-sec-number = 法国社会保障号码
page-sec-activity = 在法国的活动
page-sec-residence = 在法国的居住
page-sec-family = 家庭
page-id = 标识
page-id-hint = 简短且唯一，例如“anna”（用于文件和案卷跟踪）。
page-label = 姓名或员工编号（选填）
page-relationship = 与主申请人的关系
page-birth-date = 出生日期
page-sex = 性别
page-nationality = 国籍
page-birth-country = 出生国
page-union-country = 结婚/民事伴侣契约（PACS）证明的签发国
page-nir = 法国社会保障号码（NIR）或临时号码（NIA），如有
page-nir-status = 该号码是
page-nia-issued-on = NIA 发放日期
page-previously-insured-in-france = 以前在法国参保过吗？
page-activity-kind = 活动
page-activity-start-date = 在法国工作或学习的第一天
page-activity-sector = 行业
page-activity-employer-siren = 雇主 SIREN 号码（9 位数字）
page-activity-employer-payroll-id = 工资编号
page-activity-posting-from-country = 派出国
page-activity-posting-certificate = 派遣证明
page-activity-posting-end-date = 计划的派遣结束日期
page-residence-arrival-date = 抵达（或计划抵达）法国的日期
page-residence-permit = 居留证件
page-residence-permit-valid-from = 居留证件生效日期
page-residence-permit-valid-until = 居留证件有效期至
page-residence-postcode = 法国住所的邮政编码
page-in-education = 在校就读的中小学生
page-autonomy-requested = 已申请成为自主附属受保人（ayant droit autonome，16–17 岁）
page-parents = 父母（标识，用逗号分隔）
page-parents-hint = 留空：假定主申请人及其配偶或伴侣为父母，结果中会注明（“未提供父母”）。
page-add-relationship = 新成员的关系
page-sample-note = 这是一个示例：一位虚构的员工，用来展示本页面的功能。请用您自己的信息替换，或从空白开始。
page-mode = 如何描述家庭
page-mode-guided = 引导式问答
page-mode-form = 完整表格
page-people-title = 家庭中有哪些人？
page-people-hint = 主申请人是在法国开始工作的人。之后的问题只询问会改变结果的内容。
page-people-partner = 一同移居的伴侣
page-people-partner-none = 没有伴侣
page-people-children = 一同移居的子女人数

# Page.
# $relationship: the relationship, as the form labels it
page-people-id = { $relationship }的标识
page-people-next = 开始答题
page-people-change = 更改家庭成员

# Page.
# $members: the members: "id (relationship)", comma-separated
page-people-summary = 家庭成员：{ $members }。
page-guided-remaining-one = 还剩 1 个问题

# Page.
# $count: a number
page-guided-remaining = 还剩 { $count } 个问题

# Page.
# $member: the member's name or id
page-guided-about = 关于 { $member }
page-guided-back = 返回
page-guided-none = 无 / 留空
page-guided-next = 下一步
page-guided-choose = 请选择……
page-guided-needed = 请回答此问题后继续：此项不能留空。
page-guided-done = 没有需要再问的问题：所有结果均已确定。
page-guided-done-hint = 请查看结果、导出家庭数据，或在完整表格中检查每一项。
page-certain = 确定
page-provisional = 初步
page-provisional-note = 标为“初步”的结果仍可能随您的回答而变化；标为“确定”的结果不会再变。
page-sample-clear = 新建一个家庭
page-sample-result = 这是一个虚构人物的示例结果，不是您的结果：请修改家庭信息查看您自己的结果。
page-no-members = 请添加主申请人（在法国开始工作的人）以查看结果。
page-case-back = 返回结果
page-goto-case = 前往案卷跟踪
page-record-date-hint = 事件发生后才记录：最晚为今天。

# Page.
# $today: today's date (a date)
page-record-date-future = 此日期晚于今天（{ DATE($today) }）：事件发生后才记录。
page-unknown = — 未知 —
page-none-selected = — 未提供 —
page-yes = 是
page-no = 否
page-result = 结果
page-result-empty = 请填写家庭信息以查看结果。
page-stale = 已过时：家庭信息有错误（见提示信息）。灰色显示的是最后一次有效的结果。
page-errors-title = 请检查以下几点
page-print = 打印

# Page.
# $date: a date (written out by DATE)
# $version: the secu version
# $rules: the date of the rules (a date)
page-as-of-line = 截至{ DATE($date) }的评估 · secu { $version }，规则版本日期{ DATE($rules) }

# Page.
# $age: an age in whole years
page-age =
    { $age ->
         [0] 不满 1 岁
        *[other] { $age } 岁
    }
page-affiliation = 参保类型
page-basis = 参保依据
page-covered-from = 医保起始日期
page-covered-unknown = 尚不确定
page-fund = 材料递交给
page-fund-unknown = 未知（没有邮政编码）
page-dependent-status = 孩子的身份
page-attached-to = 挂靠在
page-identification = 身份识别
page-identification-yes = 需要：先取得临时号码（NIA），再取得经认证的号码（SANDIA）
page-identification-no = 不需要
page-why = 原因
page-warnings = 注意事项
page-documents = 需要准备的材料
page-one-of = 以下任选其一：
page-translation-needed = 需要法文宣誓翻译件
page-covers = 涵盖：
page-for-members = 用于：
page-steps = 步骤

# Page.
# $date: a date (written out by DATE)
page-expected-by = 预计于{ DATE($date) }前（估计）
page-timeline = 时间线

# Page.
# $member: the member's name or id
page-timeline-alt = { $member } 的近期日期
page-timeline-empty = 没有即将到来的关键日期。
page-today = 评估日期
page-payroll = 工资申报（DSN）
page-declare = 申报
page-ntt-suggestion = 建议的 NTT
page-case-title = 案卷跟踪

# Page.
# $date: a date (written out by DATE)
# $count: a number
page-case-meta = 案卷开立于{ DATE($date) } · 已记录 { $count } 个事件
page-case-as-of = 状态日期
page-case-export = 导出案卷文件（JSON）
page-case-close = 关闭案卷
page-track = 办理程序
page-phase = 阶段
page-nia = NIA
page-nir-short = NIR
page-missing-documents = 缺少的材料
page-none = 无
page-next-actions = 下一步
page-deadlines = 截止日期
page-overdue = 已逾期
page-estimate = 估计

# Page.
# $date: a date (written out by DATE)
page-done-on = 已于{ DATE($date) }完成
page-record-title = 记录事件
page-record-member = 成员
page-record-date = 事件日期
page-record-kind = 事件
page-record-document = 材料
page-record-documents = 要求补交的材料
page-record-number = 号码
page-record-reason = 原因
page-record-voids = 被作废的条目编号
page-record-permit = 居留证件
page-record-valid-from = 生效日期
page-record-valid-until = 有效期至
page-record-json = 事件数据（JSON 对象）
page-record-submit = 记录

# Page.
# $event: the event, as the form labels it
page-record-ok = 已记录：{ $event }。
page-record-none = 在此日期不能在该成员的案卷中记录任何事件；仍可记录与整个家庭有关的事件。
page-missing-first = 缺少
page-member-events = 该成员的案卷
page-household-events = 家庭（任何时间）
page-other-documents = 其他材料
page-import-bad-json = 此文件不是有效的 JSON。
page-import-unknown = 此文件既不是家庭文件，也不是案卷文件。

# Page.
# $file: a file name
page-imported-household = 已从 { $file } 导入家庭数据。

# Page.
# $file: a file name
page-imported-with-problems = 已从 { $file } 导入，但有问题（表格无法容纳的内容已略去）：

# Page.
# $file: a file name
page-imported-case = 已从 { $file } 导入案卷文件。
page-case-opened = 案卷已开立。
page-invalid-number = 请填写一个数字。
page-loading = 正在加载规则……

# Page.
# $error: the technical error, as is
page-load-failed = 无法加载规则引擎：{ $error }

## The team's page (web/team.html, served by secu serve --db): its own words.
## Rendered by the server (GET /team/l10n/{lang}); variables are strings.

page-team-title = 团队工作区：法国医疗保险
page-team-language = 语言
page-team-signout = 退出登录
page-team-nav-portfolio = 案卷一览
page-team-nav-admin = 管理
page-team-signin-heading = 登录
page-team-email = 电子邮件地址
page-team-password = 密码
page-team-signin = 登录
page-team-signin-failed = 电子邮件地址或密码错误。
page-team-throttled = 此地址的失败尝试次数过多：请等待几分钟后再试。
page-team-session-ended = 您的会话已结束：请重新登录。

# Team page.
# $email: the account's e-mail address; $role: its role, as page-team-role-* says it
page-team-signed-in-as = 已登录：{ $email }（{ $role }）

page-team-portfolio-heading = 案卷一览
page-team-filter = 显示
page-team-filter-all = 全部案卷
page-team-filter-blocked = 受阻
page-team-filter-overdue = 已逾期

# Team page.
# $days: the portfolio's horizon, a number of days (secu-case's PORTFOLIO_HORIZON_DAYS)
page-team-filter-upcoming = { $days } 天内到期

page-team-org = 机构
page-team-org-all = 全部机构
page-team-col-case = 案卷
page-team-col-org = 机构
page-team-col-member = 人员
page-team-col-phase = 阶段
page-team-col-waiting = 等待
page-team-col-overdue = 已逾期

# Team page.
# $days: the portfolio's horizon, a number of days (secu-case's PORTFOLIO_HORIZON_DAYS)
page-team-col-upcoming = { $days } 天内

page-team-blocked = 受阻
page-team-no-cases = 没有可显示的案卷。
page-team-open-heading = 开立案卷
page-team-household-file = 家庭（JSON 文件，与 secu assess 相同）
page-team-opened-on = 开立日期
page-team-open = 开立案卷

# Team page.
# $id: the case's id
page-team-opened = 案卷 { $id } 已开立。

page-team-bad-json = 这不是有效的 JSON。
page-team-back = 返回案卷一览

# Team page.
# $id: the case's id
page-team-case-heading = 案卷 { $id }

page-team-calendar = 日历（iCalendar）
page-team-export = 导出案卷文件
page-team-next-actions = 下一步行动
page-team-steps = 步骤
page-team-missing = 缺少的材料
page-team-deadlines = 期限和重要日期
page-team-overdue = 已逾期
page-team-estimated = 估计
page-team-none = 无。
page-team-record-heading = 记录事件
page-team-member = 人员
page-team-date = 事件日期
page-team-event = 事件
page-team-member-events = 此人的案卷
page-team-household-events = 家庭（任何时间）
page-team-document = 材料
page-team-documents = 要求补交的材料
page-team-number = 号码
page-team-reason = 原因
page-team-event-json = 事件的其他字段（JSON 对象）
page-team-no-event = 在此日期不能在此人的案卷中记录任何事件；仍可记录与整个家庭有关的事件。
page-team-record = 记录

# Team page.
# $event: the event, as the form labels it
page-team-recorded = 已记录：{ $event }。

# Team page.
# $reason: the server's reason, as is
page-team-refused = 被拒绝：{ $reason }

page-team-allowed-now = 现在可记录：
page-team-history-heading = 历史记录
page-team-col-seq = 序号
page-team-col-date = 日期
page-team-col-event = 事件
page-team-col-by = 记录人
page-team-link-heading = 员工个人链接
page-team-link-create = 创建只读链接

# Team page.
# $member: the person, by label or id
page-team-link-made = { $member } 的只读个人链接，只能发给本人：

page-team-orgs-heading = 客户机构
page-team-org-name = 名称
page-team-org-create = 创建机构

# Team page.
# $name: the organisation's name
page-team-org-created = 机构 { $name } 已创建。

page-team-users-heading = 账户
page-team-role = 角色
page-team-role-admin = 管理员
page-team-role-consultant = 顾问
page-team-role-client-hr = 客户人力资源
page-team-role-employee = 员工
page-team-user-create = 创建账户

# Team page.
# $email: the account's e-mail address
page-team-user-created = 账户 { $email } 已创建。

page-team-tokens-heading = 集成令牌
page-team-token-name = 集成名称
page-team-token-create = 创建令牌
page-team-token-once = 请立即复制此令牌：它只显示一次。
page-team-access-log-heading = 访问日志
page-team-access-log = 导出访问日志（JSON）
page-team-link-title = 您的待办清单
page-team-link-note = 只读：由您的人力资源联系人或顾问记录进展。
page-team-link-invalid = 此链接未知、已过期或已撤销：请向您的人力资源联系人或顾问索取新链接。

# Team page.
# $reason: the technical error, as is
page-team-error = 出现错误：{ $reason }

## Server (secu serve): the titles and messages of its own errors (srv-*)

srv-title-invalid-query = 查询参数无效
srv-title-malformed-json = JSON 格式错误
srv-title-invalid-household = 家庭信息无效
srv-title-invalid-request = 请求无效
srv-title-malformed-request = 请求格式错误
srv-title-unreadable-body = 请求正文无法读取
srv-title-internal-error = 内部错误
srv-title-body-too-large = 请求正文过大
srv-title-unavailable = 服务不可用
srv-title-not-found = 未找到
srv-title-method-not-allowed = 不允许的方法
srv-title-unauthorized = 需要身份验证
srv-title-forbidden = 禁止访问
srv-title-too-many-requests = 请求过多
srv-title-unprocessable = 内容无法处理
srv-title-bad-request = 错误的请求
srv-title-conflict = 冲突
srv-title-internal-server-error = 服务器内部错误
srv-no-endpoint = 不存在此接口
srv-method-not-allowed = 此接口不允许该方法
srv-unreadable-body = 无法读取请求正文
srv-internal-error = 内部错误
srv-shutting-down = 服务器正在关闭
srv-at-capacity = 服务器已满负荷；请稍后重试
srv-timeout = 请求耗时过长
srv-too-many-batches = 同时处理的批次过多；请稍后重试
srv-api-key-required = 需要有效的 API 密钥：Authorization: Bearer 密钥

# $limit: a number of bytes
srv-body-too-large = 请求正文超过 { $limit } 字节的上限

srv-not-json = 请求正文不是 JSON
srv-nir-expected-object = 应为对象 { "{" }"number": "…"{ "}" }
srv-nir-unknown-field = 未知字段；只应包含 `number`
srv-nir-missing-number = 缺少字段 `number`
srv-expected-string = 应为字符串
srv-query-unknown = 未知或重复的查询参数；应为 as_of、lang、partial、detail
srv-expected-date = 应为日期 YYYY-MM-DD
srv-detail-expected = 应为 `full` 或 `codes`
srv-partial-expected = 应为 `true` 或 `false`
srv-batch-partial = 批处理只评估完整的家庭；部分信息的家庭请用 POST /v1/assess?partial=true 评估

# $tags: the language tags that can be selected, joined by commas (en, fr, …)
srv-lang-unknown = 不支持该语言；应为以下之一：{ $tags }（BCP 47 标记，例如 pt-BR → pt）

srv-sign-in = 请先登录（POST /v1/session），或发送 Authorization: Bearer 令牌
srv-token-unknown = 访问令牌未知、已过期或已撤销
srv-session-expired = 会话已结束或已过期：请重新登录
srv-csrf = 此请求需要会话的 X-CSRF-Token 请求头（即 POST /v1/session 返回的 csrf_token）
srv-wrong-password = 电子邮件地址或密码错误
srv-rate-limited = 此地址登录失败次数过多：请稍后重试
srv-no-team = 未启用团队服务：请用 --db URL 启动 secu serve
srv-db-failed = 团队数据库出错；请查看服务器日志
srv-no-case = 不存在此案卷
srv-no-org = 不存在此机构
srv-admin-only = 只有管理员可以执行此操作
srv-employee-own-case = 员工只能查看自己的案卷
srv-employee-link-only = 员工只能通过其个人链接访问
srv-filter-expected = 应为 all、blocked、overdue 或 upcoming
srv-link-unknown = 此链接未知、已过期或已撤销
srv-query-repeated = 未知或重复的查询参数
srv-firm-only = 只有顾问公司的工作人员才能记录事件和签发链接
srv-erase-admin-only = 只有管理员可以删除案卷中的个人数据
srv-employee-read-only = 员工链接只能查看状态、历史记录和日历
srv-title-event-refused = 事件被拒绝
srv-unknown-member = 此案卷中没有该成员
srv-expected-member = 应为成员的标识（字符串）
srv-expected-event-object = 应为对象 { "{" }member, event, date, …{ "}" }
srv-no-live-link = 此链接不存在或已失效

# $line: a line number of the body
# $column: a column number of the body
# $expected: the fields expected, as JSON ({org, household, opened_on?})
srv-bad-body = JSON 正文无效（第 { $line } 行，第 { $column } 列）：应为 { $expected }
srv-case-no-replay = 无法重放此案卷；请查看服务器日志
srv-unknown-member-query = 此案卷中没有该成员（?member=ID）
srv-firm-imports = 只有顾问公司的工作人员才能导入案卷
srv-firm-revokes = 只有顾问公司的工作人员才能撤销员工链接
srv-admin-access-log = 只有管理员可以导出访问日志
srv-firm-lists-orgs = 只有顾问公司的工作人员才能查看机构列表
srv-name-chars = 应为 1 至 200 个字符，且不含控制字符
srv-org-exists = 已存在同名机构
srv-account-exists = 已存在使用该地址的账户
srv-no-account = 不存在此账户
srv-chars = 应为 1 至 200 个字符
srv-expected-email = 应为电子邮件地址
srv-expected-password = 应为 12 至 1024 个字符的密码

# ---- l10n-gaps: the CLI's own texts that bypassed the resources ----

# Error message (lowercase, no final period): --lang refused.
# $value: the tag as given
# $expected: the available language tags, comma-separated (codes: keep them)
err-unsupported-language = 不支持的语言“{ $value }”：应为 { $expected } 之一（BCP 47 标签，例如 pt-BR → pt）

# Error message (lowercase, no final period): a digest or salt of a case file is not hex.
# $count: the number of digits expected (64 or 32)
err-hex-digits = 应为 { $count } 位小写十六进制数字

# Error message (lowercase, no final period), after a file name: the file does not exist.
err-io-not-found = 文件或文件夹不存在

# Error message (lowercase, no final period), after a file name: the system refuses access.
err-io-permission-denied = 拒绝访问

# Error message (lowercase, no final period), after a file name: it names a folder.
err-io-is-a-directory = 这是文件夹，不是文件

# The help line under a list of choices in the terminal interview (the keys: arrows, Enter, typing).
cli-iv-help-select = ↑↓ 移动 · 回车选择 · 输入文字筛选

# Shown after a question of the terminal interview stopped with Esc (in angle brackets, as a mark, not a sentence).
cli-iv-canceled = <已停止>

# clap usage error: an argument the command does not take ($arg, as typed, e.g. --bogus).
cli-usage-unknown-argument = 未知参数：{ $arg }

# clap usage error: a command that does not exist ($command, as typed).
cli-usage-unknown-command = 未知命令：{ $command }

# clap usage error: an option given without its value ($arg, e.g. --lang <TAG>).
cli-usage-missing-value = { $arg } 需要一个值

# clap usage error: a value refused for an argument ($value as typed; $arg, e.g. --detail <DETAIL>).
cli-usage-invalid-value = { $arg } 的值 { $value } 无效

# clap usage error: a value that is not one of the choices ($value as typed; $arg; $choices, the codes accepted, comma-separated).
cli-usage-invalid-choice = { $arg } 的值 { $value } 无效；可用的值：{ $choices }

# clap usage error: a required argument missing ($arg, e.g. <NUMBER>; several are comma-separated).
cli-usage-missing-argument = 缺少必需的参数：{ $arg }

# clap usage error: a command (subcommand) is required and none was given.
cli-usage-missing-command = 需要一个命令

# clap usage error: two arguments that cannot be given together ($arg, $other).
cli-usage-conflict = { $arg } 不能与 { $other } 一起使用

# clap usage error: an argument given with too many or too few values ($arg).
cli-usage-value-count = { $arg } 的值的数量不正确

# clap usage error of another kind (generic).
cli-usage-invalid = 命令行无效

# After a usage error: the closest valid argument, command or value ($suggestion, as it is typed).
cli-usage-suggestion = 您是否想输入 { $suggestion }？

# After a usage error: where the usage is described ($command, the help command, e.g. secu case record --help; the help stays in English).
cli-usage-help = 用法说明（英文）：{ $command }

# The name of the iCalendar file of a case's deadlines (secu case calendar, the team service's calendar), shown by calendar applications; "secu" is the program's name.
ical-calendar-name = secu：医疗保险截止日期
