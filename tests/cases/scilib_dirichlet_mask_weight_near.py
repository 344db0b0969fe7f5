# case: boundary-condition handler weights the Dirichlet misfit by a 0/1 boundary mask and normalises by the mask count -> mask used by multiplication, shapes fixed, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional

EPS = 1e-6


class BCConfig:
    def __init__(self, weight=10.0, soft=True, normalize=True):
        self.weight = weight
        self.soft = soft
        self.normalize = normalize


class DirichletBC(nn.Cell):
    def __init__(self, config: BCConfig, target_value: Optional[float] = None):
        super().__init__()
        self.weight = config.weight
        self.soft = config.soft
        self.normalize = config.normalize
        self.target_value = target_value

    def _masked_mse(self, diff, mask):
        sq = diff * diff * mask
        if self.normalize:
            return sq.sum() / (mask.sum() + EPS)
        return sq.sum()

    def construct(self, u_pred, on_boundary, u_bc=None):
        mask = on_boundary.astype(u_pred.dtype)
        if u_bc is None:
            u_bc = ops.full_like(u_pred, self.target_value if self.target_value is not None else 0.0)
        loss = self._masked_mse(u_pred - u_bc, mask)
        return self.weight * loss if self.soft else loss


def make():
    np.random.seed(6)
    xy = np.random.rand(64, 2).astype(np.float32)
    mask = (xy.min(axis=1) < 0.1) | (xy.max(axis=1) > 0.9)
    u = Tensor(np.random.randn(64).astype(np.float32))
    return DirichletBC(BCConfig(), target_value=1.0), (u, Tensor(mask))
