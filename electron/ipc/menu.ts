// The application menu (zh-CN). Plain objects, structurally compatible with Electron's
// MenuItemConstructorOptions, so the entry passes them to Menu.buildFromTemplate unchanged.
export interface MenuItemSpec {
  label?: string;
  role?:
    | 'appMenu'
    | 'about'
    | 'services'
    | 'hide'
    | 'hideOthers'
    | 'unhide'
    | 'quit'
    | 'close'
    | 'undo'
    | 'redo'
    | 'cut'
    | 'copy'
    | 'paste'
    | 'selectAll'
    | 'reload'
    | 'forceReload'
    | 'toggleDevTools'
    | 'resetZoom'
    | 'zoomIn'
    | 'zoomOut'
    | 'togglefullscreen'
    | 'minimize'
    | 'windowMenu'
    | 'front';
  type?: 'separator';
  accelerator?: string;
  click?: () => void;
  submenu?: MenuItemSpec[];
}

export interface MenuOptions {
  platform: string;
  /** Development build (not packaged): adds reload and developer tools. */
  dev: boolean;
  appName: string;
  onAbout(): void;
  onOpenDataFolder(): void;
  /** Save the current page (e.g. a session review) as a PDF (Electron printToPDF). */
  onExportPdf(): void;
  /** The system print dialog. */
  onPrint(): void;
  /** 局域网共享: start (or stop) the hub for other seats on the LAN. */
  onLanShare(): void;
}

export function buildMenuTemplate(opts: MenuOptions): MenuItemSpec[] {
  const mac = opts.platform === 'darwin';
  const sep: MenuItemSpec = { type: 'separator' };
  const template: MenuItemSpec[] = [];
  if (mac) {
    template.push({
      label: opts.appName,
      submenu: [
        { role: 'about', label: `关于 ${opts.appName}` },
        sep,
        { role: 'services', label: '服务' },
        sep,
        { role: 'hide', label: `隐藏 ${opts.appName}` },
        { role: 'hideOthers', label: '隐藏其他' },
        { role: 'unhide', label: '全部显示' },
        sep,
        { role: 'quit', label: `退出 ${opts.appName}` },
      ],
    });
  }
  template.push({
    label: '文件',
    submenu: [
      { label: '导出为 PDF…', accelerator: 'CmdOrCtrl+Shift+P', click: opts.onExportPdf },
      { label: '打印…', accelerator: 'CmdOrCtrl+P', click: opts.onPrint },
      sep,
      { label: '局域网共享… / Share on LAN…', accelerator: 'CmdOrCtrl+Shift+L', click: opts.onLanShare },
      { label: '打开数据文件夹', click: opts.onOpenDataFolder },
      sep,
      mac ? { role: 'close', label: '关闭窗口' } : { role: 'quit', label: '退出' },
    ],
  });
  // Without an Edit menu, copy/paste shortcuts do not work in text fields on macOS.
  template.push({
    label: '编辑',
    submenu: [
      { role: 'undo', label: '撤销' },
      { role: 'redo', label: '重做' },
      sep,
      { role: 'cut', label: '剪切' },
      { role: 'copy', label: '复制' },
      { role: 'paste', label: '粘贴' },
      { role: 'selectAll', label: '全选' },
    ],
  });
  const view: MenuItemSpec[] = [];
  if (opts.dev) {
    view.push(
      { role: 'reload', label: '重新加载' },
      { role: 'forceReload', label: '强制重新加载' },
      { role: 'toggleDevTools', label: '开发者工具' },
      sep,
    );
  }
  view.push(
    { role: 'resetZoom', label: '实际大小' },
    { role: 'zoomIn', label: '放大' },
    { role: 'zoomOut', label: '缩小' },
    sep,
    { role: 'togglefullscreen', label: '全屏' },
  );
  template.push({ label: '视图', submenu: view });
  if (mac) template.push({ role: 'windowMenu', label: '窗口' });
  template.push({
    label: '帮助',
    submenu: [{ label: `关于 ${opts.appName}`, click: opts.onAbout }],
  });
  return template;
}
