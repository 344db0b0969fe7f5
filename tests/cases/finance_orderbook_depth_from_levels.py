# case: order-book features truncated to the shallowest populated depth read from a level-count tensor -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BookFeatures(nn.Cell):
    """Microprice and cumulative depth imbalance using only levels present on both sides."""

    def __init__(self, eps=1e-6):
        super().__init__()
        self.eps = eps

    def usable_depth(self, bid_levels, ask_levels):
        return ops.minimum(bid_levels, ask_levels)

    def construct(self, bid_px, bid_sz, ask_px, ask_sz, bid_levels, ask_levels):
        depth = self.usable_depth(bid_levels, ask_levels)
        bs = bid_sz[:, :depth]
        asz = ask_sz[:, :depth]
        micro = (bid_px[:, 0] * ask_sz[:, 0] + ask_px[:, 0] * bid_sz[:, 0]) / (
            bid_sz[:, 0] + ask_sz[:, 0] + self.eps)
        cum_b = bs.sum(axis=1)
        cum_a = asz.sum(axis=1)
        imbalance = (cum_b - cum_a) / (cum_b + cum_a + self.eps)
        return micro, imbalance


def make():
    np.random.seed(10)
    mid = 100.0
    bid_px = (mid - 0.01 * np.arange(1, 11))[None].repeat(3, 0).astype(np.float32)
    ask_px = (mid + 0.01 * np.arange(1, 11))[None].repeat(3, 0).astype(np.float32)
    bid_sz = np.random.randint(1, 50, (3, 10)).astype(np.float32)
    ask_sz = np.random.randint(1, 50, (3, 10)).astype(np.float32)
    return BookFeatures(), (Tensor(bid_px), Tensor(bid_sz), Tensor(ask_px), Tensor(ask_sz),
                            Tensor(6, ms.int32), Tensor(4, ms.int32))
