# case: Cell calls a module-level @ms.jit helper that builds time indices with ops.arange(n.item())
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def time_index(n):
    return ops.arange(n.item()).astype(ms.float32)


class TimeEmbed(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(1, 4)

    def construct(self, n_frames):
        t = time_index(n_frames).expand_dims(-1)
        return self.fc(t / 10.0)


def make():
    return TimeEmbed(), (Tensor(5, ms.int64),)
