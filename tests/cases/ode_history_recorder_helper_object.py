# case: solver holds a plain Python TrajectoryRecorder built in __init__ and appends each step's error estimate to its list from construct -> Graph mode side effect on a Python object (error or silently dropped)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrajectoryRecorder:
    def __init__(self, max_len=100):
        self.max_len = max_len
        self.errors = []

    def push(self, err):
        if len(self.errors) < self.max_len:
            self.errors.append(err)


class RecordingRK2(nn.Cell):
    def __init__(self, dim=3, n_steps=4):
        super().__init__()
        self.fc = nn.Dense(dim, dim)
        self.n_steps = n_steps
        self.recorder = TrajectoryRecorder()

    def construct(self, y, h):
        for _ in range(self.n_steps):
            k1 = ops.tanh(self.fc(y))
            k2 = ops.tanh(self.fc(y + h * k1))
            self.recorder.push(ops.reduce_max(ops.abs(k2 - k1)) * h)
            y = y + 0.5 * h * (k1 + k2)
        return y


def make():
    np.random.seed(20)
    y = Tensor(np.random.randn(2, 3).astype(np.float32))
    return RecordingRK2(), (y, Tensor(0.1, ms.float32))
