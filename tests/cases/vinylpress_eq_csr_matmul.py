# case: apply a sparse RIAA-style band-mixing matrix stored as CSRTensor to per-band cutting levels -> CSRTensor matmul in construct, expect error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def band_mixing_csr(n_bands):
    indptr, indices, values = [0], [], []
    for b in range(n_bands):
        for nb in (b - 1, b, b + 1):
            if 0 <= nb < n_bands:
                indices.append(nb)
                values.append(0.5 if nb == b else 0.25)
        indptr.append(len(indices))
    return (Tensor(np.array(indptr, np.int32)), Tensor(np.array(indices, np.int32)),
            Tensor(np.array(values, np.float32)))


class SparseBandMixer(nn.Cell):
    def __init__(self, n_bands=10):
        super().__init__()
        self.n_bands = n_bands
        self.indptr, self.indices, self.values = band_mixing_csr(n_bands)

    def construct(self, band_levels):
        mix = ms.CSRTensor(self.indptr, self.indices, self.values, (self.n_bands, self.n_bands))
        return mix.mv(band_levels)


def make():
    np.random.seed(33)
    lv = np.random.randn(10, 1).astype(np.float32)
    return SparseBandMixer(), (Tensor(lv),)
