# case: hard-patch mining keeps the top-k patch losses where k is the number of patches above a loss threshold -> dynamic shape at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HardPatchLoss(nn.Cell):
    def __init__(self, patch=4, thresh=0.3, min_keep=1):
        super().__init__()
        self.patch = patch
        self.thresh = thresh
        self.min_keep = min_keep

    def patch_losses(self, pred, target):
        b, c, h, w = pred.shape
        p = self.patch
        err = ops.abs(pred - target)
        err = err.reshape(b, c, h // p, p, w // p, p)
        return err.mean(axis=(1, 3, 5)).reshape(-1)

    def construct(self, pred, target):
        losses = self.patch_losses(pred, target)
        n_hard = (losses > self.thresh).astype(ms.int32).sum()
        k = ops.maximum(n_hard, self.min_keep)
        hard, _ = ops.topk(losses, k)
        return hard.mean()


def make():
    np.random.seed(19)
    pred = Tensor(np.random.rand(2, 3, 8, 8).astype(np.float32))
    target = Tensor(np.random.rand(2, 3, 8, 8).astype(np.float32))
    return HardPatchLoss(), (pred, target)
