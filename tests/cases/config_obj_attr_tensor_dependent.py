# case: a plain config attribute is overwritten inside construct with a value derived from a tensor (self.cfg.thresh = x.max()), then used; store onto plain object at STRICT expected error, LAX fallback
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClipCfg:
    def __init__(self):
        self.thresh = 1.0
        self.adaptive = True


class AdaptiveClip(nn.Cell):
    def __init__(self):
        super().__init__()
        self.cfg = ClipCfg()

    def construct(self, x):
        if self.cfg.adaptive:
            self.cfg.thresh = ops.abs(x).max() * 0.5
        return ops.clamp(x, -self.cfg.thresh, self.cfg.thresh)


def make():
    return AdaptiveClip(), (Tensor(np.random.randn(3, 4).astype(np.float32)),)
