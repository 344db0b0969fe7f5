# case: CTC greedy decode returns argmax tokens plus a keep mask (collapse repeats, drop blank) with fixed length; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

BLANK = 0


class CTCGreedyMask(nn.Cell):
    def __init__(self, blank=BLANK):
        super().__init__()
        self.blank = blank

    def construct(self, log_probs):
        best = log_probs.argmax(-1)
        prev = ops.concat((ops.full_like(best[:, :1], -1), best[:, :-1]), axis=1)
        keep = ops.logical_and(best != prev, best != self.blank)
        tokens = ops.where(keep, best, ops.full_like(best, -1))
        lengths = keep.astype(ms.int32).sum(axis=1)
        return tokens, lengths


def make():
    lp = Tensor(np.random.randn(2, 25, 12).astype(np.float32))
    return CTCGreedyMask(), (lp,)
