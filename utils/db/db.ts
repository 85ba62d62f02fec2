import { SiyaqDB } from '@/utils/db/schema';

/** The one database of the extension origin, shared by the background, popup and library pages. */
export const db = new SiyaqDB();
