# case: order-book imbalance over the first n price levels where n is a tensor computed from liquidity -> slice with tensor bound, dynamic shape or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BookImbalance(nn.Cell):
    def __init__(self, min_size=5.0):
        super().__init__()
        self.min_size = min_size

    def active_depth(self, bid_sz):
        # number of levels whose size exceeds the liquidity floor
        return (bid_sz > self.min_size).astype(ms.int32).sum()

    def construct(self, bid_px, bid_sz, ask_px, ask_sz):
        n = self.active_depth(bid_sz)
        b = bid_sz[:n]
        a = ask_sz[:n]
        imb = (b.sum() - a.sum()) / (b.sum() + a.sum() + 1e-6)
        mid = (bid_px[0] + ask_px[0]) / 2.0
        return imb, mid


def make():
    np.random.seed(0)
    levels = 10
    bid_px = Tensor(100.0 - np.arange(levels) * 0.01, ms.float32)
    ask_px = Tensor(100.01 + np.arange(levels) * 0.01, ms.float32)
    bid_sz = Tensor(np.sort(np.random.rand(levels) * 20)[::-1].copy(), ms.float32)
    ask_sz = Tensor(np.random.rand(levels) * 20, ms.float32)
    return BookImbalance(), (bid_px, bid_sz, ask_px, ask_sz)
