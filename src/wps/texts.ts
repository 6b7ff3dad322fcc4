// Every Chinese string the WPS surface shows beyond the shared task pane's (../taskpane/texts.ts),
// in one place for review. The ribbon's labels are in ribbon.xml.

export const OUTSIDE_WPS = {
  title: '请在 WPS 表格中打开督办',
  lead: '这个页面是 WPS 加载项「督办 DUBAN」的任务窗格，只能在 WPS 表格里运行，直接用浏览器打开时没有可以处理的工作簿。',
  howTo: '安装方法见 README「在 WPS 表格中使用」一节：运行安装脚本后重启 WPS，在「督办」选项卡中点「督办面板」。',
};
