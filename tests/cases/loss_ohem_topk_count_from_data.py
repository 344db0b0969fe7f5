# case: SSD-style mining takes topk of negatives with k = 3 * number of positives (a tensor); expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HardNegativeLoss(nn.Cell):
    def __init__(self, neg_pos_ratio=3):
        super().__init__()
        self.neg_pos_ratio = neg_pos_ratio
        self.topk = ops.TopK(sorted=True)

    def construct(self, conf_loss, labels):
        pos = labels > 0
        num_pos = pos.astype(ms.int32).sum()
        num_neg = num_pos * self.neg_pos_ratio
        neg_loss = ops.where(pos, ops.zeros_like(conf_loss), conf_loss)
        hard_neg, _ = self.topk(neg_loss, num_neg)
        pos_loss = (conf_loss * pos.astype(ms.float32)).sum()
        return (pos_loss + hard_neg.sum()) / ops.maximum(num_pos, 1).astype(ms.float32)


def make():
    conf = Tensor(np.random.rand(64).astype(np.float32))
    labels = np.zeros((64,), np.int32)
    labels[:5] = 1
    return HardNegativeLoss(), (conf, Tensor(labels))
