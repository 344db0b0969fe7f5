# case: multiply a sparse turbine-to-feeder connection matrix (CSRTensor) by per-turbine power to get feeder loads -> sparse CSR matmul in construct, Graph mode may reject on CPU
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeederLoad(nn.Cell):
    """Tidal array: six turbines feeding three export cables."""

    def __init__(self, indptr, indices, values, shape):
        super().__init__()
        self.indptr = Tensor(indptr)
        self.indices = Tensor(indices)
        self.values = Tensor(values)
        self.shape = shape

    def construct(self, turbine_kw):
        conn = ms.CSRTensor(self.indptr, self.indices, self.values, self.shape)
        feeder_kw = conn.mv(turbine_kw)
        return feeder_kw, feeder_kw.max()


def make():
    np.random.seed(3290)
    indptr = np.array([0, 2, 4, 6], np.int32)
    indices = np.array([0, 1, 2, 3, 4, 5], np.int32)
    values = np.ones(6, np.float32) * 0.97
    turbine_kw = np.random.uniform(200, 1200, size=(6, 1)).astype(np.float32)
    return FeederLoad(indptr, indices, values, (3, 6)), (Tensor(turbine_kw),)
