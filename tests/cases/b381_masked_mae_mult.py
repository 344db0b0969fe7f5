# case: masked MAE where the missing-sensor mask is renormalised and multiplied into the error (DCRNN style) -> fixed shapes, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LossConfig:
    def __init__(self, null_value=0.0, clip_nan=True):
        self.null_value = null_value
        self.clip_nan = clip_nan


def masked_weights(target, null_value):
    mask = (target != null_value).astype(ms.float32)
    return mask / ops.maximum(mask.mean(), Tensor(1e-6, ms.float32))


class MaskedMAE(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.null_value = config.null_value
        self.clip_nan = config.clip_nan

    def construct(self, pred, target):
        mask = masked_weights(target, self.null_value)
        loss = ops.abs(pred - target) * mask
        if self.clip_nan:
            loss = ops.where(ops.isnan(loss), ops.zeros_like(loss), loss)
        return loss.mean()


def make():
    np.random.seed(3813)
    target = np.random.rand(4, 12, 8).astype(np.float32) * 60
    target[np.random.rand(*target.shape) < 0.25] = 0.0
    pred = target + np.random.randn(*target.shape).astype(np.float32)
    return MaskedMAE(LossConfig()), (Tensor(pred), Tensor(target))
