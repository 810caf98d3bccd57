/** For plugins that write into the site: the client build, not the server build made for prerendering. */
export const isClient = (environment: { name: string }): boolean => environment.name === 'client';
