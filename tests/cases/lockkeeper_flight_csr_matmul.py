# case: compute water transfer between chambers of a lock flight from a CSR connectivity matrix times chamber volumes -> CSRTensor sparse matmul in construct, expect rejection or special handling
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlightTransfer(nn.Cell):
    def __init__(self, n_chambers=5, area_m2=220.0):
        super().__init__()
        self.n = n_chambers
        self.area = area_m2

    def construct(self, indptr, indices, values, levels):
        conn = ms.CSRTensor(indptr, indices, values, (self.n, self.n))
        volumes = levels * self.area
        transfer = conn.mv(volumes)
        return transfer - volumes


def make():
    np.random.seed(91)
    indptr = np.array([0, 1, 2, 3, 4, 4], dtype=np.int32)
    indices = np.array([1, 2, 3, 4], dtype=np.int32)
    values = np.random.uniform(0.4, 0.9, size=(4,)).astype(np.float32)
    levels = np.random.uniform(2.0, 6.0, size=(5, 1)).astype(np.float32)
    return FlightTransfer(), (Tensor(indptr), Tensor(indices), Tensor(values), Tensor(levels))
