/**
 * What the sentinel waits for before the engine is worth loading: a control that can carry a
 * marketing choice (a box, a switch, a yes/no radio or select), or an e-mail field, which a
 * sign-up form with only a hidden marketing input has. Narrower than the engine's own
 * SCAN_TRIGGER_SELECTOR: a search box alone loads nothing.
 */
export const CANDIDATE_SELECTOR =
  'input[type=checkbox],input[type=radio],input[type=email],input[name*=mail i],select,[role=checkbox],[role=switch],[role=radio]';
