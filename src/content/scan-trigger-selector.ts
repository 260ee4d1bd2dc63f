/** What can hold a marketing choice: without any of these a page is not worth a scan. */
export const SCAN_TRIGGER_SELECTOR = 'form,input,select,[role=checkbox],[role=switch],[role=radio]';
