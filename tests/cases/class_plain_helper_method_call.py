# case: a plain (non-jit_class) scaler object with float fields stored on the cell has its method called on a tensor in construct; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Scaler:
    def __init__(self, mean, std):
        self.mean = mean
        self.std = std

    def normalize(self, x):
        return (x - self.mean) / self.std


class AudioNet(nn.Cell):
    def __init__(self):
        super().__init__()
        self.scaler = Scaler(0.5, 2.0)
        self.fc = nn.Dense(16, 4)

    def construct(self, wav):
        x = self.scaler.normalize(wav)
        return self.fc(x)


def make():
    return AudioNet(), (Tensor(np.ones((2, 16), np.float32)),)
