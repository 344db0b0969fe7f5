# case: finds bars where a z-score signal crosses the entry threshold with nonzero and gathers their prices -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZScoreEntries(nn.Cell):
    def __init__(self, window=8, entry_z=1.5):
        super().__init__()
        self.window = window
        self.entry_z = entry_z

    def zscore(self, prices):
        recent = prices[-self.window:]
        mu = recent.mean()
        sd = recent.std() + 1e-6
        return (prices - mu) / sd

    def construct(self, prices):
        z = self.zscore(prices)
        hits = ops.nonzero(ops.abs(z) > self.entry_z)
        entry_idx = hits[:, 0]
        entry_px = ops.gather(prices, entry_idx, 0)
        return entry_idx, entry_px


def make():
    np.random.seed(4)
    prices = (100.0 + np.cumsum(np.random.randn(40))).astype(np.float32)
    return ZScoreEntries(), (Tensor(prices),)
