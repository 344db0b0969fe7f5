# case: symplectic-Euler mass-spring chain with the substep count taken from the config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChainSprings(nn.Cell):
    def __init__(self, n_nodes, rest=0.1, k=300.0):
        super().__init__()
        self.rest = rest
        self.k = k
        self.n_nodes = n_nodes

    def construct(self, x):
        seg = x[1:] - x[:-1]
        l = ops.norm(seg, dim=-1, keepdim=True)
        f = self.k * (l - self.rest) * seg / (l + 1e-6)
        zero = ops.zeros((1, x.shape[1]), x.dtype)
        return ops.concat([f, zero], 0) - ops.concat([zero, f], 0)


class RopeSimulator(nn.Cell):
    def __init__(self, n_nodes=10, substeps=8, mass=0.05, damping=0.99, pin_first=True):
        super().__init__()
        self.springs = ChainSprings(n_nodes)
        self.substeps = substeps
        self.mass = mass
        self.damping = damping
        pin = np.ones((n_nodes, 1), np.float32)
        if pin_first:
            pin[0] = 0.0
        self.free = Tensor(pin)
        self.g = Tensor(np.array([0.0, -9.8], np.float32))

    def construct(self, x, v, frame_dt):
        dt = frame_dt / self.substeps
        for _ in range(self.substeps):
            a = (self.springs(x) / self.mass + self.g) * self.free
            v = self.damping * (v + dt * a)
            x = x + dt * v
        return x, v


def make():
    n = 10
    x = np.stack([np.linspace(0, 0.9, n), np.zeros(n)], -1).astype(np.float32)
    return RopeSimulator(n_nodes=n), (Tensor(x), Tensor(np.zeros_like(x)), Tensor(0.016, ms.float32))
