# case: reshape the valid prefix of a stream into windows where the valid length comes from a tensor count -> reshape/slice sizes from tensor values
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ValidPrefixWindower(nn.Cell):
    def __init__(self, window=4):
        super().__init__()
        self.window = window

    def construct(self, stream, valid_flags):
        n_valid = valid_flags.sum()
        n_win = n_valid // self.window
        usable = stream[: n_win * self.window]
        windows = usable.reshape((-1, self.window))
        return windows.max(axis=1) - windows.min(axis=1)


def make():
    np.random.seed(20)
    stream = Tensor(np.random.randn(32).astype(np.float32))
    valid = np.ones(32, np.int32)
    valid[27:] = 0
    return ValidPrefixWindower(), (stream, Tensor(valid))
