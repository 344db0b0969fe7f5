# case: Navier-Stokes residual cell logs its momentum and continuity residual norms with an f-string print because config.verbose defaults to True -> f-string formatting of tensor values in construct, Graph mode may reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NSConfig:
    reynolds = 100.0
    verbose = True


class NavierStokes2DResidual(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.inv_re = 1.0 / config.reynolds
        self.verbose = config.verbose

    def _log(self, mom, cont):
        if self.verbose:
            print(f"|r_mom|={ops.norm(mom)} |r_cont|={ops.norm(cont)}")

    def construct(self, uv, grads, lap, p_grad):
        u, v = uv[:, 0:1], uv[:, 1:2]
        u_x, u_y, v_x, v_y = grads[:, 0:1], grads[:, 1:2], grads[:, 2:3], grads[:, 3:4]
        r_u = u * u_x + v * u_y + p_grad[:, 0:1] - self.inv_re * lap[:, 0:1]
        r_v = u * v_x + v * v_y + p_grad[:, 1:2] - self.inv_re * lap[:, 1:2]
        mom = ops.concat((r_u, r_v), axis=1)
        cont = u_x + v_y
        self._log(mom, cont)
        return mom, cont


def make():
    np.random.seed(23)
    shapes = [(40, 2), (40, 4), (40, 2), (40, 2)]
    return NavierStokes2DResidual(NSConfig()), tuple(Tensor(np.random.randn(*s).astype(np.float32)) for s in shapes)
