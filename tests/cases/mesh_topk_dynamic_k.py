# case: pick the k most visible vertices where k is the number of visible vertices computed from the mask -> error or dynamic in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopVisibleAnchors(nn.Cell):
    def __init__(self, min_vis=0.5):
        super().__init__()
        self.min_vis = min_vis

    def construct(self, verts, vis_score):
        # verts: (V, 3), vis_score: (V,)
        k = (vis_score > self.min_vis).astype(ms.int32).sum()
        _, idx = ops.topk(vis_score, k)
        anchors = ops.gather(verts, idx, 0)
        return anchors.mean(axis=0)


def make():
    np.random.seed(0)
    verts = Tensor(np.random.randn(30, 3).astype(np.float32))
    vis = Tensor(np.random.rand(30).astype(np.float32))
    return TopVisibleAnchors(), (verts, vis)
