# case: spike-rate regularizer pulls spikes to host with asnumpy and computes the penalty in NumPy -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RateRegularizer(nn.Cell):
    def __init__(self, target_rate=0.1, weight=0.01):
        super().__init__()
        self.target_rate = target_rate
        self.weight = weight

    def construct(self, spikes):
        rates = spikes.asnumpy().mean(axis=0)
        penalty = np.square(rates - self.target_rate).sum() * self.weight
        return Tensor(penalty, ms.float32)


class SpikingHead(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(8, 5)
        self.reg = RateRegularizer()

    def construct(self, x):
        v = self.fc(x)
        spikes = (v > 0.2).astype(ms.float32)
        return spikes, self.reg(spikes)


def make():
    np.random.seed(5)
    x = Tensor(np.random.randn(6, 8).astype(np.float32))
    return SpikingHead(), (x,)
