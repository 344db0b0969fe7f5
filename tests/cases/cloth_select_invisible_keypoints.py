# case: invisible keypoints replaced by the template pose with ops.select on a broadcast visibility mask -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KeypointCompleter(nn.Cell):
    def __init__(self, vis_thresh=0.3):
        super().__init__()
        self.vis_thresh = vis_thresh

    def construct(self, kps, vis, template):
        visible = (vis > self.vis_thresh).expand_dims(-1)
        visible = ops.broadcast_to(visible, kps.shape)
        filled = ops.select(visible, kps, template)
        n_vis = visible[:, 0].astype(ms.float32).sum()
        return filled, n_vis


def make():
    np.random.seed(31)
    kps = Tensor(np.random.rand(17, 2).astype(np.float32))
    vis = Tensor(np.random.rand(17).astype(np.float32))
    template = Tensor(np.random.rand(17, 2).astype(np.float32))
    return KeypointCompleter(), (kps, vis, template)
