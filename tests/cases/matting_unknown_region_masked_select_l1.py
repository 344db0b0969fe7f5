# case: Charbonnier alpha loss restricted to unknown trimap pixels via masked_select -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UnknownRegionL1(nn.Cell):
    def __init__(self, unknown_value=128.0, eps=1e-6):
        super().__init__()
        self.unknown_value = unknown_value / 255.0
        self.eps = eps

    def unknown_mask(self, trimap):
        return ops.abs(trimap - self.unknown_value) < 0.01

    def construct(self, pred_alpha, gt_alpha, trimap):
        mask = self.unknown_mask(trimap)
        p = ops.masked_select(pred_alpha, mask)
        g = ops.masked_select(gt_alpha, mask)
        diff = ops.sqrt((p - g) ** 2 + self.eps)
        return diff.mean()


def make():
    np.random.seed(0)
    pred = Tensor(np.random.rand(2, 1, 16, 16).astype(np.float32))
    gt = Tensor(np.random.rand(2, 1, 16, 16).astype(np.float32))
    tri = np.random.choice([0.0, 128.0, 255.0], size=(2, 1, 16, 16)) / 255.0
    return UnknownRegionL1(), (pred, gt, Tensor(tri.astype(np.float32)))
