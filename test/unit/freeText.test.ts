/**
 * Free text typed in the tab (DESIGN, "Privacy by construction": no patient identifier — no name, RAMQ number,
 * birth date, phone, e-mail or clinical free text — is stored). Each field serves a service, a site or how to
 * reach it (seed 003 §3, §4, §1.3.9, §2.3, §9.3), and is checked for that purpose.
 */
import { describe, expect, it } from "vitest";
import {
  containsEmailAddress,
  freeTextProblem,
  freeTextSchema,
  isPhoneNumber,
  looksLikeHealthCardNumber,
  looksLikeSocialInsuranceNumber,
  phoneNumberParts,
  textSize,
} from "../../bot/src/domain/freeText.js";
import { FREE_TEXT_FIELDS } from "../../bot/src/domain/freeTextFields.js";
import { fieldIssues } from "../../bot/src/domain/zodIssues.js";

describe("what looks like a patient identifier (DESIGN, privacy)", () => {
  // Seed 003 §1.3.5: the patient shows their RAMQ card; Balises keeps the kind of ID, never its number.
  it.each([
    "TREM 8501 1512",
    "TREM85011512",
    "trem 8501 1512",
    "TREM-8501-1512",
    "ÉMIL 5501 1512",
    "Rappeler M. Tremblay, NAM TREM 8501 1512, au besoin",
    "TREM 85 01 15 12",
  ])("a RAMQ health-card number: %j", (text) => {
    expect(looksLikeHealthCardNumber(text)).toBe(true);
  });

  it.each([
    "GMF des Rivières — poste 1234 5678",
    "Code de conférence 12345678#",
    "1 866 APPELLE",
    "TREMB 8501 1512",
    "TREM 8501 15123",
    "819 555-0199 poste 2201",
    "Lundi au vendredi, 8 h à 16 h 30",
  ])("not a RAMQ number: %j", (text) => {
    expect(looksLikeHealthCardNumber(text)).toBe(false);
  });

  it("a social insurance number only when its nine digits pass the Luhn check, not a conference id", () => {
    expect(looksLikeSocialInsuranceNumber("NAS 046 454 286")).toBe(true);
    expect(looksLikeSocialInsuranceNumber("046-454-286")).toBe(true);
    expect(looksLikeSocialInsuranceNumber("046454286")).toBe(true);
    expect(looksLikeSocialInsuranceNumber("123 456 789")).toBe(false);
    expect(looksLikeSocialInsuranceNumber("conférence 046 454 286#")).toBe(false);
    expect(looksLikeSocialInsuranceNumber("+1 819 555-0199, 1 800 265-2626")).toBe(false);
  });

  it("an e-mail address, spaces around the @ included, but not a Teams thread id", () => {
    expect(containsEmailAddress("écrire à marie.t@example.com")).toBe(true);
    expect(containsEmailAddress("rdv @ cisss-mcq.gouv.qc.ca")).toBe(true);
    expect(containsEmailAddress("19:abc@thread.tacv2;messageid=1")).toBe(false);
    expect(containsEmailAddress("Pont Teams : +1 514-555-0199")).toBe(false);
  });
});

// Seed 003 §3: phone is the fallback; a crisis resource is a number to call.
describe("phone numbers (North American, extensions allowed)", () => {
  it.each([
    "819 555-0199",
    "(819) 555-0199",
    "+1 819 555 0199",
    "1-800-265-2626",
    "819.555.0199",
    "8195550199",
    "514 555-0100 poste 1234",
    "514 555-0100, p. 12",
    "514-555-0100 x12",
    "1 866 APPELLE",
    "1 800 555-TAXI",
    "811",
    "811 option 2",
    "911",
    "988",
  ])("accepts %j", (phone) => {
    expect(isPhoneNumber(phone)).toBe(true);
  });

  it.each([
    "555-0199",
    "appelez le 811",
    "819 555-0199 ou 819 555-0100",
    "+33 1 23 45 67 89",
    "123 555 0199",
    "819 055 0199",
    // The letter O or I typed for a digit: a number nobody could dial.
    "819 555-O199",
    "819 555-01I9",
    "marie@example.com",
    "",
  ])("refuses %j", (phone) => {
    expect(isPhoneNumber(phone)).toBe(false);
  });

  // Shown in a 320 px panel, a number must be read whole to be dialled: it breaks only before its extension or a
  // part in brackets (the built-in lines write « 1 866 APPELLE (1 866 277-3553) »).
  it.each([
    ["1 866 APPELLE (1 866 277-3553)", ["1 866 APPELLE", "(1 866 277-3553)"]],
    ["1 (819) 555-0199", ["1 (819) 555-0199"]],
    ["514 555-0100 poste 1234", ["514 555-0100", "poste 1234"]],
    ["514 555-0100, p. 12", ["514 555-0100,", "p. 12"]],
    ["514-555-0100 x12", ["514-555-0100", "x12"]],
    ["811 option 2", ["811", "option 2"]],
    ["514 555-0100 #12", ["514 555-0100", "#12"]],
    ["1 800 555-TAXI", ["1 800 555-TAXI"]],
  ])("keeps %j on lines %j", (phone, parts) => {
    expect(phoneNumberParts(phone)).toEqual(parts);
  });
});

describe("a field's purpose", () => {
  const { corridorContact, corridorHours, corridorConditions, crisisPhone, trainingSite, bridgeText } =
    FREE_TEXT_FIELDS;

  it("a service's e-mail address where contact details are expected, nowhere else", () => {
    expect(freeTextProblem("rendez-vous.gmf@example.com, poste 12", corridorContact)).toBeUndefined();
    expect(freeTextProblem("8 h à 16 h, rendez-vous.gmf@example.com", corridorHours)).toBe("email");
    expect(freeTextProblem("Site Laval (marie.t@example.com)", trainingSite)).toBe("email");
  });

  it("no patient identifier anywhere, contact details included", () => {
    expect(freeTextProblem("Pour TREM 8501 1512 : poste 12", corridorContact)).toBe("healthCardNumber");
    expect(freeTextProblem("NAS 046 454 286", corridorConditions)).toBe("socialInsuranceNumber");
  });

  it("one line, unless the field holds instructions or conditions", () => {
    expect(freeTextProblem("GMF-U\nLaval", trainingSite)).toBe("lineBreak");
    expect(freeTextProblem("GMF-U\tLaval", trainingSite)).toBe("controlCharacter");
    expect(freeTextProblem("Sur rendez-vous.\nAdultes seulement.", corridorConditions)).toBeUndefined();
    expect(freeTextProblem("Pont : +1 514-555-0199\nConférence 123 456 789#", bridgeText)).toBeUndefined();
    expect(freeTextProblem("Pont\u0007", bridgeText)).toBe("controlCharacter");
  });

  it("a phone number in a phone field", () => {
    expect(freeTextProblem("1 866 APPELLE", crisisPhone)).toBeUndefined();
    expect(freeTextProblem("voir le site web", crisisPhone)).toBe("notAPhoneNumber");
    // An e-mail address there is refused for what the field expects, not as an e-mail "outside contact details".
    expect(freeTextProblem("marie.tremblay@cisss.qc.ca", crisisPhone)).toBe("notAPhoneNumber");
    // A patient identifier is still named as such, whatever the field.
    expect(freeTextProblem("TREM 8501 1512", crisisPhone)).toBe("healthCardNumber");
  });

  it("is short: names and sites 120 characters, instructions and conditions 500 at most", () => {
    const maxima = Object.values(FREE_TEXT_FIELDS).map((f) => f.max);
    expect(Math.max(...maxima)).toBe(500);
    expect(trainingSite.max).toBe(120);
    expect(FREE_TEXT_FIELDS.corridorName.max).toBe(120);
    expect(crisisPhone.max).toBe(40);
  });

  it("counts characters, not UTF-16 units", () => {
    expect(textSize("Rivières 📞")).toBe(10);
  });
});

describe("the schema built from a rule", () => {
  it("answers with the field's own bilingual message, French first", () => {
    const schema = freeTextSchema(FREE_TEXT_FIELDS.crisisPhone);
    const parsed = schema.safeParse("TREM 8501 1512");
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const [issue] = fieldIssues(parsed.error, ["contingency", "crisisResources", 0, "phone"]);
    expect(issue?.path).toBe("contingency.crisisResources.0.phone");
    expect(issue?.message["fr-CA"]).toMatch(/^Ce texte ressemble à un numéro d'assurance maladie \(RAMQ/);
    expect(issue?.message.en).toMatch(/^This text looks like a health insurance \(RAMQ\) number/);
  });

  it("bounds the length and, when required, refuses an empty value", () => {
    const schema = freeTextSchema(FREE_TEXT_FIELDS.trainingSite);
    expect(schema.safeParse("x".repeat(120)).success).toBe(true);
    expect(schema.safeParse("x".repeat(121)).success).toBe(false);
    expect(schema.safeParse("").success).toBe(false);
    expect(freeTextSchema(FREE_TEXT_FIELDS.bridgeText).safeParse("").success).toBe(true);
  });
});
