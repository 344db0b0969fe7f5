# case: frame-interpolation loss computed only on non-occluded pixels gathered with masked_select -> dynamic shape (masked_select size depends on the mask)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OcclusionAwareL1(nn.Cell):
    def __init__(self, occ_thresh=0.5, eps=1e-6):
        super().__init__()
        self.occ_thresh = occ_thresh
        self.eps = eps

    def visible_mask(self, occ_logits):
        return ops.sigmoid(occ_logits) < self.occ_thresh

    def construct(self, pred, target, occ_logits):
        mask = self.visible_mask(occ_logits)
        mask = ops.broadcast_to(mask, pred.shape)
        diff = ops.masked_select(ops.abs(pred - target), mask)
        return diff.sum() / (diff.shape[0] + self.eps)


def make():
    np.random.seed(7)
    pred = Tensor(np.random.rand(2, 3, 8, 8).astype(np.float32))
    target = Tensor(np.random.rand(2, 3, 8, 8).astype(np.float32))
    occ = Tensor(np.random.randn(2, 1, 8, 8).astype(np.float32))
    return OcclusionAwareL1(), (pred, target, occ)
