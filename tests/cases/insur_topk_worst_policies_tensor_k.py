# case: return the k worst loss-ratio policies where k is a fraction of a tensor count converted with int() -> topk with data-dependent k
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WorstPolicies(nn.Cell):
    def __init__(self, share=0.2):
        super().__init__()
        self.share = share

    def construct(self, losses, premiums, active):
        lr = losses / premiums
        lr = lr * active.astype(ms.float32)
        n_active = active.astype(ms.int32).sum()
        k = int(n_active * self.share) + 1
        values, idx = ops.topk(lr, k)
        return values, idx


def make():
    np.random.seed(12)
    l = Tensor(np.random.gamma(2.0, 300.0, size=(24,)).astype(np.float32))
    p = Tensor(np.random.uniform(500, 900, size=(24,)).astype(np.float32))
    a = Tensor(np.random.rand(24) > 0.3)
    return WorstPolicies(), (l, p, a)
