# case: audio framing trims a waveform to a whole number of hops using x.shape arithmetic, then reshapes into frames; expect static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def frame_signal(wave, hop):
    n_frames = wave.shape[-1] // hop
    trimmed = wave[:, :n_frames * hop]
    return trimmed.reshape(wave.shape[0], n_frames, hop)


class Net(nn.Cell):
    def __init__(self, hop=16, n_out=4):
        super().__init__()
        self.hop = hop
        self.window = Tensor(np.hanning(hop).astype(np.float32))
        self.proj = nn.Dense(hop, n_out)

    def construct(self, wave):
        frames = frame_signal(wave, self.hop) * self.window
        energy = ops.log(ops.square(frames).mean(-1, keep_dims=True) + 1e-6)
        return self.proj(frames) + energy


def make():
    wave = Tensor(np.random.randn(2, 100).astype(np.float32))
    return Net(), (wave,)
