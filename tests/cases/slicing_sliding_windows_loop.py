# case: audio model builds overlapping windows with a Python range over the static length and stacks them; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

WIN = 4
HOP = 2


class Framer(nn.Cell):
    def __init__(self, win=WIN, hop=HOP):
        super().__init__()
        self.win = win
        self.hop = hop
        self.window = Tensor(np.hanning(win).astype(np.float32))

    def construct(self, wav):
        n = wav.shape[-1]
        frames = []
        for start in range(0, n - self.win + 1, self.hop):
            frames.append(wav[:, start:start + self.win] * self.window)
        return ops.stack(frames, axis=1)


def make():
    return Framer(), (Tensor(np.ones((2, 12), np.float32)),)
