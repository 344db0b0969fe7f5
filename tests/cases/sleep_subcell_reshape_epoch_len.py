# case: sub-Cell reshapes the flat night recording into 30 s epochs using a constructor epoch length and the input shape -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Epocher(nn.Cell):
    def __init__(self, fs=1, epoch_sec=30):
        super().__init__()
        self.epoch_len = fs * epoch_sec

    def construct(self, signal):
        n = signal.shape[0] // self.epoch_len
        return signal[: n * self.epoch_len].reshape(n, self.epoch_len)


class EpochRMS(nn.Cell):
    def __init__(self):
        super().__init__()
        self.epocher = Epocher()

    def construct(self, signal):
        ep = self.epocher(signal)
        return ops.sqrt((ep * ep).mean(axis=1))


def make():
    np.random.seed(36)
    sig = np.random.randn(130).astype(np.float32)
    return EpochRMS(), (Tensor(sig),)
