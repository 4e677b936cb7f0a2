# secu: every text the library and its frontends show, in Italian (italiano); formal address (Lei). Translated from en/secu.ftl; see REVIEW.md.
# Conventions (ids, variables, functions, $sex, plurals, typography): docs/l10n.md.

## Affiliation types, bases, statuses
aff-registration = prima iscrizione (immatriculation)
aff-reactivation = riapertura dei diritti (réouverture des droits)
aff-beneficiary = familiare a carico (ayant droit) di un genitore
aff-s1-registration = iscrizione di un modulo S1 (paga la cassa del paese d'origine)
aff-none = nessuna iscrizione in Francia (regime del paese d'origine)
basis-activity = attività professionale in Francia
basis-residence = residenza stabile e regolare (résidence stable et régulière)
basis-accompanying-family = familiare che accompagna una persona assicurata
basis-dependent-child = figlio minorenne di un genitore assicurato
basis-s1 = modulo S1 del paese d'origine
basis-home-scheme = regime del paese d'origine
status-ayant-droit = familiare a carico (ayant droit)
status-ayant-droit-autonome = familiare a carico autonomo (ayant droit autonome)

# $sex: female, male or other (unknown): French agrees with the person.
status-own-coverage =
    { $sex ->
         [female] assicurata
        *[other] assicurato
    } a titolo personale
fund-cpam = CPAM (cassa locale di assicurazione malattia)
fund-cgss = CGSS (cassa generale di sicurezza sociale d'oltremare)
fund-cssm = CSSM (cassa di sicurezza sociale di Mayotte)
fund-msa = MSA (regime agricolo)

## Milestones
ms-own-card-orderable = 12 anni: un genitore può richiedere la Carte Vitale personale del figlio
ms-own-carte-vitale = 16 anni: Carte Vitale personale; può diventare ayant droit autonome
ms-majority = 18 anni (maggiore età)
ms-beneficiary-end = fine dello status di familiare a carico: presentare il modulo S1110 per la copertura personale
ms-nia-expiry = fine dei 9 mesi di validità del numero provvisorio (NIA)
ms-posting-end = fine del distacco
ms-ntt-limit = fine della tolleranza di 3 mesi per l'NTT nelle buste paga (DSN)
ms-vls-ts-validation-due = termine per convalidare online il visto per soggiorno di lunga durata (VLS-TS)
ms-permit-expiry = scadenza del permesso di soggiorno
ms-residence-condition-met = raggiunti 3 mesi di residenza stabile: inizia la copertura

## Documents
doc-form-s1106 = modulo S1106: domanda di apertura dei diritti (cerfa 15763*02)
doc-form-s3705 = modulo S3705: collegamento dei figli minorenni (cerfa 14445*02)
doc-form-s1110 = modulo S1110: copertura personale di un giovane (cerfa 15763*02)
doc-form-s3704 = modulo S3704: scelta del medico (médecin traitant, cerfa 12485*03)
doc-identity-document = documento d'identità
doc-residence-permit = permesso di soggiorno (titre de séjour)
doc-birth-certificate = atto di nascita integrale con la filiazione (acte de naissance)
doc-sworn-translation = traduzione giurata in francese (traduction assermentée)
doc-marriage-or-partnership-certificate = certificato di matrimonio, di PACS o di convivenza
doc-proof-of-address = prova di domicilio (justificatif de domicile)
doc-bank-details = coordinate bancarie intestate alla persona (RIB)
doc-proof-of-activity = prova dell'attività professionale
doc-proof-of-residence = prova di oltre 3 mesi di residenza stabile
doc-s1-form = modulo S1 della cassa malattia del paese d'origine
doc-a1-certificate = certificato A1 (legislazione applicabile)
doc-coverage-certificate = certificato di copertura secondo la convenzione bilaterale (certificat de détachement)
doc-enrolment-certificate = certificato di iscrizione scolastica o universitaria (certificat de scolarité)
doc-id-photo = fototessera per la Carte Vitale
doc-autonomy-request-letter = lettera per chiedere di diventare ayant droit autonome
doc-legalisation = legalizzazione o apostille degli atti di stato civile stranieri
# $sex: female, male or other (unknown): the worker's words agree with the person.
doc-private-insurance-statement =
    attestato di assicurazione sanitaria privata per { $sex ->
         [female] la lavoratrice
        *[other] il lavoratore
    } e la famiglia
doc-guardianship-document = documento di tutela (decisione del giudice, delega della responsabilità genitoriale)

## Alternatives
alt-passport = passaporto
alt-national-id-card = carta d'identità
alt-full-copy = copia integrale (copie intégrale)
alt-extract-with-filiation = estratto con la filiazione
alt-multilingual-extract = estratto plurilingue
alt-consular-document = documento rilasciato da un consolato
alt-livret-de-famille = libretto di famiglia (livret de famille)
alt-employment-contract = contratto di lavoro
alt-employer-certificate = attestato del datore di lavoro
alt-payslip = busta paga
alt-business-registration = prova di iscrizione come lavoratore autonomo
alt-marriage-certificate = certificato di matrimonio
alt-pacs-certificate = certificato di PACS
alt-cohabitation-certificate = certificato di convivenza (certificat de concubinage)
alt-sworn-statement = dichiarazione sull'onore di convivenza (déclaration sur l'honneur)
alt-utility-bill = bolletta recente (luce, gas, acqua, telefono)
alt-rent-receipt = ricevuta d'affitto o contratto di locazione
alt-accommodation-certificate = attestato di ospitalità con il documento d'identità di chi ospita
alt-rent-history = contratto di locazione, o ricevute d'affitto, che risalgono a più di 3 mesi fa
alt-old-utility-bill = bolletta a un indirizzo francese emessa più di 3 mesi fa
alt-entry-stamp = timbro d'ingresso sul passaporto o visto che mostra un ingresso di più di 3 mesi fa
alt-accommodation-since = attestato di ospitalità che indica da quando, con il documento d'identità di chi ospita
alt-long-stay-visa = visto per soggiorno di lunga durata convalidato (VLS-TS)
alt-residence-card = permesso di soggiorno (carte de séjour, passeport talent)
alt-resident-card = carta di residente (carte de résident)
alt-algerian-certificate = certificato di residenza algerino (certificat de résidence)
alt-online-by-doctor = dichiarato online dal medico
alt-paper-s3704 = modulo cartaceo S3704 firmato dal medico

## Steps, actors, statuses
step-prepare-file = preparare la pratica (documenti, moduli)
step-submit-file = presentare la pratica alla cassa
step-provisional-number = numero provvisorio (NIA) rilasciato
step-physician-declaration = dichiarare un medico curante (médecin traitant)
step-number-certification = numero di previdenza sociale certificato (SANDIA)
step-carte-vitale = Carte Vitale
step-ameli-account = account ameli e attestato dei diritti (attestation de droits)
step-rights-reopened = diritti riaperti
step-s1-registered = S1 registrato dalla cassa
actor-member = la persona
actor-parent = un genitore
actor-employer = il datore di lavoro
actor-cpam = la cassa (CPAM)
actor-cgss = la cassa (CGSS)
actor-cssm = la cassa (CSSM)
actor-msa = la cassa (MSA)
actor-sandia = SANDIA (CNAV)
actor-doctor = il medico
actor-home-institution = l'istituzione del paese d'origine
status-pending = da fare
status-in-progress = in corso
status-done = fatto
status-blocked = bloccato
status-not-applicable = non applicabile
dsn-nir = NIR (numero di previdenza sociale certificato)
dsn-nia = NIA (numero provvisorio)
dsn-ntt = NTT (numero tecnico temporaneo)

## Warnings
w-residence-three-months = Senza attività professionale, la copertura per residenza (résidence stable) inizia dopo più di 3 mesi di residenza in Francia.

# Warning shown under a member.
# $date: a date (written out by DATE)
w-residence-three-months-dated = Senza attività professionale, la copertura per residenza (résidence stable) inizia dopo più di 3 mesi di residenza in Francia: dal { DATE($date) }.

# Warning shown under a member.
# $months: a number of months
w-posting-over-limit =
    Il distacco dura più { $months ->
         [one] del mese
        *[other] dei { $months } mesi
    } consentiti dalle regole: senza deroga, oltre questo periodo si applica l'iscrizione in Francia.

# Warning shown under a member.
# $months: a number of months
w-posting-over-limit-extension =
    Il distacco dura più { $months ->
         [one] del primo mese
        *[other] dei primi { $months } mesi
    } previsti dalla convenzione: chieda la proroga prima della fine del periodo iniziale, altrimenti si applica l'iscrizione in Francia.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
w-agreement-scope-unverified = Non è stato possibile verificare se la convenzione { COUNTRY($country, form: "with") } mantiene l'assicurazione malattia nel paese d'origine: verifichi il certificato di copertura presso il CLEISS prima di contarci.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
w-agreement-excludes-health =
    La convenzione { COUNTRY($country, form: "with") } non copre l'assicurazione malattia: { $sex ->
         [female] la lavoratrice è iscritta
        *[other] il lavoratore è iscritto
    } in Francia per la malattia, mentre gli altri settori coperti dalla convenzione restano nel paese d'origine.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
w-posting-without-certificate =
    { $sex ->
         [female] Distaccata
        *[other] Distaccato
    } { COUNTRY($country, form: "from") } senza certificato di legislazione applicabile: si applica l'iscrizione in Francia. Chieda il certificato (A1 o modulo bilaterale) all'istituzione del paese d'origine se il distacco ne ha i requisiti.
w-paris-cpam-for-talent-passport = I titolari di un passaporto talento (passeport talent) e la loro famiglia presentano la pratica alla CPAM de Paris, ovunque abitino.
w-permit-missing = Non è indicato alcun permesso di soggiorno: un cittadino di un paese al di fuori del SEE e della Svizzera deve presentarne uno (titre de séjour, VLS-TS convalidato, carte de résident).
w-parents-assumed = I genitori del figlio non sono indicati: si presume che il richiedente principale e il suo partner siano i genitori legali (un figliastro ha bisogno di un legame legale, come l'adozione, per essere familiare a carico).
w-assumed-never-insured = L'assicurazione precedente in Francia non è indicata: si presume che la persona non sia mai stata assicurata (prima iscrizione). Se la persona era già assicurata in Francia, si tratta di una riapertura.
w-assumed-previously-insured = L'assicurazione precedente in Francia non è indicata: si presume (impostazione) che la persona sia già stata assicurata, quindi una riapertura. Se non è mai stata assicurata, si tratta di una prima iscrizione.

# $sex: female, male or other (unknown): French agrees with the person.
w-inactive-eea-resources =
    { $sex ->
         [female] Una cittadina
        *[other] Un cittadino
    } del SEE o della Svizzera senza attività non ottiene automaticamente la copertura: deve dimostrare risorse sufficienti e una copertura sanitaria.

# Warning shown under a member.
# $field: a field name or the mismatching item, as written in the input
w-nir-mismatch = Il numero di previdenza sociale non corrisponde a questo dato della persona: { $field }. Verifichi entrambi; i numeri reali possono contenere pseudo-mesi e codici storici.
w-accompanying-family-three-months-practice = La legge esenta il partner che raggiunge una persona assicurata dalla condizione dei 3 mesi di residenza (D160-2 II 3°), ma alcune CPAM applicano in pratica i 3 mesi: se necessario, citi l'articolo.
w-accompanying-child-three-months-practice = La legge esenta il familiare che raggiunge una persona assicurata dalla condizione dei 3 mesi di residenza (D160-2 II 3°, senza limite di età); che un figlio maggiorenne vi rientri è un'ipotesi, e alcune CPAM applicano in pratica i 3 mesi: se necessario, citi l'articolo.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
w-care-paid-by-home-scheme = Le cure restano a carico del regime { COUNTRY($country, form: "of") }: la CPAM prende in carico le cure solo se la convenzione lo prevede; altrimenti paga la cassa del paese d'origine o un'assicurazione privata.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
w-care-paid-by-home-scheme-assumed = Le cure restano probabilmente a carico del regime { COUNTRY($country, form: "of") } (un'ipotesi, da confermare con la cassa): la CPAM prende in carico le cure solo se la convenzione lo prevede; altrimenti paga la cassa del paese d'origine o un'assicurazione privata.

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $insured-sex: the posted worker's sex (female, male or other), on the worker's page and on each family member's: the words for the worker agree with it.
w-private-health-insurance-required =
    Il distacco { COUNTRY($country, form: "from") } richiede un'assicurazione malattia che copra { $insured-sex ->
         [female] la lavoratrice
        *[other] il lavoratore
    } e la famiglia in Francia (copertura del paese d'origine o privata).

# Warning shown under a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
w-no-social-security-agreement =
    La Francia non ha una convenzione di sicurezza sociale { COUNTRY($country, form: "with") }: { $sex ->
         [female] la lavoratrice distaccata è iscritta
        *[other] il lavoratore distaccato è iscritto
    } in Francia.
ws1-spouse-may-need-own-registration = Non è verificato se dal 2016 un partner maggiorenne conti come familiare per l'S1: la CPAM può chiederne l'iscrizione personale.

# Warning shown under a member.
# $date: a date (written out by DATE)
w-permit-expired = Il permesso di soggiorno è scaduto il { DATE($date) }: lo rinnovi; i diritti per residenza dipendono da un permesso valido.
w-receipt-permit = È indicata una ricevuta (récépissé): quali ricevute valgono lo stabilisce un decreto (arrêté) che non è stato possibile verificare; verifichi con la cassa.
w-vls-ts-validation = Un visto per soggiorno di lunga durata (VLS-TS) va convalidato online entro 3 mesi dall'ingresso per valere come permesso di soggiorno.

# Warning shown under a member.
# $date: a date (written out by DATE)
w-ntt-tolerance-exceeded = La tolleranza di 3 mesi per l'NTT è terminata il { DATE($date) }: l'ufficio paghe deve ottenere subito il NIR o il NIA.

# Warning shown under a member.
# $date: a date (written out by DATE)
w-nia-expired = Il numero provvisorio (NIA) ha raggiunto la fine dei suoi 9 mesi di validità il { DATE($date) }: chieda alla cassa a che punto è la certificazione.
w-nir-implies-previous-insurance = Un numero di previdenza sociale certificato per una persona nata all'estero esiste solo dopo un'iscrizione precedente: trattato come riapertura.
w-translation-assumed = Il paese che ha rilasciato il certificato di unione (matrimonio, PACS) non è indicato: si presume che serva una traduzione giurata.
w-fund-depends-on-commune = In questo dipartimento ci sono più CPAM, competenti secondo il comune: verifichi quale serve l'indirizzo.
w-territory-own-scheme = Questa collettività d'oltremare ha un proprio regime di sicurezza sociale, al di fuori del regime generale francese: verifichi con la sua cassa.
w-start-date-unknown = Il primo giorno di lavoro non è indicato: non è possibile stabilire la data di inizio della copertura.
w-arrival-unknown = La data di arrivo in Francia non è indicata: non è possibile stabilire la data di inizio della copertura.
w-posting-end-unknown = La data di fine del distacco non è indicata: non è possibile confrontarne la durata con il limite.
w-no-insured-parent = Nessun genitore di questo figlio nel nucleo familiare ha una copertura in Francia: il figlio è coperto a titolo personale per residenza.
w-minor-without-parent = Nessun genitore di questo figlio è indicato nel nucleo familiare: il figlio non è familiare a carico di nessuno per filiazione. Indichi la situazione del tutore legale e il documento di tutela (un minore affidato a una persona assicurata può essere collegato a lei); nel frattempo il figlio è valutato a titolo personale per residenza.
w-autonomy-before16 = Una richiesta di autonomia (ayant droit autonome) è possibile solo dai 16 anni: non viene considerata, e il figlio resta familiare a carico (ayant droit).
w-postcode-missing = Non è indicato alcun codice postale: non è possibile indicare la cassa.
w-certificate-mismatch = Il tipo di certificato non corrisponde al paese di invio (l'A1 vale per il SEE, la Svizzera e il Regno Unito; gli altri paesi rilasciano un modulo bilaterale): lo verifichi.
mismatch-sex = sesso
mismatch-year = anno di nascita
mismatch-month = mese di nascita
mismatch-place = luogo di nascita

## Document reasons
rs1106 = Ogni adulto presenta la propria domanda di apertura dei diritti.
rs1106-minor = La domanda di apertura dei diritti del minore, firmata dal suo rappresentante legale (genitore o tutore).
rs1106-reactivation = Lo stesso modulo riapre i diritti di chi era già assicurato in Francia.
rs3705-one = Collega il figlio al genitore o ai genitori assicurati; se entrambi i genitori sono assicurati, lo colleghi a tutti e due (double rattachement).

# Why a document is needed.
# $children: the number of children (2 or more)
rs3705-many = Collega i { $children } figli al genitore o ai genitori assicurati; se entrambi i genitori sono assicurati, li colleghi a tutti e due (double rattachement).
r-identity = Prova l'identità.
r-identity-child = Il passaporto o la carta d'identità del figlio.
r-permit = Prova un soggiorno regolare in Francia (non serve per i cittadini del SEE e della Svizzera, né per i minorenni).
r-activity = Prova l'attività che apre i diritti dal primo giorno di lavoro; la cassa può chiedere la prima busta paga.
r-proof-of-residence = Prova oltre 3 mesi di residenza stabile in Francia.
r-guardianship = Mostra chi ha la responsabilità legale di un minore senza genitori nel nucleo familiare: decide se il minore può essere collegato a un tutore assicurato.
r-enrolment-student-adult = L'iscrizione a un istituto di istruzione esenta dalla condizione dei 3 mesi di residenza.
r-enrolment-student = Uno studente universitario tra 16 e 18 anni è automaticamente ayant droit autonome.
r-enrolment-pupil = Un alunno di 16 o 17 anni prova la frequenza scolastica per restare collegato ai genitori.
r-birth-identification = Identifica una persona nata all'estero (la CPAM rilascia un NIA, SANDIA certifica il numero).
r-birth-child = Prova la filiazione per il collegamento ai genitori.
r-birth-child-identification = Prova la filiazione e identifica il figlio nato all'estero, che riceve un proprio numero (NIA, poi NIR certificato).
r-birth-filiation-s1 = Ogni familiare iscritto con l'S1 prova il legame familiare.
r-union-accompanying = Prova il legame familiare con la persona assicurata.
r-birth-adult-child = Prova il legame familiare (filiazione) con il genitore assicurato; se necessario identifica una persona nata all'estero.
r-union-civil-status = Stato civile di un richiedente coniugato, per l'identificazione.
r-union-s1 = Prova il legame familiare con il titolare dell'S1.
r-address = Prova l'indirizzo, che determina la cassa competente.
r-bank = I rimborsi sono versati su un conto intestato alla persona.
r-bank-child = Un familiare a carico autonomo riceve i rimborsi su un conto intestato a sé.
r-physician = Dichiarare un medico curante (médecin traitant) dà diritto ai tassi di rimborso normali; lo dichiari su carta se il medico non può ancora dichiararlo online.
r-physician-child = Dai 16 anni il giovane dichiara il proprio medico curante (médecin traitant), con la firma di un genitore.
r-id-photo = Per la Carte Vitale, richiesta una volta certificato il numero (foto + documento d'identità di meno di 10 anni).

# $sex: female, male or other (unknown): French agrees with the person.
rs1-worker =
    Rilasciato dalla cassa del paese d'origine: iscrive { $sex ->
         [female] la lavoratrice
        *[other] il lavoratore
    } presso la CPAM di residenza, a spese della cassa del paese d'origine.
rs1-family = I moduli S1 sono individuali: ogni familiare fa iscrivere il proprio.

# $sex: female, male or other (unknown): French agrees with the person.
ra1 =
    Prova che { $sex ->
         [female] la lavoratrice resta soggetta
        *[other] il lavoratore resta soggetto
    } alla legislazione del paese d'origine durante il distacco.

# Why a document is needed.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
r-coverage-certificate-home =
    Mantiene { $sex ->
         [female] la lavoratrice
        *[other] il lavoratore
    } nel regime { COUNTRY($country, form: "of") }; il datore di lavoro conserva il certificato per i controlli.

# Why a document is needed.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
r-coverage-certificate-home-assumed =
    Mantiene { $sex ->
         [female] la lavoratrice
        *[other] il lavoratore
    } sotto la legislazione { COUNTRY($country, form: "of") } per i settori coperti dalla convenzione; che la malattia ne faccia parte è un'ipotesi, da confermare con la cassa. Il datore di lavoro conserva il certificato per i controlli.

# Why a document is needed.
# $country: a country code (written by COUNTRY with the form the sentence needs)
r-coverage-certificate-other = Mantiene nel paese d'origine i settori coperti dalla convenzione { COUNTRY($country, form: "with") } (malattia esclusa).
r-private-insurance = La convenzione pone come condizione del distacco una copertura sanitaria in Francia.
r-autonomy-letter = Una semplice lettera alla cassa del genitore per chiedere di diventare ayant droit autonome.
r-sworn-translation = Gli atti di stato civile rilasciati fuori dalla Francia, dal SEE e dalla Svizzera richiedono una traduzione di un traduttore giurato (o del consolato), salvo se già in francese. A seconda del paese che li ha rilasciati possono essere richieste anche la legalizzazione o l'apostille.
r-legalisation = Atti di stato civile stranieri legalizzati o con apostille (impostazione).

## Explanations (conclusions)

# $sex: female, male or other (unknown): French agrees with the person.
c-activity =
    Lavora in Francia: { $sex ->
         [female] coperta
        *[other] coperto
    } per l'attività professionale dalla prima ora di lavoro.

# $sex: female, male or other (unknown): French agrees with the person.
c-working-minor-activity =
    Lavora in Francia (apprendistato compreso): { $sex ->
         [female] coperta
        *[other] coperto
    } a titolo personale per l'attività.
c-working-minor = Un minorenne con un'attività professionale (apprendistato compreso) non è più collegato ai genitori ed è coperto a titolo personale.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-working-minor-status =
    { $age ->
         [0] Meno di un anno
         [one] { $age } anno
        *[other] { $age } anni
    }, lavora: { $sex ->
         [female] coperta
        *[other] coperto
    } a titolo personale, non familiare a carico (ayant droit).

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-minor-own-status =
    { $age ->
         [0] Meno di un anno
         [one] { $age } anno
        *[other] { $age } anni
    }, nessun genitore assicurato a cui essere { $sex ->
         [female] collegata
        *[other] collegato
    }: { $sex ->
         [female] coperta
        *[other] coperto
    } a titolo personale.
c-adult-child = Un figlio maggiorenne non è familiare a carico: coperto a titolo personale.

# $sex: female, male or other (unknown): French agrees with the person.
c-student =
    { $sex ->
         [female] Studentessa universitaria: coperta
        *[other] Studente universitario: coperto
    } per residenza, { $sex ->
         [female] esentata
        *[other] esentato
    } dalla condizione dei 3 mesi.

# Whom a member joins or accompanies, in c-accompanying…'s $insured.
# $sex: the sex of the person joined (female, male or other), not the member's.
c-insured-main-applicant =
    { $sex ->
         [female] la richiedente principale
        *[other] il richiedente principale
    }
# Whom a member joins or accompanies, in c-accompanying…'s $insured.
# $sex: the sex of the person joined (female, male or other), not the member's.
c-insured-partner =
    { $sex ->
         [female] la coniuge o partner del richiedente principale
        *[other] il coniuge o partner del richiedente principale
    }
# Whom a member joins or accompanies, in c-accompanying…'s $insured.
c-insured-child = un figlio o una figlia del nucleo familiare

# Conclusion of a rule in the explanation of a member.
# $insured: whom the member joins, by their place in the household (c-insured-…)
# $sex: female, male or other (unknown): French agrees with the person.
c-accompanying =
    Raggiunge o accompagna una persona iscritta in Francia ({ $insured }): { $sex ->
         [female] coperta
        *[other] coperto
    } per residenza senza attendere 3 mesi.

# Conclusion of a rule in the explanation of a member.
# $insured: whom the member joins, by their place in the household (c-insured-…)
c-accompanying-three-months = Raggiunge o accompagna una persona iscritta in Francia ({ $insured }); secondo l'impostazione scelta si applica la condizione dei 3 mesi di residenza.

# Conclusion of a rule in the explanation of a member.
# $insured: whom the member joins, by their place in the household (c-insured-…)
# $sex: female, male or other (unknown): French agrees with the person.
c-accompanying-adult-child =
    { $sex ->
         [female] Figlia maggiorenne
        *[other] Figlio maggiorenne
    } senza attività che raggiunge o accompagna un genitore assicurato ({ $insured }): familiare secondo il D160-2, che non fissa limiti di età (un'ipotesi, non verificata): { $sex ->
         [female] coperta
        *[other] coperto
    } per residenza senza attendere 3 mesi.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-earliest-basis-residence = Raggiungere o accompagnare un familiare darebbe solo il { DATE($date) }, giorno dal quale quella persona è coperta: si applica la base più precoce, la propria residenza stabile.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-earliest-basis-activity = Lavora in Francia solo dal { DATE($date) }: raggiungere o accompagnare un familiare assicurato dà una data anteriore, e si applica la base più precoce.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-earliest-basis-residence-before-work = Lavora in Francia solo dal { DATE($date) }: più di 3 mesi di residenza stabile danno una data anteriore, e si applica la base più precoce.
c-adult-own-request = Dal 2016 (PUMa) gli adulti non sono mai familiari a carico: questo adulto presenta la propria domanda.

# $sex: female, male or other (unknown): French agrees with the person.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-follows-s1 =
    Familiare di { $insured-sex ->
         [female] una lavoratrice distaccata
        *[other] un lavoratore distaccato
    } con un S1: { $sex ->
         [female] iscritta
        *[other] iscritto
    } con il proprio S1, a spese della cassa del paese d'origine.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-follows-home-scheme =
    Familiare di { $insured-sex ->
         [female] una lavoratrice
        *[other] un lavoratore
    } che resta nel regime del paese d'origine: segue { $insured-sex ->
         [female] la lavoratrice
        *[other] il lavoratore
    }, nessuna iscrizione in Francia.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-follows-home-scheme-assumed =
    Familiare di { $insured-sex ->
         [female] una lavoratrice
        *[other] un lavoratore
    } che probabilmente resta nel regime del paese d'origine (un'ipotesi, da confermare con la cassa): segue { $insured-sex ->
         [female] la lavoratrice
        *[other] il lavoratore
    }, si presume nessuna iscrizione in Francia.

# $sex: female, male or other (unknown): French agrees with the person.
c-residence =
    Nessuna attività professionale: { $sex ->
         [female] coperta
        *[other] coperto
    } per residenza dopo più di 3 mesi di residenza stabile.

# $sex: female, male or other (unknown): French agrees with the person.
c-residence-before-work =
    Non lavora ancora: { $sex ->
         [female] coperta
        *[other] coperto
    } per residenza dopo più di 3 mesi di residenza stabile.

# $sex: female, male or other (unknown): French agrees with the person.
c-residence-enrolled =
    Nessuna attività professionale, { $sex ->
         [female] iscritta
        *[other] iscritto
    } a un percorso di studi: { $sex ->
         [female] coperta
        *[other] coperto
    } per residenza, { $sex ->
         [female] esentata
        *[other] esentato
    } dalla condizione dei 3 mesi.
c-beneficiary = Figlio minorenne di un genitore assicurato, senza attività professionale: familiare a carico (ayant droit).

# $sex: female, male or other (unknown): French agrees with the person.
c-minor-alone =
    { $sex ->
         [female] Minorenne senza un genitore assicurato in Francia nel nucleo familiare: coperta
        *[other] Minorenne senza un genitore assicurato in Francia nel nucleo familiare: coperto
    } a titolo personale per residenza.

# $sex: female, male or other (unknown): French agrees with the person.
c-minor-without-parent =
    Nessun genitore nel nucleo familiare: non è familiare a carico per filiazione; decide la situazione del tutore legale (un minore affidato a una persona assicurata può essere collegato a lei). Nel frattempo { $sex ->
         [female] coperta
        *[other] coperto
    } a titolo personale per residenza, con la condizione dei 3 mesi.

# $sex: female, male or other (unknown): French agrees with the person.
c-minor-without-parent-enrolled =
    Nessun genitore nel nucleo familiare: non è familiare a carico per filiazione; decide la situazione del tutore legale (un minore affidato a una persona assicurata può essere collegato a lei). Nel frattempo { $sex ->
         [female] coperta
        *[other] coperto
    } a titolo personale per residenza; { $sex ->
         [female] iscritta a scuola, esentata
        *[other] iscritto a scuola, esentato
    } dalla condizione dei 3 mesi.

# $sex: female, male or other (unknown): French agrees with the person.
c-posted-eu =
    { $sex ->
         [female] Distaccata
        *[other] Distaccato
    } dal SEE o dalla Svizzera con un A1: resta nel regime del paese d'origine; cure in Francia tramite l'S1 registrato presso la CPAM.

# $sex: female, male or other (unknown): French agrees with the person.
c-posted-uk =
    { $sex ->
         [female] Distaccata
        *[other] Distaccato
    } dal Regno Unito con un certificato di legislazione applicabile: il caso è trattato come un distacco UE (iscrizione dell'S1).

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-home-scheme =
    { $sex ->
         [female] Distaccata
        *[other] Distaccato
    } secondo la convenzione { COUNTRY($country, form: "with") }, che mantiene l'assicurazione malattia nel paese d'origine: nessuna iscrizione in Francia.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-home-scheme-assumed =
    { $sex ->
         [female] Distaccata
        *[other] Distaccato
    } secondo la convenzione { COUNTRY($country, form: "with") }, che probabilmente mantiene l'assicurazione malattia nel paese d'origine (dedotto da una dichiarazione generale, da confermare con la cassa): si presume nessuna iscrizione in Francia.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-scope-unverified =
    { $sex ->
         [female] Distaccata
        *[other] Distaccato
    } { COUNTRY($country, form: "from") }: non è verificato se la convenzione mantiene la malattia nel paese d'origine; per impostazione predefinita si presume il regime del paese d'origine, da confermare con la cassa.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-scope-unverified-french =
    { $sex ->
         [female] Distaccata
        *[other] Distaccato
    } { COUNTRY($country, form: "from") }: non è verificato se la convenzione mantiene la malattia nel paese d'origine; secondo l'impostazione scelta si applica l'iscrizione in Francia.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-agreement-excludes-health =
    { $sex ->
         [female] Distaccata
        *[other] Distaccato
    } secondo la convenzione { COUNTRY($country, form: "with") }, che non copre la malattia: { $sex ->
         [female] iscritta
        *[other] iscritto
    } in Francia per la malattia tramite l'attività.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-no-certificate =
    { $sex ->
         [female] Distaccata
        *[other] Distaccato
    } { COUNTRY($country, form: "from") } senza certificato: si applica l'iscrizione in Francia tramite l'attività.

# Conclusion of a rule in the explanation of a member.
# $country: a country code (written by COUNTRY with the form the sentence needs)
# $sex: female, male or other (unknown): French agrees with the person.
c-posted-no-agreement =
    { $sex ->
         [female] Distaccata
        *[other] Distaccato
    } { COUNTRY($country, form: "from") }, che non ha una convenzione di sicurezza sociale con la Francia: iscrizione in Francia tramite l'attività.

# Conclusion of a rule in the explanation of a member.
# $months: a number of months
# $date: a date (written out by DATE)
c-posting-limit =
    Un distacco limitato a { $months ->
         [one] { $months } mese
        *[other] { $months } mesi
    } può durare fino al { DATE($date) }, ultimo giorno compreso.

# $sex: female, male or other (unknown): French agrees with the person.
c-registration =
    Mai { $sex ->
         [female] assicurata
        *[other] assicurato
    } in Francia: prima iscrizione.

# $sex: female, male or other (unknown): French agrees with the person.
c-registration-assumed =
    Assicurazione precedente in Francia non indicata: si presume mai { $sex ->
         [female] assicurata
        *[other] assicurato
    }, quindi prima iscrizione.

# $sex: female, male or other (unknown): French agrees with the person.
c-reactivation =
    Già { $sex ->
         [female] assicurata
        *[other] assicurato
    } in Francia: il numero è a vita, i diritti vengono riaperti.

# $sex: female, male or other (unknown): French agrees with the person.
c-reactivation-implied =
    Ha un numero certificato pur { $sex ->
         [female] essendo nata
        *[other] essendo nato
    } all'estero, il che implica un'iscrizione precedente: riapertura.

# $sex: female, male or other (unknown): French agrees with the person.
c-reactivation-assumed =
    Assicurazione precedente in Francia non indicata: si presume (impostazione) già { $sex ->
         [female] assicurata
        *[other] assicurato
    }, quindi riapertura.

# $sex: female, male or other (unknown): French agrees with the person.
c-identification-required =
    { $sex ->
         [female] Nata all'estero, senza numero francese, non francese
        *[other] Nato all'estero, senza numero francese, non francese
    }: serve l'identificazione (NIA dalla CPAM, poi numero certificato da SANDIA).
c-identification-under-way = Ha un numero provvisorio (NIA): l'identificazione è in corso finché SANDIA non certifica il numero.

# $sex: female, male or other (unknown): French agrees with the person.
c-no-identification-born-in-france =
    { $sex ->
         [female] Nata
        *[other] Nato
    } in Francia: ha un numero di previdenza sociale dalla nascita, nessuna fase di identificazione.

# $sex: female, male or other (unknown): French agrees with the person.
c-no-identification-french =
    { $sex ->
         [female] Cittadina francese nata
        *[other] Cittadino francese nato
    } all'estero: il numero viene dal registro centrale dello stato civile, nessuna identificazione SANDIA.
c-no-identification-has-nir = Ha già un numero certificato: nessuna fase di identificazione.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-activity =
    { $sex ->
         [female] Coperta
        *[other] Coperto
    } dal primo giorno di lavoro: { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-s1 =
    { $sex ->
         [female] Coperta
        *[other] Coperto
    } dall'inizio del distacco (S1): { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-covered-from-s1-family =
    { $sex ->
         [female] Coperta
        *[other] Coperto
    } dalla più tardiva tra l'arrivo e l'inizio dell'S1 { $insured-sex ->
         [female] della lavoratrice
        *[other] del lavoratore
    }: { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
# $insured-sex: the sex of the worker followed or the person joined (female, male or other): the words for that second person agree with it.
c-covered-from-accompanying =
    { $sex ->
         [female] Coperta
        *[other] Coperto
    } dalla più tardiva tra l'arrivo e l'inizio della copertura { $insured-sex ->
         [female] della partner
        *[other] del partner
    }: { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-accompanying-parent =
    { $sex ->
         [female] Coperta
        *[other] Coperto
    } dalla più tardiva tra l'arrivo e l'inizio della copertura del genitore: { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-child =
    { $sex ->
         [female] Coperta
        *[other] Coperto
    } dalla più tardiva tra la nascita, l'arrivo e l'inizio della copertura del genitore: { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-residence =
    { $sex ->
         [female] Coperta
        *[other] Coperto
    } dal giorno successivo ai 3 mesi dall'arrivo (non prima dell'inizio di validità del permesso per i cittadini non SEE): { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-student =
    { $sex ->
         [female] Coperta
        *[other] Coperto
    } dall'arrivo (non prima dell'inizio di validità del permesso per i cittadini non SEE): { DATE($date) }.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
# $sex: female, male or other (unknown): French agrees with the person.
c-covered-from-arrival =
    { $sex ->
         [female] Coperta
        *[other] Coperto
    } dall'arrivo: { DATE($date) }.
c-covered-from-unknown = Non è possibile stabilire il primo giorno di copertura: manca una data da cui dipende.

# $sex: female, male or other (unknown): French agrees with the person.
c-attached-one =
    { $sex ->
         [female] Collegata
        *[other] Collegato
    } al genitore assicurato.

# $sex: female, male or other (unknown): French agrees with the person.
c-attached-one-assumed =
    { $sex ->
         [female] Collegata
        *[other] Collegato
    } al genitore assicurato (genitori presunti: il richiedente principale e il suo partner).

# $sex: female, male or other (unknown): French agrees with the person.
c-attached-both =
    { $sex ->
         [female] Collegata
        *[other] Collegato
    } a entrambi i genitori assicurati (double rattachement, consigliato).

# $sex: female, male or other (unknown): French agrees with the person.
c-attached-both-assumed =
    { $sex ->
         [female] Collegata
        *[other] Collegato
    } a entrambi i genitori assicurati (double rattachement; genitori presunti: il richiedente principale e il suo partner).

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
c-under-sixteen =
    { $age ->
         [0] Meno di un anno
         [one] { $age } anno
        *[other] { $age } anni
    }: familiare a carico (ayant droit) dei genitori.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
c-under-sixteen-one-parent =
    { $age ->
         [0] Meno di un anno
         [one] { $age } anno
        *[other] { $age } anni
    }: familiare a carico (ayant droit) del genitore.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
c-sixteen-may-request =
    { $age ->
         [0] Meno di un anno
         [one] { $age } anno
        *[other] { $age } anni
    }: resta familiare a carico; può chiedere (con una semplice lettera) di diventare ayant droit autonome.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-pupil-stays-dependent =
    { $age ->
         [0] Meno di un anno
         [one] { $age } anno
        *[other] { $age } anni
    }, { $sex ->
         [female] alunna
        *[other] alunno
    }: resta familiare a carico dei genitori, salvo richiesta di autonomia.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-pupil-stays-dependent-one-parent =
    { $age ->
         [0] Meno di un anno
         [one] { $age } anno
        *[other] { $age } anni
    }, { $sex ->
         [female] alunna
        *[other] alunno
    }: resta familiare a carico del genitore, salvo richiesta di autonomia.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $sex: female, male or other (unknown): French agrees with the person.
c-student-autonomous =
    { $age ->
         [0] Meno di un anno
         [one] { $age } anno
        *[other] { $age } anni
    }, { $sex ->
         [female] studentessa universitaria
        *[other] studente universitario
    }: automaticamente ayant droit autonome.

# Conclusion of a rule in the explanation of a member.
# $age: the person's age in whole years (a number; 0 for a baby under one)
c-autonomy-requested =
    { $age ->
         [0] Meno di un anno
         [one] { $age } anno
        *[other] { $age } anni
    }, ha chiesto l'autonomia: ayant droit autonome (rimborsi e account ameli propri).

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-beneficiary-end-birthday = Lo status di familiare a carico termina al 18º compleanno, il { DATE($date) }: un'ipotesi (la data del decreto di applicazione dell'articolo L160-2 non è stata trovata); poi presentare l'S1110 con un conto bancario intestato a sé.

# Conclusion of a rule in the explanation of a member.
# $date: a date (written out by DATE)
c-beneficiary-end-fixed = Lo status di familiare a carico termina il { DATE($date) }, data scelta per impostazione nell'anno del 18º compleanno; poi presentare l'S1110 con un conto bancario intestato a sé.
c-child-milestones = Dai 12 anni un genitore può richiedere online la Carte Vitale del figlio; a 16 anni la CPAM invia al figlio il modulo della Carte Vitale.

# $sex: female, male or other (unknown): French agrees with the person.
c-leap-day-last =
    { $sex ->
         [female] Nata
        *[other] Nato
    } il 29 febbraio: negli altri anni il compleanno cade il 28 febbraio.

# $sex: female, male or other (unknown): French agrees with the person.
c-leap-day-march =
    { $sex ->
         [female] Nata
        *[other] Nato
    } il 29 febbraio: secondo l'impostazione scelta, negli altri anni il compleanno cade il 1º marzo.

# Conclusion of a rule in the explanation of a member.
# $fund: the name of the local fund, as is (e.g. "CPAM de Paris")
c-fund-residence = La pratica va alla cassa del luogo di residenza: { $fund }.

# Conclusion of a rule in the explanation of a member.
# $fund: the name of the local fund, as is (e.g. "CPAM de Paris")
c-fund-overseas = Oltremare, la pratica va alla cassa generale di sicurezza sociale locale: { $fund }.

# Conclusion of a rule in the explanation of a member.
# $fund: the name of the local fund, as is (e.g. "CPAM de Paris")
c-fund-mayotte = A Mayotte, dove non c'è una CGSS, la pratica va alla Caisse de sécurité sociale de Mayotte (CSSM): { $fund }.
c-fund-msa = Nella Francia metropolitana, i dipendenti agricoli e la loro famiglia sono assicurati dalla MSA, non dalla CPAM.

# Conclusion of a rule in the explanation of a member.
# $fund: the name of the local fund, as is (e.g. "CPAM de Paris")
c-fund-overseas-agricultural = Nei dipartimenti d'oltremare la MSA non gestisce l'assicurazione malattia: i dipendenti agricoli e la loro famiglia si rivolgono alla cassa locale: { $fund }.
c-fund-talent-passport = Titolari di un passaporto talento e la loro famiglia: la pratica va alla CPAM de Paris.
c-fund-unknown = Nessun codice postale: non è possibile indicare la cassa del luogo di residenza.
c-fund-unknown-agricultural = Nessun codice postale: non è possibile indicare la cassa di un dipendente agricolo (la MSA nella Francia metropolitana, la CGSS o la CSSM oltremare).
c-fund-own-scheme = L'indirizzo si trova in una collettività d'oltremare con un proprio regime: nessuna cassa francese è competente.

# $sex: female, male or other (unknown): French agrees with the person.
c-permit-required =
    { $sex ->
         [female] Cittadina
        *[other] Cittadino
    } di un paese al di fuori del SEE e della Svizzera: serve un permesso di soggiorno.
c-no-permit-minor = A un minorenne non si chiede mai un permesso di soggiorno.

# $sex: female, male or other (unknown): French agrees with the person.
c-inactive-eea =
    { $sex ->
         [female] Cittadina
        *[other] Cittadino
    } del SEE o della Svizzera senza attività: deve dimostrare risorse sufficienti e una copertura sanitaria.
c-translation = Gli atti di stato civile provenienti da fuori della Francia, del SEE e della Svizzera richiedono una traduzione giurata.
c-nir-checked = Il numero di previdenza sociale è stato controllato (struttura, chiave) e confrontato con i dati di nascita.
c-legalisation-required = Gli atti di stato civile stranieri devono essere legalizzati o muniti di apostille (impostazione).
c-payroll-nir = Ha un NIR certificato: l'ufficio paghe lo dichiara nella DSN.
c-payroll-nia = Ha un numero provvisorio (NIA): l'ufficio paghe lo dichiara nella DSN, senza limiti di tempo, fino al NIR certificato.
c-payroll-ntt = Ancora nessun NIR o NIA: l'ufficio paghe dichiara un numero tecnico temporaneo (NTT), tollerato 3 mesi.

## Payroll
payroll-nir = Dichiari il NIR certificato nella DSN. Se prima è stato usato un NTT, lo riporti nella prima DSN che contiene il NIR.
payroll-nia = Dichiari il NIA nella DSN (utilizzabile senza limiti di tempo). Quando arriva il NIR certificato, lo dichiari; riporti un eventuale NTT precedente nella prima DSN che lo contiene.

# Payroll note (hr).
# $date: a date (written out by DATE)
payroll-ntt = Ancora nessun numero: dichiari un NTT con tutti i dati di nascita noti (tollerato 3 mesi, fino al { DATE($date) }). Quando arriva il NIR o il NIA, lo dichiari e riporti l'NTT nella prima DSN che lo contiene.
payroll-ntt-no-start = Ancora nessun numero: dichiari un NTT con tutti i dati di nascita noti (tollerato 3 mesi dal primo giorno di lavoro). Quando arriva il NIR o il NIA, lo dichiari e riporti l'NTT nella prima DSN che lo contiene.

## Rules catalogue
rule-activity = Chi lavora in Francia (contratto francese o lavoro autonomo) è iscritto per l'attività, dalla prima ora di lavoro.
rule-registration-or-reactivation = Prima iscrizione se mai iscritto in Francia; riapertura se già iscritto in passato (o con un NIR certificato di una persona nata all'estero).
rule-identification = Identificazione (NIA, poi NIR certificato) per le persone nate all'estero senza numero, mai assicurate, non francesi.
rule-accompanying-family = Un familiare che raggiunge o accompagna una persona assicurata è esentato dalla condizione dei 3 mesi di residenza.
rule-accompanying-adult-child = Un figlio maggiorenne senza attività che raggiunge o accompagna un genitore assicurato è un familiare (nessun limite di età nel D160-2; un'ipotesi): domanda propria, senza attendere 3 mesi.
rule-earliest-basis = Chi ha diritto a più basi è coperto dalla data più precoce che una di esse dà; a parità, vale la base che non richiede la prova di 3 mesi di residenza.
rule-residence = Senza attività, copertura per residenza stabile e regolare dopo più di 3 mesi.
rule-student = Le persone iscritte a un istituto di istruzione sono esentate dalla condizione dei 3 mesi.
rule-inactive-eea = I cittadini del SEE e della Svizzera senza attività devono dimostrare risorse sufficienti e una copertura sanitaria.
rule-adults-not-beneficiaries = Dal 2016 solo i figli minorenni possono essere familiari a carico; ogni adulto presenta la propria domanda.
rule-posted-eu = Un lavoratore distaccato dal SEE, dalla Svizzera o dal Regno Unito con un A1 resta nel regime del paese d'origine e fa registrare un S1.
rule-posted-bilateral = Un lavoratore distaccato secondo una convenzione bilaterale mantiene la legislazione del paese d'origine per i settori coperti dalla clausola di distacco (tabella per convenzione).
rule-posted-bilateral-inferred = Lo stesso, quando la copertura malattia della convenzione è dedotta dalla dichiarazione generale dell'ACOSS o è sconosciuta.
rule-posted-without-certificate = Un distacco senza certificato, o da un paese senza convenzione, comporta l'iscrizione in Francia.
rule-posted-family = La famiglia di un lavoratore distaccato segue il lavoratore, salvo se lavora essa stessa in Francia.
rule-posting-limit = Un distacco limitato a N mesi può durare fino alla data di inizio più N mesi meno un giorno; una data di fine successiva supera il limite.
rule-minor-beneficiary = I figli minorenni senza attività, con filiazione legale, sono familiari a carico dei genitori assicurati.
rule-minor-without-parent = Un minorenne senza genitori nel nucleo familiare non è familiare a carico di nessuno per filiazione: si chiede la situazione del tutore; non si presume alcuna esenzione dall'attesa di 3 mesi.
rule-working-minor = Un minorenne che lavora (anche in apprendistato) è coperto a titolo personale.
rule-dependent-status = Lo status del figlio: familiare a carico, familiare a carico autonomo (dai 16 anni, automaticamente per gli studenti) o copertura personale.
rule-autonomy-before16 = Una richiesta di autonomia prima dei 16 anni non è possibile: non viene considerata, con un avviso.
rule-attachment = I figli sono collegati a ogni genitore assicurato (double rattachement); l'S3705 è presentato da un solo genitore.
rule-filiation = Lo status di familiare a carico segue la filiazione legale, non l'appartenenza al nucleo familiare.
rule-beneficiary-end = Quando termina lo status di familiare a carico (impostazione: al 18º compleanno per impostazione predefinita).
rule-child-milestones = Carte Vitale richiedibile dai 12 anni, carta personale a 16, maggiore età a 18.
rule-leap-day = Un compleanno il 29 febbraio cade il 28 febbraio negli altri anni (impostazione).
rule-covered-from = Il primo giorno di copertura, secondo la base.
rule-fund = La cassa: CPAM del luogo di residenza, CGSS nei dipartimenti d'oltremare (CSSM a Mayotte), MSA per i dipendenti agricoli nella Francia metropolitana.
rule-fund-talent-passport = I titolari di un passaporto talento e la loro famiglia presentano la pratica alla CPAM de Paris.
rule-permit = Un permesso di soggiorno per gli adulti di paesi al di fuori del SEE e della Svizzera; mai per i minorenni.
rule-vls-ts = Un visto per soggiorno di lunga durata va convalidato online entro 3 mesi dall'ingresso.
rule-documents = I documenti da raccogliere, secondo la situazione.
rule-translation = Traduzione giurata degli atti di stato civile rilasciati fuori dalla Francia, dal SEE e dalla Svizzera (impostazione); il certificato di unione è un unico documento della coppia, e decide il paese dell'unione, indicato per l'uno o l'altro partner.
rule-legalisation = La legalizzazione o l'apostille non è richiesta, solo annotata (impostazione).
rule-steps = Le fasi della procedura per ogni tipo di iscrizione.
rule-payroll = L'identificativo nella DSN: NIR, NIA o NTT (tollerato 3 mesi).
rule-nir-check = Un NIR indicato viene controllato (struttura, chiave) e confrontato con i dati di nascita; una discordanza dà un avviso.

## Human report

# Report heading or label.
# $date: a date (written out by DATE)
ui-title = Assicurazione malattia in Francia: valutazione al { DATE($date) }

# Report heading or label.
# $version: the secu version, e.g. 0.1.0
# $rules: the date of the rules (a date)
ui-rules = secu { $version }, regole del { $rules }

# Report heading or label.
# $policies: the names of the policies, comma-separated
ui-policies = Impostazioni diverse da quelle predefinite: { $policies }

# Report heading or label.
# $age: the person's age in whole years (a number; 0 for a baby under one)
ui-age =
    { $age ->
         [0] meno di un anno
         [one] { $age } anno
        *[other] { $age } anni
    }
ui-age-one-year = 1 anno
ui-age-one-month = 1 mese

# Report heading or label.
# $months: a number of months
ui-age-months =
    { $months ->
         [0] meno di un mese
         [one] { $months } mese
        *[other] { $months } mesi
    }
ui-affiliation = Iscrizione
ui-basis = Base

# $sex: female, male or other (unknown): French agrees with the person.
ui-covered-from = Copertura dal
ui-unknown = sconosciuto
ui-fund = Inviare a
ui-child-status = Status del figlio

# $sex: female, male or other (unknown): French agrees with the person.
ui-attached-to =
    { $sex ->
         [female] Collegata a
        *[other] Collegato a
    }
ui-identification = Identificazione
ui-identification-yes = necessaria: numero provvisorio (NIA), poi numero certificato (SANDIA)
ui-why = Perché
ui-documents = Documenti da raccogliere
ui-group-forms = Moduli
ui-group-identity = Identità e stato civile
ui-group-proofs = Prove
ui-group-payment = Banca e Carte Vitale
ui-one-of = uno tra
ui-translation = richiede una traduzione giurata in francese
ui-covers = vale per
ui-for-children = per
ui-steps = Fasi

# Report heading or label.
# $date: a date (written out by DATE)
ui-expected-by = previsto entro il { DATE($date) }
ui-milestones = Prossime date
ui-payroll = Buste paga (DSN)
ui-dsn-identifier = Dichiarare
ui-ntt-suggestion = NTT proposto
ui-warnings = Punti di attenzione
ui-none = nessuno
ui-nothing-to-do = Niente da presentare in Francia.
ui-sources = Fonti
# Report (both audiences): heading of the household summary that opens the document.
ui-summary = Riepilogo per il nucleo familiare
# Household summary: label of the fund the file goes to (its name follows).
ui-send-to = Inviare la pratica a
# Household summary: heading of the first steps still to do, each followed by whom it is for.
ui-first-actions = Prime fasi
# Household summary: heading of the dates to know (coverage, deadlines, the next twelve months' milestones).
ui-key-dates = Date chiave
# Household summary, key dates: the day health cover starts (followed by the names).
ui-coverage-starts = inizio della copertura sanitaria
# Family's document: the name of a member given without a label, by their place in the household.
# $number: 1, 2…
ui-person = Persona { $number }
# Family's document: heading of the points of attention that are the same for every member, said once.
ui-household-warnings = Punti di attenzione per tutto il nucleo familiare
# Family's document: stands for the list of names when a line concerns every member of the household.
ui-whole-household = tutto il nucleo familiare
# Case history: an entry erased (GDPR).
ui-hist-redacted = (cancellato)
# Case history: a number that does not parse.
ui-hist-invalid-number = (numero non valido)
# Case history: a correction. $seq: the entry it voids; $reason: as typed.
ui-hist-voids = annulla il n. { $seq }: { $reason }
# Case history: a permit renewed. $permit: its code; $from: a date (written out).
ui-hist-permit = { $permit } dal { $from }
# Case history: a permit renewed. $permit: its code; $from, $until: dates (written out).
ui-hist-permit-until = { $permit } dal { $from } al { $until }
# Case history: after an entry a correction voided (a fragment: keep its leading space). $seq: the correction.
ui-hist-voided-by = {" "}[annullato dal n. { $seq }]
# Case history: when the entry was recorded. $at: the recording time, its date written out and the time (HH:MM).
ui-hist-recorded = (registrato il { $at })
# Case status, list and history: a date alone (a step done, a deadline, an entry of the log).
# $date: a date (written out by DATE)
ui-date = { DATE($date) }
# Between the items of a list of names or things in a line (", " in English; "、" in Chinese, "، " in Arabic).
ui-list-sep = ,{" "}
# Between the items of a list of longer phrases ("; " in English; French with a no-break space before ";").
ui-list-semicolon = ;{" "}
# Between a label and its value in a line (": " in English; French with a no-break space before ":"; "：" in Chinese).
ui-colon = :{" "}
nir-valid = numero di previdenza sociale valido (NIR o NIA)
nir-valid-without-key = struttura valida, indicato senza la chiave
nir-legacy-nnp = un vecchio numero provvisorio (NNP), non un NIR: sostituito dal NIA dal 2022
nir-legacy-mig = un numero provvisorio per migranti temporanei (MIG), non un NIR
nir-invalid = non è un numero di previdenza sociale valido
nir-why = perché
nir-sex = sesso
nir-female = femminile (2)
nir-male = maschile (1)
nir-year = anno di nascita
nir-month = mese di nascita
nir-pseudo-month = pseudo-mese: mese sconosciuto
nir-place = luogo di nascita
nir-abroad = estero:
nir-department = dipartimento
nir-commune = comune
nir-historical = 91–96 può anche indicare l'Algeria, il Marocco o la Tunisia prima dell'indipendenza
nir-order = numero d'ordine
nir-key-expected = chiave
nir-key-given = indicata:

## Input errors (decoding, validation, the CLI's own messages)
err-standard-input = input standard
err-standard-output = output standard

# Error message (lowercase, no final period; fragments are joined).
# $limit: a number (a limit)
err-input-too-large = più grande del limite di { $limit } byte: rifiutato (lo aumenti con --max-input-bytes)

# Error message (lowercase, no final period; fragments are joined).
# $count: a number
err-more-problems =
    … e { $count ->
         [one] { $count } altro problema
        *[other] altri { $count } problemi
    }
err-no-as-of = nessuna data di valutazione: indichi "as_of" nel nucleo familiare o come opzione

# Error message (lowercase, no final period; fragments are joined).
# $byte: a byte offset (a number)
err-not-utf8 = l'input non è UTF-8 valido (byte { $byte })

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $line: a line number
# $column: a column number
err-malformed-json = JSON non valido alla riga { $line }, colonna { $column }:{" "}

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $line: a line number
# $column: a column number
err-at-line = riga { $line }, colonna { $column }:{" "}

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): the text ends inside a list [ ].
err-json-eof-list = il testo finisce dentro una lista

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): the text ends inside an object { }.
err-json-eof-object = il testo finisce dentro un oggetto

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): the text ends inside a quoted string.
err-json-eof-string = il testo finisce dentro una stringa

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): the text ends where a value was expected (e.g. an empty file).
err-json-eof-value = il testo finisce dove era atteso un valore

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a colon was expected after a key.
err-json-expected-colon = atteso “:”

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a comma or the end of the list was expected.
err-json-expected-list-comma = atteso “,” o “]”

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a comma or the end of the object was expected.
err-json-expected-object-comma = atteso “,” o “{"}"}”

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a word like true, false or null was misspelt.
err-json-expected-ident = attesa una parola (true, false o null)

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): no valid value here (e.g. a word without quotes).
err-json-expected-value = atteso un valore

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a key must start with a double quote.
err-json-expected-quote = attese le virgolette “"”

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a backslash sequence in a string is not valid.
err-json-invalid-escape = sequenza di escape non valida

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a number is badly written.
err-json-invalid-number = numero non valido

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a number too large.
err-json-number-out-of-range = numero fuori intervallo

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a \u escape names no character.
err-json-invalid-code-point = punto di codice Unicode non valido

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a raw control character (e.g. a tab or a line break) inside a quoted string.
err-json-control-character = carattere di controllo (\u0000-\u001F) in una stringa

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): an object key without double quotes.
err-json-key-must-be-string = una chiave deve essere una stringa tra virgolette

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a comma before ] or }.
err-json-trailing-comma = virgola in più

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): text after the end of the document.
err-json-trailing-characters = caratteri in più dopo la fine del documento

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): lists or objects nested too deeply.
err-json-recursion-limit = annidamento troppo profondo

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a \u escape with fewer than four hex digits.
err-json-hex-escape-end = sequenza \u incompleta

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): a \u escape with half of a character pair.
err-json-lone-surrogate = surrogato iniziale isolato in una sequenza \u

# Detail of a JSON syntax error, after err-malformed-json or err-at-line (lowercase, no final period): any other JSON error (generic).
err-json-other = JSON non valido

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
err-duplicate-field = campo "{ $field }" indicato due volte

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
# $expected: what was expected
err-newer-format = "{ $found }" è più recente di quanto questa versione di secu comprenda ({ $expected }): aggiorni secu

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
# $expected: what was expected
err-unknown-format = formato sconosciuto "{ $found }": atteso "{ $expected }"

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
# $suggestion: the closest known value
err-unknown-field-did-you-mean = campo sconosciuto "{ $field }"; intendeva "{ $suggestion }"?

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
# $known: the known values, comma-separated
err-unknown-field-known = campo sconosciuto "{ $field }"; campi noti: { $known }

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
err-missing-field = manca il campo obbligatorio "{ $field }"

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-string = attesa una stringa, trovato: { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-bool = atteso true o false, trovato: { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-date = attesa una data "YYYY-MM-DD", trovato: { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-object = atteso un oggetto, trovato: { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-members = atteso un elenco di membri, trovato: { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-member-id = atteso un identificativo di membro (stringa), trovato: { $found }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-member-ids = atteso un elenco di identificativi di membri, trovato: { $found }

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-no-such-date = la data "{ $value }" non esiste

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-date-shape = data non valida "{ $value }": atteso YYYY-MM-DD

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
# $years: the accepted range of years
err-date-years = data "{ $value }" al di fuori degli anni { $years }

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-unknown-country = codice paese sconosciuto { $value }

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-expected-country = atteso un codice paese (ISO 3166-1 alpha-2, "XK" o "CA-QC"), trovato: { $found }

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-unknown-value = valore sconosciuto "{ $value }"

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $suggestion: the closest known value
err-did-you-mean = ; intendeva "{ $suggestion }"?

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $choices: the accepted values, comma-separated
err-expected-one-of = {" "}(atteso uno tra: { $choices })

# Error message (lowercase, no final period; fragments are joined).
# $count: a number
# $limit: a number (a limit)
err-too-many-members = { $count } membri: più del limite di { $limit }
err-no-members = un nucleo familiare ha bisogno di almeno un membro
err-several-primaries = solo un membro può essere il richiedente principale
err-no-primary = nessun membro ha la relazione "primary"

# Error message (lowercase, no final period; fragments are joined).
# $length: a number of characters
err-id-length = un identificativo ha da 1 a 64 caratteri, trovati: { $length }

# Error message (lowercase, no final period; fragments are joined).
# $id: a member id
# $other: where the same id appears (a JSON path)
err-duplicate-id = identificativo "{ $id }" duplicato (anche { $other })

# Error message (lowercase, no final period; fragments are joined).
# $birth: a date, quoted as typed (YYYY-MM-DD)
# $as-of: a date, quoted as typed (YYYY-MM-DD)
err-birth-after-as-of = la data di nascita { $birth } è successiva alla data di valutazione { $as-of }
err-union-country-not-partner = union_country vale solo per un coniuge o un partner
err-nir-status-without-nir = nir_status è indicato ma nir no
err-nia-issued-without-nir = nia_issued_on è indicato ma nir no
err-nia-issued-not-provisional = nia_issued_on richiede nir_status "provisional"

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-nia-before-birth = NIA rilasciato il { $date }, prima della data di nascita

# Error message (lowercase, no final period; fragments are joined).
# $key: the two-digit key
err-nir-without-key-rejected = 13 caratteri senza la chiave (impostazione nir_without_key = reject); la chiave sarebbe { $key }
err-posting-missing = un lavoratore distaccato ha bisogno dei dati del distacco (from_country, certificate, end_date)

# Error message (lowercase, no final period; fragments are joined).
# $kind: an activity kind code
err-posting-not-posted = i dati del distacco valgono per il tipo "posted", non "{ $kind }"

# Error message (lowercase, no final period; fragments are joined).
# $end: a date, quoted as typed (YYYY-MM-DD)
# $start: a date, quoted as typed (YYYY-MM-DD)
err-posting-reversed = il distacco termina il { $end }, prima di iniziare il { $start }

# Error message (lowercase, no final period; fragments are joined).
# $max: a number (the maximum)
# $length: a number of characters
err-payroll-id-length = un numero di matricola ha da 1 a { $max } caratteri per entrare in un NTT, trovati: { $length }

# Error message (lowercase, no final period; fragments are joined).
# $character: the character, quoted
err-payroll-id-character = il carattere { $character } non può comparire in un NTT (solo lettere e cifre)

# Error message (lowercase, no final period; fragments are joined).
# $until: a date, quoted as typed (YYYY-MM-DD)
# $from: a date, quoted as typed (YYYY-MM-DD)
err-permit-reversed = permesso valido fino al { $until }, prima dell'inizio della validità il { $from }

# Error message (lowercase, no final period; fragments are joined).
# $relationship: a relationship code
err-parents-not-child = i genitori si indicano solo per i figli, non per un "{ $relationship }"

# Error message (lowercase, no final period; fragments are joined).
# $count: a number
err-too-many-parents = un figlio ha al massimo due genitori legali, trovati: { $count }

# Error message (lowercase, no final period; fragments are joined).
# $parent: a member id
err-parent-twice = il genitore "{ $parent }" è indicato due volte

# Error message (lowercase, no final period; fragments are joined).
# $id: a member id
err-unknown-parent = nessun membro ha l'identificativo "{ $id }"
err-own-parent = un figlio non può essere genitore di se stesso

# Error message (lowercase, no final period; fragments are joined).
# $parent: a member id
# $path: a JSON path, e.g. members[1]
err-parent-not-adult = il genitore "{ $parent }" non è maggiorenne ({ $path })

# Error message (lowercase, no final period; fragments are joined).
# $parent: a member id
# $path: a JSON path, e.g. members[1]
err-parent-ref = genitore "{ $parent }" ({ $path })

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $parent-birth: a date, quoted as typed (YYYY-MM-DD)
# $child-birth: a date, quoted as typed (YYYY-MM-DD)
err-parent-born-after-child = {" "}è nato il { $parent-birth }, non prima del figlio (nato il { $child-birth })

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $min: a minimum age (a number)
err-parent-too-young =
    {" "}avrebbe avuto { $age ->
         [one] { $age } anno
        *[other] { $age } anni
    } alla nascita del figlio (almeno { $min })

# Error message (lowercase, no final period; fragments are joined).
# $start: a date, quoted as typed (YYYY-MM-DD)
# $birth: a date, quoted as typed (YYYY-MM-DD)
err-activity-before-birth = l'attività inizia il { $start }, prima della data di nascita { $birth }

# Error message (lowercase, no final period; fragments are joined).
# $end: a date, quoted as typed (YYYY-MM-DD)
# $birth: a date, quoted as typed (YYYY-MM-DD)
err-posting-before-birth = il distacco termina il { $end }, prima della data di nascita { $birth }

# Error message (lowercase, no final period; fragments are joined).
# $policy: a policy name
# $problem: what is wrong (a text)
err-policy-out-of-range = impostazione { $policy }: { $problem }

# Error message (lowercase, no final period; fragments are joined).
# $length: a number of characters
err-siren-length = attese 9 cifre, trovate: { $length }

# Error message (lowercase, no final period; fragments are joined).
# $character: the character, quoted
# $position: its position (a number)
err-siren-character = carattere { $character } non valido alla posizione { $position }: un SIREN contiene solo cifre

# Error message (lowercase, no final period; fragments are joined).
# $expected: what was expected
# $found: what was found, quoted from the input or its JSON kind
err-siren-key = cifra di controllo non valida: attesa { $expected }, trovata { $found } (chiave di Luhn)

# Error message (lowercase, no final period; fragments are joined).
# $postcode: a value, as is
err-postcode-malformed = codice postale { $postcode } non valido: attese 5 cifre

# Error message (lowercase, no final period; fragments are joined).
# $postcode: a value, as is
err-postcode-monaco = il codice postale { $postcode } è nel Principato di Monaco, non in Francia

# Error message (lowercase, no final period; fragments are joined).
# $postcode: a value, as is
err-postcode-unknown = il codice postale { $postcode } non corrisponde a nessun dipartimento francese

# Error message (lowercase, no final period; fragments are joined).
# $length: a number of characters
err-nir-length = attesi 13 o 15 caratteri, trovati: { $length }

# Error message (lowercase, no final period; fragments are joined).
# $character: the character, quoted
# $position: its position (a number)
err-nir-character = carattere { $character } non valido alla posizione { $position }

# Error message (lowercase, no final period; fragments are joined).
# $digit: the digit found
err-nir-sex = cifra del sesso '{ $digit }' non valida: deve essere 1 (maschio) o 2 (femmina)
err-nir-legacy-nnp = vecchio numero provvisorio (NNP, numéro national provisoire), non un NIR: questi numeri sono stati sostituiti dal NIA e sono ufficialmente soppressi dal 31 dicembre 2022
err-nir-legacy-mig = vecchio numero provvisorio (MIG, migrant de passage: per le persone di passaggio), non un NIR: non ha chiave e non è accettato dove si attende un NIR o un NIA

# Error message (lowercase, no final period; fragments are joined).
# $month: a month number
err-nir-month = mese '{ $month }' non valido: deve essere 01–12 o uno pseudo-mese 20–99

# Error message (lowercase, no final period; fragments are joined).
# $department: the department code found
err-nir-department = dipartimento '{ $department }' non valido: deve essere 01–99, 2A o 2B

# Error message (lowercase, no final period; fragments are joined).
# $order: the order number found
err-nir-order = numero d'ordine '{ $order }' non valido: deve essere 001–999

# Error message (lowercase, no final period; fragments are joined).
# $expected: what was expected
# $found: what was found, quoted from the input or its JSON kind
err-nir-key = chiave non valida: attesa { $expected }, trovata { $found }
kind-null = null
kind-bool = un booleano
kind-number = un numero
kind-string = una stringa
kind-array = un elenco
kind-object = un oggetto

## Case and policy errors (issue 10, item 15: they follow --lang)

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-policy-assignment = atteso NOME=VALORE, trovato "{ $found }"

# Error message (lowercase, no final period; fragments are joined).
# $policy: a policy name
err-policy-unknown = impostazione sconosciuta "{ $policy }"

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $known: the known values, comma-separated
err-policy-known = ; note: { $known }

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $policy: a policy name
err-policy-prefix = impostazione { $policy }:{" "}

# Error message (lowercase, no final period; fragments are joined).
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $max: a number (the maximum)
err-policy-age = l'età { $age } è fuori intervallo: atteso da 0 a { $max } (la dichiarazione è richiesta a ogni adulto, Decisione 8)

# Error message (lowercase, no final period; fragments are joined).
# $month: a month number
err-policy-month = il mese { $month } è fuori intervallo: atteso da 1 a 12

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $day: a day number
# $month: a month number
err-policy-day = il giorno { $day } è fuori intervallo per il mese { $month }:{" "}

# Error message (lowercase, no final period; fragments are joined).
# $max: a number (the maximum)
err-policy-day-range = atteso da 1 a { $max }

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $event: an event code
# $code: a refusal code
err-refused = { $event } rifiutato ({ $code }):{" "}

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $events: event codes or a count of events (a text)
err-allowed-now = ; possibile ora: { $events }

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
err-allowed-nothing = ; possibile ora: niente

# Error message (lowercase, no final period; fragments are joined).
# $stage: the stage reached (a text)
# $track: the procedure track (a text)
err-not-allowed-now = non possibile in questa fase: { $stage } (procedura: { $track })

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $date: a date, quoted as typed (YYYY-MM-DD)
err-dated-before = datato { $date }, prima di{" "}

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-submission = la presentazione della pratica ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-nia = il numero provvisorio (NIA) ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-clock-end = la fine dei 3 mesi che il NIA concede per inviare l'atto di stato civile (R114-7 III) ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-notice-end = la fine dei 3 mesi della diffida (mise en demeure, R114-7 III) ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-certification = il numero certificato o la riapertura dei diritti (Decisione 9) ({ $date })

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
err-before-last-event = un evento già registrato ({ $date }): gli eventi si registrano in ordine cronologico

# Error message (lowercase, no final period; fragments are joined).
# $document: a document kind code
err-not-in-checklist = { $document } non è nella lista di questo membro

# Error message (lowercase, no final period; fragments are joined).
# $document: a document kind code
err-doc-not-received = { $document } non è stato ricevuto

# Error message (lowercase, no final period; fragments are joined).
# $document: a document kind code
err-doc-already-received = { $document } è già stato ricevuto
err-reason-required = serve una motivazione
err-nothing-received = non è stato ricevuto alcun documento
err-checklist-complete = tutti i documenti sono stati ricevuti

# Error message (lowercase, no final period; fragments are joined).
# $documents: document kind codes, comma-separated
err-documents-missing = documenti ancora mancanti: { $documents }
err-no-nia = nessuna certificazione prima di un numero provvisorio (NIA)
err-civil-status-missing = SANDIA certifica in base all'atto di stato civile, che non è ancora arrivato alla cassa

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
err-number-invalid = il numero non è valido:{" "}
err-civil-status-received = l'atto di stato civile è già stato ricevuto
err-no-formal-notice = le prestazioni sono sospese solo dopo una diffida (mise en demeure, R114-7 III)

# Error message (lowercase, no final period; fragments are joined).
# $min: a minimum age (a number)
# $age: the person's age in whole years (a number; 0 for a baby under one)
err-too-young =
    solo dai { $min } anni (il membro ha { $age ->
         [0] meno di un anno
         [one] { $age } anno
        *[other] { $age } anni
    })

# Error message (lowercase, no final period; fragments are joined).
# $age: the person's age in whole years (a number; 0 for a baby under one)
# $step: a step code
err-step-not-applicable =
    non è una fase di questo membro all'età di { $age ->
         [one] { $age } anno
        *[other] { $age } anni
    } ({ $step }: domain §7)

# Error message (lowercase, no final period; fragments are joined).
# $age: the person's age in whole years (a number; 0 for a baby under one)
err-own-coverage-too-young =
    solo dai 18 anni, o dal primo giorno di un'attività professionale (il membro ha { $age ->
         [0] meno di un anno
         [one] { $age } anno
        *[other] { $age } anni
    })
err-card-settled = una nuova Carte Vitale è già stata richiesta o ricevuta, oppure quella vecchia è stata dichiarata valida
err-no-ameli = l'attestato viene dall'account ameli: lo apra prima

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-no-track = il membro "{ $member }" non ha una procedura francese (iscrizione none)

# Error message (lowercase, no final period; fragments are joined).
# $id: a member id
err-no-member-id = nessun membro ha l'identificativo "{ $id }"

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
# $last: the date of an event already recorded (ISO)
err-household-out-of-order = datato { $date }, prima di un evento già registrato ({ $last }): gli eventi si registrano in ordine cronologico

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
# $stage: the stage reached (a text)
err-track-in-progress = la correzione chiude la procedura di "{ $member }", già alla fase: { $stage }; la ritiri prima

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $member: a member id
err-unknown-case-member = nessun membro "{ $member }" nel nucleo familiare;{" "}

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $suggestion: the closest known value
err-case-did-you-mean = intendeva "{ $suggestion }"?{" "}

# Error message (lowercase, no final period; fragments are joined).
# $members: member ids, comma-separated
err-case-members = membri: { $members }

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-member-redacted = il membro "{ $member }" è stato oscurato: per lui non si registra più nulla

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
# $today: a date, quoted as typed (YYYY-MM-DD)
err-future-date = l'evento è datato { $date }, dopo il giorno in cui viene registrato ({ $today }): lo registri quando sarà avvenuto
err-empty-line = riga vuota: atteso un nucleo familiare (un oggetto JSON)

# Error message (lowercase, no final period; fragments are joined).
# $limit: a number (a limit)
err-line-too-long = riga più lunga del limite di { $limit } byte (lo aumenti con --max-line-bytes); la riga è stata saltata

# Error message (lowercase, no final period; fragments are joined).
# $date: a date, quoted as typed (YYYY-MM-DD)
# $opened: a date, quoted as typed (YYYY-MM-DD)
err-before-opening = l'evento è datato { $date }, prima dell'apertura della pratica ({ $opened }): ciò che è avvenuto prima fa parte del nucleo familiare (un numero già posseduto, un'assicurazione precedente)

# Error message (lowercase, no final period; fragments are joined).
# $members: member ids, comma-separated
err-members-dropped = il nucleo familiare corretto toglie membri che hanno eventi: { $members } (una correzione mantiene i loro identificativi; è la pratica di un'altra famiglia?)

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $voided: the entry number the correction voids
# $seq: an entry number of the case file
err-correction-breaks = senza seq { $voided }, seq { $seq } sarebbe rifiutato (
err-void-later-first = ): annulli prima gli eventi successivi

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-redact-unknown = nessun membro "{ $member }" in questa pratica
err-fully-redacted = tutti i membri sono stati oscurati: non c'è nulla da rieseguire

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $code: a refusal code
err-refused-on-replay = rifiutato alla riesecuzione ({ $code }):{" "}
err-household-mismatch = il nucleo familiare non corrisponde a household_commitment: è stato modificato dopo la creazione della pratica

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $seq: an entry number of the case file
err-seq-not-first = seq { $seq } invece di 1:{" "}

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $seq: an entry number of the case file
# $previous: the entry number before
err-seq-follows = seq { $seq } segue { $previous }:{" "}
err-entries-reordered = le voci sono state riordinate o duplicate

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-entries-reordered-later = le voci sono state riordinate (seq { $seq } viene dopo)

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-entry-deleted = una voce è stata cancellata (manca seq { $seq })
err-anchor-mismatch = prev non corrisponde all'ancora della pratica: l'intestazione (rules_version, created_at, opened_on, policies o household_commitment) è stata modificata
err-chain-broken = prev non corrisponde al digest della voce precedente: una voce è stata inserita, cancellata o sostituita prima di questa
err-digest-mismatch = digest non corrispondente: la voce è stata modificata dopo la registrazione

# Error message (lowercase, no final period; fragments are joined).
# $byte: a byte offset (a number)
err-case-not-utf8 = il file non è UTF-8 valido (byte { $byte })
err-case-not-object = un file di pratica è un oggetto JSON

# Error message (lowercase, no final period; fragments are joined).
# $expected: what was expected
err-case-no-format = manca il campo "format": non è un file di pratica secu (atteso "{ $expected }")

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
# $expected: what was expected
err-case-unknown-format = formato sconosciuto "{ $found }": atteso "{ $expected }"

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
# $expected: what was expected
err-case-newer-format = "{ $found }" è più recente di quanto questa versione di secu sappia leggere ({ $expected }): aggiorni secu

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
err-case-unknown-field = campo sconosciuto "{ $field }"

# Error message (lowercase, no final period; fragments are joined).
# $field: a field name or the mismatching item, as written in the input
err-case-missing-field = manca il campo "{ $field }"
err-case-expected-string = attesa una stringa
err-case-timestamp = atteso un timestamp RFC 3339 (2026-11-27T10:15:00Z)
err-case-expected-date = attesa una data "YYYY-MM-DD"

# Error message (lowercase, no final period; fragments are joined).
# $value: the value given, as typed
err-case-invalid-date = data non valida "{ $value }": attesa una data YYYY-MM-DD esistente

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-seq-unknown = seq { $seq } non è una voce precedente del registro

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-seq-is-correction = seq { $seq } è una correzione: una correzione annulla un evento, non un'altra correzione

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
err-seq-other-member = seq { $seq } è un evento di un altro membro: una correzione annulla un evento dello stesso membro

# Error message (lowercase, no final period; fragments are joined).
# $seq: an entry number of the case file
# $correction: the entry number of the correction
err-seq-already-voided = seq { $seq } è già annullato da seq { $correction }

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-member-mismatch = member_added si registra per il nuovo membro: atteso il membro "{ $member }"

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-duplicate-member = il membro "{ $member }" è già nel nucleo familiare

# Error message (lowercase, no final period; fragments are joined).
# $member: a member id
err-replay-unknown-member = nessun membro "{ $member }" nel nucleo familiare

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $value: the value given, as typed
err-unknown-variant = variante sconosciuta `{ $value }`, atteso{" "}

# Error message (lowercase, no final period; fragments are joined).
# $expected: what was expected
err-variant-only = `{ $expected }`

# Error message (lowercase, no final period; fragments are joined).
# $first: a value
# $second: a value
err-variant-either = `{ $first }` o `{ $second }`

# Error message (lowercase, no final period; fragments are joined).
# $choices: the accepted values, comma-separated
err-variant-one-of = uno tra `{ $choices }`

# Error message (lowercase, no final period; fragments are joined); a fragment: the code joins it to the text before or after it.
# $members: member ids, comma-separated
err-redaction-breaks = gli altri membri non possono essere rieseguiti senza "{ $members }" (
err-redact-dependents-first = ): oscuri prima i membri che dipendono da loro, o l'intera pratica

# Message of the command line.
# $event: an event code
# $what: what the event needs (options)
cli-needs = { $event } richiede { $what }
cli-at-least-one-document = almeno un --document KIND

# Message of the command line.
# $file: a file path
cli-already-exists = { $file }: esiste già (usi --force per sostituirlo)

# Message of the command line.
# $event: an event code
cli-unknown-event = evento sconosciuto "{ $event }"

# Message of the command line.
# $document: a document kind code
cli-unknown-document = tipo di documento sconosciuto "{ $document }"

# Message of the command line.
# $options: command-line options
# $event: an event code
cli-does-not-apply = { $options } non si applica a { $event }

# Message of the command line; a fragment: the code joins it to the text before or after it.
# $options: command-line options
cli-it-takes = {" "}(accetta { $options })

# Message of the command line; a fragment: the code joins it to the text before or after it.
cli-takes-nothing = {" "}(non accetta opzioni tranne --date)

# Message of the command line.
# $document: a document kind code
cli-document-twice = --document { $document } è indicato due volte

# Message of the command line.
# $event: an event code
cli-not-from-command-line = l'evento "{ $event }" non può essere registrato dalla riga di comando
cli-name-member = indichi un MEMBER, oppure --all

# Message of the command line; a fragment: the code joins it to the text before or after it.
# $file: a file path
# $members: member ids, comma-separated
cli-created =
    creato { $file }: { $members ->
         [one] { $members } membro
        *[other] { $members } membri
    },{" "}

# Message of the command line.
# $date: a date (written out by DATE)
cli-opened-on = aperto il { DATE($date) }

# Message of the command line.
# $seq: an entry number of the case file
# $entry: the recorded entry: member, event code, date (written out)
cli-recorded = registrato #{ $seq } { $entry }

# Message of the command line.
# $head: the head (hash) of the case file
# $events: event codes or a count of events (a text)
cli-head = testa: { $head } ({ $events })
cli-one-event = 1 evento

# Message of the command line.
# $count: a number
cli-events =
    { $count ->
         [0] nessun evento
         [one] { $count } evento
        *[other] { $count } eventi
    }

# Message of the command line; a fragment: the code joins it to the text before or after it.
# $file: a file path
# $events: event codes or a count of events (a text)
cli-chain-verifies = { $file }: la catena è verificata: { $events },{" "}

# Message of the command line.
# $head: the head (hash) of the case file
cli-head-is = testa { $head }
cli-ends-at-head = il file termina alla testa indicata

# Message of the command line.
# $seq: an entry number of the case file
# $since: how many events since (a text)
cli-went-on-past = la testa indicata è l'evento #{ $seq }: il file è proseguito oltre ({ $since } da allora)

# Message of the command line.
# $file: a file path
# $head: the head (hash) of the case file
cli-head-not-on-chain = { $file }: la testa indicata { $head } non è sulla catena di questo file: il file è stato troncato o riportato indietro, oppure è un'altra pratica

# Message of the command line.
# $file: a file path
cli-unreadable = { $file }: illeggibile

# Message of the command line.
# $file: a file path
# $problem: why it is not (a text)
cli-not-a-journal = { $file }: non è un registro di teste ({ $problem }); lo cancelli per iniziarne uno nuovo
cli-iv-needs-file = serve un file del nucleo familiare quando l'input standard non è un terminale (le risposte sono lette come righe PATH=VALUE)
cli-iv-needs-output = un nuovo nucleo familiare richiede -o FILE: dove l'intervista viene salvata dopo ogni risposta

# Message of the command line.
# $file: a file path
cli-iv-output-exists = { $file }: esiste già: riprenda quell'intervista con `secu interview { $file }`

# Message of the command line.
# $line: a line number
cli-iv-not-an-answer = riga { $line }: atteso PATH=VALUE, per esempio `members[0].birth_date=1990-04-12`

# Message of the command line.
# $line: a line number
# $path: a JSON path, e.g. members[1]
cli-iv-unknown-path = riga { $line }: { $path }: non è un dato del nucleo familiare (`as_of`, `members[N].FIELD`)

# Message of the command line.
# $line: a line number
# $path: a JSON path, e.g. members[1]
cli-iv-no-member = riga { $line }: { $path }: questo membro non esiste

# Message of the command line; a fragment: the code joins it to the text before or after it.
# $last: the index of the last member (a number)
cli-iv-member-range = {" "}(i membri del nucleo familiare vanno da `members[0]` a `members[{ $last }]`)

# Message of the command line.
# $line: a line number
# $problem: what is wrong (a text)
cli-iv-line = riga { $line }: { $problem }
cli-iv-nothing-written = niente scritto: nessuna risposta viene applicata se non sono valide tutte le righe
cli-iv-new-household = Nuovo nucleo familiare: chi ne fa parte? Prima la persona principale (chi inizia a lavorare in Francia, o il richiedente principale).
cli-iv-member-id = Identificativo del membro (un nome breve, per esempio priya):
cli-iv-relationship = Relazione con il richiedente principale:
cli-iv-add-member = Aggiungere un altro membro?
cli-iv-yes = sì
cli-iv-no = no
cli-iv-help-text = - = nessuno / non si applica · ? = salta per ora · < = indietro · Esc = salva ed esci
cli-iv-help-country = un codice paese (IN, DE, CA-QC) o un nome; Tab completa
cli-iv-help-date = YYYY-MM-DD
cli-iv-help-parents = identificativi dei membri separati da virgole

# Message of the command line; a fragment: the code joins it to the text before or after it.
cli-iv-none = (nessuno / non si applica)

# Message of the command line; a fragment: the code joins it to the text before or after it.
cli-iv-skip = (non lo so ancora: salta per ora)

# Message of the command line; a fragment: the code joins it to the text before or after it.
cli-iv-back = (indietro: annulla la risposta precedente)

# Message of the command line.
# $number: the question number
# $remaining: the number of questions left
cli-iv-progress = Domanda { $number } · ne restano { $remaining }
cli-iv-settled = definito:

# Message of the command line.
# $file: a file path
cli-iv-saved = salvato in { $file }

# Message of the command line.
# $path: a JSON path, e.g. members[1]
cli-iv-undone = annullato: { $path }
cli-iv-nothing-to-undo = niente da annullare

# Message of the command line.
# $file: a file path
cli-iv-stopped = Intervista interrotta; il nucleo familiare è salvato in { $file }. Per riprendere: secu interview { $file }

# Message of the command line.
# $count: a number
# $file: a file path
cli-iv-skipped-left =
    { $count ->
         [one] { $count } domanda saltata
        *[other] { $count } domande saltate
    }: il nucleo familiare resta incompleto. Per riprendere: secu interview { $file }
cli-iv-complete = Non resta nessuna domanda: il nucleo familiare è completo.

## Procedure: next actions and deadlines
act-gather = raccogliere i documenti mancanti
act-submit = tutti i documenti sono pronti: presentare la pratica alla cassa
act-wait-nia = attendere il numero provvisorio (NIA), circa 3 settimane
act-wait-confirmation = attendere che la cassa confermi l'iscrizione
act-wait-reopen = attendere che la cassa riapra i diritti
act-wait-s1 = attendere che la cassa registri l'S1
act-send-civil-status = inviare l'atto di stato civile (atto di nascita): 3 mesi dal NIA, poi una diffida (mise en demeure)
act-declare-physician = dichiarare un medico curante (médecin traitant); modulo cartaceo S3704 se il medico non può dichiararlo online
act-wait-certification = attendere che SANDIA certifichi il numero (fino a 9 mesi)
act-suspended = le prestazioni sono sospese: inviare subito l'atto di stato civile
act-order-card = richiedere la Carte Vitale (modulo con foto e documento d'identità, o online dall'account ameli)
act-return-card-form = rispedire il modulo “Ma nouvelle carte Vitale” con una fototessera e la copia di un documento d'identità
act-wait-card = attendere la Carte Vitale (circa 3 settimane per posta, 2 settimane online)
act-open-ameli = aprire l'account ameli
act-attestation = scaricare l'attestato dei diritti (attestation de droits) e consegnarlo alla mutua aziendale (mutuelle)
act-own-coverage = ora maggiorenne: presentare l'S1110 con un conto bancario intestato a sé
act-own-coverage-work = lavora (anche in apprendistato): copertura a titolo personale dal primo giorno di lavoro, non più tramite un genitore; presentare la propria domanda con un conto bancario intestato a sé
act-contest-rejection = contestare il rigetto entro 2 mesi dalla notifica (recours amiable davanti alla commission de recours amiable della cassa, CSS R142-1)
act-submit-again = oppure ripresentare la pratica corretta
dl-civil-status-due = scadenza per l'atto di stato civile (3 mesi dopo il NIA, R114-7)
dl-civil-status-final-due = scadenza per l'atto di stato civile dopo la diffida (3 mesi), poi sospensione
dl-fund-decision-due = la cassa decide entro 3 mesi dalla sospensione
dl-nia-expiry = fine dei 9 mesi di validità del NIA
dl-ntt-limit = fine della tolleranza di 3 mesi per l'NTT nelle buste paga (DSN)
dl-posting-end = fine del distacco
dl-nia-expected = NIA previsto (stima: 3 settimane dopo la presentazione)
dl-certification-expected = numero certificato previsto (stima: entro 9 mesi dalla pratica completa)
dl-ameli-expected = account ameli possibile (stima: 10 giorni dopo il NIR)
dl-carte-vitale-expected = Carte Vitale prevista (stima: 3 settimane dopo la richiesta)
dl-sixteenth-birthday = 16 anni: Carte Vitale personale, può diventare ayant droit autonome
dl-eighteenth-birthday = 18 anni: copertura personale (S1110)
dl-appeal-due = ultimo giorno per contestare il rigetto (2 mesi, CSS R142-1)

## Procedure: status report

# Report heading or label.
# $date: a date (written out by DATE)
ui-status-title = Stato della procedura al { DATE($date) }
ui-track = Procedura
ui-phase = Fase
ui-nia = NIA
ui-nir = NIR

# Report heading or label.
# $key: the two-digit key
ui-nir-without-key = chiave non indicata; sarebbe { $key }
ui-missing-documents = Documenti mancanti
ui-next-actions = Prossime azioni
ui-allowed-events = Eventi che si possono registrare ora
ui-rejection-reason = Motivo indicato dalla cassa
ui-deadlines = Scadenze
ui-overdue = SCADUTO

# Report heading or label.
# $count: a number
# $date: a date (written out by DATE)
ui-portfolio-title =
    { $count ->
         [one] { $count } pratica
        *[other] { $count } pratiche
    } al { DATE($date) }

# Report heading or label.
# $count: a number
ui-portfolio-blocked =
    { $count ->
         [one] { $count } membro bloccato o in ritardo
        *[other] { $count } membri bloccati o in ritardo
    }
ui-waiting-on = in attesa di
ui-overdue-count = in ritardo
ui-problem = problema

# Report heading or label.
# $now: a number of events now
# $then: a number of events then
ui-went-back =
    tornato indietro dall'ultimo elenco: ora { $now ->
         [one] { $now } evento
        *[other] { $now } eventi
    }, allora { $then }, e il file non arriva più alla testa vista allora: sono stati cancellati eventi o è stata rimessa una copia più vecchia

# Error message (lowercase, no final period; fragments are joined).
# $found: what was found, quoted from the input or its JSON kind
err-id-characters = un identificativo contiene solo lettere A–Z e a–z, cifre, ".", "_" e "-" (trovato: { $found })
ph-preparing = preparazione della pratica
ph-submitted = presentata alla cassa
ph-provisional = numero provvisorio (NIA): identificazione in corso
ph-suspended = prestazioni sospese (manca l'atto di stato civile)

# $sex: female, male or other (unknown): French agrees with the person.
ph-affiliated =
    { $sex ->
         [female] iscritta
        *[other] iscritto
    }: numero certificato, diritti aperti

# $sex: female, male or other (unknown): French agrees with the person.
ph-affiliated-confirmed =
    { $sex ->
         [female] iscritta
        *[other] iscritto
    }: iscrizione confermata, diritti aperti

# $sex: female, male or other (unknown): French agrees with the person.
ph-affiliated-reopened =
    { $sex ->
         [female] iscritta
        *[other] iscritto
    }: diritti riaperti

# $sex: female, male or other (unknown): French agrees with the person.
ph-affiliated-s1 =
    { $sex ->
         [female] registrata
        *[other] registrato
    }: S1 registrato, cure pagate dalla cassa del paese d'origine
ph-complete = completata
ph-rejected = respinta dalla cassa
ph-withdrawn = ritirata
tr-registration-with-identification = prima iscrizione con identificazione (NIA, poi NIR certificato)
tr-registration = prima iscrizione (numero già noto)
tr-reactivation = riapertura dei diritti
tr-s1-registration = iscrizione dell'S1
tr-beneficiary-with-identification = figlio familiare a carico, NIA proprio poi NIR
tr-beneficiary = figlio familiare a carico

## Values of the household's fields (labels for forms)
in-rel-primary = richiedente principale (inizia a lavorare in Francia)
in-rel-spouse = coniuge
in-rel-civil-partner = partner legato da un PACS (patto civile di solidarietà)
in-rel-cohabiting-partner = convivente
in-rel-child = figlio/figlia
in-sex-female = femmina
in-sex-male = maschio
in-nir-certified = un NIR certificato
in-nir-provisional = un numero provvisorio (NIA)
in-act-employed = dipendente con contratto francese
in-act-posted = distaccato da un datore di lavoro estero
in-act-self-employed = lavoratore autonomo
in-act-student = studente (università)
in-act-job-seeker = in cerca di lavoro
in-act-none = nessuna attività professionale
in-sector-general = regime generale
in-sector-agricultural = agricolo (MSA)
in-cert-a1 = A1 (UE/SEE/Svizzera/Regno Unito)
in-cert-bilateral = certificato secondo una convenzione bilaterale
in-cert-none = nessun certificato
in-permit-not-required = non richiesto (cittadino del SEE o della Svizzera)
in-permit-long-stay-visa = visto per soggiorno di lunga durata (VLS-TS)
in-permit-residence-permit = carta di soggiorno (carte de séjour)
in-permit-resident-card = carta di residente (carte de résident)
in-permit-talent-passport = passaporto talento (passeport talent)
in-permit-receipt = ricevuta (récépissé)
in-permit-none = nessuno

## Events of a case (labels for pages and reports)
ev-document-received = documento ricevuto
ev-document-rejected = documento rifiutato
ev-document-waived = documento non richiesto (con motivazione)
ev-file-submitted = pratica presentata alla cassa
ev-documents-requested = la cassa ha chiesto documenti
ev-nia-issued = numero provvisorio (NIA) rilasciato
ev-civil-status-received = atto di stato civile ricevuto da SANDIA
ev-formal-notice-received = diffida (mise en demeure) ricevuta
ev-rights-suspended = diritti sospesi
ev-physician-declared = medico curante (médecin traitant) dichiarato
ev-nir-certified = numero di previdenza sociale (NIR) certificato
ev-affiliation-confirmed = iscrizione confermata
ev-rights-reopened = diritti riaperti
ev-s1-registered = modulo S1 registrato
ev-carte-vitale-form-received = modulo della Carte Vitale ricevuto
ev-carte-vitale-ordered = Carte Vitale richiesta
ev-carte-vitale-received = Carte Vitale ricevuta
ev-carte-vitale-still-valid = vecchia Carte Vitale ancora valida
ev-ameli-account-opened = account ameli aperto
ev-attestation-obtained = attestato dei diritti (attestation de droits) ottenuto
ev-own-coverage-opened = copertura personale aperta
ev-rejected = pratica respinta dalla cassa
ev-withdrawn = pratica ritirata
ev-household-corrected = nucleo familiare corretto
ev-member-added = membro aggiunto (neonato)
ev-permit-renewed = permesso di soggiorno rinnovato
ev-correction = correzione (annulla una voce precedente)

## Intake: the questions of a partial household (contract §5)
q-birth-date = Qual è la data di nascita di questa persona?
q-help-birth-date = L'età decide lo status di un figlio (familiare a carico, autonomia a 16 anni, maggiore età) e le date da ricordare.
q-sex = Qual è il sesso di questa persona?
q-help-sex-agreement = Serve a scrivere nella forma giusta i testi che riguardano questa persona (in italiano, francese e altre lingue le parole concordano con lei) e a controllare un numero di previdenza sociale francese. Può non rispondere: i testi useranno allora la forma generale.
q-nationality = Qual è la cittadinanza di questa persona?
q-help-nationality = I cittadini francesi, quelli del SEE o della Svizzera e gli altri non seguono lo stesso percorso né presentano gli stessi documenti.
q-birth-country = In quale paese è nata questa persona?
q-help-birth-country = Una persona nata in Francia (o in un territorio francese d'oltremare) ha un numero dalla nascita; un atto di nascita straniero può richiedere una traduzione giurata.
q-nir = Questa persona ha un numero di previdenza sociale francese (NIR)? Lo indichi, oppure risponda nessuno.
q-help-nir = 13 o 15 caratteri, sulla Carte Vitale o su un attestato dei diritti (attestation de droits).
q-nir-status = Questo numero è certificato o è un numero provvisorio (NIA)?
q-help-nir-status = Un numero provvisorio (NIA) vale 9 mesi, finché non viene certificato.
q-nia-issued-on = Quando è stato rilasciato il numero provvisorio (NIA)?
q-help-nia-issued-on = Da questa data dipende la validità del NIA.
q-previously-insured = Questa persona è già stata assicurata in Francia in passato?
q-help-previously-insured = I diritti precedenti vengono riaperti (réouverture des droits) invece di una prima iscrizione. Se non si sa, si presume di no, con un avviso.
q-activity-kind = Che cosa farà questa persona in Francia?
q-help-activity-kind = Un contratto di lavoro francese, un distacco da parte di un datore di lavoro estero, un lavoro autonomo, studi universitari, la ricerca di lavoro, oppure nulla.
q-activity-start = Quando inizia questa attività in Francia?
q-help-activity-start = Il primo giorno di lavoro o di studi: di solito la copertura inizia allora.
q-sector = L'attività è nel settore agricolo?
q-help-sector = Le attività agricole sono coperte dalla MSA invece che dalla CPAM.
q-employer-siren = Qual è il numero SIREN del datore di lavoro?
q-help-employer-siren = 9 cifre; serve a proporre il numero temporaneo delle buste paga (NTT).
q-payroll-id = Qual è la matricola del dipendente nelle buste paga?
q-help-payroll-id = Serve a proporre il numero temporaneo delle buste paga (NTT).
q-posted-from = Da quale paese è distaccata questa persona?
q-help-posted-from = Il regolamento UE o la convenzione bilaterale con quel paese decide quale regime copre un lavoratore distaccato.
q-posting-certificate = Quale certificato di distacco ha questa persona?
q-help-posting-certificate = Un A1 (UE/SEE/Svizzera), un certificato secondo una convenzione bilaterale, oppure nessuno.
q-posting-end = Quando termina il distacco?
q-help-posting-end = I distacchi sono limitati nel tempo (24 mesi nell'UE).
q-arrival-date = Quando si è stabilita (o si stabilirà) in Francia questa persona?
q-help-arrival-date = Senza attività, la copertura per residenza richiede 3 mesi di residenza stabile.
q-permit = Quale permesso di soggiorno ha questa persona?
q-help-permit = Gli adulti provenienti da fuori del SEE e della Svizzera devono avere un soggiorno regolare.
q-permit-valid-from = Da quando è valido il permesso?
q-help-permit-valid-from = Un visto per soggiorno di lunga durata (VLS-TS) va convalidato entro 3 mesi.
q-permit-valid-until = Fino a quando è valido il permesso?
q-help-permit-valid-until = La sua scadenza è una data da tenere d'occhio.
q-postcode = Qual è il codice postale dell'abitazione in Francia?
q-help-postcode = Determina la cassa (la CPAM del dipartimento, una CGSS oltremare).
q-in-education = Questo figlio è iscritto a scuola?
q-help-in-education = Un alunno; gli studenti universitari hanno l'attività studente.
q-autonomy-requested = Questo ragazzo di 16–17 anni ha chiesto di diventare familiare a carico autonomo (ayant droit autonome)?
q-help-autonomy-requested = Dai 16 anni un figlio può essere coperto a proprio nome.
q-union-country = In quale paese è stato rilasciato il certificato di matrimonio, di PACS o di convivenza?
q-help-union-country = Un certificato rilasciato fuori dalla Francia, dal SEE e dalla Svizzera richiede una traduzione giurata.
q-parents = Chi sono i genitori di questo figlio nel nucleo familiare?
q-help-parents = Identificativi dei membri; per impostazione predefinita il richiedente principale e il suo partner.
report-provisional = provvisorio (può cambiare)
report-questions = Domande rimaste
report-no-question = Non resta nessuna domanda: la valutazione è completa.

# Error hint. $fields: the JSON paths of the null answers, joined
hint-null-partial = { $fields }: null risponde a un dato solo in un nucleo familiare incompleto (salvato da `secu interview` prima della fine): valutarlo con `secu assess --partial`

## Dates, from CLDR 49 (gregorian, format context, wide; a test compares them with ICU4X 2.4): the month names a long date uses, and the long-date pattern.
## DATE($date) renders date-long with the day, the month name and the year; a test compares them with ICU4X.
date-month-1 = gennaio
date-month-2 = febbraio
date-month-3 = marzo
date-month-4 = aprile
date-month-5 = maggio
date-month-6 = giugno
date-month-7 = luglio
date-month-8 = agosto
date-month-9 = settembre
date-month-10 = ottobre
date-month-11 = novembre
date-month-12 = dicembre

# The long date (DATE): "15 September 2026".
# $day: the day of the month (a number, 1 to 31)
# $month: the name of the month (date-month-N)
# $year: the year (a number)
date-long =
    { $day ->
         [1] 1º
        *[other] { $day }
    } { $month } { $year }

## The web page's own words (web/i18n.js): ids prefixed page-
page-title = Assicurazione malattia in Francia: la Sua lista di controllo
page-subtitle = Per i dipendenti che si trasferiscono in Francia, le loro famiglie e gli uffici del personale: chi è coperto, come, da quando e quali documenti raccogliere.
page-privacy-tab = Riservatezza per principio: tutto viene calcolato nel Suo browser. Niente di ciò che scrive viene inviato altrove o conservato; solo la lingua scelta viene ricordata in questa scheda, finché non la chiude.
page-language = Lingua
page-skip = Vai al risultato
page-household = Nucleo familiare
page-as-of = Data di valutazione
page-as-of-hint = La data alla quale viene valutata la situazione (predefinita: oggi).
page-file = File
page-import = Importa un file di nucleo familiare o di pratica (JSON)
page-import-drop = oppure trascini un file JSON in un punto qualsiasi della pagina
page-export-household = Esporta il nucleo familiare (JSON)
page-open-case = Apri una pratica da questo nucleo familiare
page-member = Membro
page-add-member = Aggiungi un membro
page-remove-member = Rimuovi questo membro
page-sec-identity = Identità
page-sec-number = Numero di previdenza sociale francese
page-sec-activity = Attività in Francia
page-sec-residence = Residenza in Francia
page-sec-family = Famiglia
page-id = Identificativo
page-id-hint = Breve e unico, per esempio "anna" (usato nei file e nel monitoraggio della pratica).
page-label = Nome o riferimento del dipendente (facoltativo)
page-relationship = Relazione con il richiedente principale
page-birth-date = Data di nascita
page-sex = Sesso
page-nationality = Cittadinanza
page-birth-country = Paese di nascita
page-union-country = Paese in cui è stato rilasciato il certificato di matrimonio/PACS
page-nir = Numero di previdenza sociale francese (NIR) o numero provvisorio (NIA), se presente
page-nir-status = Questo numero è
page-nia-issued-on = NIA rilasciato il
page-previously-insured-in-france = Già assicurato in Francia in passato?
page-activity-kind = Attività
page-activity-start-date = Primo giorno di lavoro o di studi in Francia
page-activity-sector = Settore
page-activity-employer-siren = SIREN del datore di lavoro (9 cifre)
page-activity-employer-payroll-id = Matricola
page-activity-posting-from-country = Paese di invio del distacco
page-activity-posting-certificate = Certificato del distacco
page-activity-posting-end-date = Fine prevista del distacco
page-residence-arrival-date = Arrivo (o arrivo previsto) in Francia
page-residence-permit = Permesso di soggiorno
page-residence-permit-valid-from = Permesso valido dal
page-residence-permit-valid-until = Permesso valido fino al
page-residence-postcode = Codice postale francese dell'abitazione
page-in-education = Alunno iscritto a scuola
page-autonomy-requested = Ha chiesto di diventare ayant droit autonome (16–17)
page-parents = Genitori (identificativi, separati da virgole)
page-parents-hint = Vuoto: si presume che i genitori siano il richiedente principale e il suo coniuge o partner, e il risultato lo indica (“genitori non indicati”).
page-add-relationship = Relazione del nuovo membro
page-sample-note = Questo è un esempio: un dipendente fittizio, per mostrare che cosa fa la pagina. Sostituisca i valori con i Suoi, o parta da zero.
page-mode = Come descrivere il nucleo familiare
page-mode-guided = Domande guidate
page-mode-form = Modulo completo
page-people-title = Chi fa parte del nucleo familiare?
page-people-hint = Il richiedente principale è la persona che inizia a lavorare in Francia. Poi le domande chiedono solo ciò che cambia il risultato.
page-people-partner = Partner che si trasferisce insieme
page-people-partner-none = nessun partner
page-people-children = Numero di figli che si trasferiscono insieme

# Page.
# $relationship: the relationship, as the form labels it
page-people-id = Identificativo di: { $relationship }
page-people-next = Inizia le domande
page-people-change = Modifica chi fa parte del nucleo familiare

# Page.
# $members: the members: "id (relationship)", comma-separated
page-people-summary = Nel nucleo familiare: { $members }.
page-guided-remaining-one = Resta 1 domanda

# Page.
# $count: a number
page-guided-remaining =
    { $count ->
         [one] Resta { $count } domanda
        *[other] Restano { $count } domande
    }

# Page.
# $member: the member's name or id
page-guided-about = Riguardo a { $member }
page-guided-back = Indietro
page-guided-none = Nessuno / lasciare vuoto
page-guided-next = Avanti
page-guided-choose = Scegliere…
page-guided-needed = Risponda a questa domanda per proseguire: non può restare vuota.
page-guided-done = Nessun'altra domanda: ogni risultato è certo.
page-guided-done-hint = Controlli il risultato, esporti il nucleo familiare o riveda tutti i campi nel modulo completo.
page-certain = certo
page-provisional = provvisorio
page-provisional-note = I risultati indicati come provvisori possono ancora cambiare con le Sue risposte; quelli indicati come certi no.
page-sample-clear = Inizia un nuovo nucleo familiare
page-sample-result = Risultato di esempio per una persona fittizia, non per Lei: modifichi il nucleo familiare per vedere il Suo.
page-no-members = Aggiunga il richiedente principale (la persona che inizia a lavorare in Francia) per vedere il risultato.
page-case-back = Torna al risultato
page-goto-case = Vai al monitoraggio della pratica
page-record-date-hint = Un evento si registra quando è avvenuto: al più tardi oggi.

# Page.
# $today: today's date (a date)
page-record-date-future = Questa data è successiva a oggi ({ DATE($today) }): un evento si registra quando è avvenuto.
page-unknown = — sconosciuto —
page-none-selected = — non indicato —
page-yes = sì
page-no = no
page-result = Risultato
page-result-empty = Compili il nucleo familiare per vedere il risultato.
page-stale = Non aggiornato: il nucleo familiare contiene errori (vedere i messaggi). L'ultimo risultato valido è mostrato in grigio.
page-errors-title = Verifichi questi punti
page-print = Stampa

# Page.
# $date: a date (written out by DATE)
# $version: the secu version
# $rules: the date of the rules (a date)
page-as-of-line = Valutazione al { DATE($date) } · secu { $version }, regole del { DATE($rules) }

# Page.
# $age: an age in whole years
page-age =
    { $age ->
         [0] meno di un anno
         [one] { $age } anno
        *[other] { $age } anni
    }
page-affiliation = Iscrizione
page-basis = Base
page-covered-from = Inizio della copertura
page-covered-unknown = non ancora noto
page-fund = Inviare la pratica a
page-fund-unknown = non noto (nessun codice postale)
page-dependent-status = Status del figlio
page-attached-to = Collegato a
page-identification = Identificazione
page-identification-yes = necessaria: numero provvisorio (NIA), poi numero certificato (SANDIA)
page-identification-no = non necessaria
page-why = Perché
page-warnings = Punti di attenzione
page-documents = Documenti da raccogliere
page-one-of = Uno a scelta tra:
page-translation-needed = Richiede una traduzione giurata in francese
page-covers = Vale per:
page-for-members = Per:
page-steps = Fasi

# Page.
# $date: a date (written out by DATE)
page-expected-by = previsto entro il { DATE($date) } (stima)
page-timeline = Cronologia

# Page.
# $member: the member's name or id
page-timeline-alt = Prossime date per { $member }
page-timeline-empty = Nessuna scadenza futura con data.
page-today = data di valutazione
page-payroll = Buste paga (DSN)
page-declare = Dichiarare
page-ntt-suggestion = NTT proposto
page-case-title = Monitoraggio della pratica

# Page.
# $date: a date (written out by DATE)
# $count: a number
page-case-meta =
    Pratica aperta il { DATE($date) } · { $count ->
         [one] { $count } evento registrato
        *[other] { $count } eventi registrati
    }
page-case-as-of = Data dello stato
page-case-export = Esporta il file della pratica (JSON)
page-case-close = Chiudi la pratica
page-track = Procedura
page-phase = Fase
page-nia = NIA
page-nir-short = NIR
page-missing-documents = Documenti mancanti
page-none = nessuno
page-next-actions = Prossime azioni
page-deadlines = Scadenze
page-overdue = scaduto
page-estimate = stima

# Page.
# $date: a date (written out by DATE)
page-done-on = fatto il { DATE($date) }
page-record-title = Registra un evento
page-record-member = Membro
page-record-date = Data dell'evento
page-record-kind = Evento
page-record-document = Documento
page-record-documents = Documenti richiesti
page-record-number = Numero
page-record-reason = Motivazione
page-record-voids = Numero della voce annullata
page-record-permit = Permesso
page-record-valid-from = Valido dal
page-record-valid-until = Valido fino al
page-record-json = Dati dell'evento (oggetto JSON)
page-record-submit = Registra

# Page.
# $event: the event, as the form labels it
page-record-ok = Registrato: { $event }.
page-record-none = In questa data non si può registrare nulla nel fascicolo di questo membro; restano possibili gli eventi che riguardano il nucleo familiare.
page-missing-first = Mancante
page-member-events = Fascicolo di questo membro
page-household-events = Il nucleo familiare (in qualsiasi momento)
page-other-documents = Altri documenti
page-import-bad-json = Questo file non è un JSON valido.
page-import-unknown = Questo file non è né un nucleo familiare né un file di pratica.

# Page.
# $file: a file name
page-imported-household = Nucleo familiare importato da { $file }.

# Page.
# $file: a file name
page-imported-with-problems = Importato da { $file } con problemi (ciò che il modulo non può contenere è stato tralasciato):

# Page.
# $file: a file name
page-imported-case = File della pratica importato da { $file }.
page-case-opened = Pratica aperta.
page-invalid-number = Indichi un numero.
page-loading = Caricamento delle regole…

# Page.
# $error: the technical error, as is
page-load-failed = Non è stato possibile caricare il motore delle regole: { $error }

## The team's page (web/team.html, served by secu serve --db): its own words.
## Rendered by the server (GET /team/l10n/{lang}); variables are strings.

page-team-title = Spazio del team: assicurazione sanitaria in Francia
page-team-language = Lingua
page-team-signout = Esci
page-team-nav-portfolio = Portafoglio
page-team-nav-admin = Amministrazione
page-team-signin-heading = Accesso
page-team-email = Indirizzo e-mail
page-team-password = Password
page-team-signin = Accedi
page-team-signin-failed = Indirizzo e-mail o password errati.
page-team-throttled = Troppi tentativi non riusciti per questo indirizzo: attenda qualche minuto e riprovi.
page-team-session-ended = La sessione è terminata: acceda di nuovo.

# Team page.
# $email: the account's e-mail address; $role: its role, as page-team-role-* says it
page-team-signed-in-as = Accesso come { $email } ({ $role })

page-team-portfolio-heading = Portafoglio delle pratiche
page-team-filter = Mostra
page-team-filter-all = Tutte le pratiche
page-team-filter-blocked = Bloccate
page-team-filter-overdue = In ritardo

# Team page.
# $days: the portfolio's horizon, a number of days (secu-case's PORTFOLIO_HORIZON_DAYS)
page-team-filter-upcoming =
    In scadenza { $days ->
        [one] entro domani
       *[other] nei prossimi { $days } giorni
    }

page-team-org = Organizzazione
page-team-org-all = Tutte le organizzazioni
page-team-col-case = Pratica
page-team-col-org = Organizzazione
page-team-col-member = Persona
page-team-col-phase = Fase
page-team-col-waiting = In attesa di
page-team-col-overdue = In ritardo

# Team page.
# $days: the portfolio's horizon, a number of days (secu-case's PORTFOLIO_HORIZON_DAYS)
page-team-col-upcoming =
    { $days ->
        [one] Entro domani
       *[other] Nei prossimi { $days } giorni
    }

page-team-blocked = bloccata
page-team-no-cases = Nessuna pratica da mostrare.
page-team-open-heading = Apri una pratica
page-team-household-file = Nucleo familiare (file JSON, come per secu assess)
page-team-opened-on = Aperta il
page-team-open = Apri la pratica

# Team page.
# $id: the case's id
page-team-opened = Pratica { $id } aperta.

page-team-bad-json = Non è un JSON valido.
page-team-back = Torna al portafoglio

# Team page.
# $id: the case's id
page-team-case-heading = Pratica { $id }

page-team-calendar = Calendario (iCalendar)
page-team-export = Esporta il file della pratica
page-team-next-actions = Prossime azioni
page-team-steps = Passaggi
page-team-missing = Documenti mancanti
page-team-deadlines = Scadenze e date importanti
page-team-overdue = in ritardo
page-team-estimated = stima
page-team-none = Nessuno.
page-team-record-heading = Registra un evento
page-team-member = Persona
page-team-date = Data dell'evento
page-team-event = Evento
page-team-member-events = Fascicolo di questa persona
page-team-household-events = Il nucleo familiare (in qualsiasi momento)
page-team-document = Documento
page-team-documents = Documenti richiesti
page-team-number = Numero
page-team-reason = Motivazione
page-team-event-json = Altri campi dell'evento (oggetto JSON)
page-team-no-event = In questa data non si può registrare nulla nel fascicolo di questa persona; restano possibili gli eventi che riguardano il nucleo familiare.
page-team-record = Registra

# Team page.
# $event: the event, as the form labels it
page-team-recorded = Registrato: { $event }.

# Team page.
# $reason: the server's reason, as is
page-team-refused = Rifiutato: { $reason }

page-team-allowed-now = Possibili ora:
page-team-history-heading = Cronologia
page-team-col-seq = N.
page-team-col-date = Data
page-team-col-event = Evento
page-team-col-by = Registrato da
page-team-link-heading = Link personale del dipendente
page-team-link-create = Crea un link di sola lettura

# Team page.
# $member: the person, by label or id
page-team-link-made = Link personale di sola lettura per { $member }, da inviare solo a questa persona:

page-team-orgs-heading = Organizzazioni clienti
page-team-org-name = Nome
page-team-org-create = Crea l'organizzazione

# Team page.
# $name: the organisation's name
page-team-org-created = Organizzazione { $name } creata.

page-team-users-heading = Account
page-team-role = Ruolo
page-team-role-admin = Amministratore
page-team-role-consultant = Consulente
page-team-role-client-hr = Risorse umane del cliente
page-team-role-employee = Dipendente
page-team-user-create = Crea l'account

# Team page.
# $email: the account's e-mail address
page-team-user-created = Account { $email } creato.

page-team-tokens-heading = Token per le integrazioni
page-team-token-name = Nome dell'integrazione
page-team-token-create = Crea un token
page-team-token-once = Copi ora questo token: viene mostrato una sola volta.
page-team-access-log-heading = Registro degli accessi
page-team-access-log = Esporta il registro degli accessi (JSON)
page-team-link-title = La sua lista di adempimenti
page-team-link-note = Sola lettura: il suo referente delle risorse umane o il suo consulente registra l'avanzamento.
page-team-link-invalid = Questo link è sconosciuto, scaduto o revocato: ne chieda uno nuovo al suo referente delle risorse umane o al suo consulente.

# Team page.
# $reason: the technical error, as is
page-team-error = Si è verificato un errore: { $reason }

## Server (secu serve): the titles and messages of its own errors (srv-*)

srv-title-invalid-query = richiesta non valida
srv-title-malformed-json = JSON non valido
srv-title-invalid-household = nucleo familiare non valido
srv-title-invalid-request = richiesta non valida
srv-title-malformed-request = richiesta malformata
srv-title-unreadable-body = corpo illeggibile
srv-title-internal-error = errore interno
srv-title-body-too-large = corpo troppo grande
srv-title-unavailable = servizio non disponibile
srv-title-not-found = non trovato
srv-title-method-not-allowed = metodo non consentito
srv-title-unauthorized = autenticazione richiesta
srv-title-forbidden = accesso negato
srv-title-too-many-requests = troppe richieste
srv-title-unprocessable = contenuto non elaborabile
srv-title-bad-request = richiesta errata
srv-title-conflict = conflitto
srv-title-internal-server-error = errore interno del server
srv-no-endpoint = questo endpoint non esiste
srv-method-not-allowed = metodo non consentito su questo endpoint
srv-unreadable-body = non è stato possibile leggere il corpo della richiesta
srv-internal-error = errore interno
srv-shutting-down = il server si sta arrestando
srv-at-capacity = il server è sovraccarico; riprovi più tardi
srv-timeout = la richiesta ha richiesto troppo tempo
srv-too-many-batches = troppi lotti contemporaneamente; riprovi più tardi
srv-api-key-required = è richiesta una chiave API valida: Authorization: Bearer CHIAVE

# $limit: a number of bytes
srv-body-too-large = il corpo della richiesta supera il limite di { $limit } byte

srv-not-json = il corpo non è JSON
srv-nir-expected-object = era atteso un oggetto { "{" }"number": "…"{ "}" }
srv-nir-unknown-field = campo sconosciuto; è atteso solo `number`
srv-nir-missing-number = manca il campo `number`
srv-expected-string = era attesa una stringa
srv-query-unknown = parametro di richiesta sconosciuto o ripetuto; attesi: as_of, lang, partial, detail
srv-expected-date = era attesa una data AAAA-MM-GG
srv-detail-expected = era atteso `full` o `codes`
srv-partial-expected = era atteso `true` o `false`
srv-batch-partial = un lotto valuta nuclei familiari completi; valuti un nucleo parziale con POST /v1/assess?partial=true

# $tags: the language tags that can be selected, joined by commas (en, fr, …)
srv-lang-unknown = lingua non supportata; è attesa una tra { $tags } (tag BCP 47, ad es. pt-BR → pt)

srv-sign-in = acceda prima (POST /v1/session) oppure invii Authorization: Bearer TOKEN
srv-token-unknown = token di accesso sconosciuto, scaduto o revocato
srv-session-expired = la sessione è terminata o scaduta: acceda di nuovo
srv-csrf = questa richiesta richiede l’intestazione X-CSRF-Token della sessione (il csrf_token di POST /v1/session)
srv-wrong-password = indirizzo e-mail o password errati
srv-rate-limited = troppi accessi non riusciti per questo indirizzo: riprovi più tardi
srv-no-team = nessun servizio di team: avvii secu serve con --db URL
srv-db-failed = il database del team non ha funzionato; consulti il registro del server
srv-no-case = questa pratica non esiste
srv-no-org = questa organizzazione non esiste
srv-admin-only = solo un amministratore può farlo
srv-employee-own-case = un dipendente consulta solo la propria pratica
srv-employee-link-only = l’accesso di un dipendente è il suo link personale
srv-filter-expected = era atteso all, blocked, overdue o upcoming
srv-link-unknown = questo link è sconosciuto, scaduto o revocato
srv-query-repeated = parametro di richiesta sconosciuto o ripetuto
srv-firm-only = solo il personale della società di consulenza registra eventi ed emette link
srv-erase-admin-only = solo un amministratore può cancellare i dati personali di una pratica
srv-employee-read-only = il link di un dipendente dà accesso solo a stato, cronologia e calendario
srv-title-event-refused = evento rifiutato
srv-unknown-member = questo membro non fa parte della pratica
srv-expected-member = era atteso l’identificativo del membro (una stringa)
srv-expected-event-object = era atteso un oggetto { "{" }member, event, date, …{ "}" }
srv-no-live-link = questo link non esiste o non è più attivo

# $line: a line number of the body
# $column: a column number of the body
# $expected: the fields expected, as JSON ({org, household, opened_on?})
srv-bad-body = corpo JSON non valido (riga { $line }, colonna { $column }): era atteso { $expected }
srv-case-no-replay = la pratica non può essere ricostruita; consulti il registro del server
srv-unknown-member-query = questo membro non fa parte della pratica (?member=ID)
srv-firm-imports = solo il personale della società di consulenza importa pratiche
srv-firm-revokes = solo il personale della società di consulenza revoca i link dei dipendenti
srv-admin-access-log = solo un amministratore esporta il registro degli accessi
srv-firm-lists-orgs = solo il personale della società di consulenza consulta l’elenco delle organizzazioni
srv-name-chars = erano attesi da 1 a 200 caratteri senza caratteri di controllo
srv-org-exists = esiste già un’organizzazione con questo nome
srv-account-exists = esiste già un account con questo indirizzo
srv-no-account = questo account non esiste
srv-chars = erano attesi da 1 a 200 caratteri
srv-expected-email = era atteso un indirizzo e-mail
srv-expected-password = era attesa una password da 12 a 1024 caratteri

# ---- l10n-gaps: the CLI's own texts that bypassed the resources ----

# Error message (lowercase, no final period): --lang refused.
# $value: the tag as given
# $expected: the available language tags, comma-separated (codes: keep them)
err-unsupported-language = lingua non supportata "{ $value }": attesa una tra { $expected } (tag BCP 47, ad es. pt-BR → pt)

# Error message (lowercase, no final period): a digest or salt of a case file is not hex.
# $count: the number of digits expected (64 or 32)
err-hex-digits = attese { $count } cifre esadecimali minuscole

# Error message (lowercase, no final period), after a file name: the file does not exist.
err-io-not-found = file o cartella inesistente

# Error message (lowercase, no final period), after a file name: the system refuses access.
err-io-permission-denied = permesso negato

# Error message (lowercase, no final period), after a file name: it names a folder.
err-io-is-a-directory = una cartella, non un file

# The help line under a list of choices in the terminal interview (the keys: arrows, Enter, typing).
cli-iv-help-select = ↑↓ per spostarsi · Invio per scegliere · digitare per filtrare

# Shown after a question of the terminal interview stopped with Esc (in angle brackets, as a mark, not a sentence).
cli-iv-canceled = <interruzione>

# clap usage error: an argument the command does not take ($arg, as typed, e.g. --bogus).
cli-usage-unknown-argument = argomento sconosciuto: { $arg }

# clap usage error: a command that does not exist ($command, as typed).
cli-usage-unknown-command = comando sconosciuto: { $command }

# clap usage error: an option given without its value ($arg, e.g. --lang <TAG>).
cli-usage-missing-value = { $arg } richiede un valore

# clap usage error: a value refused for an argument ($value as typed; $arg, e.g. --detail <DETAIL>).
cli-usage-invalid-value = valore { $value } non valido per { $arg }

# clap usage error: a value that is not one of the choices ($value as typed; $arg; $choices, the codes accepted, comma-separated).
cli-usage-invalid-choice = valore { $value } non valido per { $arg }; valori possibili: { $choices }

# clap usage error: a required argument missing ($arg, e.g. <NUMBER>; several are comma-separated).
cli-usage-missing-argument = manca un argomento obbligatorio: { $arg }

# clap usage error: a command (subcommand) is required and none was given.
cli-usage-missing-command = è necessario un comando

# clap usage error: two arguments that cannot be given together ($arg, $other).
cli-usage-conflict = { $arg } non può essere usato con { $other }

# clap usage error: an argument given with too many or too few values ($arg).
cli-usage-value-count = numero di valori errato per { $arg }

# clap usage error of another kind (generic).
cli-usage-invalid = la riga di comando non è valida

# After a usage error: the closest valid argument, command or value ($suggestion, as it is typed).
cli-usage-suggestion = intendeva { $suggestion }?

# After a usage error: where the usage is described ($command, the help command, e.g. secu case record --help; the help stays in English).
cli-usage-help = istruzioni (in inglese): { $command }

# The name of the iCalendar file of a case's deadlines (secu case calendar, the team service's calendar), shown by calendar applications; "secu" is the program's name.
ical-calendar-name = secu: scadenze dell'assicurazione malattia
