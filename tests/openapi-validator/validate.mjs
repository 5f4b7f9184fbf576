// Validates an OpenAPI document (file given) against the OpenAPI specification's own JSON schema,
// with @seriousme/openapi-schema-validator; prints "valid" or the errors, and exits 1 when invalid.
import { Validator } from "@seriousme/openapi-schema-validator";
import { readFileSync } from "node:fs";

const validator = new Validator();
const result = await validator.validate(JSON.parse(readFileSync(process.argv[2], "utf8")));
if (result.valid) {
  console.log(`valid OpenAPI ${validator.version}`);
} else {
  console.log(JSON.stringify(result.errors, null, 2));
  process.exit(1);
}
