# case: OHEM for detection: negatives kept = 3 * num_pos where num_pos is a tensor, then ops.topk(neg_loss, k); expect error or dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NEG_POS_RATIO = 3


class OHEMLoss(nn.Cell):
    def __init__(self, neg_pos_ratio=NEG_POS_RATIO):
        super().__init__()
        self.ratio = neg_pos_ratio
        self.bce = nn.BCEWithLogitsLoss(reduction="none")

    def construct(self, logits, labels):
        loss = self.bce(logits, labels)
        pos = labels > 0.5
        num_pos = pos.astype(ms.int32).sum()
        num_neg = ops.minimum(num_pos * self.ratio, Tensor(logits.shape[0] - 1, ms.int32))
        neg_loss = ops.where(pos, ops.zeros_like(loss), loss)
        hard_neg, _ = ops.topk(neg_loss, int(num_neg))
        pos_loss = (loss * pos.astype(ms.float32)).sum()
        total = pos_loss + hard_neg.sum()
        return total / (num_pos + num_neg).astype(ms.float32)


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.cls = nn.Dense(8, 1)
        self.loss = OHEMLoss()

    def construct(self, x, y):
        return self.loss(self.cls(x).squeeze(-1), y)


def make():
    x = Tensor(np.random.randn(20, 8).astype(np.float32))
    y = np.zeros((20,), np.float32)
    y[:3] = 1.0
    return Net(), (x, Tensor(y))
