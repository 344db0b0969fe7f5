# case: dynamic loss scale kept in a Parameter, overflow detected with isfinite().all() and the new scale chosen with ops.select + assign -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class DynamicLossScaleWrapper(nn.Cell):
    def __init__(self, init_scale=2.0 ** 10, factor=2.0, window=4):
        super().__init__()
        self.scale = Parameter(Tensor(init_scale, ms.float32), name="loss_scale")
        self.good_steps = Parameter(Tensor(0, ms.int32), name="good_steps")
        self.factor = factor
        self.window = window
        self.l1 = nn.L1Loss(reduction="none")

    def _all_finite(self, *tensors):
        flags = [ops.isfinite(t).all() for t in tensors]
        ok = flags[0]
        for f in flags[1:]:
            ok = ops.logical_and(ok, f)
        return ok

    def construct(self, pred, target, mask):
        per_sample = (self.l1(pred, target).mean(axis=-1) * mask)
        loss = per_sample.sum() / ops.clamp(mask.sum(), min=1.0)
        scaled = loss * self.scale
        finite = self._all_finite(scaled, per_sample)
        grow = ops.logical_and(finite, self.good_steps + 1 >= self.window)
        new_scale = ops.select(finite, ops.select(grow, self.scale * self.factor, self.scale),
                               ops.maximum(self.scale / self.factor, 1.0))
        new_steps = ops.select(ops.logical_and(finite, ops.logical_not(grow)),
                               self.good_steps + 1, ops.zeros_like(self.good_steps))
        ops.assign(self.scale, new_scale)
        ops.assign(self.good_steps, new_steps)
        safe = ops.select(finite, scaled, ops.zeros_like(scaled))
        return safe, finite


def make():
    np.random.seed(31)
    pred = Tensor(np.random.randn(6, 3).astype(np.float32))
    target = Tensor(np.random.randn(6, 3).astype(np.float32))
    mask = Tensor(np.array([1, 0, 1, 1, 1, 0], dtype=np.float32))
    return DynamicLossScaleWrapper(), (pred, target, mask)
