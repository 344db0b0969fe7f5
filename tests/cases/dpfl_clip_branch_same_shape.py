# case: clipping step branches on the tensor norm but both branches keep the update shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClipOrPass(nn.Cell):
    def __init__(self, clip_norm=2.0, report_norm=True):
        super().__init__()
        self.clip_norm = clip_norm
        self.report_norm = report_norm

    def _global_norm(self, x):
        return ops.sqrt((x * x).sum())

    def construct(self, update):
        norm = self._global_norm(update)
        if norm > self.clip_norm:
            out = update * (self.clip_norm / norm)
            was_clipped = ops.ones((), ms.float32)
        else:
            out = update
            was_clipped = ops.zeros((), ms.float32)
        if self.report_norm:
            return out, norm, was_clipped
        return out, was_clipped


def make():
    np.random.seed(23)
    u = Tensor((np.random.randn(6) * 2).astype(np.float32))
    return ClipOrPass(), (u,)
