# case: interpolate InSAR pixel displacement onto GNSS stations with a sparse CSR interpolation matrix -> CSRTensor matmul in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def interpolation_csr(n_stations, n_pixels, k=3):
    rng = np.random.RandomState(5)
    indptr = np.arange(0, (n_stations + 1) * k, k).astype(np.int32)
    indices = np.concatenate([np.sort(rng.choice(n_pixels, k, replace=False)) for _ in range(n_stations)]).astype(np.int32)
    values = np.full(n_stations * k, 1.0 / k, np.float32)
    return indptr, indices, values


class PixelToStation(nn.Cell):
    def __init__(self, n_stations=6, n_pixels=100):
        super().__init__()
        indptr, indices, values = interpolation_csr(n_stations, n_pixels)
        self.indptr = Tensor(indptr)
        self.indices = Tensor(indices)
        self.values = Tensor(values)
        self.shape = (n_stations, n_pixels)

    def construct(self, los_mm):
        # los_mm: (pixels, epochs)
        interp = ms.CSRTensor(self.indptr, self.indices, self.values, self.shape)
        return interp.mm(los_mm)


def make():
    np.random.seed(93)
    los = Tensor(np.random.randn(100, 4).astype(np.float32))
    return PixelToStation(), (los,)
