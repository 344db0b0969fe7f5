# case: complex ratio mask applied to real/imag STFT parts, with a constructor bool use_phase choosing between complex and magnitude-only masking -> Python bool flag resolved at compile time, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ComplexRatioMask(nn.Cell):
    def __init__(self, n_bins=16, hidden=32, use_phase=True, bound=True):
        super().__init__()
        self.use_phase = use_phase
        self.bound = bound
        self.trunk = nn.SequentialCell([nn.Dense(2 * n_bins, hidden), nn.PReLU()])
        self.mask_re = nn.Dense(hidden, n_bins)
        self.mask_im = nn.Dense(hidden, n_bins)

    def construct(self, real, imag):
        h = self.trunk(ops.concat((real, imag), axis=-1))
        m_re = self.mask_re(h)
        m_im = self.mask_im(h)
        if self.bound:
            m_re = ops.tanh(m_re)
            m_im = ops.tanh(m_im)
        if self.use_phase:
            out_re = real * m_re - imag * m_im
            out_im = real * m_im + imag * m_re
        else:
            mag_mask = ops.sqrt(m_re * m_re + m_im * m_im + 1e-8)
            out_re = real * mag_mask
            out_im = imag * mag_mask
        return out_re, out_im


def make():
    np.random.seed(30)
    real = np.random.randn(2, 8, 16).astype(np.float32)
    imag = np.random.randn(2, 8, 16).astype(np.float32)
    return ComplexRatioMask(), (Tensor(real), Tensor(imag))
