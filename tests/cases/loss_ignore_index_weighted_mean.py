# case: token CE loss handles ignore_index by multiplying with a float mask and dividing by its sum; fixed shapes -> static at LAX and STRICT
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
        valid = (labels != self.ignore_index).astype(ms.float32)
        safe = ops.where(labels == self.ignore_index, ops.zeros_like(labels), labels)
        nll = -ops.gather_elements(logp, 1, safe.expand_dims(-1)).squeeze(-1)
        return (nll * valid).sum() / ops.clamp(valid.sum(), min=1.0)


def make():
    logits = Tensor(np.random.randn(12, 5).astype(np.float32))
    labels = Tensor(np.array([1, 2, -100, 0, 4, -100, 3, 3, 1, -100, 0, 2], np.int32))
    return TokenLoss(), (logits, labels)
