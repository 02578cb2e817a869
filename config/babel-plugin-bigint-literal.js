/**
 * `123n` → `BigInt("123")`. preset-env cannot lower BigInt literals (they are syntax, not a
 * library call), and the mini-program ships JS as it is (project.config.json `es6: false`): a
 * literal is a parse error that takes the whole file down on an older JavaScriptCore, whereas a
 * call only matters on a phone without BigInt, and only in the code that uses it.
 */
module.exports = function bigintLiteralToCall({ types: t }) {
  return {
    name: 'bigint-literal-to-call',
    visitor: {
      BigIntLiteral(path) {
        const digits = String(path.node.value).replace(/_/g, '');
        path.replaceWith(t.callExpression(t.identifier('BigInt'), [t.stringLiteral(digits)]));
      },
    },
  };
};
