# case: soft-body step reading material constants from an @ms.jit_class object built in __init__ -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class Material:
    def __init__(self, youngs=1e3, poisson=0.3, density=1.0):
        self.youngs = youngs
        self.poisson = poisson
        self.density = density

    def lame(self):
        mu = self.youngs / (2.0 * (1.0 + self.poisson))
        lam = self.youngs * self.poisson / ((1.0 + self.poisson) * (1.0 - 2.0 * self.poisson))
        return mu, lam


class LinearElasticSpringStep(nn.Cell):
    def __init__(self, dt=1e-3, material=None):
        super().__init__()
        self.material = Material() if material is None else material
        self.dt = dt

    def construct(self, x, v, rest):
        mu, lam = self.material.lame()
        strain = x - rest
        vol_strain = strain.mean(-1, keep_dims=True)
        stress = 2.0 * mu * strain + lam * vol_strain
        a = -stress / self.material.density
        v = v + self.dt * a
        return x + self.dt * v, v


def make():
    np.random.seed(19)
    rest = np.random.rand(12, 3).astype(np.float32)
    x = rest + 0.01 * np.random.randn(12, 3).astype(np.float32)
    return LinearElasticSpringStep(), (Tensor(x), Tensor(np.zeros_like(x)), Tensor(rest))
