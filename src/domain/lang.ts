/** The two languages the interface speaks. */
export type Lang = 'en' | 'zh'
