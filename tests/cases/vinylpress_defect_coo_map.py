# case: build a sparse COO map of surface defects (ring, sector) from the optical scanner and densify it for scoring -> COOTensor created in construct, expect error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DefectMapScorer(nn.Cell):
    def __init__(self, n_rings=16, n_sectors=32):
        super().__init__()
        self.shape = (n_rings, n_sectors)
        self.ring_weight = Tensor(np.linspace(1.0, 2.0, n_rings).astype(np.float32)).reshape(n_rings, 1)

    def construct(self, defect_idx, defect_severity):
        sparse = ms.COOTensor(defect_idx, defect_severity, self.shape)
        dense = sparse.to_dense()
        return (dense * self.ring_weight).sum()


def make():
    np.random.seed(31)
    idx = np.stack([np.random.randint(0, 16, 20), np.random.randint(0, 32, 20)], axis=1).astype(np.int32)
    sev = np.random.rand(20).astype(np.float32)
    return DefectMapScorer(), (Tensor(idx), Tensor(sev))
