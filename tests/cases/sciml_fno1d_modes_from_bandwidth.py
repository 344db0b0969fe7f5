# case: 1D Fourier layer keeping a number of modes estimated from the input spectrum -> dynamic shape at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveSpectralConv1d(nn.Cell):
    def __init__(self, channels=4, max_modes=8, energy_frac=0.9):
        super().__init__()
        self.channels = channels
        self.max_modes = max_modes
        self.energy_frac = energy_frac
        scale = 1.0 / (channels * channels)
        w = np.random.rand(channels, channels, max_modes).astype(np.float32) * scale
        self.w_re = ms.Parameter(Tensor(w), name="w_re")
        self.w_im = ms.Parameter(Tensor(w[::-1].copy()), name="w_im")

    def n_modes(self, x_ft_abs):
        energy = x_ft_abs.sum(axis=(0, 1))
        cum = ops.cumsum(energy, 0) / energy.sum()
        k = (cum < self.energy_frac).astype(ms.int32).sum() + 1
        return ops.minimum(k, self.max_modes)

    def construct(self, x):
        x_ft = ops.rfft(x, dim=-1)
        re, im = ops.real(x_ft), ops.imag(x_ft)
        k = self.n_modes(ops.sqrt(re * re + im * im))
        re_k, im_k = re[:, :, :k], im[:, :, :k]
        w_re, w_im = self.w_re[:, :, :k], self.w_im[:, :, :k]
        out_re = (re_k[:, :, None, :] * w_re[None]).sum(1) - (im_k[:, :, None, :] * w_im[None]).sum(1)
        out_im = (re_k[:, :, None, :] * w_im[None]).sum(1) + (im_k[:, :, None, :] * w_re[None]).sum(1)
        pad = x_ft.shape[-1] - out_re.shape[-1]
        out_re = ops.pad(out_re, (0, pad))
        out_im = ops.pad(out_im, (0, pad))
        return ops.irfft(ops.Complex()(out_re, out_im), n=x.shape[-1], dim=-1)


def make():
    np.random.seed(2)
    x = Tensor(np.random.rand(2, 4, 32).astype(np.float32))
    return AdaptiveSpectralConv1d(), (x,)
