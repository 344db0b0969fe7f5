# case: DP training step logs the spent privacy budget with an f-string formatting tensors -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class BudgetTracker(nn.Cell):
    def __init__(self, eps_per_step=0.05, total_budget=2.0, verbose=True):
        super().__init__()
        self.eps_per_step = eps_per_step
        self.total_budget = total_budget
        self.verbose = verbose
        self.spent = Parameter(Tensor(0.0, ms.float32), name="spent", requires_grad=False)

    def construct(self):
        new_spent = self.spent + self.eps_per_step
        ops.assign(self.spent, new_spent)
        return new_spent, new_spent < self.total_budget


class DPTrainStep(nn.Cell):
    def __init__(self, lr=0.1):
        super().__init__()
        self.lr = lr
        self.tracker = BudgetTracker()

    def construct(self, w, noisy_grad):
        spent, ok = self.tracker()
        print(f"privacy spent: {float(spent):.3f} / {self.tracker.total_budget}")
        step = ops.select(ok, self.lr * noisy_grad, ops.zeros_like(noisy_grad))
        return w - step


def make():
    np.random.seed(13)
    w = Tensor(np.random.randn(3, 3).astype(np.float32))
    g = Tensor(np.random.randn(3, 3).astype(np.float32))
    return DPTrainStep(), (w, g)
