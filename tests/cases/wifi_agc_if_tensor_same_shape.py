# case: automatic gain control that rescales CSI only if its peak exceeds a limit, both branches keep the same shape -> static (control flow on tensor, same shapes)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SimpleAGC(nn.Cell):
    def __init__(self, limit=2.0, target=1.0):
        super().__init__()
        self.limit = limit
        self.target = target

    def construct(self, csi_re, csi_im):
        amp = ops.sqrt(csi_re * csi_re + csi_im * csi_im)
        peak = amp.max()
        if peak > self.limit:
            g = self.target / peak
        else:
            g = ops.ones_like(peak)
        return csi_re * g, csi_im * g, g


def make():
    np.random.seed(27)
    re = Tensor(np.random.randn(4, 16).astype(np.float32) * 2)
    im = Tensor(np.random.randn(4, 16).astype(np.float32) * 2)
    return SimpleAGC(), (re, im)
