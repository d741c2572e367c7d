/**
 * The privacy statement and terms the Teams manifest points to (developer.privacyUrl, termsOfUseUrl).
 * Plain bilingual HTML served by the service itself, so they exist wherever the app is deployed.
 */
import { Router } from "express";

const page = (title: string, body: string) => `<!doctype html>
<html lang="fr-CA"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5}h2{margin-top:2rem}</style>
</head><body>${body}</body></html>`;

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

/** Loi 25: the person in charge of personal information is published with how to reach them, once set (PRIVACY_CONTACT). */
function contactLines(contact: string | undefined) {
  if (!contact)
    return {
      fr: "Pour toute question : la personne responsable de la protection des renseignements personnels de votre établissement.",
      en: "Questions: your organisation's privacy officer.",
    };
  const who = escapeHtml(contact.replace(/\.+$/, ""));
  return {
    fr: `Personne responsable de la protection des renseignements personnels : ${who}.`,
    en: `Person in charge of the protection of personal information: ${who}.`,
  };
}

const privacyPage = (contact: string | undefined) => {
  const questions = contactLines(contact);
  return page(
    "Confidentialité — Balises télésanté",
    `
<h1>Confidentialité — Balises télésanté</h1>
<p>Balises n'enregistre <strong>aucun renseignement permettant d'identifier un patient</strong> : ni nom, ni numéro
d'assurance maladie, ni date de naissance, ni téléphone, ni courriel, ni texte clinique libre.</p>
<p>Balises enregistre <em>que</em> les choses ont été faites (type et portée du consentement, type de pièce d'identité
vérifiée — jamais le numéro —, plan de contingence convenu, note déposée à telle heure), <em>par qui</em>
(identifiant d'objet Entra du professionnel) et <em>quand</em>, rattaché aux identifiants de la réunion Teams.
Les noms de réunion ne sont pas conservés. Pour nommer les personnes dans l'onglet plutôt que par un identifiant,
Balises conserve le nom des équipes où il est installé et le nom affiché des membres de leur personnel (tiré de la
liste des membres de l'équipe), y compris après leur départ de l'équipe, pour l'historique. Aucun nom de patient,
d'invité ou de participant à une réunion n'est conservé.</p>
<p>Les données sont hébergées au Canada dans le stockage Azure de votre établissement, séparées par locataire.
Les changements de configuration et les événements de consentement sont consignés dans un journal d'audit en ajout
seulement. Les métadonnées de rencontre sont conservées pendant la période fixée par votre établissement. Balises
garde aussi, pour chaque professionnel, ses choix habituels de consentement (mode, portée, type de pièce vérifiée),
pour préremplir son prochain formulaire. Les journaux techniques du service, dans Azure, consignent l'adresse IP des
requêtes, et l'identifiant d'objet Entra de qui exporte l'activité d'une équipe ou se voit refuser un accès.</p>
<p>${questions.fr}</p>
<h2 lang="en">Privacy — Balises télésanté</h2>
<div lang="en">
<p>Balises stores <strong>no information that identifies a patient</strong>: no name, health insurance number, birth
date, phone, e-mail or clinical free text. It records <em>that</em> things were done (kind and scope of consent, kind of
ID checked — never the number —, contingency plan agreed, note filed at a given time), <em>by whom</em> (the
professional's Entra object id) and <em>when</em>, keyed by Teams meeting ids. Meeting names are not kept. To show
people by name in the tab rather than by an id, Balises keeps the names of the teams where it is installed and the
display names of their staff (from the team's member list), also after they leave the team, for the history. No name
of a patient, a guest or a meeting participant is kept.</p>
<p>Data is hosted in Canada in your organisation's Azure storage, separated by tenant. Configuration changes and
consent events go to an append-only audit log. Encounter metadata is kept for the period your organisation sets.
Balises also keeps each professional's usual consent choices (method, scope, kind of ID checked) to prefill their
next form. The service's technical logs, in Azure, record the IP address of requests, and the Entra object id of whoever
exports a team's activity or is refused access.</p>
<p>${questions.en}</p></div>`,
  );
};

const TERMS = page(
  "Conditions d'utilisation — Balises télésanté",
  `
<h1>Conditions d'utilisation — Balises télésanté</h1>
<p>Balises est un outil d'aide à l'application des orientations ministérielles en télésanté du MSSS. Il ne remplace
ni le jugement clinique du professionnel, ni le dossier du patient, ni les politiques de votre établissement.
Le consentement et les notes doivent être consignés au dossier du patient selon les règles habituelles.</p>
<h2 lang="en">Terms of use — Balises télésanté</h2>
<p lang="en">Balises helps apply the MSSS telehealth guidelines. It does not replace the professional's clinical
judgement, the patient's record or your organisation's policies. Consent and notes must be documented in the
patient's record as usual.</p>`,
);

export function legalPagesRouter({ privacyContact }: { privacyContact?: string }): Router {
  const router = Router();
  const privacy = privacyPage(privacyContact);
  router.get("/privacy", (_req, res) => void res.type("html").send(privacy));
  router.get("/terms", (_req, res) => void res.type("html").send(TERMS));
  return router;
}
