# case: band-average a turbulence power spectrum into a fixed number of octave halvings set at construction -> loop over Python int, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def pairwise_average(spec):
    n = spec.shape[-1] // 2
    return 0.5 * (spec[..., 0:2 * n:2] + spec[..., 1:2 * n:2])


class FixedOctaveReducer(nn.Cell):
    def __init__(self, n_halvings=4):
        super().__init__()
        self.n_halvings = n_halvings

    def construct(self, psd):
        spec = psd
        for _ in range(self.n_halvings):
            spec = pairwise_average(spec)
        energy = spec.sum(-1)
        return energy, spec / energy.expand_dims(-1)


def make():
    np.random.seed(52)
    f = np.arange(1, 257, dtype=np.float32)
    psd = (f ** (-5.0 / 3.0))[None, :] * (1.0 + 0.1 * np.random.rand(3, 256))
    return FixedOctaveReducer(), (Tensor(psd.astype(np.float32)),)
