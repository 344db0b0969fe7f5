# case: converts per-day event counts to a Python list with tolist() and builds a padded tensor from the max count -> host round trip and data-dependent shape, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EventPadder(nn.Cell):
    def __init__(self, pad_value=0.0):
        super().__init__()
        self.pad_value = pad_value

    def construct(self, event_counts):
        counts = event_counts.tolist()
        longest = max(counts)
        padded = ops.fill(ms.float32, (len(counts), longest), self.pad_value)
        return padded


def make():
    np.random.seed(20)
    counts = np.random.randint(1, 6, size=(7,)).astype(np.int32)
    return EventPadder(), (Tensor(counts),)
