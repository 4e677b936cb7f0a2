# secu: every text the library and its frontends show, in English.
# Conventions (ids, variables, functions, $sex, plurals, typography): docs/l10n.md.

## Affiliation types, bases, statuses
aff-registration = first registration (immatriculation)
aff-reactivation = reactivation of rights (réouverture des droits)
aff-beneficiary = beneficiary (ayant droit) of a parent
aff-s1-registration = registration of an S1 form (home fund pays)
aff-none = no French affiliation (home scheme)
basis-activity = professional activity in France
basis-residence = stable and regular residence (résidence stable et régulière)
basis-accompanying-family = family member accompanying an insured person
basis-dependent-child = minor child of an insured parent
basis-s1 = S1 form from the home country
basis-home-scheme = home country's scheme
status-ayant-droit = beneficiary (ayant droit)
status-ayant-droit-autonome = autonomous beneficiary (ayant droit autonome)

# $sex: female, male or other (unknown): French agrees with the person.
status-own-coverage = covered in their own right
fund-cpam = CPAM (local health insurance fund)
fund-cgss = CGSS (overseas social security fund)
fund-cssm = CSSM (Mayotte social security fund)
fund-msa = MSA (agricultural scheme)

## Milestones
ms-own-card-orderable = 12th birthday: a parent may order the child's own Carte Vitale
ms-own-carte-vitale = 16th birthday: own Carte Vitale; may become ayant droit autonome
ms-majority = 18th birthday (majority)
ms-beneficiary-end = end of beneficiary status: file the S1110 for own coverage
ms-nia-expiry = end of the provisional number's (NIA) 9-month validity
ms-posting-end = end of the posting
ms-ntt-limit = end of the 3-month NTT tolerance in payroll (DSN)
ms-vls-ts-validation-due = deadline to validate the long-stay visa (VLS-TS) online
ms-permit-expiry = residence permit expires
ms-residence-condition-met = 3 months of stable residence reached: coverage starts

## Documents
doc-form-s1106 = form S1106: request to open rights (cerfa 15763*02)
doc-form-s3705 = form S3705: attachment of minor children (cerfa 14445*02)
doc-form-s1110 = form S1110: own coverage of a young person (cerfa 15763*02)
doc-form-s3704 = form S3704: choice of doctor (médecin traitant, cerfa 12485*03)
doc-identity-document = identity document
doc-residence-permit = residence permit (titre de séjour)
doc-birth-certificate = full birth certificate with filiation (acte de naissance)
doc-sworn-translation = sworn translation into French (traduction assermentée)
doc-marriage-or-partnership-certificate = marriage, PACS or cohabitation certificate
doc-proof-of-address = proof of address (justificatif de domicile)
doc-bank-details = bank details in the person's name (RIB)
doc-proof-of-activity = proof of professional activity
doc-proof-of-residence = proof of more than 3 months of stable residence
doc-s1-form = S1 form from the home health insurance fund
doc-a1-certificate = A1 certificate (applicable legislation)
doc-coverage-certificate = certificate of coverage under the bilateral agreement (certificat de détachement)
doc-enrolment-certificate = school or university enrolment certificate (certificat de scolarité)
doc-id-photo = identity photo for the Carte Vitale
doc-autonomy-request-letter = letter asking to become ayant droit autonome
doc-legalisation = legalisation or apostille of foreign civil-status documents
doc-private-insurance-statement = statement of private health insurance for the worker and family
doc-guardianship-document = guardianship document (court decision, delegation of parental authority)

## Alternatives
alt-passport = passport
alt-national-id-card = national identity card
alt-full-copy = full copy (copie intégrale)
alt-extract-with-filiation = extract with filiation
alt-multilingual-extract = multilingual extract
alt-consular-document = document issued by a consulate
alt-livret-de-famille = family record book (livret de famille)
alt-employment-contract = employment contract
alt-employer-certificate = employer certificate
alt-payslip = payslip
alt-business-registration = proof of registration as self-employed
alt-marriage-certificate = marriage certificate
alt-pacs-certificate = PACS certificate
alt-cohabitation-certificate = certificate of cohabitation (certificat de concubinage)
alt-sworn-statement = sworn statement of cohabitation (déclaration sur l'honneur)
alt-utility-bill = recent utility bill
alt-rent-receipt = rent receipt or lease
alt-accommodation-certificate = certificate of accommodation with the host's ID
alt-rent-history = lease, or rent receipts, going back more than 3 months
alt-old-utility-bill = utility bill at a French address issued more than 3 months ago
alt-entry-stamp = passport entry stamp or visa showing entry more than 3 months ago
alt-accommodation-since = certificate of accommodation stating since when, with the host's ID
alt-long-stay-visa = validated long-stay visa (VLS-TS)
alt-residence-card = residence permit (carte de séjour, passeport talent)
alt-resident-card = resident card (carte de résident)
alt-algerian-certificate = Algerian residence certificate (certificat de résidence)
alt-online-by-doctor = declared online by the doctor
alt-paper-s3704 = paper form S3704 signed by the doctor

## Steps, actors, statuses
step-prepare-file = prepare the file (documents, forms)
step-submit-file = submit the file to the fund
step-provisional-number = provisional number (NIA) issued
step-physician-declaration = declare a médecin traitant
step-number-certification = social security number certified (SANDIA)
step-carte-vitale = Carte Vitale
step-ameli-account = ameli account and attestation de droits
step-rights-reopened = rights reopened
step-s1-registered = S1 registered by the fund
actor-member = the person
actor-parent = a parent
actor-employer = the employer
actor-cpam = the fund (CPAM)
actor-cgss = the fund (CGSS)
actor-cssm = the fund (CSSM)
actor-msa = the fund (MSA)
actor-sandia = SANDIA (CNAV)
actor-doctor = the doctor
actor-home-institution = the home country's institution
status-pending = to do
status-in-progress = under way
status-done = done
status-blocked = blocked
status-not-applicable = not applicable
dsn-nir = NIR (certified social security number)
dsn-nia = NIA (provisional number)
dsn-ntt = NTT (temporary technical number)

## Warnings
w-residence-three-months = Without professional activity, coverage on the residence route (résidence stable) starts after more than 3 months of residence in France.

# Warning shown under a member.
# $date: a date (written out by DATE)
w-residence-three-months-dated = Without professional activity, coverage on the residence route (résidence stable) starts after more than 3 months of residence in France: from { DATE($date) }.

# Warning shown under a member.
# $months: a number of months
w-posting-over-limit = The posting is longer than the { $months } months the rules allow: without a derogation, French affiliation applies beyond that.

# Warning shown under a member.
# $months: a number of months
w-posting-over-limit-extension = The posting is longer than the agreement's initial { $months } months: request the extension before the initial period ends, or French affiliation applies.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
w-agreement-scope-unverified = Whether the agreement { COUNTRY($country, form: "with") } keeps health insurance at home could not be verified: check the certificate of coverage with the CLEISS before relying on this.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
w-agreement-excludes-health = The agreement { COUNTRY($country, form: "with") } does not cover health insurance: the worker is affiliated in France for health, while the other branches it covers stay in the home country.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
w-posting-without-certificate = Posted { COUNTRY($country, form: "from") } without a certificate of applicable legislation: French affiliation applies. Ask the home institution for the certificate (A1 or bilateral form) if the posting qualifies.
w-paris-cpam-for-talent-passport = Talent Passport (passeport talent) holders and their family file with the CPAM de Paris, wherever they live.
w-permit-missing = No residence permit is given: a national of a country outside the EEA and Switzerland must show one (titre de séjour, validated VLS-TS, resident card).
w-parents-assumed = The child's parents are not given: the primary member and their partner are assumed to be the legal parents (a step-child needs a legal link, such as adoption, to be a beneficiary).
w-assumed-never-insured = Previous insurance in France is not given: assumed never insured (first registration). If the person was insured in France before, it is a reactivation.
w-assumed-previously-insured = Previous insurance in France is not given: assumed insured before (policy), so a reactivation. If never insured, it is a first registration.

# $sex: female, male or other (unknown): French agrees with the person.
w-inactive-eea-resources = An EEA or Swiss national without activity does not get coverage automatically: they must show sufficient resources and health cover.

# Warning shown under a member.
# $field: a field name or the mismatching item, as written in the input
w-nir-mismatch = The social security number does not match the person's { $field }: check both; real numbers may carry pseudo-months and historical codes.
w-accompanying-family-three-months-practice = The law exempts a partner joining an insured person from the 3-month residence condition (D160-2 II 3°), but some CPAMs apply 3 months in practice: quote the article if asked.
w-accompanying-child-three-months-practice = The law exempts a family member joining an insured person from the 3-month residence condition (D160-2 II 3°, no age limit); that an adult child counts is an assumption, and some CPAMs apply 3 months in practice: quote the article if asked.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
w-care-paid-by-home-scheme = Health care stays with the home scheme { COUNTRY($country, form: "of") }: the CPAM serves care only if the agreement provides it; otherwise the home fund or a private insurance pays.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
w-care-paid-by-home-scheme-assumed = Health care probably stays with the home scheme { COUNTRY($country, form: "of") } (an assumption, to be confirmed with the fund): the CPAM serves care only if the agreement provides it; otherwise the home fund or a private insurance pays.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $insured-sex: the posted worker's sex (female, male or other), on the worker's page and on each family member's: the words for the worker agree with it.
w-private-health-insurance-required = The posting { COUNTRY($country, form: "from") } requires health insurance covering the worker and family in France (home or private cover).

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
w-no-social-security-agreement = France has no social-security agreement { COUNTRY($country, form: "with") }: the posted worker is affiliated in France.
ws1-spouse-may-need-own-registration = Whether an adult partner counts as a family member for the S1 since 2016 is not verified: the CPAM may ask for their own registration.

# Warning shown under a member.
# $date: a date (written out by DATE)
w-permit-expired = The residence permit expired on { DATE($date) }: renew it; rights on the residence route depend on a valid permit.
w-receipt-permit = A receipt (récépissé) is given: which receipts qualify is set by an arrêté that could not be verified; check with the fund.
w-vls-ts-validation = A long-stay visa (VLS-TS) must be validated online within 3 months of entry to count as a residence permit.

# Warning shown under a member.
# $date: a date (written out by DATE)
w-ntt-tolerance-exceeded = The 3-month NTT tolerance ended on { DATE($date) }: payroll must get the NIR or NIA now.

# Warning shown under a member.
# $date: a date (written out by DATE)
w-nia-expired = The provisional number (NIA) reached the end of its 9-month validity on { DATE($date) }: ask the fund where the certification stands.
w-nir-implies-previous-insurance = A certified social security number for someone born abroad only exists after an earlier affiliation: treated as a reactivation.
w-translation-assumed = The country that issued the union certificate is not given: a sworn translation is assumed to be needed.
w-fund-depends-on-commune = This department has several CPAMs, chosen by commune: check which one serves the address.
w-territory-own-scheme = This overseas collectivity has its own social security scheme, outside the French general scheme: check with its fund.
w-start-date-unknown = The first day of work is not given: the date coverage starts cannot be set.
w-arrival-unknown = The arrival date in France is not given: the date coverage starts cannot be set.
w-posting-end-unknown = The posting's end date is not given: its length cannot be checked against the limit.
w-no-insured-parent = No parent of this child is in the household with French coverage: the child is covered in their own right on residence.
w-minor-without-parent = No parent of this child is listed in the household: the child is nobody's beneficiary through filiation. Give the legal guardian's situation and the guardianship document (a child in the care of an insured person may be attached to them); until then the child is assessed in their own right on the residence route.
w-autonomy-before16 = An autonomy request (ayant droit autonome) is only possible from 16: it is ignored, and the child stays a beneficiary (ayant droit).
w-postcode-missing = No postcode is given: the fund cannot be named.
w-certificate-mismatch = The certificate type does not match the sending country (A1 is for the EEA, Switzerland and the UK; other countries issue a bilateral form): check it.
mismatch-sex = sex
mismatch-year = year of birth
mismatch-month = month of birth
mismatch-place = place of birth

## Document reasons
rs1106 = Every adult files their own request to open rights.
rs1106-minor = The minor's own request to open rights, signed by their legal representative (parent or guardian).
rs1106-reactivation = The same form reopens rights for someone insured in France before.
rs3705-one = Attaches the child to the insured parent(s); attach to both parents when both are insured (double rattachement).

# Why a document is needed.
# $children: the number of children (2 or more)
rs3705-many = Attaches the { $children } children to the insured parent(s); attach to both parents when both are insured (double rattachement).
r-identity = Proves identity.
r-identity-child = The child's own passport or identity card.
r-permit = Proves a regular stay in France (not needed for EEA and Swiss nationals, nor for minors).
r-activity = Proves the activity that opens rights from the first day of work; the fund may ask for the first payslip.
r-proof-of-residence = Proves more than 3 months of stable residence in France.
r-guardianship = Shows who has legal responsibility for a child with no parent in the household: it decides whether the child can be attached to an insured guardian.
r-enrolment-student-adult = Enrolment in an educational establishment exempts from the 3-month residence condition.
r-enrolment-student = A higher-education student aged 16 to 18 is automatically ayant droit autonome.
r-enrolment-pupil = A pupil aged 16 or 17 proves schooling to stay attached to the parents.
r-birth-identification = Identifies a person born abroad (the CPAM issues a NIA, SANDIA certifies the number).
r-birth-child = Proves filiation for the attachment to the parents.
r-birth-child-identification = Proves filiation and identifies the child born abroad, who gets their own number (NIA, then certified NIR).
r-birth-filiation-s1 = Each family member registered with the S1 proves the family link.
r-union-accompanying = Proves the family link with the insured person.
r-birth-adult-child = Proves the family link (filiation) with the insured parent; identifies a person born abroad when needed.
r-union-civil-status = Civil status of a married applicant, for identification.
r-union-s1 = Proves the family link with the S1 holder.
r-address = Proves the address, which picks the fund.
r-bank = Reimbursements are paid into an account in the person's name.
r-bank-child = An autonomous beneficiary is reimbursed on an account in their own name.
r-physician = Declaring a médecin traitant gives normal reimbursement rates; declare on paper if the doctor cannot declare online yet.
r-physician-child = From 16 the young person declares their own médecin traitant, co-signed by a parent.
r-id-photo = For the Carte Vitale, ordered once the number is certified (photo + ID less than 10 years old).

# $sex: female, male or other (unknown): French agrees with the person.
rs1-worker = Issued by the home fund: registers the worker with the CPAM of residence, at the home fund's expense.
rs1-family = S1 forms are issued per person: each family member registers their own.

# $sex: female, male or other (unknown): French agrees with the person.
ra1 = Proves the worker stays under the home country's legislation during the posting.

# Why a document is needed.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
r-coverage-certificate-home = Keeps the worker under the scheme { COUNTRY($country, form: "of") }; the employer keeps it for inspections.

# Why a document is needed.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
r-coverage-certificate-home-assumed = Keeps the worker under the legislation { COUNTRY($country, form: "of") } for the branches the agreement covers; whether health is one of them is an assumption, to be confirmed with the fund. The employer keeps it for inspections.

# Why a document is needed.
# $country: a country code (written by COUNTRY with the form the sentence needs)
r-coverage-certificate-other = Keeps the branches the agreement { COUNTRY($country, form: "with") } covers at home (health excepted).
r-private-insurance = The agreement makes health cover in France a condition of the posting.
r-autonomy-letter = A simple letter to the parent's fund asking to become ayant droit autonome.
r-sworn-translation = Civil-status documents issued outside France, the EEA and Switzerland need a translation by a sworn translator (or the consulate), unless already in French. Legalisation or an apostille may also be requested depending on the issuing country.
r-legalisation = Foreign civil-status documents legalised or apostilled (policy).

## Explanations (conclusions)

# $sex: female, male or other (unknown): French agrees with the person.
c-activity = Works in France: covered through professional activity from the first hour of work.

# $sex: female, male or other (unknown): French agrees with the person.
c-working-minor-activity = Works in France (apprenticeship included): covered through activity in their own right.
c-working-minor = A minor with a professional activity (apprenticeship included) is no longer attached to the parents and is covered in their own right.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-working-minor-status =
    { $age ->
         [0] Under one year old
        *[other] Aged { $age }
    }, working: covered in their own right, not a beneficiary (ayant droit).

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-minor-own-status =
    { $age ->
         [0] Under one year old
        *[other] Aged { $age }
    }, no insured parent to be attached to: covered in their own right.
c-adult-child = An adult child is not a beneficiary: covered in their own right.

# $sex: female, male or other (unknown): French agrees with the person.
c-student = Higher-education student: covered on the residence route, exempt from the 3-month condition.

# Whom a member joins or accompanies, in c-accompanying…'s $insured.
# $sex: the sex of the person joined (female, male or other), not the member's.
c-insured-main-applicant = the main applicant
# Whom a member joins or accompanies, in c-accompanying…'s $insured.
# $sex: the sex of the person joined (female, male or other), not the member's.
c-insured-partner = the main applicant's spouse or partner
# Whom a member joins or accompanies, in c-accompanying…'s $insured.
c-insured-child = a child of the household

# Conclusion of a rule in the explanation of a member.
# $insured: whom the member joins, by their place in the household (c-insured-…)
# $sex: female, male or other (unknown): French agrees with the person.
c-accompanying = Joins or accompanies a person affiliated in France ({ $insured }): covered on the residence route without the 3-month wait.

# Conclusion of a rule in the explanation of a member.
# $insured: whom the member joins, by their place in the household (c-insured-…)
c-accompanying-three-months = Joins or accompanies a person affiliated in France ({ $insured }); under the chosen policy the 3-month residence condition applies.

# Conclusion of a rule in the explanation of a member.
# $insured: whom the member joins, by their place in the household (c-insured-…)
# $sex: female, male or other (unknown): French agrees with the person.
c-accompanying-adult-child = Adult child without activity joining or accompanying an insured parent ({ $insured }): a family member under D160-2, which sets no age limit (an assumption, unverified): covered on the residence route without the 3-month wait.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-earliest-basis-residence = Joining or accompanying a family member would only give { DATE($date) }, the day that person is covered from: the earliest basis, own stable residence, applies.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-earliest-basis-activity = Works in France only from { DATE($date) }: joining or accompanying an insured family member gives an earlier date, and the earliest basis applies.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-earliest-basis-residence-before-work = Works in France only from { DATE($date) }: more than 3 months of stable residence give an earlier date, and the earliest basis applies.
c-adult-own-request = Since 2016 (PUMa) adults are never beneficiaries: this adult files their own request.

# $sex: female, male or other (unknown): French agrees with the person.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-follows-s1 = Family member of a worker posted with an S1: registered with their own S1 at the home fund's expense.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-follows-home-scheme = Family member of a worker who stays on the home scheme: follows the worker, no French affiliation.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-follows-home-scheme-assumed = Family member of a worker who probably stays on the home scheme (an assumption, to be confirmed with the fund): follows the worker, no French affiliation assumed.

# $sex: female, male or other (unknown): French agrees with the person.
c-residence = No professional activity: covered on the residence route after more than 3 months of stable residence.

# $sex: female, male or other (unknown): French agrees with the person.
c-residence-before-work = Not working yet: covered on the residence route after more than 3 months of stable residence.

# $sex: female, male or other (unknown): French agrees with the person.
c-residence-enrolled = No professional activity, enrolled in education: covered on the residence route, exempt from the 3-month condition.
c-beneficiary = Minor child of an insured parent, without professional activity: beneficiary (ayant droit).

# $sex: female, male or other (unknown): French agrees with the person.
c-minor-alone = Minor without a parent insured in France in the household: covered in their own right on the residence route.

# $sex: female, male or other (unknown): French agrees with the person.
c-minor-without-parent = No parent in the household: not a beneficiary through filiation; the legal guardian's situation decides (a child in an insured person's care may be attached to them). Meanwhile covered in their own right on the residence route, with its 3-month condition.

# $sex: female, male or other (unknown): French agrees with the person.
c-minor-without-parent-enrolled = No parent in the household: not a beneficiary through filiation; the legal guardian's situation decides (a child in an insured person's care may be attached to them). Meanwhile covered in their own right on the residence route; enrolled at school, exempt from the 3-month condition.

# $sex: female, male or other (unknown): French agrees with the person.
c-posted-eu = Posted from the EEA or Switzerland with an A1: stays on the home scheme; care in France through the S1 registered with the CPAM.

# $sex: female, male or other (unknown): French agrees with the person.
c-posted-uk = Posted from the United Kingdom with a certificate of applicable legislation: handled like an EU posting (S1 registration).

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-home-scheme = Posted under the agreement { COUNTRY($country, form: "with") }, which keeps health insurance at home: no French affiliation.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-home-scheme-assumed = Posted under the agreement { COUNTRY($country, form: "with") }, which probably keeps health insurance at home (inferred from a general statement, to be confirmed with the fund): no French affiliation assumed.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-scope-unverified = Posted { COUNTRY($country, form: "from") }: whether the agreement keeps health at home is not verified; by default the home scheme is assumed, to be confirmed with the fund.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-scope-unverified-french = Posted { COUNTRY($country, form: "from") }: whether the agreement keeps health at home is not verified; under the chosen policy French affiliation applies.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-agreement-excludes-health = Posted under the agreement { COUNTRY($country, form: "with") }, which does not cover health: affiliated in France for health through activity.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-no-certificate = Posted { COUNTRY($country, form: "from") } without a certificate: French affiliation through activity applies.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-no-agreement = Posted { COUNTRY($country, form: "from") }, which has no social-security agreement with France: French affiliation through activity.

# Conclusion of a rule in the explanation of a member.
# $months: a number of months
# $date: a date (written out by DATE)
c-posting-limit = A posting limited to { $months } months may last until { DATE($date) }, the last day included.

# $sex: female, male or other (unknown): French agrees with the person.
c-registration = Never insured in France: first registration.

# $sex: female, male or other (unknown): French agrees with the person.
c-registration-assumed = Previous insurance in France not given: assumed never insured, so a first registration.

# $sex: female, male or other (unknown): French agrees with the person.
c-reactivation = Insured in France before: the number is for life, rights are reopened.

# $sex: female, male or other (unknown): French agrees with the person.
c-reactivation-implied = Has a certified number although born abroad, which implies an earlier affiliation: reactivation.

# $sex: female, male or other (unknown): French agrees with the person.
c-reactivation-assumed = Previous insurance in France not given: assumed insured before (policy), so a reactivation.

# $sex: female, male or other (unknown): French agrees with the person.
c-identification-required = Born abroad, no French number, not French: needs identification (NIA from the CPAM, then number certified by SANDIA).
c-identification-under-way = Has a provisional number (NIA): identification is under way until SANDIA certifies the number.

# $sex: female, male or other (unknown): French agrees with the person.
c-no-identification-born-in-france = Born in France: has a social security number from birth, no identification step.

# $sex: female, male or other (unknown): French agrees with the person.
c-no-identification-french = French national born abroad: the number comes from the central civil register, no SANDIA identification.
c-no-identification-has-nir = Already has a certified number: no identification step.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-activity = Covered from the first day of work: { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-s1 = Covered from the start of the posting (S1): { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-covered-from-s1-family = Covered from the later of arrival and the worker's S1 start: { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-covered-from-accompanying = Covered from the later of arrival and the partner's coverage: { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-accompanying-parent = Covered from the later of arrival and the parent's coverage: { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-child = Covered from the latest of birth, arrival and the parent's coverage: { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-residence = Covered from the day after the 3-month anniversary of arrival (not before the permit's validity for non-EEA nationals): { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-student = Covered from arrival (not before the permit's validity for non-EEA nationals): { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-arrival = Covered from arrival: { DATE($date) }.
c-covered-from-unknown = The first day of coverage cannot be set: a date it depends on is missing.

# $sex: female, male or other (unknown): French agrees with the person.
c-attached-one = Attached to the insured parent.

# $sex: female, male or other (unknown): French agrees with the person.
c-attached-one-assumed = Attached to the insured parent (parents assumed: the primary member and their partner).

# $sex: female, male or other (unknown): French agrees with the person.
c-attached-both = Attached to both insured parents (double rattachement, recommended).

# $sex: female, male or other (unknown): French agrees with the person.
c-attached-both-assumed = Attached to both insured parents (double rattachement; parents assumed: the primary member and their partner).

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
c-under-sixteen =
    { $age ->
         [0] Under one year old
        *[other] Aged { $age }
    }: beneficiary (ayant droit) of the parents.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
c-under-sixteen-one-parent =
    { $age ->
         [0] Under one year old
        *[other] Aged { $age }
    }: beneficiary (ayant droit) of the parent.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
c-sixteen-may-request =
    { $age ->
         [0] Under one year old
        *[other] Aged { $age }
    }: stays a beneficiary; may ask (simple letter) to become ayant droit autonome.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-pupil-stays-dependent =
    { $age ->
         [0] Under one year old
        *[other] Aged { $age }
    }, at school: stays a beneficiary of the parents unless they ask for autonomy.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-pupil-stays-dependent-one-parent =
    { $age ->
         [0] Under one year old
        *[other] Aged { $age }
    }, at school: stays a beneficiary of the parent unless they ask for autonomy.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-student-autonomous =
    { $age ->
         [0] Under one year old
        *[other] Aged { $age }
    }, higher-education student: automatically ayant droit autonome.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
c-autonomy-requested =
    { $age ->
         [0] Under one year old
        *[other] Aged { $age }
    }, asked for autonomy: ayant droit autonome (own reimbursements and ameli account).

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-beneficiary-end-birthday = Beneficiary status ends on the 18th birthday, { DATE($date) }: an assumption (the decree date of L160-2 could not be found); then files the S1110 with a bank account in their own name.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-beneficiary-end-fixed = Beneficiary status ends on { DATE($date) }, the date chosen by policy in the year of the 18th birthday; then files the S1110 with a bank account in their own name.
c-child-milestones = From 12 a parent may order the child's Carte Vitale online; at 16 the CPAM sends the child the Carte Vitale form.

# $sex: female, male or other (unknown): French agrees with the person.
c-leap-day-last = Born on 29 February: in other years the birthday falls on 28 February.

# $sex: female, male or other (unknown): French agrees with the person.
c-leap-day-march = Born on 29 February: under the chosen policy the birthday falls on 1 March in other years.

# Conclusion of a rule in the explanation of a member.
# $fund: the name of the local fund, as is (e.g. "CPAM de Paris")
c-fund-residence = The file goes to the fund of the place of residence: { $fund }.

# Conclusion of a rule in the explanation of a member.
# $fund: the name of the local fund, as is (e.g. "CPAM de Paris")
c-fund-overseas = Overseas, the file goes to the local general social security fund: { $fund }.

# Conclusion of a rule in the explanation of a member.
# $fund: the name of the local fund, as is (e.g. "CPAM de Paris")
c-fund-mayotte = In Mayotte, which has no CGSS, the file goes to the Caisse de sécurité sociale de Mayotte (CSSM): { $fund }.
c-fund-msa = In metropolitan France, agricultural employees and their family are insured by the MSA, not the CPAM.

# Conclusion of a rule in the explanation of a member.
# $fund: the name of the local fund, as is (e.g. "CPAM de Paris")
c-fund-overseas-agricultural = In the overseas departments the MSA does not run health insurance: agricultural employees and their family go to the local fund: { $fund }.
c-fund-talent-passport = Talent Passport holders and their family: the file goes to the CPAM de Paris.
c-fund-unknown = No postcode: the fund of the place of residence cannot be named.
c-fund-unknown-agricultural = No postcode: the fund of an agricultural employee cannot be named (the MSA in metropolitan France, the CGSS or the CSSM overseas).
c-fund-own-scheme = The address is in an overseas collectivity with its own scheme: no French fund applies.

# $sex: female, male or other (unknown): French agrees with the person.
c-permit-required = National of a country outside the EEA and Switzerland: a residence permit is required.
c-no-permit-minor = A minor is never asked for a residence permit.

# $sex: female, male or other (unknown): French agrees with the person.
c-inactive-eea = EEA or Swiss national without activity: must show sufficient resources and health cover.
c-translation = Civil-status documents from outside France, the EEA and Switzerland need a sworn translation.
c-nir-checked = The social security number was checked (structure, key) and compared with the birth data.
c-legalisation-required = Foreign civil-status documents must be legalised or apostilled (policy).
c-payroll-nir = Has a certified NIR: payroll declares it in the DSN.
c-payroll-nia = Has a provisional number (NIA): payroll declares it in the DSN, without time limit, until the certified NIR.
c-payroll-ntt = No NIR or NIA yet: payroll declares a temporary technical number (NTT), tolerated 3 months.

## Payroll
payroll-nir = Declare the certified NIR in the DSN. If an NTT was used before, repeat it on the first DSN carrying the NIR.
payroll-nia = Declare the NIA in the DSN (usable without time limit). When the certified NIR arrives, declare it; repeat any earlier NTT on the first DSN carrying it.

# Payroll note (hr).
# $date: a date (written out by DATE)
payroll-ntt = No number yet: declare an NTT with all known birth details (tolerated 3 months, until { DATE($date) }). When the NIR or NIA arrives, declare it and repeat the NTT on the first DSN carrying it.
payroll-ntt-no-start = No number yet: declare an NTT with all known birth details (tolerated 3 months from the first day of work). When the NIR or NIA arrives, declare it and repeat the NTT on the first DSN carrying it.

## Rules catalogue
rule-activity = A person working in France (French contract or self-employed) is affiliated through activity, from the first hour of work.
rule-registration-or-reactivation = First registration when never affiliated in France; reactivation when affiliated before (or a certified NIR of someone born abroad).
rule-identification = Identification (NIA, then certified NIR) for people born abroad without a number, never insured, not French.
rule-accompanying-family = A family member who joins or accompanies an insured person is exempt from the 3-month residence condition.
rule-accompanying-adult-child = An adult child without activity who joins or accompanies an insured parent is a family member (no age limit in D160-2; an assumption): own request, no 3-month wait.
rule-earliest-basis = A member who qualifies on several bases is covered from the earliest date any of them gives; on a tie, the basis needing no proof of 3 months' residence.
rule-residence = Without activity, coverage on stable and regular residence after more than 3 months.
rule-student = People enrolled in an educational establishment are exempt from the 3-month condition.
rule-inactive-eea = Inactive EEA and Swiss nationals must show sufficient resources and health cover.
rule-adults-not-beneficiaries = Since 2016 only minor children can be beneficiaries; every adult files their own request.
rule-posted-eu = A worker posted from the EEA, Switzerland or the UK with an A1 stays on the home scheme and registers an S1.
rule-posted-bilateral = A worker posted under a bilateral agreement keeps the home legislation for the branches its posting clause covers (per-agreement table).
rule-posted-bilateral-inferred = Same, where the agreement's health scope is inferred from the general ACOSS statement or unknown.
rule-posted-without-certificate = A posting without a certificate, or from a country without an agreement, falls under French affiliation.
rule-posted-family = The family of a posted worker follows the worker unless they work in France themselves.
rule-posting-limit = A posting limited to N months may last until the start plus N months minus one day; a later end date is over the limit.
rule-minor-beneficiary = Minor children without activity, with legal filiation, are beneficiaries of their insured parents.
rule-minor-without-parent = A minor with no parent in the household is nobody's beneficiary through filiation: the guardian's situation is asked for; no exemption from the 3-month wait is assumed.
rule-working-minor = A working minor (apprentice included) is covered in their own right.
rule-dependent-status = The child's status: beneficiary, autonomous beneficiary (16+, students automatically), or own coverage.
rule-autonomy-before16 = An autonomy request before 16 is not possible: it is ignored, with a warning.
rule-attachment = Children are attached to each insured parent (double rattachement); the S3705 goes on one filing parent.
rule-filiation = Beneficiary status follows legal filiation, not household membership.
rule-beneficiary-end = When beneficiary status ends (policy: the 18th birthday by default).
rule-child-milestones = Carte Vitale orderable from 12, own card at 16, majority at 18.
rule-leap-day = A 29 February birthday falls on 28 February in other years (policy).
rule-covered-from = The first day of coverage, by basis.
rule-fund = The fund: CPAM of the place of residence, CGSS in the overseas departments (CSSM in Mayotte), MSA for agricultural employees in metropolitan France.
rule-fund-talent-passport = Talent Passport holders and their family file with the CPAM de Paris.
rule-permit = A residence permit for non-EEA/Swiss adults; never for minors.
rule-vls-ts = A long-stay visa must be validated online within 3 months of entry.
rule-documents = The documents to gather, by situation.
rule-translation = Sworn translation of civil-status documents issued outside France, the EEA and Switzerland (policy); the union certificate is one document of the couple, whose union country, given on either partner, decides.
rule-legalisation = Legalisation or apostille is not required, only noted (policy).
rule-steps = The steps of the procedure for each affiliation type.
rule-payroll = The DSN identifier: NIR, NIA, or NTT (tolerated 3 months).
rule-nir-check = A given NIR is checked (structure, key) and compared with the birth data; a mismatch is a warning.

## Human report

# Report heading or label.
# $date: a date (written out by DATE)
ui-title = French health insurance: assessment as of { DATE($date) }

# Report heading or label.
# $version: the secu version, e.g. 0.1.0
# $rules: the date of the rules (a date)
ui-rules = secu { $version }, rules of { $rules }

# Report heading or label.
# $policies: the names of the policies, comma-separated
ui-policies = Policies differing from the defaults: { $policies }

# Report heading or label.
# $age: the person's age in whole years (a number; 0 for a baby under one)
ui-age =
    { $age ->
         [0] under one year old
         [one] { $age } year old
        *[other] { $age } years old
    }
ui-age-one-year = 1 year old
ui-age-one-month = 1 month old

# Report heading or label.
# $months: a number of months
ui-age-months =
    { $months ->
         [0] under one month old
         [one] { $months } month old
        *[other] { $months } months old
    }
ui-affiliation = Affiliation
ui-basis = Basis

# $sex: female, male or other (unknown): French agrees with the person.
ui-covered-from = Covered from
ui-unknown = unknown
ui-fund = File goes to
ui-child-status = Child status

# $sex: female, male or other (unknown): French agrees with the person.
ui-attached-to = Attached to
ui-identification = Identification
ui-identification-yes = needed: provisional number (NIA), then certified number (SANDIA)
ui-why = Why
ui-documents = Documents to gather
ui-group-forms = Forms
ui-group-identity = Identity and civil status
ui-group-proofs = Proofs
ui-group-payment = Bank and Carte Vitale
ui-one-of = one of
ui-translation = needs a sworn translation into French
ui-covers = covers
ui-for-children = for
ui-steps = Steps

# Report heading or label.
# $date: a date (written out by DATE)
ui-expected-by = expected by { DATE($date) }
ui-milestones = Upcoming dates
ui-payroll = Payroll (DSN)
ui-dsn-identifier = Declare
ui-ntt-suggestion = Suggested NTT
ui-warnings = Points of attention
ui-none = none
ui-nothing-to-do = Nothing to file in France.
ui-sources = Sources
# Report (both audiences): heading of the household summary that opens the document.
ui-summary = Household summary
# Household summary: label of the fund the file goes to (its name follows).
ui-send-to = Send the file to
# Household summary: heading of the first steps still to do, each followed by whom it is for.
ui-first-actions = First actions
# Household summary: heading of the dates to know (coverage, deadlines, the next twelve months' milestones).
ui-key-dates = Key dates
# Household summary, key dates: the day health cover starts (followed by the names).
ui-coverage-starts = health cover starts
# Family's document: the name of a member given without a label, by their place in the household.
# $number: 1, 2…
ui-person = Person { $number }
# Family's document: heading of the points of attention that are the same for every member, said once.
ui-household-warnings = Points of attention for the whole household
# Family's document: stands for the list of names when a line concerns every member of the household.
ui-whole-household = the whole household
# Case history: an entry erased (GDPR).
ui-hist-redacted = (redacted)
# Case history: a number that does not parse.
ui-hist-invalid-number = (invalid number)
# Case history: a correction. $seq: the entry it voids; $reason: as typed.
ui-hist-voids = voids #{ $seq }: { $reason }
# Case history: a permit renewed. $permit: its code; $from: a date (written out).
ui-hist-permit = { $permit } from { $from }
# Case history: a permit renewed. $permit: its code; $from, $until: dates (written out).
ui-hist-permit-until = { $permit } from { $from } until { $until }
# Case history: after an entry a correction voided (a fragment: keep its leading space). $seq: the correction.
ui-hist-voided-by = {" "}[voided by #{ $seq }]
# Case history: when the entry was recorded. $at: the recording time, its date written out and the time (HH:MM).
ui-hist-recorded = (recorded { $at })
# Case status, list and history: a date alone (a step done, a deadline, an entry of the log).
# $date: a date (written out by DATE)
ui-date = { DATE($date) }
# Between the items of a list of names or things in a line (", " in English; "、" in Chinese, "، " in Arabic).
ui-list-sep = ,{" "}
# Between the items of a list of longer phrases ("; " in English; French with a no-break space before ";").
ui-list-semicolon = ;{" "}
# Between a label and its value in a line (": " in English; French with a no-break space before ":"; "：" in Chinese).
ui-colon = :{" "}
nir-valid = valid social security number (NIR or NIA)
nir-valid-without-key = valid structure, given without its key
nir-legacy-nnp = a legacy provisional number (NNP), not a NIR: replaced by the NIA since 2022
nir-legacy-mig = a provisional number for a temporary migrant (MIG), not a NIR
nir-invalid = not a valid social security number
nir-why = why
nir-sex = sex
nir-female = female (2)
nir-male = male (1)
nir-year = year of birth
nir-month = month of birth
nir-pseudo-month = pseudo-month: month unknown
nir-place = place of birth
nir-abroad = abroad:
nir-department = department
nir-commune = commune
nir-historical = 91–96 may also mean Algeria, Morocco or Tunisia before independence
nir-order = order number
nir-key-expected = key
nir-key-given = given:

## Input errors (decoding, validation, the CLI's own messages)
err-standard-input = standard input
err-standard-output = standard output

# Error message (lowercase, no final period; fragments are joined).
# $limit: a number (a limit)
err-input-too-large = larger than the limit of { $limit } bytes: refused (raise it with --max-input-bytes)

# Error message (lowercase, no final period; fragments are joined).
# $count: a number
err-more-problems =
    … and { $count ->
         [one] { $count } more problem
        *[other] { $count } more problems
    }
err-no-as-of = no evaluation date: give "as_of" in the household or as an option

# Error message (lowercase, no final period; fragments are joined).
# $byte: a byte offset (a number)
err-not-utf8 = input is not valid UTF-8 (byte { $byte })

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $line: a line number
# $column: a column number
err-malformed-json = malformed JSON at line { $line } column { $column }:{" "}

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $line: a line number
# $column: a column number
err-at-line = line { $line } column { $column }:{" "}

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): the text ends inside a list [ ].
err-json-eof-list = EOF while parsing a list

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): the text ends inside an object { }.
err-json-eof-object = EOF while parsing an object

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): the text ends inside a quoted string.
err-json-eof-string = EOF while parsing a string

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): the text ends where a value was expected (e.g. an empty file).
err-json-eof-value = EOF while parsing a value

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a colon was expected after a key.
err-json-expected-colon = expected `:`

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a comma or the end of the list was expected.
err-json-expected-list-comma = expected `,` or `]`

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a comma or the end of the object was expected.
err-json-expected-object-comma = expected `,` or `{"}"}`

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a word like true, false or null was misspelt.
err-json-expected-ident = expected ident

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): no valid value here (e.g. a word without quotes).
err-json-expected-value = expected value

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a key must start with a double quote.
err-json-expected-quote = expected `"`

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a backslash sequence in a string is not valid.
err-json-invalid-escape = invalid escape

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a number is badly written.
err-json-invalid-number = invalid number

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a number too large.
err-json-number-out-of-range = number out of range

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a \u escape names no character.
err-json-invalid-code-point = invalid unicode code point

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a raw control character (e.g. a tab or a line break) inside a quoted string.
err-json-control-character = control character (\u0000-\u001F) found while parsing a string

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): an object key without double quotes.
err-json-key-must-be-string = key must be a string

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a comma before ] or }.
err-json-trailing-comma = trailing comma

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): text after the end of the document.
err-json-trailing-characters = trailing characters

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): lists or objects nested too deeply.
err-json-recursion-limit = recursion limit exceeded

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a \u escape with fewer than four hex digits.
err-json-hex-escape-end = unexpected end of hex escape

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a \u escape with half of a character pair.
err-json-lone-surrogate = lone leading surrogate in hex escape

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): any other JSON error (generic).
err-json-other = not valid JSON

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
err-duplicate-field = field "{ $field }" given twice

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
# $expected: what was expected
err-newer-format = "{ $found }" is newer than this version of secu understands ({ $expected }): upgrade secu

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
# $expected: what was expected
err-unknown-format = unknown format "{ $found }": expected "{ $expected }"

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
# $suggestion: the closest known value
err-unknown-field-did-you-mean = unknown field "{ $field }"; did you mean "{ $suggestion }"?

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
# $known: the known values, comma-separated
err-unknown-field-known = unknown field "{ $field }"; known fields: { $known }

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
err-missing-field = missing required field "{ $field }"

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-string = expected a string, found { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-bool = expected true or false, found { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-date = expected a date "YYYY-MM-DD", found { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-object = expected an object, found { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-members = expected an array of members, found { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-member-id = expected a member id (string), found { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-member-ids = expected an array of member ids, found { $found }

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-no-such-date = no such date "{ $value }"

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-date-shape = invalid date "{ $value }": expected YYYY-MM-DD

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
# $years: the accepted range of years
err-date-years = date "{ $value }" outside the years { $years }

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-unknown-country = unknown country code { $value }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-country = expected a country code (ISO 3166-1 alpha-2, "XK" or "CA-QC"), found { $found }

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-unknown-value = unknown value "{ $value }"

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $suggestion: the closest known value
err-did-you-mean = ; did you mean "{ $suggestion }"?

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $choices: the accepted values, comma-separated
err-expected-one-of = {" "}(expected one of: { $choices })

# Error message (lowercase, no final period; fragments are joined).
# $count: a number
# $limit: a number (a limit)
err-too-many-members = { $count } members: more than the limit of { $limit }
err-no-members = a household needs at least one member
err-several-primaries = only one member can be the primary
err-no-primary = no member has relationship "primary"

# Error message (lowercase, no final period; fragments are joined).
# $length: a number of characters
err-id-length = an id has 1 to 64 characters, found { $length }

# Error message (lowercase, no final period; fragments are joined).
# $id: a member id
# $other: where the same id appears (a JSON path)
err-duplicate-id = duplicate id "{ $id }" (also { $other })

# Error message (lowercase, no final period; fragments are joined).
# $birth: a date, quoted as typed (YYYY-MM-DD)
# $as-of: a date, quoted as typed (YYYY-MM-DD)
err-birth-after-as-of = birth date { $birth } is after the evaluation date { $as-of }
err-union-country-not-partner = union_country is for a spouse or partner only
err-nir-status-without-nir = nir_status is given but nir is not
err-nia-issued-without-nir = nia_issued_on is given but nir is not
err-nia-issued-not-provisional = nia_issued_on needs nir_status "provisional"

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-nia-before-birth = NIA issued on { $date }, before the birth date

# Error message (lowercase, no final period; fragments are joined).
# $key: the two-digit key
err-nir-without-key-rejected = 13 characters without the key (policy nir_without_key = reject); its key would be { $key }
err-posting-missing = a posted worker needs posting details (from_country, certificate, end_date)

# Error message (lowercase, no final period; fragments are joined).
# $kind: an activity kind code
err-posting-not-posted = posting details are for kind "posted", not "{ $kind }"

# Error message (lowercase, no final period; fragments are joined).
# $end: a date, quoted as typed (YYYY-MM-DD)
# $start: a date, quoted as typed (YYYY-MM-DD)
err-posting-reversed = posting ends on { $end }, before it starts on { $start }

# Error message (lowercase, no final period; fragments are joined).
# $max: a number (the maximum)
# $length: a number of characters
err-payroll-id-length = a payroll number has 1 to { $max } characters to fit an NTT, found { $length }

# Error message (lowercase, no final period; fragments are joined).
# $character: the character, quoted
err-payroll-id-character = character { $character } cannot appear in an NTT (letters and digits only)

# Error message (lowercase, no final period; fragments are joined).
# $until: a date, quoted as typed (YYYY-MM-DD)
# $from: a date, quoted as typed (YYYY-MM-DD)
err-permit-reversed = permit valid until { $until }, before it is valid from { $from }

# Error message (lowercase, no final period; fragments are joined).
# $relationship: a relationship code
err-parents-not-child = parents are given for children only, not for a "{ $relationship }"

# Error message (lowercase, no final period; fragments are joined).
# $count: a number
err-too-many-parents = a child has at most two legal parents, found { $count }

# Error message (lowercase, no final period; fragments are joined).
# $parent: a member id
err-parent-twice = parent "{ $parent }" is listed twice

# Error message (lowercase, no final period; fragments are joined).
# $id: a member id
err-unknown-parent = no member has id "{ $id }"
err-own-parent = a child cannot be their own parent

# Error message (lowercase, no final period; fragments are joined).
# $parent: a member id
# $path: a JSON path, e.g. members[1]
err-parent-not-adult = parent "{ $parent }" is not an adult ({ $path })

# Error message (lowercase, no final period; fragments are joined).
# $parent: a member id
# $path: a JSON path, e.g. members[1]
err-parent-ref = parent "{ $parent }" ({ $path })

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $parent-birth: a date, quoted as typed (YYYY-MM-DD)
# $child-birth: a date, quoted as typed (YYYY-MM-DD)
err-parent-born-after-child = {" "}is born on { $parent-birth }, not before the child (born on { $child-birth })

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $min: a minimum age (a number)
err-parent-too-young = {" "}would have been { $age } at the child's birth (at least { $min })

# Error message (lowercase, no final period; fragments are joined).
# $start: a date, quoted as typed (YYYY-MM-DD)
# $birth: a date, quoted as typed (YYYY-MM-DD)
err-activity-before-birth = the activity starts on { $start }, before the birth date { $birth }

# Error message (lowercase, no final period; fragments are joined).
# $end: a date, quoted as typed (YYYY-MM-DD)
# $birth: a date, quoted as typed (YYYY-MM-DD)
err-posting-before-birth = the posting ends on { $end }, before the birth date { $birth }

# Error message (lowercase, no final period; fragments are joined).
# $policy: a policy name
# $problem: what is wrong (a text)
err-policy-out-of-range = policy { $policy }: { $problem }

# Error message (lowercase, no final period; fragments are joined).
# $length: a number of characters
err-siren-length = expected 9 digits, found { $length }

# Error message (lowercase, no final period; fragments are joined).
# $character: the character, quoted
# $position: its position (a number)
err-siren-character = invalid character { $character } at position { $position }: a SIREN has only digits

# Error message (lowercase, no final period; fragments are joined).
# $expected: what was expected
# $found: what was found, quoted from the input or its JSON kind
err-siren-key = invalid check digit: expected { $expected }, found { $found } (luhn key)

# Error message (lowercase, no final period; fragments are joined).
# $postcode: a value, as is
err-postcode-malformed = invalid postcode { $postcode }: expected 5 digits

# Error message (lowercase, no final period; fragments are joined).
# $postcode: a value, as is
err-postcode-monaco = postcode { $postcode } is in Monaco, not in France

# Error message (lowercase, no final period; fragments are joined).
# $postcode: a value, as is
err-postcode-unknown = postcode { $postcode } matches no French department

# Error message (lowercase, no final period; fragments are joined).
# $length: a number of characters
err-nir-length = expected 13 or 15 characters, found { $length }

# Error message (lowercase, no final period; fragments are joined).
# $character: the character, quoted
# $position: its position (a number)
err-nir-character = invalid character { $character } at position { $position }

# Error message (lowercase, no final period; fragments are joined).
# $digit: the digit found
err-nir-sex = invalid sex digit '{ $digit }': must be 1 (male) or 2 (female)
err-nir-legacy-nnp = legacy provisional number (NNP, numéro national provisoire), not a NIR: these numbers were replaced by the NIA and are officially gone since 31 December 2022
err-nir-legacy-mig = legacy provisional number (MIG, migrant de passage: for people passing through), not a NIR: it has no key and is not accepted where a NIR or NIA is expected

# Error message (lowercase, no final period; fragments are joined).
# $month: a month number
err-nir-month = invalid month '{ $month }': must be 01–12 or a pseudo-month 20–99

# Error message (lowercase, no final period; fragments are joined).
# $department: the department code found
err-nir-department = invalid department '{ $department }': must be 01–99, 2A or 2B

# Error message (lowercase, no final period; fragments are joined).
# $order: the order number found
err-nir-order = invalid order number '{ $order }': must be 001–999

# Error message (lowercase, no final period; fragments are joined).
# $expected: what was expected
# $found: what was found, quoted from the input or its JSON kind
err-nir-key = invalid key: expected { $expected }, found { $found }
kind-null = null
kind-bool = a boolean
kind-number = a number
kind-string = a string
kind-array = an array
kind-object = an object

## Case and policy errors (issue 10, item 15: they follow --lang)

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-policy-assignment = expected NAME=VALUE, found "{ $found }"

# Error message (lowercase, no final period; fragments are joined).
# $policy: a policy name
err-policy-unknown = unknown policy "{ $policy }"

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $known: the known values, comma-separated
err-policy-known = ; known: { $known }

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $policy: a policy name
err-policy-prefix = policy { $policy }:{" "}

# Error message (lowercase, no final period; fragments are joined).
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $max: a number (the maximum)
err-policy-age = age { $age } is out of range: expected 0 to { $max } (the declaration is required of every adult, Decision 8)

# Error message (lowercase, no final period; fragments are joined).
# $month: a month number
err-policy-month = month { $month } is out of range: expected 1 to 12

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $day: a day number
# $month: a month number
err-policy-day = day { $day } is out of range for month { $month }:{" "}

# Error message (lowercase, no final period; fragments are joined).
# $max: a number (the maximum)
err-policy-day-range = expected 1 to { $max }

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $event: an event code
# $code: a refusal code
err-refused = { $event } refused ({ $code }):{" "}

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $events: event codes or a count of events (a text)
err-allowed-now = ; allowed now: { $events }

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
err-allowed-nothing = ; allowed now: nothing

# Error message (lowercase, no final period; fragments are joined).
# $stage: the stage reached (a text)
# $track: the procedure track (a text)
err-not-allowed-now = not possible at this stage: { $stage } (procedure: { $track })

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $date: a date, quoted as typed (YYYY-MM-DD)
err-dated-before = dated { $date }, before{" "}

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-submission = the file's submission ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-nia = the provisional number (NIA) ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-clock-end = the end of the 3 months the NIA gives to send the civil-status document (R114-7 III) ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-notice-end = the end of the 3 months of the formal notice (R114-7 III) ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-certification = the certified number or the reopened rights (Decision 9) ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-last-event = an event already recorded ({ $date }): events are recorded in time order

# Error message (lowercase, no final period; fragments are joined).
# $document: a document kind code
err-not-in-checklist = { $document } is not on this member's checklist

# Error message (lowercase, no final period; fragments are joined).
# $document: a document kind code
err-doc-not-received = { $document } was not received

# Error message (lowercase, no final period; fragments are joined).
# $document: a document kind code
err-doc-already-received = { $document } was already received
err-reason-required = a reason is required
err-nothing-received = no document was received
err-checklist-complete = every document is received

# Error message (lowercase, no final period; fragments are joined).
# $documents: document kind codes, comma-separated
err-documents-missing = documents still missing: { $documents }
err-no-nia = no certification before a provisional number (NIA)
err-civil-status-missing = SANDIA certifies from the civil-status document, which has not reached the fund

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
err-number-invalid = the number is not valid:{" "}
err-civil-status-received = the civil-status document was already received
err-no-formal-notice = benefits are suspended only after a formal notice (R114-7 III)

# Error message (lowercase, no final period; fragments are joined).
# $min: a minimum age (a number)
# $age: the person's age in whole years (a number; 0 for a baby under one)
err-too-young = only from age { $min } (the member is { $age })

# Error message (lowercase, no final period; fragments are joined).
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $step: a step code
err-step-not-applicable = not one of this member's steps at age { $age } ({ $step }: domain §7)

# Error message (lowercase, no final period; fragments are joined).
# $age: the person's age in whole years (a number; 0 for a baby under one)
err-own-coverage-too-young = only from age 18, or from the first day of a professional activity (the member is { $age })
err-card-settled = a new Carte Vitale was already ordered or received, or the old one declared valid
err-no-ameli = the attestation comes from the ameli account: open it first

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-no-track = member "{ $member }" has no French procedure (affiliation none)

# Error message (lowercase, no final period; fragments are joined).
# $id: a member id
err-no-member-id = no member has id "{ $id }"

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
# $last: the date of an event already recorded (ISO)
err-household-out-of-order = dated { $date }, before an event already recorded ({ $last }): events are recorded in time order

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
# $stage: the stage reached (a text)
err-track-in-progress = the correction ends the procedure of "{ $member }", already at the stage: { $stage }; withdraw it first

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $member: a member id
err-unknown-case-member = no member "{ $member }" in the household;{" "}

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $suggestion: the closest known value
err-case-did-you-mean = did you mean "{ $suggestion }"?{" "}

# Error message (lowercase, no final period; fragments are joined).
# $members: member ids, comma-separated
err-case-members = members: { $members }

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-member-redacted = member "{ $member }" was redacted: nothing more is recorded for them

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
# $today: a date, quoted as typed (YYYY-MM-DD)
err-future-date = the event is dated { $date }, after the day it is recorded ({ $today }): record it once it has happened
err-empty-line = empty line: expected one household (a JSON object)

# Error message (lowercase, no final period; fragments are joined).
# $limit: a number (a limit)
err-line-too-long = line longer than the limit of { $limit } bytes (raise it with --max-line-bytes); the line was skipped

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
# $opened: a date, quoted as typed (YYYY-MM-DD)
err-before-opening = the event is dated { $date }, before the case was opened ({ $opened }): what happened before is part of the household (a number held, previous insurance)

# Error message (lowercase, no final period; fragments are joined).
# $members: member ids, comma-separated
err-members-dropped = the corrected household drops members who have events: { $members } (a correction keeps their ids; is it another family's file?)

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $voided: the entry number the correction voids
# $seq: an entry number of the case file
err-correction-breaks = without seq { $voided }, seq { $seq } would be refused (
err-void-later-first = ): void the later events first

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-redact-unknown = no member "{ $member }" in this case
err-fully-redacted = every member was redacted: there is nothing to replay

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $code: a refusal code
err-refused-on-replay = refused on replay ({ $code }):{" "}
err-household-mismatch = the household does not match household_commitment: it was edited after the case was created

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $seq: an entry number of the case file
err-seq-not-first = seq { $seq } instead of 1:{" "}

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $seq: an entry number of the case file
# $previous: the entry number before
err-seq-follows = seq { $seq } follows { $previous }:{" "}
err-entries-reordered = entries were reordered or duplicated

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-entries-reordered-later = entries were reordered (seq { $seq } comes later)

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-entry-deleted = an entry was deleted (seq { $seq } is missing)
err-anchor-mismatch = prev does not match the case's anchor: the header (rules_version, created_at, opened_on, policies or household_commitment) was edited
err-chain-broken = prev does not match the digest of the entry before: an entry was inserted, deleted or replaced before this one
err-digest-mismatch = digest mismatch: the entry was edited after it was recorded

# Error message (lowercase, no final period; fragments are joined).
# $byte: a byte offset (a number)
err-case-not-utf8 = the file is not valid UTF-8 (byte { $byte })
err-case-not-object = a case file is a JSON object

# Error message (lowercase, no final period; fragments are joined).
# $expected: what was expected
err-case-no-format = missing field "format": not a secu case file (expected "{ $expected }")

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
# $expected: what was expected
err-case-unknown-format = unknown format "{ $found }": expected "{ $expected }"

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
# $expected: what was expected
err-case-newer-format = "{ $found }" is newer than this version of secu reads ({ $expected }): upgrade secu

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
err-case-unknown-field = unknown field "{ $field }"

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
err-case-missing-field = missing field "{ $field }"
err-case-expected-string = expected a string
err-case-timestamp = expected an RFC 3339 timestamp (2026-11-27T10:15:00Z)
err-case-expected-date = expected a date "YYYY-MM-DD"

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-case-invalid-date = invalid date "{ $value }": expected an existing YYYY-MM-DD date

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-seq-unknown = seq { $seq } is not an earlier entry of the log

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-seq-is-correction = seq { $seq } is a correction: a correction voids an event, not another correction

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-seq-other-member = seq { $seq } is an event of another member: a correction voids an event of its own member

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
# $correction: the entry number of the correction
err-seq-already-voided = seq { $seq } is already voided by seq { $correction }

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-member-mismatch = member_added is recorded for the new member: expected member "{ $member }"

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-duplicate-member = member "{ $member }" is already in the household

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-replay-unknown-member = no member "{ $member }" in the household

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $value: the value given, as typed
err-unknown-variant = unknown variant `{ $value }`, expected{" "}

# Error message (lowercase, no final period; fragments are joined).
# $expected: what was expected
err-variant-only = `{ $expected }`

# Error message (lowercase, no final period; fragments are joined).
# $first: a value
# $second: a value
err-variant-either = `{ $first }` or `{ $second }`

# Error message (lowercase, no final period; fragments are joined).
# $choices: the accepted values, comma-separated
err-variant-one-of = one of `{ $choices }`

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $members: member ids, comma-separated
err-redaction-breaks = the other members cannot be replayed without "{ $members }" (
err-redact-dependents-first = ): redact the members who depend on them first, or the whole case

# Message of the command line.
# $event: an event code
# $what: what the event needs (options)
cli-needs = { $event } needs { $what }
cli-at-least-one-document = at least one --document KIND

# Message of the command line.
# $file: a file path
cli-already-exists = { $file }: already exists (use --force to replace it)

# Message of the command line.
# $event: an event code
cli-unknown-event = unknown event "{ $event }"

# Message of the command line.
# $document: a document kind code
cli-unknown-document = unknown document kind "{ $document }"

# Message of the command line.
# $options: command-line options
# $event: an event code
cli-does-not-apply = { $options } does not apply to { $event }

# Message of the command line; a fragment: the code joins it to the text before or after it.
# $options: command-line options
cli-it-takes = {" "}(it takes { $options })

# Message of the command line; a fragment: the code joins it to the text before or after it.
cli-takes-nothing = {" "}(it takes no option but --date)

# Message of the command line.
# $document: a document kind code
cli-document-twice = --document { $document } is given twice

# Message of the command line.
# $event: an event code
cli-not-from-command-line = event "{ $event }" cannot be recorded from the command line
cli-name-member = name a MEMBER, or --all

# Message of the command line; a fragment: the code joins it to the text before or after it.
# $file: a file path
# $members: member ids, comma-separated
cli-created =
    created { $file }: { $members ->
         [one] { $members } member
        *[other] { $members } members
    },{" "}

# Message of the command line.
# $date: a date (written out by DATE)
cli-opened-on = opened on { DATE($date) }

# Message of the command line.
# $seq: an entry number of the case file
# $entry: the recorded entry: member, event code, date (written out)
cli-recorded = recorded #{ $seq } { $entry }

# Message of the command line.
# $head: the head (hash) of the case file
# $events: event codes or a count of events (a text)
cli-head = head: { $head } ({ $events })
cli-one-event = 1 event

# Message of the command line.
# $count: a number
cli-events =
    { $count ->
         [0] no events
         [one] { $count } event
        *[other] { $count } events
    }

# Message of the command line; a fragment: the code joins it to the text before or after it.
# $file: a file path
# $events: event codes or a count of events (a text)
cli-chain-verifies = { $file }: the chain verifies: { $events },{" "}

# Message of the command line.
# $head: the head (hash) of the case file
cli-head-is = head { $head }
cli-ends-at-head = the file ends at the given head

# Message of the command line.
# $seq: an entry number of the case file
# $since: how many events since (a text)
cli-went-on-past = the given head is event #{ $seq }: the file went on past it ({ $since } since)

# Message of the command line.
# $file: a file path
# $head: the head (hash) of the case file
cli-head-not-on-chain = { $file }: the given head { $head } is not on this file's chain: the file was truncated or rolled back, or it is another case

# Message of the command line.
# $file: a file path
cli-unreadable = { $file }: unreadable

# Message of the command line.
# $file: a file path
# $problem: why it is not (a text)
cli-not-a-journal = { $file }: not a journal of heads ({ $problem }); delete it to start a new one
cli-iv-needs-file = a household file is needed when standard input is not a terminal (answers are read as PATH=VALUE lines)
cli-iv-needs-output = a new household needs -o FILE: where the interview is saved after every answer

# Message of the command line.
# $file: a file path
cli-iv-output-exists = { $file }: already exists: resume that interview with `secu interview { $file }`

# Message of the command line.
# $line: a line number
cli-iv-not-an-answer = line { $line }: expected PATH=VALUE, e.g. `members[0].birth_date=1990-04-12`

# Message of the command line.
# $line: a line number
# $path: a JSON path, e.g. members[1]
cli-iv-unknown-path = line { $line }: { $path }: not a fact of the household (`as_of`, `members[N].FIELD`)

# Message of the command line.
# $line: a line number
# $path: a JSON path, e.g. members[1]
cli-iv-no-member = line { $line }: { $path }: no such member

# Message of the command line; a fragment: the code joins it to the text before or after it.
# $last: the index of the last member (a number)
cli-iv-member-range = {" "}(the household's members are `members[0]` to `members[{ $last }]`)

# Message of the command line.
# $line: a line number
# $problem: what is wrong (a text)
cli-iv-line = line { $line }: { $problem }
cli-iv-nothing-written = nothing written: no answer is applied unless every line is valid
cli-iv-new-household = New household: who are the people? The primary member first (the person taking up work in France, or the main applicant).
cli-iv-member-id = Member's id (a short name, e.g. priya):
cli-iv-relationship = Relationship to the primary member:
cli-iv-add-member = Add another member?
cli-iv-yes = yes
cli-iv-no = no
cli-iv-help-text = - = none / does not apply · ? = skip for now · < = back · Esc = save and stop
cli-iv-help-country = a country code (IN, DE, CA-QC) or a name; Tab completes
cli-iv-help-date = YYYY-MM-DD
cli-iv-help-parents = member ids separated by commas

# Message of the command line; a fragment: the code joins it to the text before or after it.
cli-iv-none = (none / does not apply)

# Message of the command line; a fragment: the code joins it to the text before or after it.
cli-iv-skip = (I don't know yet: skip for now)

# Message of the command line; a fragment: the code joins it to the text before or after it.
cli-iv-back = (back: undo the previous answer)

# Message of the command line.
# $number: the question number
# $remaining: the number of questions left
cli-iv-progress = Question { $number } · { $remaining } remaining
cli-iv-settled = settled:

# Message of the command line.
# $file: a file path
cli-iv-saved = saved to { $file }

# Message of the command line.
# $path: a JSON path, e.g. members[1]
cli-iv-undone = undone: { $path }
cli-iv-nothing-to-undo = nothing to undo

# Message of the command line.
# $file: a file path
cli-iv-stopped = Interview stopped; the household is saved in { $file }. Resume with: secu interview { $file }

# Message of the command line.
# $count: a number
# $file: a file path
cli-iv-skipped-left =
    { $count ->
         [one] { $count } question skipped
        *[other] { $count } questions skipped
    }: the household stays partial. Resume with: secu interview { $file }
cli-iv-complete = No question remains: the household is complete.

## Procedure: next actions and deadlines
act-gather = gather the missing documents
act-submit = every document is ready: submit the file to the fund
act-wait-nia = wait for the provisional number (NIA), about 3 weeks
act-wait-confirmation = wait for the fund to confirm the affiliation
act-wait-reopen = wait for the fund to reopen the rights
act-wait-s1 = wait for the fund to register the S1
act-send-civil-status = send the civil-status document (birth certificate): 3 months from the NIA, then a formal notice
act-declare-physician = declare a médecin traitant (paper form S3704 if the doctor cannot declare online)
act-wait-certification = wait for SANDIA to certify the number (up to 9 months)
act-suspended = benefits are suspended: send the civil-status document now
act-order-card = order the Carte Vitale (form with photo and ID, or online from the ameli account)
act-return-card-form = return the “Ma nouvelle carte Vitale” form with an identity photo and a copy of an ID
act-wait-card = wait for the Carte Vitale (about 3 weeks by post, 2 weeks online)
act-open-ameli = open the ameli account
act-attestation = download the attestation de droits and give it to the company's mutuelle
act-own-coverage = now an adult: file the S1110 with a bank account in their own name
act-own-coverage-work = works (apprenticeship included): covered in their own right from the first day of work, no longer attached to a parent; file their own request with a bank account in their name
act-contest-rejection = contest the rejection within 2 months of its notification (recours amiable before the fund's commission de recours amiable, CSS R142-1)
act-submit-again = or submit the file again, corrected
dl-civil-status-due = civil-status document due (3 months after the NIA, R114-7)
dl-civil-status-final-due = civil-status document due after the formal notice (3 months), then suspension
dl-fund-decision-due = the fund decides within 3 months of the suspension
dl-nia-expiry = end of the NIA's 9-month validity
dl-ntt-limit = end of the 3-month NTT tolerance in payroll (DSN)
dl-posting-end = end of the posting
dl-nia-expected = NIA expected (estimate: 3 weeks after submission)
dl-certification-expected = certified number expected (estimate: within 9 months of the complete file)
dl-ameli-expected = ameli account possible (estimate: 10 days after the NIR)
dl-carte-vitale-expected = Carte Vitale expected (estimate: 3 weeks after the order)
dl-sixteenth-birthday = 16th birthday: own Carte Vitale, may become ayant droit autonome
dl-eighteenth-birthday = 18th birthday: own coverage (S1110)
dl-appeal-due = last day to contest the rejection (2 months, CSS R142-1)

## Procedure: status report

# Report heading or label.
# $date: a date (written out by DATE)
ui-status-title = Procedure status as of { DATE($date) }
ui-track = Procedure
ui-phase = Stage
ui-nia = NIA
ui-nir = NIR

# Report heading or label.
# $key: the two-digit key
ui-nir-without-key = key not given; it would be { $key }
ui-missing-documents = Missing documents
ui-next-actions = Next actions
ui-allowed-events = Events that can be recorded now
ui-rejection-reason = Reason given by the fund
ui-deadlines = Deadlines
ui-overdue = OVERDUE

# Report heading or label.
# $count: a number
# $date: a date (written out by DATE)
ui-portfolio-title =
    { $count ->
         [one] { $count } case file
        *[other] { $count } case files
    } as of { DATE($date) }

# Report heading or label.
# $count: a number
ui-portfolio-blocked =
    { $count ->
         [one] { $count } member blocked or overdue
        *[other] { $count } members blocked or overdue
    }
ui-waiting-on = waiting on
ui-overdue-count = overdue
ui-problem = problem

# Report heading or label.
# $now: a number of events now
# $then: a number of events then
ui-went-back = went back since the last listing: { $now } events now, { $then } then, and the file no longer reaches the head seen then: events were deleted or an older copy was put back

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-id-characters = an id has only letters A–Z and a–z, digits, ".", "_" and "-" (found { $found })
ph-preparing = preparing the file
ph-submitted = submitted to the fund
ph-provisional = provisional number (NIA): identification under way
ph-suspended = benefits suspended (civil-status document missing)

# $sex: female, male or other (unknown): French agrees with the person.
ph-affiliated = affiliated: number certified, rights open

# $sex: female, male or other (unknown): French agrees with the person.
ph-affiliated-confirmed = affiliated: affiliation confirmed, rights open

# $sex: female, male or other (unknown): French agrees with the person.
ph-affiliated-reopened = affiliated: rights reopened

# $sex: female, male or other (unknown): French agrees with the person.
ph-affiliated-s1 = registered: S1 recorded, care paid by the home fund
ph-complete = complete
ph-rejected = rejected by the fund
ph-withdrawn = withdrawn
tr-registration-with-identification = first registration with identification (NIA, then certified NIR)
tr-registration = first registration (number already known)
tr-reactivation = reactivation of rights
tr-s1-registration = S1 registration
tr-beneficiary-with-identification = child beneficiary, own NIA then NIR
tr-beneficiary = child beneficiary

## Values of the household's fields (labels for forms)
in-rel-primary = main applicant (takes up work in France)
in-rel-spouse = spouse
in-rel-civil-partner = civil partner (PACS)
in-rel-cohabiting-partner = cohabiting partner
in-rel-child = child
in-sex-female = female
in-sex-male = male
in-nir-certified = a certified NIR
in-nir-provisional = a provisional number (NIA)
in-act-employed = employed on a French contract
in-act-posted = posted by a foreign employer
in-act-self-employed = self-employed
in-act-student = student (higher education)
in-act-job-seeker = job seeker
in-act-none = no professional activity
in-sector-general = general scheme
in-sector-agricultural = agricultural (MSA)
in-cert-a1 = A1 (EU/EEA/Switzerland/UK)
in-cert-bilateral = certificate under a bilateral agreement
in-cert-none = no certificate
in-permit-not-required = not required (EEA/Swiss national)
in-permit-long-stay-visa = long-stay visa (VLS-TS)
in-permit-residence-permit = residence permit (carte de séjour)
in-permit-resident-card = resident card (carte de résident)
in-permit-talent-passport = Talent Passport (passeport talent)
in-permit-receipt = receipt (récépissé)
in-permit-none = none

## Events of a case (labels for pages and reports)
ev-document-received = document received
ev-document-rejected = document rejected
ev-document-waived = document waived (with a reason)
ev-file-submitted = file submitted to the fund
ev-documents-requested = the fund asked for documents
ev-nia-issued = provisional number (NIA) issued
ev-civil-status-received = civil-status document received by SANDIA
ev-formal-notice-received = formal notice received
ev-rights-suspended = rights suspended
ev-physician-declared = médecin traitant declared
ev-nir-certified = social security number (NIR) certified
ev-affiliation-confirmed = affiliation confirmed
ev-rights-reopened = rights reopened
ev-s1-registered = S1 form registered
ev-carte-vitale-form-received = Carte Vitale form received
ev-carte-vitale-ordered = Carte Vitale ordered
ev-carte-vitale-received = Carte Vitale received
ev-carte-vitale-still-valid = old Carte Vitale still valid
ev-ameli-account-opened = ameli account opened
ev-attestation-obtained = attestation de droits obtained
ev-own-coverage-opened = own coverage opened
ev-rejected = rejected by the fund
ev-withdrawn = withdrawn
ev-household-corrected = household corrected
ev-member-added = member added (newborn)
ev-permit-renewed = residence permit renewed
ev-correction = correction (voids an earlier entry)

## Intake: the questions of a partial household (contract §5)
q-birth-date = What is this person's date of birth?
q-help-birth-date = The age decides a child's status (beneficiary, autonomy at 16, majority) and the milestones.
q-sex = What is this person's sex?
q-help-sex-agreement = Used to write the texts about this person in the right form (in French and several other languages, words agree with the person) and to cross-check a French social security number. You may leave it unanswered: the texts then use the general form.
q-nationality = What is this person's nationality?
q-help-nationality = French, EEA/Swiss or other nationals do not follow the same route or need the same documents.
q-birth-country = In which country was this person born?
q-help-birth-country = A person born in France (or a French overseas territory) has a number from birth; a foreign birth certificate may need a sworn translation.
q-nir = Does this person have a French social security number (NIR)? Give it, or answer none.
q-help-nir = 13 or 15 characters, on a Carte Vitale or an attestation de droits.
q-nir-status = Is that number certified, or a provisional number (NIA)?
q-help-nir-status = A provisional number (NIA) is valid 9 months until it is certified.
q-nia-issued-on = When was the provisional number (NIA) issued?
q-help-nia-issued-on = It anchors the NIA's validity.
q-previously-insured = Was this person ever insured in France before?
q-help-previously-insured = Former rights are reopened (réouverture des droits) instead of a first registration. Unknown is assumed no, with a warning.
q-activity-kind = What will this person do in France?
q-help-activity-kind = A French employment contract, a posting by a foreign employer, self-employment, higher education, job seeking, or none.
q-activity-start = When does this activity start in France?
q-help-activity-start = The first day of work or of studies: coverage usually starts then.
q-sector = Is the activity in the agricultural sector?
q-help-sector = Agricultural activities are covered by the MSA instead of the CPAM.
q-employer-siren = What is the employer's SIREN number?
q-help-employer-siren = 9 digits; used to propose the payroll's temporary number (NTT).
q-payroll-id = What is the employee's payroll identifier?
q-help-payroll-id = Used to propose the payroll's temporary number (NTT).
q-posted-from = From which country is this person posted?
q-help-posted-from = The EU regulation or the bilateral agreement with that country decides which scheme covers a posted worker.
q-posting-certificate = Which posting certificate does this person hold?
q-help-posting-certificate = An A1 (EU/EEA/Switzerland), a bilateral agreement certificate, or none.
q-posting-end = When does the posting end?
q-help-posting-end = Postings are limited in time (24 months in the EU).
q-arrival-date = When did (or will) this person settle in France?
q-help-arrival-date = Without an activity, coverage through residence needs 3 months of stable residence.
q-permit = Which residence permit does this person hold?
q-help-permit = Adults from outside the EEA and Switzerland need a regular stay.
q-permit-valid-from = From when is the permit valid?
q-help-permit-valid-from = A long-stay visa (VLS-TS) must be validated within 3 months.
q-permit-valid-until = Until when is the permit valid?
q-help-permit-valid-until = Its expiry is a milestone to watch.
q-postcode = What is the postcode of the home in France?
q-help-postcode = It picks the fund (the CPAM of the department, a CGSS overseas).
q-in-education = Is this child enrolled at school?
q-help-in-education = A pupil; higher-education students have the activity student.
q-autonomy-requested = Has this 16–17-year-old asked to become an autonomous beneficiary (ayant droit autonome)?
q-help-autonomy-requested = From 16, a child may be covered in their own name.
q-union-country = In which country was the marriage, PACS or cohabitation certificate issued?
q-help-union-country = A certificate from outside France, the EEA and Switzerland needs a sworn translation.
q-parents = Who are this child's parents in the household?
q-help-parents = Member ids; by default the primary member and their partner.
report-provisional = provisional (could change)
report-questions = Questions that remain
report-no-question = No question remains: the assessment is complete.

# Error hint. $fields: the JSON paths of the null answers, joined
hint-null-partial = { $fields }: null answers a fact only in a partial household (one saved by `secu interview` before the end): assess it with `secu assess --partial`

## Dates, from CLDR 49 (gregorian, format context, wide; a test compares them with ICU4X 2.4): the month names a long date uses, and the long-date pattern.
## DATE($date) renders date-long with the day, the month name and the year; a test compares them with ICU4X.
date-month-1 = January
date-month-2 = February
date-month-3 = March
date-month-4 = April
date-month-5 = May
date-month-6 = June
date-month-7 = July
date-month-8 = August
date-month-9 = September
date-month-10 = October
date-month-11 = November
date-month-12 = December

# The long date (DATE): "15 September 2026".
# $day: the day of the month (a number, 1 to 31)
# $month: the name of the month (date-month-N)
# $year: the year (a number)
date-long = { $day } { $month } { $year }

## The web page's own words (web/i18n.js): ids prefixed page-
page-title = French health insurance: your checklist
page-subtitle = For employees moving to France, their families and HR teams: who gets covered, how, from when, and which documents to gather.
page-privacy-tab = Private by design: everything is computed in your browser. Nothing you type is sent anywhere or stored; only your choice of language is kept, in this tab, until you close it.
page-language = Language
page-skip = Skip to the result
page-household = Household
page-as-of = Evaluation date
page-as-of-hint = The date the situation is assessed on (default: today).
page-file = Files
page-import = Import a household or case file (JSON)
page-import-drop = or drop a JSON file anywhere on the page
page-export-household = Export the household (JSON)
page-open-case = Open a case from this household
page-member = Member
page-add-member = Add a member
page-remove-member = Remove this member
page-sec-identity = Identity
page-sec-number = French social security number
page-sec-activity = Activity in France
page-sec-residence = Residence in France
page-sec-family = Family
page-id = Identifier
page-id-hint = Short and unique, e.g. "anna" (used in files and case tracking).
page-label = Name or employee reference (optional)
page-relationship = Relationship to the main applicant
page-birth-date = Date of birth
page-sex = Sex
page-nationality = Nationality
page-birth-country = Country of birth
page-union-country = Country where the marriage/PACS certificate was issued
page-nir = French social security number (NIR) or provisional number (NIA), if any
page-nir-status = This number is
page-nia-issued-on = NIA issued on
page-previously-insured-in-france = Insured in France before?
page-activity-kind = Activity
page-activity-start-date = First day of work or studies in France
page-activity-sector = Sector
page-activity-employer-siren = Employer SIREN (9 digits)
page-activity-employer-payroll-id = Payroll number
page-activity-posting-from-country = Sending country of the posting
page-activity-posting-certificate = Certificate of the posting
page-activity-posting-end-date = Planned end of the posting
page-residence-arrival-date = Arrival (or planned arrival) in France
page-residence-permit = Residence permit
page-residence-permit-valid-from = Permit valid from
page-residence-permit-valid-until = Permit valid until
page-residence-postcode = French postcode of the home
page-in-education = Pupil enrolled at school
page-autonomy-requested = Asked to become ayant droit autonome (16–17)
page-parents = Parents (identifiers, comma-separated)
page-parents-hint = Empty: the main applicant and their spouse or partner are assumed to be the parents, and the result says so (“parents not given”).
page-add-relationship = Relationship of the new member
page-sample-note = This is a sample: a fictional employee, to show what the page does. Replace the values with your own, or start empty.
page-mode = How to describe the household
page-mode-guided = Guided questions
page-mode-form = Full form
page-people-title = Who is in the household?
page-people-hint = The main applicant is the person who takes up work in France. Then the questions ask only what changes the result.
page-people-partner = Partner moving too
page-people-partner-none = no partner
page-people-children = Number of children moving too

# Page.
# $relationship: the relationship, as the form labels it
page-people-id = Identifier of the { $relationship }
page-people-next = Start the questions
page-people-change = Change who is in the household

# Page.
# $members: the members: "id (relationship)", comma-separated
page-people-summary = In the household: { $members }.
page-guided-remaining-one = 1 question left

# Page.
# $count: a number
page-guided-remaining =
    { $count ->
         [one] { $count } question left
        *[other] { $count } questions left
    }

# Page.
# $member: the member's name or id
page-guided-about = About { $member }
page-guided-back = Back
page-guided-none = None / leave empty
page-guided-next = Next
page-guided-choose = Choose…
page-guided-needed = Answer this question to go on: it cannot be left empty.
page-guided-done = Nothing left to ask: every result is certain.
page-guided-done-hint = Check the result, export the household, or review every field in the full form.
page-certain = certain
page-provisional = provisional
page-provisional-note = Results marked provisional may still change with your answers; those marked certain will not.
page-sample-clear = Start a new household
page-sample-result = Sample result for a fictional person, not for you: change the household to see yours.
page-no-members = Add the main applicant (the person who takes up work in France) to see the result.
page-case-back = Back to the result
page-goto-case = Go to the case tracking
page-record-date-hint = An event is recorded once it has happened: today at the latest.

# Page.
# $today: today's date (a date)
page-record-date-future = This date is after today ({ DATE($today) }): an event is recorded once it has happened.
page-unknown = — unknown —
page-none-selected = — not given —
page-yes = yes
page-no = no
page-result = Result
page-result-empty = Fill in the household to see the result.
page-stale = Out of date: the household has errors (see the messages). The last valid result is shown greyed.
page-errors-title = Please check these points
page-print = Print

# Page.
# $date: a date (written out by DATE)
# $version: the secu version
# $rules: the date of the rules (a date)
page-as-of-line = Assessment as of { DATE($date) } · secu { $version }, rules of { DATE($rules) }

# Page.
# $age: an age in whole years
page-age =
    { $age ->
         [0] under one year old
         [one] { $age } year old
        *[other] { $age } years old
    }
page-affiliation = Affiliation
page-basis = Basis
page-covered-from = Covered from
page-covered-unknown = not known yet
page-fund = File goes to
page-fund-unknown = not known (no postcode)
page-dependent-status = Child status
page-attached-to = Attached to
page-identification = Identification
page-identification-yes = needed: provisional number (NIA), then certified number (SANDIA)
page-identification-no = not needed
page-why = Why
page-warnings = Points of attention
page-documents = Documents to gather
page-one-of = Any one of:
page-translation-needed = Needs a sworn translation into French
page-covers = Covers:
page-for-members = For:
page-steps = Steps

# Page.
# $date: a date (written out by DATE)
page-expected-by = expected by { DATE($date) } (estimate)
page-timeline = Timeline

# Page.
# $member: the member's name or id
page-timeline-alt = Upcoming dates for { $member }
page-timeline-empty = No upcoming dated milestone.
page-today = evaluation date
page-payroll = Payroll (DSN)
page-declare = Declare
page-ntt-suggestion = Suggested NTT
page-case-title = Case tracking

# Page.
# $date: a date (written out by DATE)
# $count: a number
page-case-meta =
    Case opened on { DATE($date) } · { $count ->
         [one] { $count } recorded event
        *[other] { $count } recorded events
    }
page-case-as-of = Status date
page-case-export = Export the case file (JSON)
page-case-close = Close the case
page-track = Procedure
page-phase = Stage
page-nia = NIA
page-nir-short = NIR
page-missing-documents = Missing documents
page-none = none
page-next-actions = Next actions
page-deadlines = Deadlines
page-overdue = overdue
page-estimate = estimate

# Page.
# $date: a date (written out by DATE)
page-done-on = done on { DATE($date) }
page-record-title = Record an event
page-record-member = Member
page-record-date = Date of the event
page-record-kind = Event
page-record-document = Document
page-record-documents = Documents requested
page-record-number = Number
page-record-reason = Reason
page-record-voids = Entry number voided
page-record-permit = Permit
page-record-valid-from = Valid from
page-record-valid-until = Valid until
page-record-json = Event data (JSON object)
page-record-submit = Record

# Page.
# $event: the event, as the form labels it
page-record-ok = Recorded: { $event }.
page-record-none = Nothing can be recorded in this member’s file on this date; events about the household remain possible.
page-missing-first = Missing
page-member-events = This member’s file
page-household-events = The household (any time)
page-other-documents = Other documents
page-import-bad-json = This file is not valid JSON.
page-import-unknown = This file is neither a household nor a case file.

# Page.
# $file: a file name
page-imported-household = Household imported from { $file }.

# Page.
# $file: a file name
page-imported-with-problems = Imported from { $file } with problems (anything the form cannot hold was left out):

# Page.
# $file: a file name
page-imported-case = Case file imported from { $file }.
page-case-opened = Case opened.
page-invalid-number = Give a number.
page-loading = Loading the rules…

# Page.
# $error: the technical error, as is
page-load-failed = The rules engine could not be loaded: { $error }

## The team's page (web/team.html, served by secu serve --db): its own words.
## Rendered by the server (GET /team/l10n/{lang}); variables are strings.

page-team-title = Team workspace: French health insurance
page-team-language = Language
page-team-signout = Sign out
page-team-nav-portfolio = Portfolio
page-team-nav-admin = Administration
page-team-signin-heading = Sign in
page-team-email = E-mail address
page-team-password = Password
page-team-signin = Sign in
page-team-signin-failed = Wrong e-mail address or password.
page-team-throttled = Too many failed attempts for this address: wait a few minutes, then try again.
page-team-session-ended = Your session has ended: please sign in again.

# Team page.
# $email: the account's e-mail address; $role: its role, as page-team-role-* says it
page-team-signed-in-as = Signed in as { $email } ({ $role })

page-team-portfolio-heading = Portfolio
page-team-filter = Show
page-team-filter-all = All cases
page-team-filter-blocked = Blocked
page-team-filter-overdue = Overdue

# Team page.
# $days: the portfolio's horizon, a number of days (secu-case's PORTFOLIO_HORIZON_DAYS)
page-team-filter-upcoming =
    Due within { $days ->
        [one] one day
       *[other] { $days } days
    }

page-team-org = Organisation
page-team-org-all = All organisations
page-team-col-case = Case
page-team-col-org = Organisation
page-team-col-member = Person
page-team-col-phase = Stage
page-team-col-waiting = Waiting on
page-team-col-overdue = Overdue

# Team page.
# $days: the portfolio's horizon, a number of days (secu-case's PORTFOLIO_HORIZON_DAYS)
page-team-col-upcoming =
    Within { $days ->
        [one] one day
       *[other] { $days } days
    }

page-team-blocked = blocked
page-team-no-cases = No case to show.
page-team-open-heading = Open a case
page-team-household-file = Household (JSON file, as for secu assess)
page-team-opened-on = Opened on
page-team-open = Open the case

# Team page.
# $id: the case's id
page-team-opened = Case { $id } opened.

page-team-bad-json = This is not valid JSON.
page-team-back = Back to the portfolio

# Team page.
# $id: the case's id
page-team-case-heading = Case { $id }

page-team-calendar = Calendar (iCalendar)
page-team-export = Export the case file
page-team-next-actions = Next actions
page-team-steps = Steps
page-team-missing = Missing documents
page-team-deadlines = Deadlines and key dates
page-team-overdue = overdue
page-team-estimated = estimate
page-team-none = None.
page-team-record-heading = Record an event
page-team-member = Person
page-team-date = Date of the event
page-team-event = Event
page-team-member-events = This person’s file
page-team-household-events = The household (any time)
page-team-document = Document
page-team-documents = Documents requested
page-team-number = Number
page-team-reason = Reason
page-team-event-json = Other fields of the event (JSON object)
page-team-no-event = Nothing can be recorded in this person’s file on this date; events about the household remain possible.
page-team-record = Record

# Team page.
# $event: the event, as the form labels it
page-team-recorded = Recorded: { $event }.

# Team page.
# $reason: the server's reason, as is
page-team-refused = Refused: { $reason }

page-team-allowed-now = Allowed now:
page-team-history-heading = History
page-team-col-seq = No.
page-team-col-date = Date
page-team-col-event = Event
page-team-col-by = Recorded by
page-team-link-heading = Employee’s personal link
page-team-link-create = Create a read-only link

# Team page.
# $member: the person, by label or id
page-team-link-made = Read-only personal link for { $member }, to be sent to that person only:

page-team-orgs-heading = Client organisations
page-team-org-name = Name
page-team-org-create = Create the organisation

# Team page.
# $name: the organisation's name
page-team-org-created = Organisation { $name } created.

page-team-users-heading = Accounts
page-team-role = Role
page-team-role-admin = Administrator
page-team-role-consultant = Consultant
page-team-role-client-hr = Client’s HR
page-team-role-employee = Employee
page-team-user-create = Create the account

# Team page.
# $email: the account's e-mail address
page-team-user-created = Account { $email } created.

page-team-tokens-heading = Tokens for integrations
page-team-token-name = Name of the integration
page-team-token-create = Create a token
page-team-token-once = Copy this token now: it is shown only once.
page-team-access-log-heading = Access log
page-team-access-log = Export the access log (JSON)
page-team-link-title = Your checklist
page-team-link-note = Read-only: your HR contact or consultant records the progress.
page-team-link-invalid = This link is unknown, expired or revoked: ask your HR contact or consultant for a new one.

# Team page.
# $reason: the technical error, as is
page-team-error = Something went wrong: { $reason }

## Server (secu serve): the titles and messages of its own errors (srv-*)

srv-title-invalid-query = invalid query
srv-title-malformed-json = malformed JSON
srv-title-invalid-household = invalid household
srv-title-invalid-request = invalid request
srv-title-malformed-request = malformed request
srv-title-unreadable-body = unreadable body
srv-title-internal-error = internal error
srv-title-body-too-large = body too large
srv-title-unavailable = service unavailable
srv-title-not-found = not found
srv-title-method-not-allowed = method not allowed
srv-title-unauthorized = unauthorized
srv-title-forbidden = forbidden
srv-title-too-many-requests = too many requests
srv-title-unprocessable = unprocessable entity
srv-title-bad-request = bad request
srv-title-conflict = conflict
srv-title-internal-server-error = internal server error
srv-no-endpoint = no such endpoint
srv-method-not-allowed = method not allowed on this endpoint
srv-unreadable-body = the request body could not be read
srv-internal-error = internal error
srv-shutting-down = the server is shutting down
srv-at-capacity = the server is at capacity; retry later
srv-timeout = the request took too long
srv-too-many-batches = too many batches at once; retry later
srv-api-key-required = a valid API key is required: Authorization: Bearer KEY

# $limit: a number of bytes
srv-body-too-large = the request body is over the limit of { $limit } bytes

srv-not-json = the body is not JSON
srv-nir-expected-object = expected an object { "{" }"number": "…"{ "}" }
srv-nir-unknown-field = unknown field; expected only `number`
srv-nir-missing-number = missing field `number`
srv-expected-string = expected a string
srv-query-unknown = unknown or repeated query parameter; expected as_of, lang, partial, detail
srv-expected-date = expected a date YYYY-MM-DD
srv-detail-expected = expected `full` or `codes`
srv-partial-expected = expected `true` or `false`
srv-batch-partial = a batch assesses complete households; assess a partial one with POST /v1/assess?partial=true

# $tags: the language tags that can be selected, joined by commas (en, fr, …)
srv-lang-unknown = unsupported language; expected one of { $tags } (BCP 47 tags, e.g. pt-BR → pt)

srv-sign-in = sign in first (POST /v1/session), or send Authorization: Bearer TOKEN
srv-token-unknown = unknown, expired or revoked bearer token
srv-session-expired = the session ended or expired: sign in again
srv-csrf = this request needs the session's X-CSRF-Token header (the csrf_token of POST /v1/session)
srv-wrong-password = wrong e-mail address or password
srv-rate-limited = too many failed sign-ins for this address: retry later
srv-no-team = no team service: start secu serve with --db URL
srv-db-failed = the team database failed; see the server's log
srv-no-case = no such case
srv-no-org = no such organisation
srv-admin-only = only an administrator may do this
srv-employee-own-case = an employee reads their own case only
srv-employee-link-only = an employee's access is their personal link
srv-filter-expected = expected all, blocked, overdue or upcoming
srv-link-unknown = this link is unknown, expired or revoked
srv-query-repeated = unknown or repeated query parameter
srv-firm-only = only the firm's staff record events and issue links
srv-erase-admin-only = only an administrator may erase a case's personal data
srv-employee-read-only = an employee's link reads the status, history and calendar only
srv-title-event-refused = event refused
srv-unknown-member = no such member in the case
srv-expected-member = expected the member's id (a string)
srv-expected-event-object = expected an object { "{" }member, event, date, …{ "}" }
srv-no-live-link = no such live link

# $line: a line number of the body
# $column: a column number of the body
# $expected: the fields expected, as JSON ({org, household, opened_on?})
srv-bad-body = invalid JSON body (line { $line }, column { $column }): expected { $expected }
srv-case-no-replay = the case does not replay; see the server's log
srv-unknown-member-query = no such member in the case (?member=ID)
srv-firm-imports = only the firm's staff import case files
srv-firm-revokes = only the firm's staff revoke employee links
srv-admin-access-log = only an administrator exports the access log
srv-firm-lists-orgs = only the firm's staff list the organisations
srv-name-chars = expected 1 to 200 characters without a control character
srv-org-exists = an organisation of that name exists
srv-account-exists = an account with that address exists
srv-no-account = no such account
srv-chars = expected 1 to 200 characters
srv-expected-email = expected an e-mail address
srv-expected-password = expected a password of 12 to 1024 characters

# ---- l10n-gaps: the CLI's own texts that bypassed the resources ----

# Error message (lowercase, no final period): --lang refused.
# $value: the tag as given
# $expected: the available language tags, comma-separated (codes: keep them)
err-unsupported-language = unsupported language "{ $value }": expected one of { $expected } (BCP 47 tags, e.g. pt-BR → pt)

# Error message (lowercase, no final period): a digest or salt of a case file is not hex.
# $count: the number of digits expected (64 or 32)
err-hex-digits = expected { $count } lowercase hex digits

# Error message (lowercase, no final period), after a file name: the file does not exist.
err-io-not-found = no such file or folder

# Error message (lowercase, no final period), after a file name: the system refuses access.
err-io-permission-denied = permission denied

# Error message (lowercase, no final period), after a file name: it names a folder.
err-io-is-a-directory = a folder, not a file

# The help line under a list of choices in the terminal interview (the keys: arrows, Enter, typing).
cli-iv-help-select = ↑↓ to move · Enter to choose · type to filter

# Shown after a question of the terminal interview stopped with Esc (in angle brackets, as a mark, not a sentence).
cli-iv-canceled = <stopped>

# clap usage error: an argument the command does not take ($arg, as typed, e.g. --bogus).
cli-usage-unknown-argument = unknown argument { $arg }

# clap usage error: a command that does not exist ($command, as typed).
cli-usage-unknown-command = unknown command { $command }

# clap usage error: an option given without its value ($arg, e.g. --lang <TAG>).
cli-usage-missing-value = { $arg } needs a value

# clap usage error: a value refused for an argument ($value as typed; $arg, e.g. --detail <DETAIL>).
cli-usage-invalid-value = invalid value { $value } for { $arg }

# clap usage error: a value that is not one of the choices ($value as typed; $arg; $choices, the codes accepted, comma-separated).
cli-usage-invalid-choice = invalid value { $value } for { $arg }; possible values: { $choices }

# clap usage error: a required argument missing ($arg, e.g. <NUMBER>; several are comma-separated).
cli-usage-missing-argument = missing required argument: { $arg }

# clap usage error: a command (subcommand) is required and none was given.
cli-usage-missing-command = a command is required

# clap usage error: two arguments that cannot be given together ($arg, $other).
cli-usage-conflict = { $arg } cannot be used with { $other }

# clap usage error: an argument given with too many or too few values ($arg).
cli-usage-value-count = wrong number of values for { $arg }

# clap usage error of another kind (generic).
cli-usage-invalid = the command line is not valid

# After a usage error: the closest valid argument, command or value ($suggestion, as it is typed).
cli-usage-suggestion = did you mean { $suggestion }?

# After a usage error: where the usage is described ($command, the help command, e.g. secu case record --help; the help stays in English).
cli-usage-help = usage (in English): { $command }

# The name of the iCalendar file of a case's deadlines (secu case calendar, the team service's calendar), shown by calendar applications; "secu" is the program's name.
ical-calendar-name = secu: health-insurance deadlines
