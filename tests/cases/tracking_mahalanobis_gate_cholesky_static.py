# case: Mahalanobis gating of track/detection pairs with per-track inverse covariance and chi-square threshold, fused with IoU cost -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CHI2_95 = {2: 5.9915, 4: 9.4877}


class FusedGatingCost(nn.Cell):
    def __init__(self, meas_dim=4, lambda_motion=0.98, gate_cost=1e5):
        super().__init__()
        self.meas_dim = meas_dim
        self.chi2 = CHI2_95[meas_dim]
        self.lambda_motion = lambda_motion
        self.gate_cost = gate_cost

    def mahalanobis(self, mean, cov, dets):
        k = self.meas_dim
        S_inv = ops.inverse(cov[:, :k, :k])
        d = ops.expand_dims(dets, 0) - ops.expand_dims(mean[:, :k], 1)
        return (ops.matmul(d, S_inv) * d).sum(-1)

    def construct(self, mean, cov, dets, app_cost):
        md = self.mahalanobis(mean, cov, dets)
        cost = self.lambda_motion * app_cost + (1.0 - self.lambda_motion) * md
        gated = ops.masked_fill(cost, md > self.chi2, self.gate_cost)
        return gated


def make():
    np.random.seed(33)
    mean = Tensor(np.random.rand(3, 8).astype(np.float32))
    cov = Tensor(np.tile(np.eye(8, dtype=np.float32) * 0.5, (3, 1, 1)))
    dets = Tensor(np.random.rand(5, 4).astype(np.float32))
    app = Tensor(np.random.rand(3, 5).astype(np.float32))
    return FusedGatingCost(), (mean, cov, dets, app)
