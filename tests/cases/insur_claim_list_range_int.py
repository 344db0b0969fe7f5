# case: build a list of per-claim discounted payments with a Python loop of range(int(n_claims)) -> int() of a tensor used as loop length
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DiscountedPayments(nn.Cell):
    def __init__(self, rate=0.04):
        super().__init__()
        self.rate = rate

    def discount(self, amount, t):
        return amount / (1.0 + self.rate) ** t

    def construct(self, payments, pay_years, n_claims):
        pv = []
        for i in range(int(n_claims)):
            pv.append(self.discount(payments[i], pay_years[i]))
        pv_t = ops.stack(pv)
        return pv_t.sum(), pv_t


def make():
    np.random.seed(10)
    pay = Tensor(np.random.gamma(2.0, 700.0, size=(10,)).astype(np.float32))
    yrs = Tensor(np.random.randint(0, 6, size=(10,)).astype(np.float32))
    n = Tensor(6, ms.int32)
    return DiscountedPayments(), (pay, yrs, n)
