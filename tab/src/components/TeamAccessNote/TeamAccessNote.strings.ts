import type { Localized } from "@shared/i18n/locale.js";

export const TEAM_ACCESS_STRINGS = {
  notInstalledTitle: {
    "fr-CA": "Balises n'est pas encore installé dans cette équipe",
    en: "Balises is not installed in this team yet",
  },
  notInstalled: {
    "fr-CA":
      "Ajoutez l'application Balises à l'équipe (ou demandez-le à un propriétaire de l'équipe). Juste après l'ajout, Balises apprend la liste des membres : réessayez dans quelques secondes. En attendant, la matrice de base du MSSS s'affiche.",
    en: "Add the Balises app to the team (or ask one of the team's owners). Right after it is added, Balises learns the member list: try again in a few seconds. Meanwhile, the MSSS baseline matrix is shown.",
  },
  notMemberTitle: {
    "fr-CA": "Vous n'êtes pas membre de cette équipe Teams",
    en: "You are not a member of this Teams team",
  },
  notMember: {
    "fr-CA":
      "Seuls les membres de l'équipe consultent et configurent Balises pour elle. Si l'on vient de vous y ajouter, Balises le saura à sa prochaine mise à jour de la liste des membres. La matrice de base du MSSS reste à votre disposition.",
    en: "Only the team's members see and configure Balises for it. If you were just added, Balises will know at its next update of the member list. The MSSS baseline matrix remains available to you.",
  },
  retry: { "fr-CA": "Réessayer", en: "Try again" },
} as const satisfies Record<string, Localized>;
