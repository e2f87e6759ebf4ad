// The parts of autocannon 9 the benchmark uses (the package ships no types).
declare module "autocannon" {
  namespace autocannon {
    type Request = {
      method?: string;
      path?: string;
      body?: string;
      headers?: Record<string, string>;
      setupRequest?: (request: Request) => Request;
    };
    type Options = {
      connections?: number;
      duration?: number;
      amount?: number;
      headers?: Record<string, string>;
      requests?: Request[];
    };
    type Result = { requests: { average: number; total: number }; errors: number; timeouts: number };
    type Instance = Promise<Result> & {
      on(
        event: "response",
        listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void,
      ): void;
      on(event: "reqError", listener: (error: Error) => void): void;
    };
  }
  function autocannon(options: autocannon.Options & { url: string }): autocannon.Instance;
  export default autocannon;
}
