import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';
import { weappApiBase } from './weapp-release';

/**
 * One config for both targets. Each target gets its own output folder because Taro empties
 * outputRoot on every build, and a shared one lets the weapp and H5 builds wipe each other.
 */
// Code shared with the server lives outside src/; Taro only transpiles src/ unless told.
const sharedSource = [path.resolve(__dirname, '..', 'types'), path.resolve(__dirname, '..', 'scqr')];
// Packages that ship syntax newer than ES2017 (class fields, BigInt literals, object spread).
// WeChat runs the mini-program's JS as it is (project.config.json `es6: false`), so they go
// through babel too; scripts/weapp-runtime/es2017.test.ts fails when another one appears.
const modernPackages = (file: string) => /[\\/]node_modules[\\/](@noble[\\/](curves|hashes)|zustand)[\\/]/.test(file);

export default defineConfig<'webpack5'>(async (merge) => {
  const target = process.env.TARO_ENV ?? 'h5';
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'tianfu-services',
    date: '2026-11-25',
    // 375 so that a CSS px in source is a CSS px on a 375-wide phone: the 适老化 figures
    // (18 px text, 60 px targets) are written as they are specified.
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${target}`,
    plugins: [],
    defineConstants: {
      // The mini-program needs an absolute API origin; H5 is served by the API itself.
      // A release weapp build refuses a missing or non-https origin (see weapp-release.ts).
      API_BASE: JSON.stringify(target === 'h5' ? '' : weappApiBase(process.env)),
      // Production builds pin both regions' trust anchors (a JSON file of [{ region, jwk }]);
      // development builds take them from their own node on first use.
      // {"application":["<template id>"],"policy":[…]}: the mini-program's subscribe-message templates.
      SUBSCRIBE_TEMPLATES: JSON.stringify(process.env.TARO_APP_SUBSCRIBE_TEMPLATES ?? '{}'),
      TRUST_ANCHORS: JSON.stringify(
        process.env.TARO_APP_TRUST_ANCHORS ? readFileSync(process.env.TARO_APP_TRUST_ANCHORS, 'utf8') : '[]',
      ),
    },
    // One import style across the client: these and tsconfig.json's `paths` name the same folders.
    alias: {
      '@': path.resolve(__dirname, '..', 'src'),
      '@contract': path.resolve(__dirname, '..', 'types'),
      '@scqr': path.resolve(__dirname, '..', 'scqr'),
    },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: true },
    mini: {
      compile: { include: [...sharedSource, modernPackages] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      optimizeMainPackage: { enable: true },
      // A mini-program cannot fetch a chunk later: every `import()` (a feature's other-language
      // strings) is inlined in the importing package, as the H5 build splits it into its own chunk.
      webpackChain(chain) {
        chain.module.set('parser', { javascript: { dynamicImportMode: 'eager' } });
      },
    },
    h5: {
      compile: { include: sharedSource },
      publicPath: '/',
      staticDirectory: 'static',
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      router: { mode: 'hash' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  };
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig);
  return merge({}, baseConfig, prodConfig);
});
