import { verdictOutlineCss } from '../shared-ui/verdict-style';

/** Styles inside the closed shadow root: the shop's CSS cannot reach them, nor they the shop. Written compact: the string ships as it is. */
export const OVERLAY_CSS = `:host{all:initial}
.box{position:fixed;top:0;left:0;pointer-events:none;border-radius:4px;outline:3px solid var(--c);outline-offset:2px;box-shadow:0 0 0 6px color-mix(in srgb,var(--c) 25%,transparent)}
.marker{position:fixed;top:0;left:0;width:18px;height:18px;border-radius:50%;background:var(--c);color:#fff;font:700 12px/18px system-ui,sans-serif;text-align:center;pointer-events:auto;cursor:help;box-shadow:0 1px 3px rgba(0,0,0,.4)}
.tip{display:none;position:absolute;left:-4px;bottom:24px;width:max-content;max-width:280px;background:#1b1b1f;color:#fff;font:13px/1.4 system-ui,sans-serif;text-align:left;padding:6px 8px;border-radius:6px;box-shadow:0 2px 8px rgba(0,0,0,.35)}
.marker:hover .tip{display:block}
.flash{animation:flash .5s ease-in-out 3}
@keyframes flash{50%{outline-width:6px;outline-offset:6px}}
${verdictOutlineCss()}
.hidden{display:none}
`;
