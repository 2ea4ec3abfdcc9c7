import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const path of (process.argv[2]||'/en/sources/,/en/').split(',')) {
const ctx = await b.newContext({ viewport: {width:412,height:823}, serviceWorkers:'block' });
const p = await ctx.newPage();
const cdp = await ctx.newCDPSession(p); await cdp.send('Performance.enable');
await p.goto('http://localhost:3300'+path, { waitUntil: 'networkidle' }); await p.waitForTimeout(1500);
const m = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(x=>[x.name,x.value]));
console.log(path, 'layouts', m.LayoutCount, 'layoutMs', (m.LayoutDuration*1000)|0, 'recalc', m.RecalcStyleCount, 'recalcMs', (m.RecalcStyleDuration*1000)|0, 'scriptMs', (m.ScriptDuration*1000)|0, 'nodes', m.Nodes);
await ctx.close(); }
await b.close();
