import { ChangeSet } from '../database/table-store.ts';
import type { Row } from '../ddic/structure.ts';

/** A notification created in the buffer by BAPI_ALM_NOTIF_CREATE, waiting for its SAVE. */
export interface NotificationDraft {
  /** QMEL row under the temporary number. */
  header: Row;
  /** QMFE rows. */
  items: Row[];
  /** IHPA rows (OBJNR with the temporary number). */
  partners: Row[];
  /** TEXT_LINES rows (TDNAME with the temporary number). */
  texts: Row[];
}

/** The server side of one RFC connection: its user and its logical unit of work. */
export class ServerSession {
  readonly handle: number;
  readonly user: string;
  readonly language: string;
  /** Saved changes waiting for BAPI_TRANSACTION_COMMIT (the update task of the LUW). */
  readonly luw = new ChangeSet();
  /** Changes made by DATA_MODIFY / DATA_ADD per notification, waiting for BAPI_ALM_NOTIF_SAVE. */
  readonly documents = new Map<string, ChangeSet>();
  /** Notifications created under a temporary number, waiting for BAPI_ALM_NOTIF_SAVE. */
  readonly drafts = new Map<string, NotificationDraft>();
  #temporaryCounter = 0;

  constructor(handle: number, user: string, language: string) {
    this.handle = handle;
    this.user = user;
    this.language = language;
  }

  /** The next temporary notification number of this session ('%00000000001', …). */
  nextTemporaryNumber(): string {
    this.#temporaryCounter += 1;
    return `%${String(this.#temporaryCounter).padStart(11, '0')}`;
  }

  /** The document buffer of a notification, created on first use. */
  documentBuffer(notificationNumber: string): ChangeSet {
    let buffer = this.documents.get(notificationNumber);
    if (buffer === undefined) {
      buffer = new ChangeSet();
      this.documents.set(notificationNumber, buffer);
    }
    return buffer;
  }

  /** Moves a notification's unsaved changes into the LUW (what a save does). */
  saveDocument(notificationNumber: string): boolean {
    const buffer = this.documents.get(notificationNumber);
    if (buffer === undefined) return false;

    this.luw.absorb(buffer);
    this.documents.delete(notificationNumber);
    return true;
  }

  /** The buffers this session reads through, oldest first. */
  layers(): ChangeSet[] {
    return [this.luw, ...this.documents.values()];
  }

  /** Forgets all work of the LUW: buffers, drafts and the temporary number counter. */
  discardWork(): void {
    this.luw.clear();
    this.documents.clear();
    this.drafts.clear();
    this.#temporaryCounter = 0;
  }
}
