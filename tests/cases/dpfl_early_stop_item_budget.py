# case: DP client skips the update when the budget is exhausted, testing the condition with .item() -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class BudgetGuardedStep(nn.Cell):
    def __init__(self, lr=0.1, eps_per_step=0.4, max_eps=1.0):
        super().__init__()
        self.lr = lr
        self.eps_per_step = eps_per_step
        self.max_eps = max_eps
        self.eps_spent = Parameter(Tensor(0.0, ms.float32), name="eps_spent", requires_grad=False)

    def _charge(self):
        spent = self.eps_spent + self.eps_per_step
        ops.assign(self.eps_spent, spent)
        return spent

    def construct(self, w, noisy_grad):
        spent = self._charge()
        if spent.item() > self.max_eps:
            return w
        return w - self.lr * noisy_grad


def make():
    np.random.seed(30)
    w = Tensor(np.random.randn(3).astype(np.float32))
    g = Tensor(np.random.randn(3).astype(np.float32))
    return BudgetGuardedStep(), (w, g)
