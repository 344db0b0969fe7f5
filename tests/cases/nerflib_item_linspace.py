# case: fine sampler reads the number of importance samples from a scheduler tensor with .item() and builds ops.linspace with it -> sample count from tensor value, dynamic/error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class FineConfig:
    n_importance = 8
    det = True


class FineSampler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.n_importance = config.n_importance
        self.det = config.det

    def _uniforms(self, n):
        if self.det:
            return ops.linspace(0.0, 1.0, n)
        return ops.rand((n,))

    def construct(self, cdf, bins, n_fine: Optional[Tensor] = None):
        n = self.n_importance if n_fine is None else n_fine.item()
        u = ops.broadcast_to(self._uniforms(n)[None, :], (cdf.shape[0], -1))
        idx = ops.searchsorted(cdf, u, right=True)
        idx = ops.clamp(idx, 0, bins.shape[-1] - 1)
        return ops.gather_elements(bins, 1, idx)


def make():
    np.random.seed(18)
    w = np.random.rand(10, 16).astype(np.float32)
    cdf = np.cumsum(w / w.sum(-1, keepdims=True), -1).astype(np.float32)
    bins = np.tile(np.linspace(2, 6, 16, dtype=np.float32), (10, 1))
    return FineSampler(FineConfig()), (Tensor(cdf), Tensor(bins), Tensor(12, ms.int32))
