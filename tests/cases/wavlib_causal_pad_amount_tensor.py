# case: causal Conv1d subclass receives its left padding amount as a tensor (computed by the caller from the lookahead) and converts it with int() before ops.pad -> Graph mode cannot pad by a data-dependent amount (error)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvConfig:
    def __init__(self, channels=8, kernel_size=5, causal=True):
        self.channels = channels
        self.kernel_size = kernel_size
        self.causal = causal


class CausalConv1d(nn.Conv1d):
    def __init__(self, config):
        super().__init__(config.channels, config.channels, config.kernel_size,
                         pad_mode="valid", has_bias=True)
        self.causal = config.causal
        self.full_pad = config.kernel_size - 1

    def _padding(self, lookahead):
        if lookahead is None:
            return self.full_pad, 0
        left = int(self.full_pad - lookahead)
        return left, self.full_pad - left

    def construct(self, x, lookahead=None):
        if self.causal:
            left, right = self._padding(lookahead)
        else:
            left, right = self.full_pad // 2, self.full_pad - self.full_pad // 2
        x = ops.pad(x, (left, right))
        return super().construct(x)


def make():
    np.random.seed(35933)
    conv = CausalConv1d(ConvConfig())
    x = Tensor(np.random.randn(2, 8, 64).astype(np.float32))
    lookahead = Tensor(np.array(1, dtype=np.int32))
    return conv, (x, lookahead)
