export const launchOptions: {executablePath: string; headless: boolean; args: string[]};
