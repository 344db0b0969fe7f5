# case: a jit_class method rebuilds its tensor attribute from itself; construct then reads it through another method and directly -> dynamic at the update and the lines computing with what is read after (LAX)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class RollingBuffer:
    def __init__(self, capacity, channels):
        self.capacity = capacity
        self.data = Tensor(np.zeros((capacity, channels), dtype=np.float32))

    def push(self, frame):
        self.data = ops.concat((self.data[1:], frame.expand_dims(0)), axis=0)
        return self.data

    def mean(self):
        return self.data.mean(axis=0)


class StreamingAnomalyDetector(nn.Cell):
    def __init__(self, channels=3, capacity=16, k_sigma=3.0):
        super().__init__()
        self.buffer = RollingBuffer(capacity, channels)
        self.k_sigma = k_sigma

    def construct(self, frame):
        self.buffer.push(frame)
        mu = self.buffer.mean()
        history = self.buffer.data
        sigma = history.std(axis=0) + 1e-6
        score = ops.abs(frame - mu) / sigma
        return score, score > self.k_sigma


def make():
    np.random.seed(19)
    frame = Tensor(np.random.randn(3).astype(np.float32))
    return StreamingAnomalyDetector(), (frame,)
