# case: unrolled Newton/Richardson solver whose helper returns the solution alone when converged but solution plus residual history otherwise -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RichardsonSolver(nn.Cell):
    """Solve A x = b with damped Richardson iterations, a fixed unroll budget."""

    def __init__(self, n_steps=8, omega=0.2, tol=1e-3, keep_history=True):
        super().__init__()
        self.n_steps = n_steps
        self.omega = omega
        self.tol = tol
        self.keep_history = keep_history

    def finalize(self, x, residuals):
        last = residuals[-1]
        if last < self.tol:
            return x
        return ops.concat([x, ops.stack(residuals)])

    def construct(self, A, b):
        x = ops.zeros_like(b)
        residuals = []
        for _ in range(self.n_steps):
            r = b - ops.mv(A, x)
            x = x + self.omega * r
            residuals.append(ops.norm(r))
        if self.keep_history:
            return self.finalize(x, residuals)
        return x


def make():
    np.random.seed(16)
    m = np.random.randn(5, 5).astype(np.float32)
    A = Tensor(np.eye(5, dtype=np.float32) * 2 + 0.1 * (m + m.T))
    b = Tensor(np.random.randn(5).astype(np.float32))
    return RichardsonSolver(), (A, b)
