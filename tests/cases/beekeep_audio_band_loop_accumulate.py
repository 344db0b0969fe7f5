# case: sums band energies of a hive-audio spectrum in a plain for loop over constant band tuples -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SwarmBandRatio(nn.Cell):
    """Per-band energies stacked into a fixed (clips, bands) matrix plus the swarm-band share."""

    def __init__(self, bands=((2, 6), (6, 10), (10, 16), (16, 24)), swarm_band=2):
        super().__init__()
        self.bands = bands
        self.swarm_band = swarm_band

    def construct(self, spec):
        energies = []
        for lo, hi in self.bands:
            energies.append(spec[:, lo:hi].sum(axis=1))
        e = ops.stack(energies, axis=1)
        share = e[:, self.swarm_band] / (e.sum(axis=1) + 1e-6)
        return e, share


def make():
    np.random.seed(35)
    spec = np.abs(np.random.randn(5, 32)).astype(np.float32)
    return SwarmBandRatio(), (Tensor(spec),)
