# case: icing vibration feature sums band energies with a generator expression over band edges held in a list attribute -> generator expression in construct, may be unsupported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BandEnergyFeature(nn.Cell):
    def __init__(self, edges=(0, 6, 12, 24, 48)):
        super().__init__()
        self.edges = list(edges)

    def band(self, spec, lo, hi):
        return (spec[:, lo:hi] ** 2).sum(axis=1)

    def construct(self, spec):
        total = sum(self.band(spec, lo, hi) for lo, hi in zip(self.edges[:-1], self.edges[1:]))
        return ops.log(total + 1e-6)


def make():
    np.random.seed(18)
    spec = Tensor(np.abs(np.random.randn(3, 48)).astype(np.float32))
    return BandEnergyFeature(), (spec,)
