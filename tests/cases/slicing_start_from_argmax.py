# case: slices a sequence from the position of its argmax onward, making the slice start (and hence length) data-dependent, so expect a dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TailAfterPeak(nn.Cell):
    def __init__(self):
        super().__init__()
        self.argmax = ops.Argmax(axis=0)

    def construct(self, signal):
        energy = signal.abs().sum(axis=1)
        peak = self.argmax(energy)
        tail = signal[peak:]
        return tail.mean(axis=0)


def make():
    sig = Tensor(np.random.randn(12, 3).astype(np.float32))
    return TailAfterPeak(), (sig,)
