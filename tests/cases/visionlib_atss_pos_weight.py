# case: ATSS-style loss helper weights the regression loss with a positive-anchor mask and divides by the clamped positive count -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LossCfg:
    loss_bbox_weight = 2.0
    background_label = 0
    reduction = "mean"


def weighted_l1_loss(pred, target, weight, avg_factor):
    loss = ops.abs(pred - target) * weight[:, None]
    return loss.sum() / avg_factor


class ATSSLossHelper(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg if cfg is not None else LossCfg()
        self.bg = cfg.background_label
        self.w = cfg.loss_bbox_weight

    def _pos_weight(self, labels):
        return (labels != self.bg).astype(ms.float32)

    def construct(self, bbox_pred, bbox_targets, labels):
        pos_w = self._pos_weight(labels)
        num_pos = ops.maximum(pos_w.sum(), Tensor(1.0, ms.float32))
        return weighted_l1_loss(bbox_pred, bbox_targets, pos_w, num_pos) * self.w


def make():
    np.random.seed(3349)
    pred = Tensor(np.random.randn(60, 4).astype(np.float32))
    tgt = Tensor(np.random.randn(60, 4).astype(np.float32))
    labels = Tensor(np.random.randint(0, 4, size=(60,)).astype(np.int32))
    return ATSSLossHelper(), (pred, tgt, labels)
