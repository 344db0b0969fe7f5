# case: bracket validity check via cumulative depth (cumsum of +1/-1) per bracket kind, no data-dependent shapes -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BracketBalanceChecker(nn.Cell):
    """Returns per-sequence validity and per-token nesting depth for (), [], {}."""

    def __init__(self, pairs=((1, 2), (3, 4), (5, 6))):
        super().__init__()
        self.pairs = pairs

    def _depth(self, tokens, open_id, close_id):
        one = ops.ones_like(tokens)
        zero = ops.zeros_like(tokens)
        delta = ops.where(tokens == open_id, one, zero) - ops.where(tokens == close_id, one, zero)
        return ops.cumsum(delta, axis=1)

    def construct(self, tokens):
        valid = ops.ones((tokens.shape[0],), ms.bool_)
        total_depth = ops.zeros_like(tokens)
        for open_id, close_id in self.pairs:
            depth = self._depth(tokens, open_id, close_id)
            never_negative = depth.min(axis=1) >= 0
            closed = depth[:, -1] == 0
            valid = ops.logical_and(valid, ops.logical_and(never_negative, closed))
            total_depth = total_depth + depth
        return valid, total_depth


def make():
    tokens = Tensor(np.array([[1, 3, 4, 2, 5, 6], [1, 2, 2, 1, 0, 0]], np.int32))
    return BracketBalanceChecker(), (tokens,)
