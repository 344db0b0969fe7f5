# case: potential energy net with forces = -dE/dx via ops.grad inside a loss Cell, weighted energy + force MSE -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PairPotential(nn.Cell):
    def __init__(self, hidden=16):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(1, hidden), nn.Tanh(), nn.Dense(hidden, 1)])

    def construct(self, pos):
        n = pos.shape[0]
        diff = pos[:, None, :] - pos[None, :, :]
        d = ops.sqrt((diff ** 2).sum(-1) + 1e-6)
        off_diag = 1.0 - ops.eye(n, n, ms.float32)
        e = self.net(d[..., None]).squeeze(-1) * off_diag
        return 0.5 * e.sum()


class EnergyForceLoss(nn.Cell):
    def __init__(self, potential, rho=0.1):
        super().__init__()
        self.potential = potential
        self.rho = rho
        self.grad_fn = ops.grad(self.potential)

    def construct(self, pos, e_ref, f_ref):
        energy = self.potential(pos)
        forces = -self.grad_fn(pos)
        e_loss = (energy - e_ref) ** 2
        f_loss = ((forces - f_ref) ** 2).sum(-1).mean()
        return self.rho * e_loss + (1.0 - self.rho) * f_loss


def make():
    np.random.seed(28)
    pos = Tensor(np.random.randn(4, 3).astype(np.float32))
    e_ref = Tensor(np.float32(0.3))
    f_ref = Tensor(np.random.randn(4, 3).astype(np.float32))
    return EnergyForceLoss(PairPotential()), (pos, e_ref, f_ref)
