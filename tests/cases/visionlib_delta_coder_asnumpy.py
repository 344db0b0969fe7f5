# case: DeltaXYWH box coder decodes deltas and clamps dw/dh with a NumPy clip after .asnumpy() on the deltas -> graph mode rejects asnumpy in construct
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

WH_RATIO_CLIP = 16 / 1000


class CoderCfg:
    means = (0.0, 0.0, 0.0, 0.0)
    stds = (0.1, 0.1, 0.2, 0.2)
    clip_border = True


class DeltaXYWHBBoxCoder(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg or CoderCfg()
        self.means = Tensor(np.array(cfg.means, np.float32))
        self.stds = Tensor(np.array(cfg.stds, np.float32))
        self.max_ratio = abs(math.log(WH_RATIO_CLIP))

    def _clamp_wh(self, dwh):
        arr = np.clip(dwh.asnumpy(), -self.max_ratio, self.max_ratio)
        return Tensor(arr)

    def construct(self, rois, deltas):
        deltas = deltas * self.stds + self.means
        dxy, dwh = deltas[:, :2], deltas[:, 2:]
        dwh = self._clamp_wh(dwh)
        pxy = (rois[:, :2] + rois[:, 2:]) * 0.5
        pwh = rois[:, 2:] - rois[:, :2]
        gxy = pxy + pwh * dxy
        gwh = pwh * ops.exp(dwh)
        return ops.concat((gxy - gwh * 0.5, gxy + gwh * 0.5), axis=1)


def make():
    np.random.seed(3352)
    xy = np.random.rand(20, 2) * 50
    rois = Tensor(np.concatenate([xy, xy + 10 + np.random.rand(20, 2) * 30], 1).astype(np.float32))
    deltas = Tensor(np.random.randn(20, 4).astype(np.float32))
    return DeltaXYWHBBoxCoder(), (rois, deltas)
