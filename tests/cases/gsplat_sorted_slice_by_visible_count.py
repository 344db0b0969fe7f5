# case: sorts splats by depth with ops.sort then slices the first n, where n is the count of visible splats as a tensor -> error, slice bound comes from tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SortAndTruncate(nn.Cell):
    def __init__(self, near=0.05):
        super().__init__()
        self.near = near

    def construct(self, depths, features):
        visible = (depths > self.near).astype(ms.int32)
        n_vis = visible.sum()
        keyed = ops.where(depths > self.near, depths, ops.full_like(depths, 3.0e38))
        _, order = ops.sort(keyed)
        ordered = features[order]
        return ordered[:n_vis]


def make():
    np.random.seed(7)
    depths = Tensor(np.random.uniform(-2, 8, (18,)).astype(np.float32))
    feats = Tensor(np.random.rand(18, 4).astype(np.float32))
    return SortAndTruncate(), (depths, feats)
