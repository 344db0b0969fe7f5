# case: icing feature cell accepts either a single spectrum tensor or a (flapwise, edgewise) tuple and branches on isinstance -> type guard resolved at compile time, static expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DualModeIcingFeature(nn.Cell):
    def __init__(self, n_bins=32, hidden=8):
        super().__init__()
        self.proj = nn.Dense(n_bins, hidden)

    def embed(self, spec):
        return ops.tanh(self.proj(ops.log1p(spec)))

    def construct(self, spectra):
        if isinstance(spectra, tuple):
            flap, edge = spectra
            return ops.concat((self.embed(flap), self.embed(edge)), axis=-1)
        e = self.embed(spectra)
        return ops.concat((e, e), axis=-1)


def make():
    np.random.seed(33)
    flap = Tensor(np.abs(np.random.randn(4, 32)).astype(np.float32))
    edge = Tensor(np.abs(np.random.randn(4, 32)).astype(np.float32))
    return DualModeIcingFeature(), ((flap, edge),)
