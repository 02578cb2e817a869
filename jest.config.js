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
  },
  setupFiles: ['<rootDir>/test/jest/setup.ts'],
};
