# case: FNO-2D spectral convolution keeping the low-frequency corner modes (rfft2, fixed modes1/modes2) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def compl_mul2d(re, im, w_re, w_im):
    """(b,i,x,y) x (i,o,x,y) -> (b,o,x,y) complex product on split real/imag parts."""
    def mul(a, w):
        return (a.expand_dims(2) * w.expand_dims(0)).sum(1)
    return mul(re, w_re) - mul(im, w_im), mul(re, w_im) + mul(im, w_re)


class SpectralConv2d(nn.Cell):
    def __init__(self, in_ch=3, out_ch=3, modes1=3, modes2=3):
        super().__init__()
        self.m1, self.m2 = modes1, modes2
        self.out_ch = out_ch
        shape = (2, in_ch, out_ch, modes1, modes2)
        init = np.random.rand(*shape).astype(np.float32) / (in_ch * out_ch)
        self.w_re = ms.Parameter(Tensor(init[0]), name="w_re")
        self.w_im = ms.Parameter(Tensor(init[1]), name="w_im")
        self.cplx = ops.Complex()

    def construct(self, x):
        b, _, h, w = x.shape
        x_ft = ops.rfft2(x)
        re = ops.real(x_ft)[:, :, :self.m1, :self.m2]
        im = ops.imag(x_ft)[:, :, :self.m1, :self.m2]
        o_re, o_im = compl_mul2d(re, im, self.w_re, self.w_im)
        pad = (0, w // 2 + 1 - self.m2, 0, h - self.m1)
        out_ft = self.cplx(ops.pad(o_re, pad), ops.pad(o_im, pad))
        return ops.irfft2(out_ft, s=(h, w))


class FNO2dLayer(nn.Cell):
    def __init__(self, width=3, modes=3):
        super().__init__()
        self.spectral = SpectralConv2d(width, width, modes, modes)
        self.pointwise = nn.Conv2d(width, width, 1, has_bias=True)

    def construct(self, x):
        return ops.gelu(self.spectral(x) + self.pointwise(x))


def make():
    np.random.seed(29)
    x = Tensor(np.random.rand(2, 3, 8, 8).astype(np.float32))
    return FNO2dLayer(), (x,)
