# case: property head normalises by the reference (first) crystal, slicing its atoms with n_ref = n_atoms[0].item() from the count tensor -> data-dependent slice length (rejected or dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class HeadConfig:
    def __init__(self, hidden=16, reference_mode="first", eps=1e-5):
        self.hidden = hidden
        self.reference_mode = reference_mode
        self.eps = eps


class ReferenceNormalizedHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.reference_mode = config.reference_mode
        self.eps = config.eps
        self.out = nn.Dense(config.hidden, 1)

    def _reference_stats(self, h, n_atoms):
        n_ref = n_atoms[0].item()
        ref = h[:n_ref]
        return ref.mean(0), ref.std(0)

    def construct(self, h, n_atoms, scale: Optional[Tensor] = None):
        if self.reference_mode == "first":
            mu, sigma = self._reference_stats(h, n_atoms)
            h = (h - mu) / (sigma + self.eps)
        y = self.out(h)
        if scale is not None:
            y = y * scale
        return y


def make():
    np.random.seed(8)
    h = Tensor(np.random.randn(13, 16).astype(np.float32))
    n_atoms = Tensor(np.array([6, 7], dtype=np.int32))
    return ReferenceNormalizedHead(HeadConfig()), (h, n_atoms)
