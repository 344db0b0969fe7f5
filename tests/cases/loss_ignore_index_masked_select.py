# case: token CE loss drops ignore_index positions with masked_select before averaging; selected count data-dependent -> dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

IGNORE_INDEX = -100


class TokenLoss(nn.Cell):
    def __init__(self, ignore_index=IGNORE_INDEX):
        super().__init__()
        self.ignore_index = ignore_index

    def construct(self, logits, labels):
        logp = ops.log_softmax(logits, axis=-1)
        valid = labels != self.ignore_index
        safe = ops.where(valid, labels, ops.zeros_like(labels))
        nll = -ops.gather_elements(logp, 1, safe.expand_dims(-1)).squeeze(-1)
        picked = ops.masked_select(nll, valid)
        return picked.mean()


def make():
    logits = Tensor(np.random.randn(12, 5).astype(np.float32))
    labels = Tensor(np.array([1, 2, -100, 0, 4, -100, 3, 3, 1, -100, 0, 2], np.int32))
    return TokenLoss(), (logits, labels)
