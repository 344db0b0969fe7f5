# case: streaming causal conv keeps its left context in a non-trainable Parameter updated with ops.assign, sliced with Python constants -> Graph mode compiles it statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


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
        self._init_state(config.channels)

    def _init_state(self, channels):
        self.previous = Parameter(Tensor(np.zeros((1, channels, self.context), np.float32)),
                                  name="stream_state", requires_grad=False)

    def construct(self, x):
        if self.streaming:
            x = ops.concat((self.previous, x), axis=-1)
            ops.assign(self.previous, x[:, :, -self.context:])
        else:
            x = ops.pad(x, (self.context, 0))
        return super().construct(x)


def make():
    np.random.seed(3594)
    conv = StreamingConv1d(StreamingConfig())
    chunk = Tensor(np.random.randn(1, 8, 160).astype(np.float32))
    return conv, (chunk,)
