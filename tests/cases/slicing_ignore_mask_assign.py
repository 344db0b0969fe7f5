# case: segmentation loss zeroes ignored pixels with boolean-mask assignment (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedCE(nn.Cell):
    def __init__(self, ignore_index=255):
        super().__init__()
        self.ignore_index = ignore_index
        self.ce = nn.CrossEntropyLoss(reduction="none")

    def construct(self, logits, target):
        valid = target != self.ignore_index
        safe = ops.where(valid, target, ops.zeros_like(target))
        loss = self.ce(logits, safe)
        loss[~valid] = 0.0
        return loss.sum() / valid.astype(ms.float32).sum()


def make():
    logits = Tensor(np.random.randn(6, 4).astype(np.float32))
    target = Tensor(np.array([0, 3, 255, 1, 255, 2], np.int32))
    return MaskedCE(), (logits, target)
