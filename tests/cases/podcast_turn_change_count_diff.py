# case: count speaker turn changes by summing a not-equal mask over shifted label sequences (no index extraction) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TurnRate(nn.Cell):
    def __init__(self, frame_seconds=0.02):
        super().__init__()
        self.frame_seconds = frame_seconds

    def construct(self, logits):
        labels = ops.argmax(logits, dim=-1)
        changes = ops.not_equal(labels[1:], labels[:-1]).astype(ms.float32)
        n_changes = changes.sum()
        minutes = logits.shape[0] * self.frame_seconds / 60.0
        padded = ops.concat((ops.zeros((1,), ms.float32), changes))
        return n_changes / minutes, padded


def make():
    np.random.seed(109)
    logits = Tensor(np.random.randn(50, 3).astype(np.float32))
    return TurnRate(), (logits,)
