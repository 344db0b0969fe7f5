# case: getitem with a constant module-level Python list of booleans; expect dynamic at LAX and STRICT (treated as a bool mask)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CHANNEL_MASK = [True, False, True, True]


class ChannelPick(nn.Cell):
    def __init__(self):
        super().__init__()
        self.mask = CHANNEL_MASK

    def construct(self, x):
        picked = x[self.mask]
        return picked * 2.0


def make():
    return ChannelPick(), (Tensor(np.random.rand(4, 5).astype(np.float32)),)
