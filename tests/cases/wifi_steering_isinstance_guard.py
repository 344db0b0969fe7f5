# case: steering-vector beam scanner accepting a Python float or a Tensor for the element spacing, branching with isinstance -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamScanner(nn.Cell):
    def __init__(self, n_ant=6, n_angles=9):
        super().__init__()
        self.ant = Tensor(np.arange(n_ant, dtype=np.float32).reshape(-1, 1))
        self.sin_grid = Tensor(np.sin(np.linspace(-1.0, 1.0, n_angles)).astype(np.float32).reshape(1, -1))

    def construct(self, r_cov, spacing):
        if isinstance(spacing, float):
            d = spacing * 2.0 * np.pi
        else:
            d = spacing.astype(ms.float32) * 2.0 * np.pi
        phase = d * ops.matmul(self.ant, self.sin_grid)     # (n_ant, n_angles)
        a_re, a_im = ops.cos(phase), ops.sin(phase)
        ra_re = ops.matmul(r_cov, a_re)
        ra_im = ops.matmul(r_cov, a_im)
        p = (a_re * ra_re + a_im * ra_im).sum(axis=0)
        return p, p.argmax()


def make():
    np.random.seed(37)
    x = np.random.randn(6, 20).astype(np.float32)
    r = Tensor(x @ x.T / 20)
    return BeamScanner(), (r, 0.5)
