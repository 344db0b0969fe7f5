# case: agent-centric normalizer computes heading from the last two history points with np.arctan2 on tensors inside construct when config.rotate is on (default) -> NumPy applied to tensors in construct, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NormalizeConfig:
    def __init__(self, rotate=True, eps=1e-6):
        self.rotate = rotate
        self.eps = eps


class HistoryNormalizer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.rotate = config.rotate

    def _heading(self, history):
        delta = history[:, -1] - history[:, -2]
        return Tensor(np.arctan2(delta[:, 1].asnumpy(), delta[:, 0].asnumpy()))

    def construct(self, history):
        origin = history[:, -1:]
        local = history - origin
        if self.rotate:
            theta = self._heading(history)
            c, s = ops.cos(-theta), ops.sin(-theta)
            x, y = local[..., 0], local[..., 1]
            local = ops.stack([x * c.expand_dims(-1) - y * s.expand_dims(-1),
                               x * s.expand_dims(-1) + y * c.expand_dims(-1)], axis=-1)
        return local


def make():
    np.random.seed(36)
    hist = Tensor(np.cumsum(np.random.randn(8, 10, 2), axis=1).astype(np.float32))
    return HistoryNormalizer(NormalizeConfig()), (hist,)
