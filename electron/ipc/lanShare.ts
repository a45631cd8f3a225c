// 局域网共享 Share on LAN: the addresses other seats open, and what the dialog says. Pure (the entry
// passes os.networkInterfaces()), so it is unit-tested without Electron.
import type { NetworkInterfaceInfo } from 'node:os';

/** http://<IPv4>:<port>/?code=… for every non-internal IPv4 address of this computer (LAN first). */
export function lanUrls(
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>,
  port: number,
  code: string,
): string[] {
  const ips: string[] = [];
  for (const list of Object.values(interfaces))
    for (const i of list ?? [])
      if (i.family === 'IPv4' && !i.internal && !ips.includes(i.address)) ips.push(i.address);
  // Private ranges (the LAN) before anything else (e.g. a VPN or a public address).
  const privateIp = (ip: string) => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(ip);
  ips.sort((a, b) => Number(privateIp(b)) - Number(privateIp(a)));
  return ips.map((ip) => `http://${ip}:${port}/?code=${encodeURIComponent(code)}`);
}

export function lanShareText(urls: string[], code: string): { message: string; detail: string } {
  return {
    message:
      '其他席位在同一局域网的浏览器中打开下面的链接即可加入本场。\nOther seats on the same LAN open this link in a browser to join the show.',
    detail:
      (urls.length
        ? urls.join('\n')
        : '未找到局域网地址（是否已连网？）/ no LAN address found (is this computer on a network?)') +
      `\n\n访问码 / access code: ${code}\n` +
      '没有访问码的连接会被拒绝；关闭共享或退出 LiveDesk 后链接失效。\n' +
      'Connections without the code are refused; the link stops working when sharing stops or LiveDesk quits.',
  };
}
