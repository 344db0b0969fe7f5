# case: @ms.jit function scores (open, close) bracket pairs, masked by kind compatibility and an upper-triangular mask from shapes -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

OPENERS = (1, 3, 5)
CLOSERS = (2, 4, 6)


def _kind(tokens, ids):
    kind = ops.full_like(tokens, -1)
    for k, t in enumerate(ids):
        kind = ops.where(tokens == t, ops.full_like(tokens, k), kind)
    return kind


@ms.jit
def bracket_pair_scores(hidden, tokens):
    n = tokens.shape[-1]
    open_kind = _kind(tokens, OPENERS)
    close_kind = _kind(tokens, CLOSERS)
    compatible = ops.logical_and(open_kind.expand_dims(-1) == close_kind.expand_dims(-2),
                                 open_kind.expand_dims(-1) >= 0)
    after = ops.triu(ops.ones((n, n), ms.float32), 1) > 0
    scores = ops.matmul(hidden, hidden.swapaxes(-1, -2))
    allowed = ops.logical_and(compatible, after)
    scores = ops.masked_fill(scores, ops.logical_not(allowed), -1e4)
    return ops.softmax(scores, axis=-1)


def make():
    np.random.seed(0)
    hidden = Tensor(np.random.randn(2, 6, 8).astype(np.float32))
    tokens = Tensor(np.array([[1, 3, 4, 2, 5, 6], [1, 7, 2, 3, 8, 4]], np.int32))
    return bracket_pair_scores, (hidden, tokens)
