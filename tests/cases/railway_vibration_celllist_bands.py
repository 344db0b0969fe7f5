# case: band energies of axle vibration accumulated in a plain for loop over an nn.CellList of filters -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BandFilter(nn.Cell):
    def __init__(self, n_in, seed):
        super().__init__()
        rng = np.random.RandomState(seed)
        self.w = Tensor(rng.randn(n_in, n_in).astype(np.float32) * 0.1)

    def construct(self, x):
        return ops.matmul(x, self.w)


class AxleBandEnergy(nn.Cell):
    def __init__(self, n_in=16, n_bands=3):
        super().__init__()
        self.bands = nn.CellList([BandFilter(n_in, s) for s in range(n_bands)])

    def construct(self, vib):
        energies = []
        for band in self.bands:
            y = band(vib)
            energies.append((y * y).mean(axis=1))
        return ops.stack(energies, axis=1)


def make():
    np.random.seed(18)
    vib = Tensor(np.random.randn(4, 16).astype(np.float32))
    return AxleBandEnergy(), (vib,)
