# case: scaled Laplacian for ChebNet with a try/except fallback around the normalisation in construct -> try statement in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChebConfig:
    def __init__(self, lambda_max=2.0, eps=1e-6):
        self.lambda_max = lambda_max
        self.eps = eps


class ScaledLaplacian(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.lambda_max = config.lambda_max
        self.eps = config.eps

    def construct(self, adj):
        n = adj.shape[0]
        eye = ops.eye(n, n, adj.dtype)
        try:
            d = ops.rsqrt(adj.sum(axis=1) + self.eps)
            lap = eye - d.reshape(-1, 1) * adj * d.reshape(1, -1)
        except ValueError:
            lap = eye - adj
        return 2.0 * lap / self.lambda_max - eye


def make():
    np.random.seed(3834)
    a = np.random.rand(7, 7).astype(np.float32)
    a = (a + a.T) / 2
    return ScaledLaplacian(ChebConfig()), (Tensor(a),)
