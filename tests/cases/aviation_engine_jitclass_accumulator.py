# case: engine sensor monitor uses an @ms.jit_class accumulator and mutates its total field inside construct for each sensor channel -> jit_class attribute mutated in construct, may be rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class WearAccumulator:
    def __init__(self):
        self.total = 0.0

    def add(self, value):
        self.total = self.total + value


class EngineWearIndex(nn.Cell):
    def __init__(self, n_channels=4):
        super().__init__()
        self.n_channels = n_channels
        self.weights = (0.4, 0.3, 0.2, 0.1)

    def construct(self, channel_stress):
        acc = WearAccumulator()
        for c in range(self.n_channels):
            acc.add(channel_stress[:, c].mean() * self.weights[c])
        return acc.total


def make():
    np.random.seed(131)
    stress = Tensor(np.random.rand(25, 4).astype(np.float32))
    return EngineWearIndex(), (stress,)
