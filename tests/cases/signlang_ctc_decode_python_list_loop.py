# case: CTC greedy decoding that loops over frames and appends non-blank, non-repeated gloss ids to a Python list based on tensor comparisons -> list grown in data-dependent loop, error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ListCTCDecoder(nn.Cell):
    def __init__(self, blank=0):
        super().__init__()
        self.blank = blank

    def construct(self, logits):
        # logits: (T, V)
        ids = ops.argmax(logits, dim=-1)
        out = []
        prev = -1
        for t in range(logits.shape[0]):
            cur = ids[t]
            if cur != self.blank and cur != prev:
                out.append(cur)
            prev = cur
        return ops.stack(out)


def make():
    np.random.seed(4)
    logits = np.random.randn(10, 5).astype(np.float32)
    logits[0, 2] += 5.0
    return ListCTCDecoder(), (Tensor(logits),)
