/** The optional all-sites access behind "warn me automatically on every shop". */
export const AUTO_SCAN_ORIGINS = ['http://*/*', 'https://*/*'];
