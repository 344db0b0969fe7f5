# case: sub-universe covariance and risk contributions from a fixed-length id list passed as a tensor -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RiskContribution(nn.Cell):
    """Percent risk contributions of a sub-portfolio selected by asset ids."""

    def __init__(self, eps=1e-10):
        super().__init__()
        self.eps = eps

    def sub_covariance(self, cov, ids):
        rows = ops.gather(cov, ids, 0)
        return ops.gather(rows, ids, 1)

    def construct(self, cov, ids, weights):
        sub = self.sub_covariance(cov, ids)
        marginal = ops.mv(sub, weights)
        port_var = (weights * marginal).sum()
        contrib = weights * marginal / (port_var + self.eps)
        return contrib, ops.sqrt(port_var)


def make():
    np.random.seed(37)
    a = 0.02 * np.random.randn(10, 10)
    cov = (a @ a.T).astype(np.float32)
    ids = np.array([1, 4, 6, 9], np.int32)
    w = np.array([0.25, 0.25, 0.3, 0.2], np.float32)
    return RiskContribution(), (Tensor(cov), Tensor(ids), Tensor(w))
