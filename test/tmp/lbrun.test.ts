import { it } from "vitest";
import { compile } from "../../src/compile.js";
import { importSpecs } from "../../test/support/specs.js";
it("run", async () => {
  const specs = await importSpecs(["specs/public-web.ts", "specs/public-api.ts", "specs/checkout-web.ts"]);
  const r = await compile(specs, { targets: ["cloudformation", "terraform"], hcl: false });
  console.log(JSON.stringify(r.diagnostics, null, 1));
  for (const f of r.files) if (/public-web\/README/.test(f.path)) console.log("=== " + f.path + "\n" + f.contents);
});
