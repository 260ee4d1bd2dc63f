const fs=require('fs');const KEYS=['text','checked','marketing','kind','thirdParty','source'];
const KINDS=['opt-in','soft-opt-in','negative','bundled'];let errs=0,total=0,hw=0;const summary={};
for (const lang of ['nl','en','de','fr']) {
  const L=fs.readFileSync(`test/corpus/${lang}.jsonl`,'utf8').split('\n').filter(Boolean);
  const s={lines:L.length,marketing:0,nonMarketing:0,thirdParty:0,handwritten:0};KINDS.forEach(k=>s[k]=0);const texts=new Set();
  L.forEach((l,i)=>{let o;try{o=JSON.parse(l)}catch(e){errs++;return console.log(lang,i+1,'bad json')}
    if (JSON.stringify(Object.keys(o))!==JSON.stringify(KEYS)){errs++;console.log(lang,i+1,'keys',Object.keys(o))}
    if (typeof o.text!=='string'||!o.text.trim()||/<[a-z\/]|%s|\{[a-z_]+\}/i.test(o.text)){errs++;console.log(lang,i+1,'text',o.text)}
    if (texts.has(o.text)){errs++;console.log(lang,i+1,'dup')} texts.add(o.text);
    if (typeof o.checked!=='boolean'||typeof o.marketing!=='boolean'||typeof o.thirdParty!=='boolean'){errs++;console.log(lang,i+1,'types')}
    if (!o.source){errs++;console.log(lang,i+1,'no source')}
    if (o.marketing){ if(!KINDS.includes(o.kind)){errs++;console.log(lang,i+1,'kind',o.kind)}
      if (o.kind==='opt-in'&&o.checked){errs++;console.log(lang,i+1,'opt-in but checked')}
      if (o.kind==='soft-opt-in'&&!o.checked){errs++;console.log(lang,i+1,'soft-opt-in but unchecked')}
      s.marketing++; s[o.kind]++; }
    else { if(o.kind!==null){errs++;console.log(lang,i+1,'kind must be null')} if(o.thirdParty){errs++;console.log(lang,i+1,'3p non-mkt')} s.nonMarketing++; }
    if (o.thirdParty) s.thirdParty++; if (o.source.startsWith('handwritten')) s.handwritten++;
  });
  total+=L.length; hw+=s.handwritten; summary[lang]=s;
}
console.table(summary);
console.log('total',total,'handwritten',hw,(100*hw/total).toFixed(1)+'%','errors',errs);
const minOk = total>=425 && Object.values(summary).every(s=>s.lines>=100) && Object.values(summary).every(s=>s.nonMarketing/s.lines>=0.35);
console.log('minimums (425 total, 100/lang, >=35% non-marketing):', minOk?'MET':'NOT MET');
process.exit(errs?1:0);
