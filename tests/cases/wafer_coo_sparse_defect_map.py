# case: builds a sparse COOTensor of defect locations from argwhere of the wafer map and converts it back to dense weights -> dynamic shape from argwhere plus sparse tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseDefectEncoder(nn.Cell):
    def __init__(self, severity_scale=2.0):
        super().__init__()
        self.severity_scale = severity_scale

    def construct(self, severity_map):
        shape = severity_map.shape
        idx = ops.argwhere(severity_map > 0.8)
        vals = ops.gather_nd(severity_map, idx) * self.severity_scale
        sparse = COOTensor(idx.astype(ms.int32), vals, shape)
        dense = sparse.to_dense()
        return dense.sum(axis=1)


def make():
    np.random.seed(16)
    sev = np.random.rand(10, 10).astype(np.float32)
    return SparseDefectEncoder(), (Tensor(sev),)
