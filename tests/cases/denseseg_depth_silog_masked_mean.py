# case: scale-invariant depth loss with valid mask folded into weighted sums (fixed shapes), eps-safe log -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def masked_mean(x, mask, axis=None):
    num = (x * mask).sum(axis)
    den = mask.sum(axis)
    return num / ops.maximum(den, ops.ones_like(den))


class ScaleInvariantLoss(nn.Cell):
    def __init__(self, lamb=0.5, min_depth=1e-3, max_depth=80.0, per_image=True):
        super().__init__()
        self.lamb = lamb
        self.min_depth = min_depth
        self.max_depth = max_depth
        self.per_image = per_image

    def construct(self, pred, gt):
        mask = ops.logical_and(gt > self.min_depth, gt < self.max_depth).astype(ms.float32)
        safe_gt = ops.where(mask > 0, gt, ops.ones_like(gt))
        safe_pred = ops.clamp(pred, min=1e-6)
        d = (ops.log(safe_pred) - ops.log(safe_gt)) * mask
        axis = (1, 2, 3) if self.per_image else None
        mean_d = masked_mean(d, mask, axis)
        mean_d2 = masked_mean(d * d, mask, axis)
        loss = mean_d2 - self.lamb * mean_d * mean_d
        return loss.mean()


class DepthHead(nn.Cell):
    def __init__(self, in_ch=8):
        super().__init__()
        self.proj = nn.Conv2d(in_ch, 1, 1)
        self.softplus = ops.Softplus()
        self.loss = ScaleInvariantLoss()

    def construct(self, feats, gt):
        pred = self.softplus(self.proj(feats))
        pred = ops.interpolate(pred, size=gt.shape[2:], mode="bilinear", align_corners=False)
        return self.loss(pred, gt)


def make():
    np.random.seed(14)
    feats = Tensor(np.random.randn(2, 8, 8, 8).astype(np.float32))
    gt = np.random.uniform(0.0, 20.0, size=(2, 1, 16, 16)).astype(np.float32)
    gt[gt < 3.0] = 0.0
    return DepthHead(), (feats, Tensor(gt))
