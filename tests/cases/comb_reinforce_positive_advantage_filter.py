# case: REINFORCE loss that only reinforces samples beating the greedy baseline, selecting them with a boolean mask on the advantage -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SelfCriticalLoss(nn.Cell):
    def __init__(self, only_improving=True, normalize=True):
        super().__init__()
        self.only_improving = only_improving
        self.normalize = normalize

    def advantage(self, cost, baseline_cost):
        adv = baseline_cost - cost
        if self.normalize:
            adv = adv / (ops.std(adv) + 1e-8)
        return adv

    def construct(self, log_likelihood, cost, baseline_cost):
        adv = self.advantage(cost, baseline_cost)
        if self.only_improving:
            keep = adv > 0
            return -(adv[keep] * log_likelihood[keep]).mean()
        return -(adv * log_likelihood).mean()


def make():
    np.random.seed(17)
    ll = Tensor(-np.random.rand(8).astype(np.float32) * 5)
    cost = Tensor(np.random.uniform(3, 5, 8).astype(np.float32))
    base = Tensor(np.random.uniform(3, 5, 8).astype(np.float32))
    return SelfCriticalLoss(), (ll, cost, base)
