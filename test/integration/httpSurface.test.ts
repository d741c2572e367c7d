import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";

let service: TestService;
beforeAll(async () => {
  service = await startTestService({ DEV_IDENTITY: "on" });
});
afterAll(() => service.stop());

describe("HTTP surface", () => {
  it("serves the privacy statement the manifest points to, French first", async () => {
    const response = await fetch(`${service.url}/privacy`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('lang="fr-CA"');
    expect(html.indexOf("aucun renseignement")).toBeLessThan(html.indexOf("no information"));
    // The People table keeps staff display names (peopleRepository.ts): the statement says so, in both languages.
    const text = html.replace(/\s+/g, " ");
    expect(text).toContain("le nom affiché des membres de leur personnel");
    expect(text).toContain("the display names of their staff");
    expect(text).not.toMatch(/noms de réunion et d'utilisateur|user names are not kept/);
  });

  it("names the establishment's person in charge of personal information once set, escaped (Loi 25)", async () => {
    const contact = "Me Julie <Lavoie>, vie.privee@ciusss.example, 819 555-0100.";
    const withContact = await startTestService({ PRIVACY_CONTACT: contact });
    try {
      const html = (await (await fetch(`${withContact.url}/privacy`)).text()).replace(/\s+/g, " ");
      expect(html).toContain(
        "Personne responsable de la protection des renseignements personnels : Me Julie &lt;Lavoie&gt;, vie.privee@ciusss.example, 819 555-0100.",
      );
      expect(html).toContain("Person in charge of the protection of personal information: Me Julie &lt;Lavoie&gt;");
      expect(html).not.toContain("<Lavoie>");
      expect(html).not.toContain("0100..");
    } finally {
      await withContact.stop();
    }
    const without = (await (await fetch(`${service.url}/privacy`)).text()).replace(/\s+/g, " ");
    expect(without).toContain(
      "la personne responsable de la protection des renseignements personnels de votre établissement",
    );
    expect(without).toContain("choix habituels de consentement");
    expect(without).toContain("usual consent choices");
  });

  it("serves the terms of use", async () => {
    expect((await fetch(`${service.url}/terms`)).status).toBe(200);
  });

  it("answers an unknown API route with a bilingual JSON 404", async () => {
    const { token } = (await (
      await fetch(`${service.url}/dev/token`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ persona: "clinicien" }),
      })
    ).json()) as { token: string };
    expect((await fetch(`${service.url}/api/nothing-here`)).status).toBe(401);
    const response = await fetch(`${service.url}/api/nothing-here`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(404);
    const body = (await response.json()) as { error: { code: string; messages: Record<string, string> } };
    expect(body.error.code).toBe("no_such_route");
    expect(body.error.messages.en).toMatch(/does not exist/);
  });

  it("lets Teams frame the tab and nobody else", async () => {
    const csp = (await fetch(`${service.url}/healthz`)).headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors");
    expect(csp).toContain("https://teams.microsoft.com");
    expect(csp).not.toContain("*;");
  });
});
