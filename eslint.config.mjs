// ESLint: typescript-eslint's strict type-checked rules everywhere, React hooks rules in the tab, and size limits
// that keep files and functions readable in bot/src and tab/src. Formatting is Prettier's (eslint-config-prettier).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import prettier from "eslint-config-prettier";
import globals from "globals";

export default tseslint.config(
  { ignores: ["**/dist/**", "node_modules/**", ".local/**", "appPackage/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Template literals with numbers are plain French and English prose here.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // `() => resolve()` is the idiom of callbacks; a void returned by an arrow shorthand confuses nobody.
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
      // Ports and props are passed around as values: declare them as function properties, safe to detach.
      "@typescript-eslint/method-signature-style": ["error", "property"],
      // A leading underscore says "required by the signature, deliberately unused".
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["tab/src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ["bot/src/**/*.ts", "tab/src/**/*.{ts,tsx}"],
    rules: {
      "max-lines": ["error", { max: 300 }],
      "max-lines-per-function": ["error", { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ["test/**/*.ts"],
    rules: {
      // Tests read like specifications: `!` after a lookup the test just asserted is the clearest way to say it.
      "@typescript-eslint/no-non-null-assertion": "off",
      // Set-up may fail before a variable is assigned: teardown guards (`service?.stop()`) are deliberate.
      "@typescript-eslint/no-unnecessary-condition": "off",
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.node },
  },
  prettier,
);
