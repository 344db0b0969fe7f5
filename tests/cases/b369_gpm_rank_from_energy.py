# case: GPM projector picks how many stored basis vectors to keep from the cumulative singular-value energy and slices the basis with that count -> slice width from tensor values, Graph mode rejects or goes dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class GPMConfig:
    energy_threshold = 0.9
    scale_by_sv = False


def _energy_rank(sv, threshold):
    energy = ops.cumsum(sv * sv, 0) / (sv * sv).sum()
    return int((energy < threshold).astype(ms.int32).sum()) + 1


class GPMProjector(nn.Cell):
    def __init__(self, config, basis, singular_values):
        super().__init__()
        self.threshold = config.energy_threshold
        self.scale_by_sv = config.scale_by_sv
        self.basis = Parameter(Tensor(basis), name="gpm_basis", requires_grad=False)
        self.sv = Parameter(Tensor(singular_values), name="gpm_sv", requires_grad=False)

    def construct(self, grad):
        k = _energy_rank(self.sv, self.threshold)
        U = self.basis[:, :k]
        return grad - ops.matmul(ops.matmul(grad, U), U.T)


def make():
    np.random.seed(15)
    q, _ = np.linalg.qr(np.random.randn(16, 16))
    sv = np.sort(np.abs(np.random.randn(16)))[::-1].astype(np.float32) * 3
    proj = GPMProjector(GPMConfig(), q.astype(np.float32), sv.copy())
    grad = Tensor(np.random.randn(4, 16).astype(np.float32))
    return proj, (grad,)
