# case: clipping step appends a flag column only when the batch norm exceeds the bound, so branches return different shapes -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClipAndFlag(nn.Cell):
    """Clips the aggregated update; marks clipped rounds by appending the norm."""

    def __init__(self, clip_norm=2.0):
        super().__init__()
        self.clip_norm = clip_norm

    def _global_norm(self, x):
        return ops.sqrt((x * x).sum())

    def construct(self, update):
        norm = self._global_norm(update)
        if norm > self.clip_norm:
            clipped = update * (self.clip_norm / norm)
            out = ops.concat((clipped, norm.reshape(1)))
        else:
            out = update
        return out


def make():
    np.random.seed(22)
    u = Tensor((np.random.randn(6) * 2).astype(np.float32))
    return ClipAndFlag(), (u,)
