# case: demodulator front-end with a Python bool flag enable_doppler that toggles phase derotation at construction time -> branch on a constant Python bool, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrontEnd(nn.Cell):
    def __init__(self, enable_doppler=True, sample_rate=1.0e6):
        super().__init__()
        self.enable_doppler = enable_doppler
        self.fs = sample_rate

    def derotate(self, i_samp, q_samp, f_off):
        n = ops.arange(0, i_samp.shape[-1], dtype=ms.float32)
        phase = -2.0 * 3.14159265 * f_off.expand_dims(-1) * n / self.fs
        c, s = ops.cos(phase), ops.sin(phase)
        return i_samp * c - q_samp * s, i_samp * s + q_samp * c

    def construct(self, i_samp, q_samp, f_off):
        if self.enable_doppler:
            i_samp, q_samp = self.derotate(i_samp, q_samp, f_off)
        power = i_samp * i_samp + q_samp * q_samp
        return power.mean(axis=-1)


def make():
    np.random.seed(37)
    i = Tensor(np.random.randn(3, 32).astype(np.float32))
    q = Tensor(np.random.randn(3, 32).astype(np.float32))
    f = Tensor(np.random.uniform(-2000, 2000, size=(3,)).astype(np.float32))
    return FrontEnd(), (i, q, f)
