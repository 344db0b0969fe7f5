# case: build a dense map of surface defects (ring, sector) from scanner coordinates with tensor_scatter_add and score it -> fixed-size scatter, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DefectMapScorer(nn.Cell):
    def __init__(self, n_rings=16, n_sectors=32):
        super().__init__()
        self.n_rings = n_rings
        self.n_sectors = n_sectors
        self.ring_weight = Tensor(np.linspace(1.0, 2.0, n_rings).astype(np.float32)).reshape(n_rings, 1)

    def construct(self, defect_idx, defect_severity):
        canvas = ops.zeros((self.n_rings, self.n_sectors), ms.float32)
        dense = ops.tensor_scatter_add(canvas, defect_idx, defect_severity)
        return (dense * self.ring_weight).sum(), dense.max()


def make():
    np.random.seed(32)
    idx = np.stack([np.random.randint(0, 16, 20), np.random.randint(0, 32, 20)], axis=1).astype(np.int32)
    sev = np.random.rand(20).astype(np.float32)
    return DefectMapScorer(), (Tensor(idx), Tensor(sev))
