# case: pick the top-3 busiest curb blocks by hourly occupancy with k fixed in the constructor -> static topk
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BusiestBlocks(nn.Cell):
    def __init__(self, k=3, smooth=0.2):
        super().__init__()
        self.k = k
        self.smooth = smooth

    def ema(self, series):
        # series: (blocks, hours) -> exponential moving average of last hours
        acc = series[:, 0]
        for h in range(1, series.shape[1]):
            acc = self.smooth * series[:, h] + (1 - self.smooth) * acc
        return acc

    def construct(self, hourly_occ):
        score = self.ema(hourly_occ)
        values, blocks = ops.topk(score, self.k)
        return blocks, values


def make():
    np.random.seed(30)
    occ = Tensor(np.random.rand(10, 6).astype(np.float32))
    return BusiestBlocks(), (occ,)
