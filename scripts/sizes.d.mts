export declare const BUDGETS_KB: { js: number; css: number; html: number };
export declare function measureInitialLoad(distDir?: string): {
  js: number;
  css: number;
  html: number;
  scripts: string[];
  styles: string[];
};
