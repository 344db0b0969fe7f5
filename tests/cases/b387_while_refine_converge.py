# case: iterative mask refinement that repeats a residual conv update while the iteration count is below the config maximum and the mean change is above a tolerance -> while on a tensor condition but the mask keeps its shape; expected to compile (control flow, static shapes)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RefineConfig:
    def __init__(self, max_iter=4, tol=1e-3, channels=1):
        self.max_iter = max_iter
        self.tol = tol
        self.channels = channels


class IterativeMaskRefiner(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.max_iter = config.max_iter
        self.tol = config.tol
        self.step = nn.Conv2d(config.channels + 1, config.channels, 3, pad_mode="same", has_bias=True)

    def _update(self, mask, image_edge):
        delta = ops.tanh(self.step(ops.concat((mask, image_edge), axis=1))) * 0.1
        return ops.clip_by_value(mask + delta, 0.0, 1.0), ops.abs(delta).mean()

    def construct(self, mask, image_edge):
        it = 0
        change = ops.ones((), ms.float32)
        while it < self.max_iter and change > self.tol:
            mask, change = self._update(mask, image_edge)
            it += 1
        return mask


def make():
    np.random.seed(3906)
    mask = Tensor(np.random.rand(1, 1, 8, 8).astype(np.float32))
    edge = Tensor(np.random.rand(1, 1, 8, 8).astype(np.float32))
    return IterativeMaskRefiner(RefineConfig()), (mask, edge)
