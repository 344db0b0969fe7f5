# case: mix neighbouring hyperspectral leaf bands through a sparse CSR band-adjacency matrix passed as an argument and applied with a sparse-dense matmul -> CSRTensor input and sparse op, Graph mode may reject on CPU
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BandMixer(nn.Cell):
    def __init__(self, n_bands=8, n_out=4):
        super().__init__()
        self.proj = nn.Dense(n_bands, n_out)

    def construct(self, band_adj, leaf_spectra):
        mixed = band_adj.mm(leaf_spectra.T).T
        return self.proj(mixed)


def tridiagonal_csr(n):
    indptr, indices, values = [0], [], []
    for i in range(n):
        for j in (i - 1, i, i + 1):
            if 0 <= j < n:
                indices.append(j)
                values.append(0.5 if i == j else 0.25)
        indptr.append(len(indices))
    return (Tensor(np.array(indptr, np.int32)), Tensor(np.array(indices, np.int32)),
            Tensor(np.array(values, np.float32)))


def make():
    np.random.seed(71)
    indptr, indices, values = tridiagonal_csr(8)
    adj = ms.CSRTensor(indptr, indices, values, (8, 8))
    spectra = Tensor(np.random.rand(5, 8).astype(np.float32))
    return BandMixer(), (adj, spectra)
