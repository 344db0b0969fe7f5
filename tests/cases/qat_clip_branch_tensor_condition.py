# case: activation quantizer picks the clip value with an if on a tensor comparison (observed max vs learned clip), both branches scalar -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PACTLikeQuant(nn.Cell):
    def __init__(self, num_bits=4, init_clip=3.0, cap_to_observed=True):
        super().__init__()
        self.alpha = Parameter(Tensor(init_clip, ms.float32), name="alpha")
        self.levels = 2 ** num_bits - 1
        self.cap_to_observed = cap_to_observed

    def _effective_clip(self, x):
        observed = x.max()
        if self.cap_to_observed and observed < self.alpha:
            clip = observed + 1e-6
        else:
            clip = self.alpha * 1.0
        return clip

    def construct(self, x):
        x = ops.relu(x)
        clip = self._effective_clip(x)
        y = ops.minimum(x, clip)
        scale = clip / self.levels
        return ops.round(y / scale) * scale


def make():
    np.random.seed(113)
    x = Tensor(np.random.randn(3, 9).astype(np.float32))
    return PACTLikeQuant(), (x,)
