# case: sub-Cell reshapes the flat night recording into epochs using an epoch count read from a tensor (n_epochs.item()) -> error/dynamic (shape from tensor value)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Epocher(nn.Cell):
    def construct(self, signal, n_epochs):
        n = n_epochs.item()
        return signal.reshape(n, -1)


class EpochRMS(nn.Cell):
    def __init__(self):
        super().__init__()
        self.epocher = Epocher()

    def construct(self, signal, n_epochs):
        ep = self.epocher(signal, n_epochs)
        return ops.sqrt((ep * ep).mean(axis=1))


def make():
    np.random.seed(35)
    sig = np.random.randn(120).astype(np.float32)
    return EpochRMS(), (Tensor(sig), Tensor(4, ms.int32))
