# case: engine sensor health model deletes a large intermediate feature map with del inside construct to save memory -> del statement in construct, may be rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SensorConvEncoder(nn.Cell):
    def __init__(self, n_sensors=6, channels=16):
        super().__init__()
        self.conv1 = nn.Conv1d(n_sensors, channels, kernel_size=3, pad_mode="same")
        self.conv2 = nn.Conv1d(channels, channels, kernel_size=3, pad_mode="same")
        self.relu = nn.ReLU()
        self.cls = nn.Dense(channels, 2)

    def construct(self, window):
        h1 = self.relu(self.conv1(window))
        h2 = self.relu(self.conv2(h1))
        del h1
        pooled = h2.mean(axis=2)
        return self.cls(pooled)


def make():
    np.random.seed(201)
    w = Tensor(np.random.randn(2, 6, 32).astype(np.float32))
    return SensorConvEncoder(), (w,)
