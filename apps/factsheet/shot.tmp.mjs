import {chromium} from 'playwright-core';
import http from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join} from 'node:path';
const [root, file, out, width='1024', extra=''] = process.argv.slice(2);
const types={'.html':'text/html','.js':'text/javascript','.css':'text/css','.json':'application/json','.svg':'image/svg+xml'};
const server=http.createServer(async (req,res)=>{try{const p=join(root, decodeURIComponent(new URL(req.url,'http://x').pathname));const b=await readFile(p);res.writeHead(200,{'content-type':types[extname(p)]||'application/octet-stream'});res.end(b);}catch{res.writeHead(404);res.end();}}).listen(0);
const port=server.address().port;
const browser=await chromium.launch({executablePath:'/usr/bin/chromium',args:['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync','--disable-dev-shm-usage']});
const page=await browser.newPage({viewport:{width:Number(width),height:900}, colorScheme: extra.includes('dark')?'dark':'light', javaScriptEnabled: !extra.includes('nojs')});
page.on('console',m=>console.log('console',m.type(),m.text()));
page.on('pageerror',e=>console.log('pageerror',e.message));
await page.goto(`http://localhost:${port}/${file}`);
await page.waitForTimeout(800);
const h=await page.evaluate(()=>document.documentElement.scrollHeight); const n=Math.min(Number(process.env.PAGES||3), Math.ceil(h/900)); for(let i=0;i<n;i++){await page.evaluate(y=>window.scrollTo(0,y), i*900); await page.waitForTimeout(150); await page.screenshot({path: out.replace('.png', '-'+i+'.png')});}
await browser.close(); server.close();
