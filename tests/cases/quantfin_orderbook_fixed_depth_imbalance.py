# case: order-book imbalance over a constructor-fixed number of levels with decaying level weights -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LevelWeights(nn.Cell):
    def __init__(self, depth, decay=0.5):
        super().__init__()
        w = np.power(decay, np.arange(depth)).astype(np.float32)
        self.w = Tensor(w / w.sum())

    def construct(self, sz):
        return (sz * self.w).sum(axis=-1)


class BookImbalance(nn.Cell):
    def __init__(self, depth=5, decay=0.5):
        super().__init__()
        self.depth = depth
        self.weigher = LevelWeights(depth, decay)

    def construct(self, bid_sz, ask_sz):
        b = self.weigher(bid_sz[:, :self.depth])
        a = self.weigher(ask_sz[:, :self.depth])
        imb = (b - a) / (b + a + 1e-6)
        return ops.tanh(imb * 2.0)


def make():
    np.random.seed(1)
    bid = Tensor(np.random.rand(8, 10).astype(np.float32) * 50)
    ask = Tensor(np.random.rand(8, 10).astype(np.float32) * 50)
    return BookImbalance(depth=5), (bid, ask)
