# case: Buhlmann-style credibility weight using math.sqrt and math.log on a tensor claim count -> math module applied to tensors in construct
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CredibilityBlend(nn.Cell):
    def __init__(self, full_cred_claims=1082.0):
        super().__init__()
        self.full = full_cred_claims

    def weight(self, n_claims):
        z = math.sqrt(n_claims / self.full)
        return min(z, 1.0)

    def construct(self, own_rate, book_rate, n_claims):
        z = self.weight(n_claims.sum())
        damp = math.log(1.0 + n_claims.sum())
        return z * own_rate + (1.0 - z) * book_rate, damp


def make():
    np.random.seed(23)
    own = Tensor(np.random.uniform(80, 140, size=(5,)).astype(np.float32))
    book = Tensor(np.random.uniform(90, 110, size=(5,)).astype(np.float32))
    n = Tensor(np.random.poisson(40, size=(5,)).astype(np.float32))
    return CredibilityBlend(), (own, book, n)
