// babel-preset-taro for the Taro builds; jest reuses this file (see jest.config.js).
module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
      },
    ],
  ],
  // The mini-program must ship ES2017 (see config/babel-plugin-bigint-literal.js).
  plugins: [require.resolve('./config/babel-plugin-bigint-literal.js')],
};
