# case: Tacotron decoder output emitting r frames per step, unfolded with reshape from .shape and the config reduction factor -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrameProjection(nn.Cell):
    def __init__(self, hidden=16, n_mels=8, r=3):
        super().__init__()
        self.r = r
        self.n_mels = n_mels
        self.linear = nn.Dense(hidden, n_mels * r)

    def construct(self, x):
        b, t, _ = x.shape
        return self.linear(x).reshape(b, t * self.r, self.n_mels)


class StopProjection(nn.Cell):
    def __init__(self, hidden=16, r=3):
        super().__init__()
        self.linear = nn.Dense(hidden, r)

    def construct(self, x):
        b, t, _ = x.shape
        return self.linear(x).reshape(b, -1)


class ReducedDecoderHead(nn.Cell):
    def __init__(self, hidden=16, n_mels=8, r=3, use_last_frame_as_input=True):
        super().__init__()
        self.r = r
        self.frames = FrameProjection(hidden, n_mels, r)
        self.stops = StopProjection(hidden, r)
        self.use_last_frame_as_input = use_last_frame_as_input

    def construct(self, dec_out):
        mel = self.frames(dec_out)
        stop = self.stops(dec_out)
        if self.use_last_frame_as_input:
            next_inputs = mel[:, self.r - 1::self.r]
        else:
            next_inputs = mel[:, ::self.r]
        return mel, stop, next_inputs


def make():
    np.random.seed(21)
    return ReducedDecoderHead(), (Tensor(np.random.randn(2, 4, 16).astype(np.float32)),)
