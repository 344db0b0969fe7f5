# case: deductible may be a scalar float or a per-policy tensor; an isinstance type guard picks the broadcast path -> compile-time type guard, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NetClaims(nn.Cell):
    def __init__(self, default_deductible=300.0):
        super().__init__()
        self.default = default_deductible

    def apply(self, gross, deductible):
        if isinstance(deductible, Tensor):
            ded = deductible.reshape(-1, 1)
        else:
            ded = self.default if deductible is None else deductible
        return ops.relu(gross - ded)

    def construct(self, gross, per_policy_ded):
        a = self.apply(gross, per_policy_ded)
        b = self.apply(gross, 1000.0)
        return a.sum(axis=1), b.sum(axis=1)


def make():
    np.random.seed(36)
    g = Tensor(np.random.gamma(2.0, 700.0, size=(5, 6)).astype(np.float32))
    d = Tensor(np.array([250, 500, 1000, 250, 0], dtype=np.float32))
    return NetClaims(), (g, d)
