# case: count stage transitions and wake-after-sleep-onset bouts by comparing the hypnogram with its shifted copy -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TransitionCounter(nn.Cell):
    def __init__(self, wake_label=0):
        super().__init__()
        self.wake_label = wake_label

    def construct(self, stage_logits):
        stages = ops.argmax(stage_logits, dim=-1)
        prev, cur = stages[:-1], stages[1:]
        changes = (prev != cur).astype(ms.int32).sum()
        to_wake = ((prev != self.wake_label) & (cur == self.wake_label)).astype(ms.int32).sum()
        return changes, to_wake


def make():
    np.random.seed(30)
    logits = np.random.randn(25, 5).astype(np.float32)
    return TransitionCounter(), (Tensor(logits),)
