# case: SSD hard negative mining, sorts background losses and slices the first 3*num_pos of them -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiBoxConfLoss(nn.Cell):
    def __init__(self, neg_pos_ratio=3, num_classes=4):
        super().__init__()
        self.neg_pos_ratio = neg_pos_ratio
        self.num_classes = num_classes
        self.ce = nn.CrossEntropyLoss(reduction="none")

    def _flatten(self, conf, labels):
        return conf.reshape(-1, self.num_classes), labels.reshape(-1)

    def _hard_negatives(self, ce, pos_mask, num_pos):
        neg_loss = ops.where(pos_mask, ops.zeros_like(ce), ce)
        sorted_neg, _ = ops.sort(neg_loss, descending=True)
        num_neg = ops.minimum(num_pos * self.neg_pos_ratio, ce.shape[0] - num_pos)
        return sorted_neg[:num_neg]

    def construct(self, conf, labels):
        conf, labels = self._flatten(conf, labels)
        ce = self.ce(conf, labels)
        pos_mask = labels > 0
        num_pos = pos_mask.astype(ms.int32).sum()
        hard_neg = self._hard_negatives(ce, pos_mask, num_pos)
        pos_loss = (ce * pos_mask.astype(ce.dtype)).sum()
        denom = ops.maximum(num_pos.astype(ms.float32), 1.0)
        return (pos_loss + hard_neg.sum()) / denom


def make():
    np.random.seed(9)
    conf = Tensor(np.random.randn(2, 16, 4).astype(np.float32))
    labels = np.zeros((2, 16), np.int32)
    labels[0, [1, 5]] = [2, 3]
    labels[1, 7] = 1
    return MultiBoxConfLoss(), (conf, Tensor(labels))
