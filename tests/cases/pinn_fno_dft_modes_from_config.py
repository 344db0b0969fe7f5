# case: 1-D Fourier layer built from real DFT basis matrices truncated to a constructor-given number of modes -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SpectralConv1d(nn.Cell):
    def __init__(self, channels, n_grid, modes):
        super().__init__()
        k = np.arange(modes)[:, None]
        x = np.arange(n_grid)[None, :]
        ang = 2.0 * np.pi * k * x / n_grid
        self.cos_b = Tensor(np.cos(ang).astype(np.float32))
        self.sin_b = Tensor(np.sin(ang).astype(np.float32))
        scale = 1.0 / (channels * channels)
        self.w_re = Parameter(Tensor((scale * np.random.rand(modes, channels, channels)).astype(np.float32)))
        self.w_im = Parameter(Tensor((scale * np.random.rand(modes, channels, channels)).astype(np.float32)))
        self.n_grid = n_grid

    def construct(self, u):
        # u: (batch, channels, n_grid)
        a = ops.matmul(u, self.cos_b.T)
        b = -ops.matmul(u, self.sin_b.T)
        a_t = a.transpose(2, 0, 1)
        b_t = b.transpose(2, 0, 1)
        out_re = ops.bmm(a_t, self.w_re) - ops.bmm(b_t, self.w_im)
        out_im = ops.bmm(a_t, self.w_im) + ops.bmm(b_t, self.w_re)
        out_re = out_re.transpose(1, 2, 0)
        out_im = out_im.transpose(1, 2, 0)
        y = ops.matmul(out_re, self.cos_b) - ops.matmul(out_im, self.sin_b)
        return 2.0 * y / self.n_grid


class FNOBlock(nn.Cell):
    def __init__(self, channels=4, n_grid=32, modes=6):
        super().__init__()
        self.spec = SpectralConv1d(channels, n_grid, modes)
        self.pointwise = nn.Conv1d(channels, channels, 1, has_bias=True)
        self.act = nn.GELU()

    def construct(self, u):
        return self.act(self.spec(u) + self.pointwise(u))


def make():
    np.random.seed(5)
    u = Tensor(np.random.randn(2, 4, 32).astype(np.float32))
    return FNOBlock(), (u,)
