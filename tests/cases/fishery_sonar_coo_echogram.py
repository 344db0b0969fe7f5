# case: build a sparse COO echogram of strong sonar returns and aggregate it per beam -> COOTensor built in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseEchogram(nn.Cell):
    def __init__(self, n_range=64, n_beams=8):
        super().__init__()
        self.shape = (n_range, n_beams)

    def construct(self, indices, sv_values):
        echo = ms.COOTensor(indices, sv_values, self.shape)
        dense = echo.to_dense()
        per_beam = dense.sum(axis=0)
        return per_beam, echo.values.sum()


def make():
    np.random.seed(24)
    n = 20
    rng = np.random.randint(0, 64, size=(n, 1))
    beam = np.random.randint(0, 8, size=(n, 1))
    idx = Tensor(np.concatenate([rng, beam], axis=1).astype(np.int32))
    vals = Tensor(np.random.uniform(1e-6, 1e-4, size=(n,)).astype(np.float32))
    return SparseEchogram(), (idx, vals)
