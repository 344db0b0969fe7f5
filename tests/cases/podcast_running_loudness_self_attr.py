# case: keep a running loudness estimate across calls by assigning a plain float attribute on self inside construct -> error (attribute write on self in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StreamingLoudnessTracker(nn.Cell):
    def __init__(self, momentum=0.9):
        super().__init__()
        self.momentum = momentum
        self.running_rms = 0.0
        self.calls = 0

    def construct(self, chunk):
        rms = ops.sqrt(ops.mean(chunk * chunk) + 1e-8)
        self.running_rms = self.momentum * self.running_rms + (1 - self.momentum) * rms
        self.calls = self.calls + 1
        gain = 0.1 / (self.running_rms + 1e-6)
        return chunk * gain


def make():
    np.random.seed(10)
    chunk = Tensor((np.random.randn(1, 480) * 0.2).astype(np.float32))
    return StreamingLoudnessTracker(), (chunk,)
