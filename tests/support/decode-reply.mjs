// Decodes server-action bodies with the React decoder Next uses (run with
// --conditions=react-server): reads a JSON list of bodies, each a list of [name, value]
// parts, from stdin and writes, for each, null when it decodes or the error's message.
import decoder from "next/dist/compiled/react-server-dom-webpack/server.node.js";

async function decode(parts) {
  const form = new FormData();
  for (const [name, value] of parts) form.append(name, value);
  try {
    await decoder.decodeReply(form, {}, { temporaryReferences: decoder.createTemporaryReferenceSet() });
    return null;
  } catch (error) {
    return String(error?.message ?? error);
  }
}

let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", async () => {
  const results = [];
  for (const parts of JSON.parse(input)) results.push(await decode(parts));
  process.stdout.write(JSON.stringify(results));
});
