# case: SSD-style hard negative mining where the number of negatives is 3x the positive count taken from data and fed to topk -> dynamic or error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NEG_RATIO = 3


class MultiBoxLoss(nn.Cell):
    def construct(self, conf_logits, labels):
        ce = ops.cross_entropy(conf_logits, labels, reduction="none")
        pos = labels > 0
        num_pos = pos.astype(ms.int32).sum()
        neg_loss = ops.where(pos, ops.zeros_like(ce), ce)
        num_neg = ops.minimum(num_pos * NEG_RATIO, Tensor(ce.shape[0] - 1, ms.int32))
        hard, _ = ops.topk(neg_loss, num_neg)
        pos_loss = (ce * pos.astype(ce.dtype)).sum()
        return (pos_loss + hard.sum()) / ops.maximum(num_pos.astype(ms.float32), 1.0)


def make():
    logits = Tensor(np.random.randn(16, 3).astype(np.float32))
    labels = Tensor(np.array([0, 1, 0, 0, 2, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0], np.int32))
    return MultiBoxLoss(), (logits, labels)
