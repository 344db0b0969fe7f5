# case: the same filter handed integer ids bound to a name first, then wrapped in Tensor(), and used as an index -> static (a gather of a fixed count)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KeepIds(nn.Cell):
    def __init__(self, vocab=16):
        super().__init__()
        self.scale = 2.0

    def construct(self, logits, keep):
        chosen = logits[keep] * self.scale
        return ops.softmax(chosen, axis=0)


def make():
    np.random.seed(4)
    logits = Tensor(np.random.randn(16).astype(np.float32))
    keep = np.array([1, 5, 9], dtype=np.int32)
    return KeepIds(), (logits, Tensor(keep))
