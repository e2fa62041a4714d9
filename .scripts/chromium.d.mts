export const executablePath: string;
export const chromiumArgs: string[];
export const launchOptions: {executablePath: string; headless: boolean; args: string[]};
