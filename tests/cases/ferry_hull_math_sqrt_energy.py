# case: hull fatigue helper uses math.sqrt and math.log on a reduced tensor inside a helper method -> Python math on tensor values in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FatigueIndex(nn.Cell):
    def __init__(self, cycles_ref=1e6):
        super().__init__()
        self.cycles_ref = cycles_ref

    def stress_amplitude(self, strain):
        energy = (strain * strain).sum()
        return math.sqrt(energy)

    def construct(self, strain):
        amp = self.stress_amplitude(strain)
        return math.log(self.cycles_ref) * amp


def make():
    np.random.seed(16)
    strain = Tensor(np.random.randn(20).astype(np.float32) * 0.01)
    return FatigueIndex(), (strain,)
