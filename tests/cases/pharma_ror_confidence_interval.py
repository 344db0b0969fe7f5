# case: computes reporting odds ratio with 95% CI for a vector of drug-event pairs using elementwise log/sqrt/exp -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RORInterval(nn.Cell):
    def __init__(self, z=1.96, continuity=0.5):
        super().__init__()
        self.z = z
        self.cc = continuity

    def construct(self, table):
        t = table + self.cc
        a, b, c, d = ops.split(t, 1, axis=1)
        log_ror = ops.log(a) + ops.log(d) - ops.log(b) - ops.log(c)
        se = ops.sqrt(1.0 / a + 1.0 / b + 1.0 / c + 1.0 / d)
        lower = ops.exp(log_ror - self.z * se)
        upper = ops.exp(log_ror + self.z * se)
        out = ops.concat((ops.exp(log_ror), lower, upper), axis=1)
        return out, (lower > 1.0).squeeze(-1)


def make():
    np.random.seed(19)
    table = np.random.randint(0, 60, size=(10, 4)).astype(np.float32)
    return RORInterval(), (Tensor(table),)
