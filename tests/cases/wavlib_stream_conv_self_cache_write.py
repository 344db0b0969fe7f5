# case: streaming causal conv keeps the last kernel-1 input samples between calls by assigning a tensor to self.previous inside construct -> Graph mode may refuse writing a tensor attribute of self (error)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StreamingConfig:
    def __init__(self, channels=8, kernel_size=5, streaming=True):
        self.channels = channels
        self.kernel_size = kernel_size
        self.streaming = streaming


class StreamingConv1d(nn.Conv1d):
    def __init__(self, config):
        super().__init__(config.channels, config.channels, config.kernel_size,
                         pad_mode="valid", has_bias=True)
        self.context = config.kernel_size - 1
        self.streaming = config.streaming
        self.previous = Tensor(np.zeros((1, config.channels, self.context), np.float32))

    def _update_state(self, x):
        self.previous = x[:, :, -self.context:]

    def construct(self, x):
        if self.streaming:
            x = ops.concat((self.previous, x), axis=-1)
            self._update_state(x)
        else:
            x = ops.pad(x, (self.context, 0))
        return super().construct(x)


def make():
    np.random.seed(3593)
    conv = StreamingConv1d(StreamingConfig())
    chunk = Tensor(np.random.randn(1, 8, 160).astype(np.float32))
    return conv, (chunk,)
