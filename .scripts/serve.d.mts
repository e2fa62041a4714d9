export interface ServeOptions {
  root: string;
  headers?: Record<string, string>;
  index?: boolean;
  pages?: Record<string, string>;
  alias?: Record<string, string>;
}

export interface Server {
  url: string;
  /** Every path asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

export function serve(options: ServeOptions): Promise<Server>;
