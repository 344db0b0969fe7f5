# case: sums band energies of a hive-audio spectrum with a generator expression over tensor slices inside construct -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SwarmBandRatio(nn.Cell):
    """Ratio of energy in the 400-500 Hz swarm band to total energy in selected bands."""

    def __init__(self, bands=((2, 6), (6, 10), (10, 16), (16, 24))):
        super().__init__()
        self.bands = bands
        self.swarm_band = 2

    def construct(self, spec):
        total = sum(spec[:, lo:hi].sum(axis=1) for lo, hi in self.bands)
        lo, hi = self.bands[self.swarm_band]
        swarm = spec[:, lo:hi].sum(axis=1)
        return swarm / (total + 1e-6)


def make():
    np.random.seed(34)
    spec = np.abs(np.random.randn(5, 32)).astype(np.float32)
    return SwarmBandRatio(), (Tensor(spec),)
