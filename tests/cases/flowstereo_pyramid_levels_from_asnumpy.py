# case: coarse-to-fine pyramid whose depth is chosen from the largest initial flow read back with asnumpy -> compile error at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CoarseToFineFlow(nn.Cell):
    def __init__(self, channels=4, max_levels=3):
        super().__init__()
        self.max_levels = max_levels
        self.refine = nn.Conv2d(channels * 2 + 2, 2, 3, pad_mode='same')

    def choose_levels(self, flow):
        peak = float(np.abs(flow.asnumpy()).max())
        levels = 1
        while levels < self.max_levels and peak > 2 ** levels:
            levels += 1
        return levels

    def construct(self, f1, f2, flow):
        levels = self.choose_levels(flow)
        h, w = f1.shape[-2:]
        for lvl in range(levels - 1, -1, -1):
            s = 2 ** lvl
            a = ops.interpolate(f1, size=(h // s, w // s), mode='bilinear', align_corners=False)
            b = ops.interpolate(f2, size=(h // s, w // s), mode='bilinear', align_corners=False)
            fl = ops.interpolate(flow, size=(h // s, w // s), mode='bilinear', align_corners=False) / s
            fl = fl + self.refine(ops.cat([a, b, fl], axis=1))
            flow = ops.interpolate(fl, size=(h, w), mode='bilinear', align_corners=False) * s
        return flow


def make():
    np.random.seed(5)
    f1 = Tensor(np.random.randn(1, 4, 8, 8).astype(np.float32))
    f2 = Tensor(np.random.randn(1, 4, 8, 8).astype(np.float32))
    flow = Tensor((np.random.randn(1, 2, 8, 8) * 3).astype(np.float32))
    return CoarseToFineFlow(), (f1, f2, flow)
