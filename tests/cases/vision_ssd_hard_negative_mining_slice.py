# case: SSD hard-negative mining keeps the 3*num_pos hardest negatives by slicing a sorted loss with a data-derived count -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HardNegativeMining(nn.Cell):
    def __init__(self, neg_pos_ratio=3, background_label=0):
        super().__init__()
        self.neg_pos_ratio = neg_pos_ratio
        self.background_label = background_label

    def _num_negatives(self, labels):
        num_pos = (labels != self.background_label).astype(ms.int32).sum()
        return num_pos * self.neg_pos_ratio

    def construct(self, conf_loss, labels):
        # conf_loss: (num_priors,), labels: (num_priors,)
        pos_mask = labels != self.background_label
        neg_loss = ops.select(pos_mask, ops.zeros_like(conf_loss), conf_loss)
        sorted_loss, _ = ops.sort(neg_loss, descending=True)
        num_neg = self._num_negatives(labels)
        hard_neg = sorted_loss[:num_neg]
        pos_loss = (conf_loss * pos_mask.astype(ms.float32)).sum()
        return pos_loss + hard_neg.sum()


def make():
    np.random.seed(1)
    loss = Tensor(np.random.rand(64).astype(np.float32))
    labels = Tensor((np.random.rand(64) > 0.85).astype(np.int32) * 2)
    return HardNegativeMining(), (loss, labels)
