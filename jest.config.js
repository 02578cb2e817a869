/** Component and client tests (jsdom). Server, scqr and scripts use node's test runner. */
module.exports = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src'],
  testMatch: ['**/__tests__/**/*.test.ts?(x)'],
  transform: { '^.+\\.[jt]sx?$': 'babel-jest' },
  transformIgnorePatterns: ['/node_modules/(?!(@noble|fflate)/)'],
  moduleNameMapper: {
    '^@tarojs/components$': '<rootDir>/test/jest/taro-components.tsx',
    '^@tarojs/taro$': '<rootDir>/test/jest/taro.ts',
    '\\.s?css$': '<rootDir>/test/jest/style.ts',
    // The import aliases of tsconfig.json and config/index.ts.
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@contract/(.*)$': '<rootDir>/types/$1',
    '^@scqr/(.*)$': '<rootDir>/scqr/$1',
    '^@test/(.*)$': '<rootDir>/test/$1',
  },
  setupFiles: ['<rootDir>/test/jest/setup.ts'],
};
