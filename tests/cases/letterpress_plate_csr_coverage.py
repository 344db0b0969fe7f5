# case: store a plate scan's inked cells as a CSR matrix and compute per-row ink with a sparse-dense matmul -> CSRTensor built inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CsrPlate(nn.Cell):
    def __init__(self, rows=16, cols=24):
        super().__init__()
        self.shape = (rows, cols)
        self.ones = Tensor(np.ones((cols, 1), dtype=np.float32))

    def construct(self, indptr, indices, values):
        plate = ms.CSRTensor(indptr, indices, values, self.shape)
        row_ink = plate.mm(self.ones)
        return row_ink.reshape(-1)


def make():
    np.random.seed(93)
    rows, cols = 16, 24
    dense = (np.random.rand(rows, cols) > 0.7) * np.random.rand(rows, cols)
    indptr = [0]
    indices, values = [], []
    for r in range(rows):
        nz = np.nonzero(dense[r])[0]
        indices.extend(nz.tolist())
        values.extend(dense[r, nz].tolist())
        indptr.append(len(indices))
    return CsrPlate(rows, cols), (Tensor(np.array(indptr, np.int32)), Tensor(np.array(indices, np.int32)),
                                  Tensor(np.array(values, np.float32)))
