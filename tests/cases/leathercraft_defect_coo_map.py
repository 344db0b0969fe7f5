# case: hide defect map stored as a sparse COO tensor of (row, col) defect cells with severities, densified and pooled into panel scores -> sparse COOTensor built in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseDefectPanels(nn.Cell):
    def __init__(self, hide_shape=(20, 30), panel=5):
        super().__init__()
        self.hide_shape = hide_shape
        self.pool = nn.AvgPool2d(kernel_size=panel, stride=panel)

    def construct(self, indices, severities):
        defect_map = ms.COOTensor(indices, severities, self.hide_shape)
        dense = defect_map.to_dense()
        panels = self.pool(dense.reshape(1, 1, 20, 30))
        return panels.squeeze()


def make():
    np.random.seed(3087)
    rows = np.random.randint(0, 20, size=14)
    cols = np.random.randint(0, 30, size=14)
    idx = Tensor(np.stack([rows, cols], axis=1).astype(np.int32))
    sev = Tensor(np.random.rand(14).astype(np.float32))
    return SparseDefectPanels(), (idx, sev)
