# case: hide defect map built by scattering (row, col) defect severities into a dense zero grid, pooled into panel scores -> dense tensor_scatter_add, Graph mode fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DenseDefectPanels(nn.Cell):
    def __init__(self, hide_shape=(20, 30), panel=5):
        super().__init__()
        self.hide_shape = hide_shape
        self.pool = nn.AvgPool2d(kernel_size=panel, stride=panel)

    def construct(self, indices, severities):
        grid = ops.zeros(self.hide_shape, ms.float32)
        dense = ops.tensor_scatter_add(grid, indices, severities)
        panels = self.pool(dense.reshape(1, 1, 20, 30))
        return panels.squeeze()


def make():
    np.random.seed(3088)
    rows = np.random.randint(0, 20, size=14)
    cols = np.random.randint(0, 30, size=14)
    idx = Tensor(np.stack([rows, cols], axis=1).astype(np.int32))
    sev = Tensor(np.random.rand(14).astype(np.float32))
    return DenseDefectPanels(), (idx, sev)
