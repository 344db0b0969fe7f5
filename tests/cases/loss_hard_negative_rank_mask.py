# case: SSD-style hard negative mining via double argsort ranks compared with num_pos*3 to build a fixed-size mask -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NEG_RATIO = 3


class MultiBoxLoss(nn.Cell):
    def construct(self, conf_logits, labels):
        ce = ops.cross_entropy(conf_logits, labels, reduction="none")
        pos = labels > 0
        pos_f = pos.astype(ms.float32)
        num_pos = pos_f.sum()
        neg_loss = ops.where(pos, ops.zeros_like(ce), ce)
        order = ops.argsort(neg_loss, descending=True)
        rank = ops.argsort(order).astype(ms.float32)
        neg_mask = (rank < num_pos * NEG_RATIO).astype(ms.float32)
        total = (ce * pos_f).sum() + (ce * neg_mask).sum()
        return total / ops.maximum(num_pos, 1.0)


def make():
    logits = Tensor(np.random.randn(16, 3).astype(np.float32))
    labels = Tensor(np.array([0, 1, 0, 0, 2, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0], np.int32))
    return MultiBoxLoss(), (logits, labels)
