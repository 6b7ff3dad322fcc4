// Every Chinese string the WPS surface shows beyond the shared task pane's (../taskpane/texts.ts),
// in one place for review. The ribbon's labels are in ribbon.xml.

export const OUTSIDE_WPS = {
  title: '请在 WPS 表格中打开督办',
  lead: '这个页面是 WPS 加载项「督办 DUBAN」的任务窗格，只能在 WPS 表格里运行，直接用浏览器打开时没有可以处理的工作簿。',
  howTo: '安装方法见 README「在 WPS 表格中使用」一节：运行安装脚本后重启 WPS，在「督办」选项卡中点「督办面板」。',
};

export const WPS_TEXT = {
  mergedAreasTooMany: (sheet: string) =>
    `「${sheet}」表已按没有合并单元格读取：表中合并单元格太多，督办在 WPS 中逐块查找要用太长时间。跨行合并的单元格只有第一行有值，` +
    '其余各行可能被报为缺少内容：请用命令行 duban 读取这个文件（不受此限），或取消这些合并并在每一行填上值。',
};
