# case: streaming conv keeps its left context in a Parameter ring buffer updated with ops.assign each call -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class StreamingConv(nn.Cell):
    def __init__(self, channels=6, kernel=5, batch=1):
        super().__init__()
        self.ctx = kernel - 1
        self.conv = nn.Conv1d(channels, channels, kernel, pad_mode="valid", has_bias=True)
        self.buffer = Parameter(Tensor(np.zeros((batch, channels, self.ctx), np.float32)),
                                name="ring_buffer", requires_grad=False)

    def construct(self, chunk):
        full = ops.concat((self.buffer, chunk), axis=-1)
        ops.assign(self.buffer, full[..., -self.ctx:])
        return ops.relu(self.conv(full))


class StreamingDetector(nn.Cell):
    def __init__(self, channels=6, n_classes=3):
        super().__init__()
        self.layer1 = StreamingConv(channels)
        self.layer2 = StreamingConv(channels, kernel=3)
        self.cls = nn.Conv1d(channels, n_classes, 1, has_bias=True)

    def construct(self, chunk):
        h = self.layer2(self.layer1(chunk))
        return ops.softmax(self.cls(h), axis=1)


def make():
    np.random.seed(26)
    chunk = np.random.randn(1, 6, 8).astype(np.float32)
    return StreamingDetector(), (Tensor(chunk),)
