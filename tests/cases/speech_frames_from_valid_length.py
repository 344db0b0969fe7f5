# case: framing helper computes the number of frames from the valid-sample count tensor and gathers frame indices -> dynamic shape at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Framer(nn.Cell):
    def __init__(self, win=8, hop=4, center=False):
        super().__init__()
        self.win = win
        self.hop = hop
        self.center = center

    def frame_index(self, n_samples):
        n_frames = (n_samples - self.win) // self.hop + 1
        starts = ops.arange(0, n_frames) * self.hop
        return starts.reshape(-1, 1) + ops.arange(self.win).reshape(1, -1)

    def construct(self, wav, n_valid):
        if self.center:
            wav = ops.pad(wav, (self.win // 2, self.win // 2))
        idx = self.frame_index(n_valid)
        frames = ops.gather(wav, idx, 0)
        window = ops.hann_window(self.win)
        return frames * window


def make():
    np.random.seed(21)
    wav = Tensor(np.random.randn(40).astype(np.float32))
    return Framer(), (wav, Tensor(28, ms.int32))
