# case: SSD hard-negative mining via double sort ranks compared with a tensor count (mask, no gather); expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiBoxConfLoss(nn.Cell):
    def __init__(self, neg_pos_ratio=3.0):
        super().__init__()
        self.neg_pos_ratio = neg_pos_ratio
        self.sort_desc = ops.Sort(axis=-1, descending=True)
        self.sort_asc = ops.Sort(axis=-1)

    def construct(self, conf_loss, labels):
        pos = (labels > 0).astype(ms.float32)
        num_pos = pos.sum(axis=-1, keepdims=True)
        num_neg = ops.minimum(num_pos * self.neg_pos_ratio,
                              Tensor(conf_loss.shape[-1] - 1, ms.float32))
        neg_score = conf_loss * (1.0 - pos)
        _, order = self.sort_desc(neg_score)
        _, rank = self.sort_asc(order.astype(ms.float32))
        neg = (rank.astype(ms.float32) < num_neg).astype(ms.float32)
        keep = ops.maximum(pos, neg)
        loss = (conf_loss * keep).sum(axis=-1)
        return (loss / ops.maximum(num_pos.squeeze(-1), 1.0)).mean()


def make():
    conf = Tensor(np.random.rand(4, 100).astype(np.float32))
    labels = np.zeros((4, 100), np.int32)
    labels[:, :7] = 2
    return MultiBoxConfLoss(), (conf, Tensor(labels))
