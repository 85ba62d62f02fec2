/**
 * Host access asked for as an optional permission, only when the reader turns on automatic
 * recording, so the default install needs only activeTab. wxt.config.ts declares the same list.
 */
export const AUTO_RECORD_ORIGINS = ['http://*/*', 'https://*/*'];
