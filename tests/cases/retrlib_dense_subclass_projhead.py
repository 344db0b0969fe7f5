# case: projection head subclasses nn.Dense, calls super().construct and L2-normalises, with optional residual from an Optional arg -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class HeadConfig:
    def __init__(self, hidden_size=16, normalize=True, residual=True, activation=None):
        self.hidden_size = hidden_size
        self.normalize = normalize
        self.residual = residual
        self.activation = activation


class NormalizedProjection(nn.Dense):
    def __init__(self, config, **kwargs):
        super().__init__(config.hidden_size, config.hidden_size, activation=config.activation, **kwargs)
        self.normalize = config.normalize
        self.residual = config.residual

    def construct(self, x, residual: Optional[Tensor] = None):
        y = super().construct(x)
        if self.residual and residual is not None:
            y = y + residual
        if self.normalize:
            y = y / ops.sqrt((y * y).sum(axis=-1, keepdims=True) + 1e-6)
        return y


class TwinProjector(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.q_head = NormalizedProjection(config)
        self.d_head = NormalizedProjection(config, has_bias=False)

    def construct(self, q, d):
        qe = self.q_head(q, residual=q)
        de = self.d_head(d)
        return ops.matmul(qe, de.T)


def make():
    np.random.seed(30)
    q = Tensor(np.random.randn(3, 16).astype(np.float32))
    d = Tensor(np.random.randn(5, 16).astype(np.float32))
    return TwinProjector(HeadConfig()), (q, d)
