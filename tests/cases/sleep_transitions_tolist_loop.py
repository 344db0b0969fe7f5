# case: count stage transitions by converting the hypnogram with .tolist() and looping in Python inside construct -> error or host fallback in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TransitionCounter(nn.Cell):
    def __init__(self, n_stages=5):
        super().__init__()
        self.n_stages = n_stages

    def construct(self, stage_logits):
        stages = ops.argmax(stage_logits, dim=-1).tolist()
        changes = 0
        for a, b in zip(stages[:-1], stages[1:]):
            if a != b:
                changes += 1
        return Tensor(changes, ms.int32)


def make():
    np.random.seed(29)
    logits = np.random.randn(25, 5).astype(np.float32)
    return TransitionCounter(), (Tensor(logits),)
