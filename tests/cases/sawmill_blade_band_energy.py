# case: blade vibration cell computes band energies by reshaping the signal into a configured number of bands with static shapes -> shape arithmetic only, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BladeBandEnergy(nn.Cell):
    def __init__(self, n_bands=4, normalise=True):
        super().__init__()
        self.n_bands = n_bands
        self.normalise = normalise

    def construct(self, vibration):
        batch, length = vibration.shape
        bands = vibration.reshape(batch, self.n_bands, length // self.n_bands)
        energy = (bands ** 2).mean(axis=-1)
        if self.normalise:
            energy = energy / (energy.sum(axis=-1, keepdims=True) + 1e-6)
        return energy


def make():
    np.random.seed(3218)
    vib = Tensor(np.random.randn(3, 64).astype(np.float32))
    return BladeBandEnergy(), (vib,)
