# case: keypoint L1 loss that gathers only visible joints with masked_select before averaging -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VisibleKeypointL1Loss(nn.Cell):
    """L1 regression loss computed only on labelled (visible) keypoints."""

    def __init__(self, vis_thresh=0.5, loss_weight=1.0):
        super().__init__()
        self.vis_thresh = vis_thresh
        self.loss_weight = loss_weight

    def _visible(self, pred, target, visibility):
        mask = (visibility > self.vis_thresh).expand_dims(-1)
        mask = ops.broadcast_to(mask, pred.shape)
        p = ops.masked_select(pred, mask)
        t = ops.masked_select(target, mask)
        return p, t, mask

    def construct(self, pred, target, visibility):
        p, t, mask = self._visible(pred, target, visibility)
        diff = ops.abs(p - t)
        denom = ops.maximum(mask.astype(ms.float32).sum(), 1.0)
        return self.loss_weight * diff.sum() / denom


def make():
    np.random.seed(2)
    pred = Tensor(np.random.rand(4, 17, 2).astype(np.float32))
    tgt = Tensor(np.random.rand(4, 17, 2).astype(np.float32))
    vis = Tensor((np.random.rand(4, 17) > 0.3).astype(np.float32))
    return VisibleKeypointL1Loss(), (pred, tgt, vis)
