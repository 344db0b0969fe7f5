# case: engine sensor monitor holds channel weights in an @ms.jit_class config stored on the cell and only reads it in construct -> read-only jit_class use, expected to compile in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class WearWeights:
    def __init__(self):
        self.fan = 0.4
        self.hpc = 0.3
        self.hpt = 0.2
        self.lpt = 0.1

    def combine(self, stress):
        return (stress[:, 0] * self.fan + stress[:, 1] * self.hpc
                + stress[:, 2] * self.hpt + stress[:, 3] * self.lpt)


class EngineWearIndex(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = WearWeights()

    def construct(self, channel_stress):
        per_cycle = self.w.combine(channel_stress)
        return per_cycle.mean(), per_cycle.max()


def make():
    np.random.seed(132)
    stress = Tensor(np.random.rand(25, 4).astype(np.float32))
    return EngineWearIndex(), (stress,)
