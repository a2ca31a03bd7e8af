/**
 * Jest runs the TypeScript sources through SWC as CommonJS; @middy and entities ship ESM only, so
 * they are transformed too.
 */
const swc = [
  '@swc/jest',
  {
    jsc: { target: 'es2022', parser: { syntax: 'typescript' } },
    module: { type: 'commonjs' },
  },
];

export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns: ['/node_modules/(?!@middy/|entities/)'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // @middy/* export only an `import` condition, which jest's CommonJS resolver does not match.
    '^@middy/(core|util)$': '<rootDir>/node_modules/@middy/$1/index.js',
  },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  collectCoverageFrom: ['shared/**/*.ts', 'functions/**/*.ts', 'local/**/*.ts'],
  setupFiles: ['<rootDir>/tests/setup-env.ts'],
  reporters: ['default', '<rootDir>/tests/summary-reporter.cjs'],
  testTimeout: 60_000,
};
