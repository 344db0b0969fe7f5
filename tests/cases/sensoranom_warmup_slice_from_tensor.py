# case: skip a warm-up period whose length is given as a tensor before scoring -> slice bound from tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WarmupScorer(nn.Cell):
    def __init__(self, hidden=16):
        super().__init__()
        self.enc = nn.Dense(4, hidden)
        self.dec = nn.Dense(hidden, 4)
        self.act = nn.ReLU()

    def reconstruct(self, x):
        return self.dec(self.act(self.enc(x)))

    def construct(self, series, warmup_steps):
        steady = series[warmup_steps:]
        recon = self.reconstruct(steady)
        return ops.mean(ops.square(steady - recon), axis=1)


def make():
    np.random.seed(5)
    series = Tensor(np.random.randn(40, 4).astype(np.float32))
    warmup = Tensor(6, ms.int32)
    return WarmupScorer(), (series, warmup)
