# case: binary focal loss for lesion segmentation that drops voxels labelled as ignore (255) with masked_select -> dynamic shape at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FocalLoss3D(nn.Cell):
    def __init__(self, alpha=0.25, gamma=2.0, ignore_index=255, reduction="mean"):
        super().__init__()
        self.alpha = alpha
        self.gamma = gamma
        self.ignore_index = ignore_index
        self.reduction = reduction

    def _per_voxel(self, logit, target):
        prob = ops.sigmoid(logit)
        pt = ops.where(target > 0.5, prob, 1.0 - prob)
        alpha_t = ops.where(target > 0.5, self.alpha, 1.0 - self.alpha)
        return -alpha_t * (1.0 - pt) ** self.gamma * ops.log(pt.clamp(1e-6, 1.0))

    def construct(self, logit, label):
        # logit: (N, 1, D, H, W), label: (N, 1, D, H, W) int32 with 255 = ignore
        valid = label != self.ignore_index
        target = ops.where(valid, label, 0).astype(ms.float32)
        loss = self._per_voxel(logit, target)
        loss = ops.masked_select(loss, valid)
        if self.reduction == "sum":
            return loss.sum()
        return loss.mean()


def make():
    np.random.seed(0)
    logit = Tensor(np.random.randn(1, 1, 6, 6, 6).astype(np.float32))
    lab = (np.random.rand(1, 1, 6, 6, 6) > 0.7).astype(np.int32)
    lab[0, 0, 0] = 255
    return FocalLoss3D(), (logit, Tensor(lab))
