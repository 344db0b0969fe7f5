# case: ATSS-style loss helper finds positive anchor indices with ops.nonzero on assigned labels and regresses only those -> dynamic shape from nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LossCfg:
    loss_bbox_weight = 2.0
    background_label = 0
    reduction = "mean"


def l1_loss(pred, target, weight=1.0):
    return ops.abs(pred - target).mean() * weight


class ATSSLossHelper(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg if cfg is not None else LossCfg()
        self.bg = cfg.background_label
        self.w = cfg.loss_bbox_weight

    def _pos_inds(self, labels):
        return ops.nonzero(labels != self.bg).reshape(-1)

    def construct(self, bbox_pred, bbox_targets, labels):
        pos = self._pos_inds(labels)
        pos_pred = ops.gather(bbox_pred, pos, 0)
        pos_tgt = ops.gather(bbox_targets, pos, 0)
        return l1_loss(pos_pred, pos_tgt, self.w)


def make():
    np.random.seed(3348)
    pred = Tensor(np.random.randn(60, 4).astype(np.float32))
    tgt = Tensor(np.random.randn(60, 4).astype(np.float32))
    labels = Tensor(np.random.randint(0, 4, size=(60,)).astype(np.int32))
    return ATSSLossHelper(), (pred, tgt, labels)
