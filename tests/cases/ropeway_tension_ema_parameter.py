# case: the rope tension monitor keeps the latest smoothed tension in a Parameter updated with ops.assign inside construct -> Parameter state update, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class TensionMonitor(nn.Cell):
    def __init__(self, alpha=0.2, rated_kn=150.0):
        super().__init__()
        self.alpha = alpha
        self.rated_kn = rated_kn
        self.last_tension = Parameter(Tensor(np.float32(rated_kn)), name="last_tension",
                                      requires_grad=False)

    def ema(self, x):
        acc = self.last_tension * 1.0
        for i in range(x.shape[0]):
            acc = self.alpha * x[i] + (1 - self.alpha) * acc
        return acc

    def construct(self, tension_kn):
        level = self.ema(tension_kn)
        ops.assign(self.last_tension, level)
        return level / self.rated_kn


def make():
    np.random.seed(2)
    t = (150 + 10 * np.random.randn(12)).astype(np.float32)
    return TensionMonitor(), (Tensor(t),)
