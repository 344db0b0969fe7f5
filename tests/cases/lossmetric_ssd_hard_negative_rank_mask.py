# case: SSD hard negative mining via rank mask (argsort of argsort) compared to 3*num_pos per image, all shapes fixed -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiBoxLossRanked(nn.Cell):
    def __init__(self, num_classes=4, neg_pos_ratio=3, min_neg=2):
        super().__init__()
        self.num_classes = num_classes
        self.neg_pos_ratio = neg_pos_ratio
        self.min_neg = min_neg
        self.ce = nn.CrossEntropyLoss(reduction="none")

    def _neg_mask(self, ce, pos_mask):
        num_anchors = ce.shape[1]
        num_pos = pos_mask.astype(ms.int32).sum(axis=1, keepdims=True)
        num_neg = ops.clamp(num_pos * self.neg_pos_ratio, self.min_neg, num_anchors - 1)
        bg_loss = ops.where(pos_mask, ops.zeros_like(ce), ce)
        order = ops.argsort(bg_loss, axis=1, descending=True)
        rank = ops.argsort(order, axis=1)
        return rank < num_neg

    def construct(self, conf, labels):
        b, a, c = conf.shape
        ce = self.ce(conf.reshape(b * a, c), labels.reshape(b * a)).reshape(b, a)
        pos_mask = labels > 0
        neg_mask = self._neg_mask(ce, pos_mask)
        keep = ops.logical_or(pos_mask, neg_mask).astype(ce.dtype)
        num_pos = ops.clamp(pos_mask.astype(ms.float32).sum(), min=1.0)
        return (ce * keep).sum() / num_pos


def make():
    np.random.seed(39)
    conf = Tensor(np.random.randn(2, 16, 4).astype(np.float32))
    labels = np.zeros((2, 16), np.int32)
    labels[0, [2, 9]] = [1, 3]
    labels[1, 4] = 2
    return MultiBoxLossRanked(), (conf, Tensor(labels))
