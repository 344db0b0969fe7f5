# case: CTC greedy decode collapses repeats with ops.unique_consecutive then removes blanks; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CTCDecoder(nn.Cell):
    def __init__(self, blank=0):
        super().__init__()
        self.blank = blank

    def construct(self, logits):
        probs = ops.softmax(logits, axis=-1)
        best = probs.argmax(-1)
        collapsed = ops.unique_consecutive(best)
        return collapsed, (collapsed != self.blank).astype(ms.int32).sum()


def make():
    logits = Tensor(np.random.randn(40, 8).astype(np.float32))
    return CTCDecoder(), (logits,)
