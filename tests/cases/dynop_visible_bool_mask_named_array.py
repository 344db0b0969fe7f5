# case: a vocabulary filter handed a boolean NumPy array bound to a name first, then wrapped in Tensor(), and used as a boolean index -> dynamic at the index
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KeepAllowed(nn.Cell):
    def __init__(self, vocab=16):
        super().__init__()
        self.scale = 2.0

    def construct(self, logits, keep):
        chosen = logits[keep] * self.scale
        return ops.softmax(chosen, axis=0)


def make():
    np.random.seed(4)
    logits = Tensor(np.random.randn(16).astype(np.float32))
    keep = np.zeros(16, dtype=np.bool_)
    keep[[1, 5, 9]] = True
    return KeepAllowed(), (logits, Tensor(keep))
