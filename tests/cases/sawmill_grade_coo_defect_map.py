# case: board grader builds a sparse COO defect map from detected defect coordinates and sums severity per row with a sparse op -> sparse tensors in construct, expect error or limited support
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseDefectMap(nn.Cell):
    def __init__(self, board_rows=16, board_cols=64):
        super().__init__()
        self.shape = (board_rows, board_cols)
        self.weights = Tensor(np.linspace(1.0, 2.0, board_cols).astype(np.float32).reshape(board_cols, 1))

    def construct(self, defect_rc, severity):
        defect_map = ms.COOTensor(defect_rc, severity, self.shape)
        dense = defect_map.to_dense()
        weighted = ops.matmul(dense, self.weights)
        return weighted.squeeze(-1), defect_map.values.sum()


def make():
    np.random.seed(3222)
    rc = np.stack([np.random.randint(0, 16, 10), np.random.randint(0, 64, 10)], axis=1).astype(np.int32)
    rc = np.unique(rc, axis=0)
    sev = np.random.rand(rc.shape[0]).astype(np.float32)
    return SparseDefectMap(), (Tensor(rc), Tensor(sev))
