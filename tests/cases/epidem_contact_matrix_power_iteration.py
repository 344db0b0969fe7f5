# case: R0 of a learned contact matrix estimated by a fixed number of power-iteration steps in construct -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PowerIterR0(nn.Cell):
    def __init__(self, n_groups=5, infectious_days=6.0, iters=25):
        super().__init__()
        init = np.random.uniform(0.5, 3.0, size=(n_groups, n_groups)).astype(np.float32)
        self.contacts = Parameter(Tensor(init), name="contacts")
        self.p_transmit = Parameter(Tensor(0.04, ms.float32), name="p_transmit")
        self.infectious_days = infectious_days
        self.iters = iters

    def next_generation(self, susceptible_frac):
        sym = (self.contacts + self.contacts.T) / 2
        return self.p_transmit * self.infectious_days * sym * susceptible_frac.reshape(-1, 1)

    def construct(self, susceptible_frac):
        ngm = self.next_generation(susceptible_frac)
        v = ops.ones((ngm.shape[0], 1), ngm.dtype)
        for _ in range(self.iters):
            w = ops.matmul(ngm, v)
            v = w / ops.norm(w)
        r0 = (ops.matmul(ngm, v) * v).sum() / (v * v).sum()
        return r0, v.reshape(-1)


def make():
    np.random.seed(11)
    frac = np.random.uniform(0.6, 1.0, size=5).astype(np.float32)
    return PowerIterR0(), (Tensor(frac),)
