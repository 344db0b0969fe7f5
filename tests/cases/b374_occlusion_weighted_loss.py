# case: photometric loss weights the warping error by the (thresholded) visibility mask and divides by mask.sum() instead of selecting pixels -> fixed shapes, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LossConfig:
    def __init__(self, occ_threshold=0.5, charbonnier_eps=1e-3, use_census=False):
        self.occ_threshold = occ_threshold
        self.charbonnier_eps = charbonnier_eps
        self.use_census = use_census


def charbonnier(x, eps):
    return ops.sqrt(x * x + eps * eps)


class OcclusionAwareLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.thr = config.occ_threshold
        self.eps = config.charbonnier_eps
        self.use_census = config.use_census

    def construct(self, pred, target, occ_mask):
        err = charbonnier(pred - target, self.eps).mean(axis=1)
        visible = (occ_mask > self.thr).astype(err.dtype)
        loss = (err * visible).sum() / ops.maximum(visible.sum(), 1.0)
        if self.use_census:
            loss = loss + 0.1 * ops.abs(pred.mean() - target.mean())
        return loss


def make():
    np.random.seed(37419)
    pred = Tensor(np.random.rand(2, 3, 16, 16).astype(np.float32))
    tgt = Tensor(np.random.rand(2, 3, 16, 16).astype(np.float32))
    occ = Tensor(np.random.rand(2, 16, 16).astype(np.float32))
    return OcclusionAwareLoss(LossConfig()), (pred, tgt, occ)
