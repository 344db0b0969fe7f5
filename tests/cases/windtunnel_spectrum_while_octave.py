# case: repeatedly band-average a turbulence power spectrum into octaves until the highest band energy falls below a noise floor -> while on tensor value with shrinking shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def pairwise_average(spec):
    n = spec.shape[0] // 2
    return 0.5 * (spec[0:2 * n:2] + spec[1:2 * n:2])


class OctaveReducer(nn.Cell):
    def __init__(self, noise_floor=1e-4):
        super().__init__()
        self.noise_floor = noise_floor

    def construct(self, psd):
        spec = psd
        while spec[-1] > self.noise_floor:
            spec = pairwise_average(spec)
        return spec.sum(), spec


def make():
    np.random.seed(51)
    f = np.arange(1, 257, dtype=np.float32)
    psd = (f ** (-5.0 / 3.0)) * (1.0 + 0.1 * np.random.rand(256))
    return OctaveReducer(noise_floor=2e-4), (Tensor(psd.astype(np.float32)),)
