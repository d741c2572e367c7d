/**
 * Pre-session checklists by profession (R-checklists). Every item comes from a seed and names it:
 * medicine from the MSSS guidelines (seed 003), career counselling from the OCCOQ-based list (seed 004),
 * social work from the practice notes' checklist (seed 001, « Liste de vérification »), counselling from
 * the e-mail guidance (seed 002). Items are things to check, never places to write patient information.
 */
import type { Localized } from "../i18n/locale.js";
import type { ChecklistProfile } from "./teamConfig.js";

export interface ChecklistItem {
  id: string;
  label: Localized;
  /** Seed and section, e.g. "003 §1.3.5". */
  source: string;
}

const item = (id: string, source: string, fr: string, en: string): ChecklistItem => ({
  id,
  source,
  label: { "fr-CA": fr, en },
});

const MEDICINE: ChecklistItem[] = [
  item(
    "confidentialPlace",
    "003 §1.1",
    "Je suis dans un endroit propice à la confidentialité.",
    "I am in a place suited to confidentiality.",
  ),
  item(
    "patientComfortable",
    "003 §1.1",
    "Le patient est à l'aise avec cette modalité et la relation thérapeutique s'y prête.",
    "The patient is comfortable with this modality and the therapeutic relationship lends itself to it.",
  ),
  item(
    "introductions",
    "003 §1.1",
    "Je me suis présenté adéquatement et j'ai demandé la même chose à mon interlocuteur.",
    "I introduced myself properly and asked the other person to do the same.",
  ),
  item(
    "identity",
    "003 §1.3.5",
    "Le patient s'est nommé et a présenté sa carte d'assurance maladie ou une autre pièce d'identité (noter le type de pièce seulement).",
    "The patient gave their name and showed their health insurance card or other ID (note the kind of ID only).",
  ),
  item(
    "consent",
    "003 §1.3.1",
    "Consentement libre et éclairé obtenu (verbal ou écrit) et documenté au dossier.",
    "Free and informed consent obtained (verbal or written) and documented in the record.",
  ),
  item(
    "limitsExplained",
    "003 §1.3.1",
    "Le patient est informé des limites de la télésanté (évaluation, confidentialité), de la technologie utilisée, de l'enregistrement ou non et de l'équipement nécessaire.",
    "The patient knows the limits of telehealth (assessment, confidentiality), the technology used, whether it is recorded, and the equipment needed.",
  ),
  item(
    "consentScope",
    "003 §1.1",
    "La portée du consentement est précisée : séance en cours, enregistrement, partage d'information à venir.",
    "The scope of consent is stated: this session, recording, future information sharing.",
  ),
  item(
    "groupConduct",
    "003 §1.1",
    "Activité de groupe : consentement de chaque patient et engagement à respecter les règles de bonne conduite.",
    "Group activity: each patient's consent and commitment to the rules of conduct.",
  ),
  item(
    "caregivers",
    "003 §1.3.6, §8.7",
    "Proches aidants ou personnel de soutien présents seulement avec le consentement du patient.",
    "Caregivers or support staff present only with the patient's consent.",
  ),
  item(
    "contingency",
    "003 §3",
    "Plan de contingence convenu avant la rencontre; téléphone du patient (ou courriel) confirmé au préalable.",
    "Contingency plan agreed before the meeting; the patient's phone number (or e-mail) confirmed beforehand.",
  ),
  item(
    "inPersonOption",
    "003 §1.3.7, §1.3.8",
    "Le patient sait qu'il peut refuser la télésanté et être vu en présentiel.",
    "The patient knows they may refuse telehealth and be seen in person.",
  ),
  item(
    "inPersonCorridor",
    "003 §1.1, §4",
    "Un rendez-vous en présentiel est possible au besoin (distance acceptable ou corridor de référence valide).",
    "An in-person appointment is possible if needed (acceptable distance or a valid referral corridor).",
  ),
  item(
    "interpreter",
    "003 §1.3.9",
    "Besoin d'interprète vérifié; service d'interprétariat joint au besoin.",
    "Need for an interpreter checked; interpreting service brought in if needed.",
  ),
];

const CAREER_COUNSELLING: ChecklistItem[] = [
  item("identity", "004", "J'ai vérifié l'identité de la personne cliente.", "I checked the client's identity."),
  item(
    "psychologicalState",
    "004",
    "L'état psychologique de la personne cliente lui permet de participer efficacement à la rencontre.",
    "The client's psychological state allows them to take part effectively.",
  ),
  item(
    "culturalLanguage",
    "004",
    "Les enjeux culturels et langagiers permettent un service ajusté aux deux parties.",
    "Cultural and language issues allow a service suited to both parties.",
  ),
  item(
    "contingencyPlan",
    "004",
    "J'ai un plan en cas de difficultés techniques, d'imprévus ou d'urgence pendant la rencontre.",
    "I have a plan for technical difficulties, the unexpected or an emergency during the meeting.",
  ),
  item(
    "localResources",
    "004",
    "En cas de crise ou de risque pour sa sécurité, je peux donner à la personne cliente les ressources à proximité de l'endroit où elle se trouve.",
    "In a crisis or safety risk, I can give the client the resources near where they are.",
  ),
  item(
    "privacyBothRooms",
    "004",
    "Les installations des deux côtés assurent confidentialité, tranquillité et sécurité; la personne cliente peut être seule dans la pièce.",
    "Both settings ensure confidentiality, quiet and safety; the client can be alone in the room.",
  ),
  item(
    "privateNetwork",
    "004",
    "Les deux côtés utilisent une connexion Internet privée protégée par mot de passe.",
    "Both sides use a private, password-protected internet connection.",
  ),
  item(
    "encryption",
    "004",
    "L'application de visioconférence chiffre les données échangées.",
    "The videoconference application encrypts the data exchanged.",
  ),
  item(
    "cameraLight",
    "004",
    "Luminosité, position de la caméra, image et son sont adéquats; applications sans lien fermées.",
    "Light, camera position, image and sound are adequate; unrelated applications are closed.",
  ),
  item(
    "suicideRisk",
    "004",
    "La santé psychologique ou physique, incluant le risque suicidaire, peut être encadrée; plan d'urgence en place au besoin.",
    "Psychological or physical health, including suicide risk, can be managed; an emergency plan is in place if needed.",
  ),
  item(
    "writtenConsent",
    "004",
    "Conditions et limites communiquées et consentement libre et éclairé écrit obtenu.",
    "Conditions and limits communicated and free, informed written consent obtained.",
  ),
  item(
    "noRecording",
    "004",
    "Enregistrement interdit sans l'autorisation formelle et écrite des deux parties.",
    "No recording without the formal written authorisation of both parties.",
  ),
  item(
    "responseDelays",
    "004",
    "Modalités d'échange (téléphone, courriel, texto) et délais de réponse convenus.",
    "Ways of exchanging (phone, e-mail, text) and response delays agreed.",
  ),
];

const SOCIAL_WORK: ChecklistItem[] = [
  item(
    "inPersonFirst",
    "001, liste de vérification",
    "J'ai déterminé si une évaluation initiale en personne s'impose et si le service à distance est approprié.",
    "I determined whether an initial in-person assessment is needed and whether remote service is appropriate.",
  ),
  item(
    "confidentialityLimits",
    "001, liste de vérification",
    "J'ai expliqué les limites de la confidentialité liées aux technologies de communication.",
    "I explained the limits of confidentiality that come with communication technologies.",
  ),
  item(
    "technicalFailure",
    "001, liste de vérification",
    "J'ai convenu à l'avance avec la personne comment les services se poursuivront en cas de défaillance technique.",
    "I agreed in advance with the client how services will continue if the technology fails.",
  ),
  item(
    "identity",
    "001, liste de vérification",
    "J'ai convenu avec la personne comment vérifier son identité au besoin.",
    "I agreed with the client how to verify their identity when needed.",
  ),
  item(
    "crisisPlan",
    "001, liste de vérification",
    "J'ai élaboré avec la personne comment serait gérée une situation de crise.",
    "I worked out with the client how a crisis would be handled.",
  ),
  item(
    "outsideSessions",
    "001, liste de vérification",
    "J'ai expliqué quels renseignements peuvent être échangés hors des séances.",
    "I explained what information may be exchanged outside sessions.",
  ),
  item(
    "messageFrequency",
    "001, liste de vérification",
    "J'ai expliqué à quelle fréquence je vérifie mes messages, si j'y réponds et dans quel délai.",
    "I explained how often I check messages, whether I answer them and how quickly.",
  ),
  item(
    "recordContents",
    "001, liste de vérification",
    "J'ai expliqué quels renseignements seront versés au dossier.",
    "I explained what information will go into the record.",
  ),
];

const COUNSELLING: ChecklistItem[] = [
  item(
    "informedConsentTools",
    "002, ACCP B17",
    "Consentement éclairé obtenu sur l'usage prévu des outils électroniques, dont la messagerie.",
    "Informed consent obtained on the planned use of electronic tools, including messaging.",
  ),
  item(
    "securityAndLimits",
    "002, ACCP B17",
    "Protocoles de sécurité, limites du contenu et risques expliqués.",
    "Security protocols, content limits and risks explained.",
  ),
  item(
    "responseDelay",
    "002, ACCP B17",
    "Fréquence de consultation des courriels et délai de réponse annoncés.",
    "How often e-mail is checked and the expected response delay announced.",
  ),
  item(
    "notForUrgent",
    "002",
    "Le courriel ne sert pas aux affaires urgentes; un numéro à appeler en cas d'urgence est donné.",
    "E-mail is not for urgent matters; a number to call in an emergency is given.",
  ),
  item(
    "encryptedEmail",
    "002",
    "Les échanges par courriel sont chiffrés ou protégés (adresse distincte et sécurisée).",
    "E-mail exchanges are encrypted or protected (separate, secure address).",
  ),
  item(
    "clientCapacity",
    "002, ACA H.4.c",
    "La personne a les capacités d'utiliser l'outil et en comprend le fonctionnement.",
    "The client is able to use the tool and understands how it works.",
  ),
  item(
    "writtenPolicy",
    "002",
    "Politique écrite sur les échanges par courriel présentée pour consentement.",
    "Written e-mail policy presented for consent.",
  ),
  item(
    "recordKeeping",
    "002",
    "Les échanges électroniques font partie du dossier et sont conservés comme les notes.",
    "Electronic exchanges are part of the record and kept like session notes.",
  ),
];

export const CHECKLISTS: Record<ChecklistProfile, ChecklistItem[]> = {
  medicine: MEDICINE,
  careerCounselling: CAREER_COUNSELLING,
  socialWork: SOCIAL_WORK,
  counselling: COUNSELLING,
};

export function checklistFor(profile: ChecklistProfile): ChecklistItem[] {
  return CHECKLISTS[profile];
}

/** The checklist profiles as pilots choose them (and as the change history names them). */
export const CHECKLIST_PROFILE_LABELS: Record<ChecklistProfile, Localized> = {
  medicine: { "fr-CA": "Médecine et soins (orientations du MSSS)", en: "Medicine and care (MSSS guidelines)" },
  careerCounselling: { "fr-CA": "Orientation (conseillers d'orientation, OCCOQ)", en: "Career counselling (OCCOQ)" },
  socialWork: { "fr-CA": "Travail social", en: "Social work" },
  counselling: { "fr-CA": "Relation d'aide et psychothérapie", en: "Counselling and psychotherapy" },
};
