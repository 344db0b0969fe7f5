# case: jit-compiled GPM projection keeps a module-level number of basis columns, clipped with min() against the basis shape -> shape-only slice bound, static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

GPM_RANK = 6


def _orthogonal_complement(grad, basis):
    return grad - ops.matmul(ops.matmul(grad, basis), basis.T)


@ms.jit
def gpm_project(grad, basis):
    k = min(GPM_RANK, basis.shape[1])
    U = basis[:, :k]
    return _orthogonal_complement(grad, U)


def make():
    np.random.seed(16)
    q, _ = np.linalg.qr(np.random.randn(16, 16))
    grad = Tensor(np.random.randn(4, 16).astype(np.float32))
    return gpm_project, (grad, Tensor(q.astype(np.float32)))
