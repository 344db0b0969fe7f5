# case: dynamic loss scaler that halves a Python-float self.loss_scale attribute when the scaled loss overflows -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScaledMSELoss(nn.Cell):
    def __init__(self, init_scale=2.0 ** 16, scale_factor=2.0, min_scale=1.0):
        super().__init__()
        self.loss_scale = init_scale
        self.scale_factor = scale_factor
        self.min_scale = min_scale
        self.good_steps = 0
        self.mse = nn.MSELoss(reduction="none")

    def _overflow(self, x):
        return ops.logical_not(ops.isfinite(x)).any()

    def construct(self, pred, target, sample_mask):
        per_elem = self.mse(pred, target).mean(axis=-1)
        per_sample = per_elem * sample_mask
        loss = per_sample.sum() / ops.clamp(sample_mask.sum(), min=1.0)
        scaled = loss * self.loss_scale
        if self._overflow(scaled):
            new_scale = self.loss_scale / self.scale_factor
            self.loss_scale = max(new_scale, self.min_scale)
            self.good_steps = 0
            scaled = ops.zeros_like(scaled)
        else:
            self.good_steps = self.good_steps + 1
        return scaled


def make():
    np.random.seed(8)
    pred = Tensor(np.random.randn(4, 3).astype(np.float32) * 1e3)
    target = Tensor(np.random.randn(4, 3).astype(np.float32))
    mask = Tensor(np.array([1, 1, 0, 1], dtype=np.float32))
    return ScaledMSELoss(init_scale=2.0 ** 120), (pred, target, mask)
