# case: shaving passes for thick edge cells computed with the mask multiplied in instead of indexing -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoardEdgeShaverMasked(nn.Cell):
    def __init__(self, target_mm=32.0, tolerance_mm=3.0, edge_cols=2):
        super().__init__()
        self.target_mm = target_mm
        self.tolerance_mm = tolerance_mm
        self.edge_cols = edge_cols

    def edge_band(self, scan):
        left = scan[:, :self.edge_cols]
        right = scan[:, -self.edge_cols:]
        return ops.concat((left, right), axis=1)

    def construct(self, scan):
        band = self.edge_band(scan)
        excess = band - self.target_mm
        mask = (excess > self.tolerance_mm).astype(band.dtype)
        passes = ops.ceil(excess * mask / 1.5)
        return passes.sum(), passes


def make():
    np.random.seed(3116)
    scan = np.random.normal(34.0, 2.0, size=(24, 10)).astype(np.float32)
    return BoardEdgeShaverMasked(), (Tensor(scan),)
