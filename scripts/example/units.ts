// The roster of the fictional 青川市. Names follow the official short forms a 督查室 uses for
// municipal departments; 别名 are the spellings staff actually type, so the example exercises
// alias matching.

export const COUNTY = '县（市、区）';
export const CITY_DEPT = '市直单位';

export interface RosterUnit {
  name: string;
  category: typeof COUNTY | typeof CITY_DEPT;
  aliases: string[];
  /** 责任人's title, for realistic 责任人 cells. */
  title: string;
}

const county = (name: string, aliases: string[] = []): RosterUnit => ({
  name,
  category: COUNTY,
  aliases,
  title: name.endsWith('县') ? '副县长' : name.endsWith('区') ? '副区长' : '副市长',
});

const dept = (name: string, aliases: string[] = [], title = '副局长'): RosterUnit => ({
  name,
  category: CITY_DEPT,
  aliases,
  title,
});

export const UNITS: readonly RosterUnit[] = [
  county('青川区'),
  county('江北区'),
  county('东岭县'),
  county('西河县'),
  county('南屏县'),
  county('北塬县'),
  county('石门县'),
  county('云溪市'),
  dept('市发展改革委', ['市发改委', '发改委'], '副主任'),
  dept('市教育局', ['教育局']),
  dept('市工业和信息化局', ['市工信局', '工信局']),
  dept('市公安局'),
  dept('市民政局'),
  dept('市财政局', ['财政局']),
  dept('市人力资源社会保障局', ['市人社局', '人社局']),
  dept('市自然资源和规划局', ['市自然资源局']),
  dept('市生态环境局', ['生态环境局']),
  dept('市住房城乡建设局', ['市住建局', '住建局']),
  dept('市城市管理局', ['市城管局']),
  dept('市交通运输局', ['交通局', '市交通局']),
  dept('市水利局'),
  dept('市农业农村局', ['市农业局']),
  dept('市商务局'),
  dept('市文化广电和旅游局', ['市文旅局']),
  dept('市卫生健康委', ['市卫健委'], '副主任'),
  dept('市应急管理局', ['市应急局']),
  dept('市市场监督管理局', ['市市场监管局']),
  dept('市医疗保障局', ['市医保局']),
  dept('市政务服务和大数据管理局', ['市大数据局']),
  dept('市统计局'),
];

/** Departments that co-handle most cross-cutting items, so they are drawn as 配合单位 more often. */
export const FREQUENT_COOPERATORS = ['市财政局', '市发展改革委', '市自然资源和规划局', '市住房城乡建设局', '市生态环境局'];

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段';
const GIVEN = ['建国', '志强', '海燕', '晓东', '国庆', '红梅', '立新', '文斌', '春雷', '丽华', '振宇', '秀英', '卫东', '明辉', '静怡', '伟', '敏', '军', '磊', '洁', '涛', '鹏', '霞', '峰'];

/** A deterministic personal name from two draws, so the roster's people do not depend on order. */
export function personName(a: number, b: number): string {
  return SURNAMES[Math.floor(a * SURNAMES.length)] + GIVEN[Math.floor(b * GIVEN.length)];
}

/** The 市政府督查室 staff who follow items up. */
export const SUPERVISORS = ['周敏', '陈涛', '刘洋', '赵静', '孙立军'];
