# case: unrolled projected-gradient QP solver that gathers the active set via ops.nonzero each iteration -> dynamic shape at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UnrolledNonnegSolver(nn.Cell):
    """min 0.5 x'Qx + c'x s.t. x >= 0, unrolled for a fixed number of steps."""

    def __init__(self, n_iters=5, step_size=0.1, report_active=True):
        super().__init__()
        self.n_iters = n_iters
        self.step_size = step_size
        self.report_active = report_active

    def active_energy(self, x, grad):
        idx = ops.nonzero(x > 0).squeeze(-1)
        g_active = ops.gather(grad, idx, 0)
        return ops.reduce_sum(g_active * g_active)

    def construct(self, Q, c):
        x = ops.zeros_like(c)
        energy = ops.zeros((), ms.float32)
        for _ in range(self.n_iters):
            grad = ops.mv(Q, x) + c
            x = ops.relu(x - self.step_size * grad)
            if self.report_active:
                energy = energy + self.active_energy(x, grad)
        return x, energy


def make():
    np.random.seed(8)
    a = np.random.randn(6, 6).astype(np.float32)
    Q = Tensor(a @ a.T / 6 + np.eye(6, dtype=np.float32))
    c = Tensor(np.random.randn(6).astype(np.float32))
    return UnrolledNonnegSolver(), (Q, c)
