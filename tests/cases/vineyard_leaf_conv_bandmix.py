# case: mix neighbouring hyperspectral leaf bands with a fixed tridiagonal dense matrix held as a non-trainable Parameter -> dense matmul, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def tridiagonal(n, centre=0.5, side=0.25):
    m = np.eye(n, dtype=np.float32) * centre
    m += np.eye(n, k=1, dtype=np.float32) * side
    m += np.eye(n, k=-1, dtype=np.float32) * side
    return m


class BandMixer(nn.Cell):
    def __init__(self, n_bands=8, n_out=4):
        super().__init__()
        self.adj = ms.Parameter(Tensor(tridiagonal(n_bands)), requires_grad=False)
        self.proj = nn.Dense(n_bands, n_out)

    def construct(self, leaf_spectra):
        mixed = ops.matmul(leaf_spectra, self.adj.T)
        return self.proj(mixed)


def make():
    np.random.seed(72)
    spectra = Tensor(np.random.rand(5, 8).astype(np.float32))
    return BandMixer(), (spectra,)
