# case: passenger transfer flows between stations of a multi-section ropeway held as a CSRTensor and multiplied with the boarding vector -> CSR sparse matmul, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TransferFlow(nn.Cell):
    def __init__(self, n_stations=5):
        super().__init__()
        self.n_stations = n_stations

    def construct(self, indptr, indices, shares, boarding):
        flow = ms.CSRTensor(indptr, indices, shares, (self.n_stations, self.n_stations))
        arriving = flow.mv(boarding)
        return arriving, arriving.sum()


def make():
    indptr = np.array([0, 1, 3, 5, 7, 8], dtype=np.int32)
    indices = np.array([1, 0, 2, 1, 3, 2, 4, 3], dtype=np.int32)
    shares = np.array([1.0, 0.3, 0.7, 0.4, 0.6, 0.5, 0.5, 1.0], dtype=np.float32)
    boarding = np.array([[120.0], [80.0], [60.0], [40.0], [90.0]], dtype=np.float32)
    return TransferFlow(), (Tensor(indptr), Tensor(indices), Tensor(shares), Tensor(boarding))
