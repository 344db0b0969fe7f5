# case: trim the hypnogram at the first non-wake epoch (sleep onset) by slicing with a tensor index -> dynamic shape / error on tensor-valued slice bound
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PostOnsetEfficiency(nn.Cell):
    """Sleep efficiency counted from sleep onset to lights on."""

    def __init__(self, wake_label=0):
        super().__init__()
        self.wake_label = wake_label

    def onset_index(self, stages):
        asleep = (stages != self.wake_label).astype(ms.int32)
        return ops.argmax(asleep, dim=0)

    def construct(self, stages):
        onset = self.onset_index(stages)
        after = stages[onset:]
        asleep = (after != self.wake_label).astype(ms.float32)
        return asleep.mean(), onset


def make():
    np.random.seed(6)
    stages = np.random.randint(1, 5, size=(40,)).astype(np.int32)
    stages[:7] = 0
    stages[20:23] = 0
    return PostOnsetEfficiency(), (Tensor(stages),)
