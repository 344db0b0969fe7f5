# case: the rope tension monitor caches the latest smoothed tension into self.last_tension inside construct for the operator display -> writing a plain self attribute in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TensionMonitor(nn.Cell):
    def __init__(self, alpha=0.2, rated_kn=150.0):
        super().__init__()
        self.alpha = alpha
        self.rated_kn = rated_kn
        self.last_tension = None

    def ema(self, x):
        acc = x[0]
        for i in range(1, x.shape[0]):
            acc = self.alpha * x[i] + (1 - self.alpha) * acc
        return acc

    def construct(self, tension_kn):
        level = self.ema(tension_kn)
        self.last_tension = level
        return level / self.rated_kn


def make():
    np.random.seed(2)
    t = (150 + 10 * np.random.randn(12)).astype(np.float32)
    return TensionMonitor(), (Tensor(t),)
