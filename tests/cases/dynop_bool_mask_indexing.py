# case: selects rows with a boolean mask via x[mask] like PyTorch code, giving a data-dependent number of rows, so expect a dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class ValidTokenLoss(nn.Cell):
    def __init__(self, ignore_index=-100):
        super().__init__()
        self.ignore_index = ignore_index

    def construct(self, logits, labels):
        valid = labels != self.ignore_index
        sel = logits[valid]
        return (sel * sel).sum(axis=-1).mean()


def make():
    logits = Tensor(np.random.randn(6, 3).astype(np.float32))
    labels = Tensor(np.array([1, -100, 2, 0, -100, 1], np.int32))
    return ValidTokenLoss(), (logits, labels)
