# case: applies a scale modifier that may be a Python float or a per-point tensor, dispatched with isinstance inside construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScaledCovariance(nn.Cell):
    def __init__(self, eps=1e-6):
        super().__init__()
        self.eps = eps

    def apply_modifier(self, scales, modifier):
        if isinstance(modifier, (int, float)):
            return scales * modifier
        return scales * modifier.expand_dims(-1)

    def construct(self, log_scales, modifier):
        s = self.apply_modifier(ops.exp(log_scales), modifier)
        var = s * s + self.eps
        return var, ops.log(var).sum(axis=-1) * 0.5


def make():
    np.random.seed(34)
    ls = Tensor(np.random.uniform(-4, -1, (13, 3)).astype(np.float32))
    return ScaledCovariance(), (ls, 0.8)
