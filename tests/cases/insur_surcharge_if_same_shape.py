# case: apply a portfolio surcharge only when the tensor loss ratio exceeds a target; both branches return the same shape -> tensor-valued if with matching shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RenewalPricing(nn.Cell):
    def __init__(self, target_lr=0.7, surcharge=0.08, discount=0.03):
        super().__init__()
        self.target = target_lr
        self.surcharge = surcharge
        self.discount = discount

    def construct(self, premiums, losses):
        lr = losses.sum() / premiums.sum()
        if lr > self.target:
            renewal = premiums * (1.0 + self.surcharge)
        else:
            renewal = premiums * (1.0 - self.discount)
        return renewal, lr


def make():
    np.random.seed(34)
    p = Tensor(np.random.uniform(400, 900, size=(11,)).astype(np.float32))
    l = Tensor(np.random.gamma(2.0, 250.0, size=(11,)).astype(np.float32))
    return RenewalPricing(), (p, l)
