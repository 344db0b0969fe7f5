# case: a jit_class method replaces its tensor attribute with a value computed from the input only, then returns it -> static at LAX (STRICT refuses the write)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class RollingBuffer:
    def __init__(self, capacity, channels):
        self.capacity = capacity
        self.data = Tensor(np.zeros((capacity, channels), dtype=np.float32))

    def push(self, frame):
        self.data = ops.tile(frame.expand_dims(0), (self.capacity, 1))
        return self.data

    def mean(self):
        return self.data.mean(axis=0)


class StreamingAnomalyDetector(nn.Cell):
    def __init__(self, channels=3, capacity=16, k_sigma=3.0):
        super().__init__()
        self.buffer = RollingBuffer(capacity, channels)
        self.k_sigma = k_sigma

    def construct(self, frame):
        history = self.buffer.push(frame)
        mu = history.mean(axis=0)
        sigma = history.std(axis=0) + 1e-6
        score = ops.abs(frame - mu) / sigma
        return score, score > self.k_sigma


def make():
    np.random.seed(19)
    frame = Tensor(np.random.randn(3).astype(np.float32))
    return StreamingAnomalyDetector(), (frame,)
