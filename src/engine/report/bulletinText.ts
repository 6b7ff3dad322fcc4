// Every Chinese sentence the bulletin engine writes, together so they can be reviewed as one text.

export const BULLETIN_TEXT = {
  title: (year: number, month: number) => `关于${year}年${month}月份督查事项办理情况的通报`,
  /** 附件2 一(一)10: the units a month's ranking earns 月排名加分. */
  monthlyPraise: (year: number, month: number, category: string, top: number) =>
    `在${year}年${month}月排名中位列${category}前${top}名且当月无减分事项的单位`,
  /** 四(二)3: 年中 / 年终 praise. */
  periodicPraise: (year: number, label: string, top: number) =>
    `${year}年${label}中督查事项全部完成、得分位列前${top}名的单位`,
  /** An item past D on which no working day has passed yet (D followed by a weekend or holiday). */
  stagePending: '已逾期，尚未满1个工作日',
} as const;
