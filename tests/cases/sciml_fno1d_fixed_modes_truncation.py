# case: FNO-1D block with rfft, truncation to a configured number of modes and a 1x1 skip -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpectralConv1d(nn.Cell):
    def __init__(self, in_ch, out_ch, modes=6):
        super().__init__()
        self.modes = modes
        scale = 1.0 / (in_ch * out_ch)
        self.w_re = ms.Parameter(Tensor(np.random.rand(in_ch, out_ch, modes).astype(np.float32) * scale))
        self.w_im = ms.Parameter(Tensor(np.random.rand(in_ch, out_ch, modes).astype(np.float32) * scale))
        self.cplx = ops.Complex()

    def compl_mul(self, re, im):
        o_re = (re[:, :, None, :] * self.w_re[None]).sum(1) - (im[:, :, None, :] * self.w_im[None]).sum(1)
        o_im = (re[:, :, None, :] * self.w_im[None]).sum(1) + (im[:, :, None, :] * self.w_re[None]).sum(1)
        return o_re, o_im

    def construct(self, x):
        n = x.shape[-1]
        x_ft = ops.rfft(x, dim=-1)
        re = ops.real(x_ft)[:, :, :self.modes]
        im = ops.imag(x_ft)[:, :, :self.modes]
        o_re, o_im = self.compl_mul(re, im)
        pad = n // 2 + 1 - self.modes
        o_re = ops.pad(o_re, (0, pad))
        o_im = ops.pad(o_im, (0, pad))
        return ops.irfft(self.cplx(o_re, o_im), n=n, dim=-1)


class FNOBlock1d(nn.Cell):
    def __init__(self, width=8, modes=6, activation=True):
        super().__init__()
        self.spec = SpectralConv1d(width, width, modes)
        self.skip = nn.Conv1d(width, width, 1, has_bias=True)
        self.activation = activation
        self.act = nn.GELU()

    def construct(self, x):
        y = self.spec(x) + self.skip(x)
        if self.activation:
            y = self.act(y)
        return y


def make():
    np.random.seed(3)
    x = Tensor(np.random.rand(2, 8, 32).astype(np.float32))
    return FNOBlock1d(), (x,)
