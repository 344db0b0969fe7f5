# case: unrolled gradient-descent inner solver that raises ValueError with the offending loss when it becomes non-finite -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UnrolledRidgeSolver(nn.Cell):
    def __init__(self, n_steps=6, lr=0.05, lam=0.1, check_finite=True):
        super().__init__()
        self.n_steps = n_steps
        self.lr = lr
        self.lam = lam
        self.check_finite = check_finite

    def objective(self, w, x, y):
        return ops.reduce_mean((ops.matmul(x, w) - y) ** 2) + self.lam * ops.reduce_sum(w * w)

    def _check(self, loss, step):
        if not ops.isfinite(loss):
            raise ValueError(f"inner solver diverged at step {step}: loss={loss}")

    def construct(self, x, y, w0):
        grad_fn = ops.value_and_grad(self.objective)
        w = w0
        for i in range(self.n_steps):
            loss, g = grad_fn(w, x, y)
            if self.check_finite:
                self._check(loss, i)
            w = w - self.lr * g
        return w


def make():
    np.random.seed(20)
    solver = UnrolledRidgeSolver()
    x = Tensor(np.random.randn(12, 4).astype(np.float32))
    y = Tensor(np.random.randn(12, 1).astype(np.float32))
    w0 = Tensor(np.zeros((4, 1), np.float32))
    return solver, (x, y, w0)
