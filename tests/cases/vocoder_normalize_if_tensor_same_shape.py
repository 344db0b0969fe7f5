# case: peak-normalise vocoder output only when the peak exceeds full scale (tensor if, same shapes both branches) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConditionalPeakNorm(nn.Cell):
    def __init__(self, full_scale=1.0, headroom_db=1.0, dc_block=True):
        super().__init__()
        self.full_scale = full_scale
        self.target = full_scale * 10.0 ** (-headroom_db / 20.0)
        self.dc_block = dc_block

    def remove_dc(self, wav):
        return wav - ops.mean(wav, -1, True)

    def construct(self, wav):
        if self.dc_block:
            wav = self.remove_dc(wav)
        peak = ops.abs(wav).max()
        if peak > self.full_scale:
            out = wav * (self.target / peak)
        else:
            out = wav
        return out


def make():
    np.random.seed(35)
    wav = 1.5 * np.random.randn(2, 32).astype(np.float32)
    return ConditionalPeakNorm(), (Tensor(wav),)
