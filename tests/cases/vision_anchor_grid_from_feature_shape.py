# case: anchor generator builds a grid of anchors from the feature map .shape and configured sizes/ratios -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AnchorGenerator(nn.Cell):
    def __init__(self, stride=16, sizes=(32.0, 64.0), ratios=(0.5, 1.0, 2.0)):
        super().__init__()
        self.stride = stride
        base = []
        for s in sizes:
            for r in ratios:
                w = s / np.sqrt(r)
                h = s * np.sqrt(r)
                base.append([-w / 2, -h / 2, w / 2, h / 2])
        self.base_anchors = Tensor(np.array(base, dtype=np.float32))
        self.num_base = len(base)

    def _shifts(self, h, w):
        sx = ops.arange(0, w * self.stride, self.stride).astype(ms.float32)
        sy = ops.arange(0, h * self.stride, self.stride).astype(ms.float32)
        yy, xx = ops.meshgrid(sy, sx, indexing="ij")
        xx = xx.reshape(-1)
        yy = yy.reshape(-1)
        return ops.stack([xx, yy, xx, yy], axis=1)

    def construct(self, feature):
        h, w = feature.shape[-2:]
        shifts = self._shifts(h, w)
        anchors = shifts.reshape(-1, 1, 4) + self.base_anchors.reshape(1, -1, 4)
        return anchors.reshape(-1, 4)


def make():
    feat = Tensor(np.zeros((1, 16, 5, 7), dtype=np.float32))
    return AnchorGenerator(), (feat,)
