# case: split a yarn tension trace into a warm-up half and a steady half using sizes from x.shape, and score the steady half -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SteadyStateScorer(nn.Cell):
    def __init__(self, warmup_fraction=0.25, spread=1.2):
        super().__init__()
        self.warmup_fraction = warmup_fraction
        self.spread = spread

    def construct(self, traces):
        n = traces.shape[1]
        cut = int(n * self.warmup_fraction)
        warm = traces[:, :cut]
        steady = traces[:, cut:]
        baseline = warm.mean(axis=1, keep_dims=True)
        z = ops.abs(steady - baseline) / self.spread
        return z.max(axis=1), z.mean(axis=1)


def make():
    np.random.seed(31)
    traces = Tensor((12.0 + np.random.randn(4, 40)).astype(np.float32))
    return SteadyStateScorer(), (traces,)
