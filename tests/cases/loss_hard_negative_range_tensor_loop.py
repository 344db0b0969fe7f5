# case: sums the hardest negatives with for i in range(num_neg) where num_neg is a tensor count; expect error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LoopNegMining(nn.Cell):
    def __init__(self, neg_pos_ratio=2):
        super().__init__()
        self.neg_pos_ratio = neg_pos_ratio

    def construct(self, loss, labels):
        pos = (labels > 0).astype(ms.int32)
        num_neg = pos.sum() * self.neg_pos_ratio
        neg_loss = loss * (1 - pos).astype(ms.float32)
        s, _ = ops.sort(neg_loss, descending=True)
        total = 0.0
        for i in range(num_neg):
            total = total + s[i]
        return (total + (loss * pos.astype(ms.float32)).sum()) / 3.0


def make():
    lab = np.zeros(20, np.int32)
    lab[:3] = 1
    return LoopNegMining(), (Tensor(np.random.rand(20).astype(np.float32)), Tensor(lab))
