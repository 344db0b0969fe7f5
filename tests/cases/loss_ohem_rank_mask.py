# case: OHEM where hard negatives are chosen by ranking (sort twice) and a rank < k mask, all fixed shape; expect static at LAX and STRICT
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
        posf = pos.astype(ms.float32)
        num_pos = posf.sum()
        num_neg = ops.minimum(num_pos * self.ratio, float(logits.shape[0] - 1))
        neg_loss = ops.where(pos, ops.zeros_like(loss), loss)
        _, order = ops.sort(neg_loss, descending=True)
        _, rank = ops.sort(order.astype(ms.float32))
        hard = (rank.astype(ms.float32) < num_neg).astype(ms.float32)
        total = (loss * posf).sum() + (loss * hard).sum()
        return total / (num_pos + num_neg)


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
