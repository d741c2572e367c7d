/** In Teams, the host's people picker gives a colleague's Entra object id without typing it. */
import { people } from "@microsoft/teams-js";

export interface PickedPerson {
  objectId: string;
  displayName?: string;
}

export function peoplePickerAvailable(): boolean {
  try {
    return people.isSupported();
  } catch {
    return false;
  }
}

export async function pickOnePerson(title: string): Promise<PickedPerson | undefined> {
  const picked = await people.selectPeople({ singleSelect: true, title });
  const first = picked[0];
  return first ? { objectId: first.objectId, displayName: first.displayName } : undefined;
}
