# case: RLE (residual log-likelihood) loss gathers the errors and sigmas of visible keypoints with ops.masked_select before the Laplace NLL, when use_target_weight is on (default) -> masked_select yields a data-dependent length
import math

import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RLELossConfig:
    def __init__(self, use_target_weight=True, size_average=True, residual=True, q_dis="laplace"):
        self.use_target_weight = use_target_weight
        self.size_average = size_average
        self.residual = residual
        self.q_dis = q_dis


class RLELoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_target_weight = config.use_target_weight
        self.size_average = config.size_average
        self.residual = config.residual
        self.q_dis = config.q_dis

    def _visible(self, values, target_weight):
        if not self.use_target_weight:
            return values.reshape(-1)
        mask = ops.broadcast_to(target_weight[..., None] > 0, values.shape)
        return ops.masked_select(values, mask)

    def _log_phi(self, error):
        if self.q_dis == "laplace":
            return -ops.abs(error) - math.log(2.0)
        return -0.5 * error ** 2 - 0.5 * math.log(2 * math.pi)

    def construct(self, pred, sigma, target, target_weight=None):
        sigma = ops.sigmoid(sigma)
        error = (pred - target) / (sigma + 1e-9)
        if target_weight is not None:
            error = self._visible(error, target_weight)
            sigma = self._visible(sigma, target_weight)
        nll = ops.log(sigma)
        if self.residual:
            nll = nll - self._log_phi(error)
        if self.size_average:
            return nll.sum() / pred.shape[0]
        return nll.sum()


def make():
    np.random.seed(140)
    pred = Tensor(np.random.rand(4, 17, 2).astype(np.float32))
    sigma = Tensor(np.random.randn(4, 17, 2).astype(np.float32))
    target = Tensor(np.random.rand(4, 17, 2).astype(np.float32))
    tw = Tensor((np.random.rand(4, 17) > 0.3).astype(np.float32))
    return RLELoss(RLELossConfig()), (pred, sigma, target, tw)
