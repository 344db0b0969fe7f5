# case: dollar-neutral long/short book from argsort ranks with fixed bucket sizes and masks -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LongShortBook(nn.Cell):
    """Long the top quantile, short the bottom quantile, equal weight inside each leg."""

    def __init__(self, n_assets=10, quantile=0.2):
        super().__init__()
        self.n_bucket = max(1, int(n_assets * quantile))
        self.n_assets = n_assets

    def ranks(self, scores):
        order = ops.argsort(scores, axis=-1)
        return ops.argsort(order, axis=-1)

    def construct(self, scores):
        r = self.ranks(scores)
        long_mask = r >= self.n_assets - self.n_bucket
        short_mask = r < self.n_bucket
        w = ops.zeros_like(scores)
        w = ops.select(long_mask, ops.full_like(scores, 1.0 / self.n_bucket), w)
        w = ops.select(short_mask, ops.full_like(scores, -1.0 / self.n_bucket), w)
        return w, w.sum(axis=-1)


def make():
    np.random.seed(32)
    s = np.random.randn(3, 10).astype(np.float32)
    return LongShortBook(), (Tensor(s),)
