# case: multi-variable decoder building a dict of per-variable fields with constant string keys and returning them in config order -> dict with constant keys in construct, static graph expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SURFACE_VARS = ("t2m", "u10", "v10", "msl")
POSITIVE_VARS = ("msl",)


class DecoderConfig:
    def __init__(self, hidden=12, variables=SURFACE_VARS, drop_vars=()):
        self.hidden = hidden
        self.variables = tuple(variables)
        self.drop_vars = tuple(drop_vars)


class VariableDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.variables = tuple(v for v in config.variables if v not in config.drop_vars)
        self.heads = nn.CellList([nn.Conv2d(config.hidden, 1, 1, has_bias=True) for _ in self.variables])

    def construct(self, h):
        fields = {}
        for name, head in zip(self.variables, self.heads):
            y = head(h)
            if name in POSITIVE_VARS:
                y = ops.softplus(y)
            fields[name] = y
        return tuple(fields[name] for name in self.variables)


def make():
    np.random.seed(3685)
    net = VariableDecoder(DecoderConfig(drop_vars=("v10",)))
    h = Tensor(np.random.randn(2, 12, 8, 16).astype(np.float32))
    return net, (h,)
