# case: masked MSE for series with missing values, the observed mask multiplies the error and normalises by mask.sum() (looks like a selection, is arithmetic) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LossConfig:
    def __init__(self, eps=1e-6, loss_type="mse", weight_by_channel=None):
        self.eps = eps
        self.loss_type = loss_type
        self.weight_by_channel = weight_by_channel


def _elementwise(pred, target, kind):
    if kind == "mse":
        return ops.square(pred - target)
    return ops.abs(pred - target)


class MaskedForecastLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.eps = config.eps
        self.loss_type = config.loss_type
        self.channel_weight = None
        if config.weight_by_channel is not None:
            self.channel_weight = Tensor(np.asarray(config.weight_by_channel, np.float32))

    def construct(self, pred, target, observed_mask=None):
        err = _elementwise(pred, target, self.loss_type)
        if self.channel_weight is not None:
            err = err * self.channel_weight
        if observed_mask is None:
            return err.mean()
        m = observed_mask.astype(err.dtype)
        return (err * m).sum() / ops.maximum(m.sum(), Tensor(self.eps, ms.float32))


def make():
    np.random.seed(3428)
    pred = Tensor(np.random.randn(4, 24, 3).astype(np.float32))
    target = Tensor(np.random.randn(4, 24, 3).astype(np.float32))
    mask = Tensor(np.random.rand(4, 24, 3) > 0.3)
    return MaskedForecastLoss(LossConfig(weight_by_channel=[1.0, 0.5, 2.0])), (pred, target, mask)
