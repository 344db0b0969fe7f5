# case: mask occluded joints with masked_fill and compute per-person mean joint error with a fixed-shape denominator -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OccludedJointMPJPE(nn.Cell):
    def __init__(self, root_idx=0):
        super().__init__()
        self.root_idx = root_idx

    def root_align(self, joints):
        return joints - joints[:, self.root_idx:self.root_idx + 1]

    def construct(self, pred, gt, occluded):
        # pred, gt: (P, J, 3), occluded: (P, J) bool
        err = ops.sqrt(((self.root_align(pred) - self.root_align(gt)) ** 2).sum(-1) + 1e-9)
        err = ops.masked_fill(err, occluded, 0.0)
        n_vis = (1 - occluded.astype(ms.float32)).sum(axis=1)
        return err.sum(axis=1) / ops.maximum(n_vis, ops.ones_like(n_vis))


def make():
    np.random.seed(0)
    p = Tensor(np.random.randn(3, 14, 3).astype(np.float32))
    g = Tensor(np.random.randn(3, 14, 3).astype(np.float32))
    occ = Tensor(np.random.rand(3, 14) > 0.7)
    return OccludedJointMPJPE(), (p, g, occ)
