# case: keep only vertices flagged visible with masked_select before computing centroid -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VisibleCentroid(nn.Cell):
    """Centroid of the visible part of a body mesh."""

    def __init__(self, vis_thresh=0.5):
        super().__init__()
        self.vis_thresh = vis_thresh

    def construct(self, verts, visibility):
        # verts: (V, 3), visibility: (V,)
        mask = visibility > self.vis_thresh
        mask3 = ops.broadcast_to(mask.reshape(-1, 1), verts.shape)
        vis_pts = ops.masked_select(verts, mask3).reshape(-1, 3)
        centroid = vis_pts.mean(axis=0)
        return centroid, vis_pts.shape[0]


def make():
    np.random.seed(0)
    verts = Tensor(np.random.randn(32, 3).astype(np.float32))
    vis = Tensor(np.random.rand(32).astype(np.float32))
    return VisibleCentroid(), (verts, vis)
