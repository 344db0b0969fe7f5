# case: risk logit layer subclasses nn.Dense, calls super().construct and clamps logits with a config-driven bound; a stack of them is applied in a loop -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LOGIT_CLAMP = 15.0


class ClampedRiskDense(nn.Dense):
    def __init__(self, in_channels, out_channels, clamp=None, **kwargs):
        super().__init__(in_channels, out_channels, **kwargs)
        self.clamp = LOGIT_CLAMP if clamp is None else clamp

    def construct(self, x):
        out = super().construct(x)
        return ops.clip_by_value(out, Tensor(-self.clamp, ms.float32), Tensor(self.clamp, ms.float32))


class RiskHeadConfig:
    def __init__(self, hidden=16, head_dims=(8, 1), clamp=None):
        self.hidden = hidden
        self.head_dims = head_dims
        self.clamp = clamp


class StackedRiskHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        dims = (config.hidden,) + tuple(config.head_dims)
        self.layers = nn.CellList([
            ClampedRiskDense(d_in, d_out, clamp=config.clamp, has_bias=True)
            for d_in, d_out in zip(dims[:-1], dims[1:])
        ])

    def construct(self, pooled):
        x = pooled
        n = len(self.layers)
        for i, layer in enumerate(self.layers):
            x = layer(x)
            if i < n - 1:
                x = ops.relu(x)
        return x


def make():
    np.random.seed(3781)
    pooled = np.random.randn(6, 16).astype(np.float32)
    return StackedRiskHead(RiskHeadConfig()), (Tensor(pooled),)
