declare module "saxen" {
  export class Parser {
    on(event: "openTag", handler: (name: string, attrs: () => Record<string, string>) => void): this;
    on(event: "closeTag", handler: (name: string) => void): this;
    on(event: "error", handler: (error: Error) => void): this;
    parse(xml: string): this;
  }
}
