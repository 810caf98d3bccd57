export declare const BUDGETS_KB: { js: number; css: number; html: number; beforePaint: number; onDemand: number };
export declare const PAGES: Record<'index.html' | 'en/index.html', string>;
export declare function measureInitialLoad(
  distDir?: string,
  page?: keyof typeof PAGES,
): {
  js: number;
  css: number;
  html: number;
  beforePaint: number;
  scripts: string[];
  styles: string[];
};
export declare function measureOnDemand(distDir?: string, page?: keyof typeof PAGES): Record<string, number>;
