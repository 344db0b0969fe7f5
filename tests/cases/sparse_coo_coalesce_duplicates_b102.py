# case: embedding-bag utility merges duplicate COO entries with COOTensor.coalesce() in construct on CPU (GPU-only op, data-dependent nnz); expect error or dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class MergeGrads(nn.Cell):
    def __init__(self, rows=4, cols=3):
        super().__init__()
        self.shape = (rows, cols)

    def construct(self, indices, values):
        coo = COOTensor(indices, values, self.shape)
        merged = coo.coalesce()
        return merged.values * 0.5


def make():
    idx = Tensor(np.array([[0, 1], [0, 1], [2, 2], [3, 0]], np.int64))
    vals = Tensor(np.array([1.0, 2.0, 3.0, 4.0], np.float32))
    return MergeGrads(), (idx, vals)
