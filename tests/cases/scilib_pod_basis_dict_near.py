# case: POD-style reduced-order model returns a dict of modal coefficients keyed by f-string mode names built over range(config.n_modes), plus the reconstruction -> dict with constant string keys, Graph mode should accept it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ROMConfig:
    n_dof = 40
    n_modes = 3
    center = True


def orthonormal_basis(n, r, seed=0):
    rng = np.random.RandomState(seed)
    q, _ = np.linalg.qr(rng.randn(n, r))
    return q.astype(np.float32)


class PODReducedModel(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.basis = Tensor(orthonormal_basis(config.n_dof, config.n_modes))
        self.n_modes = config.n_modes
        self.center = config.center

    def construct(self, snapshots):
        mean = snapshots.mean(axis=0, keep_dims=True) if self.center else ops.zeros_like(snapshots[:1])
        coeffs = ops.matmul(snapshots - mean, self.basis)
        out = {}
        for i in range(self.n_modes):
            out[f"mode_{i}"] = coeffs[:, i]
        out["reconstruction"] = ops.matmul(coeffs, self.basis.T) + mean
        return out


def make():
    np.random.seed(34)
    snaps = Tensor(np.random.randn(10, 40).astype(np.float32))
    return PODReducedModel(ROMConfig()), (snaps,)
