# case: generate anchors per FPN level from feature map .shape and config strides -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AnchorGenerator(nn.Cell):
    def __init__(self, strides=(8, 16, 32), sizes=(32.0, 64.0, 128.0), ratios=(0.5, 1.0, 2.0)):
        super().__init__()
        self.strides = strides
        self.sizes = sizes
        self.ratios = ratios

    def base_anchors(self, size):
        ws = []
        hs = []
        for r in self.ratios:
            ws.append(size / (r ** 0.5))
            hs.append(size * (r ** 0.5))
        w = Tensor(ws, ms.float32)
        h = Tensor(hs, ms.float32)
        return ops.stack([-w / 2, -h / 2, w / 2, h / 2], axis=-1)

    def grid_anchors(self, feat, stride, size):
        h, w = feat.shape[-2], feat.shape[-1]
        shift_x = ops.arange(0, w, dtype=ms.float32) * stride
        shift_y = ops.arange(0, h, dtype=ms.float32) * stride
        yy, xx = ops.meshgrid(shift_y, shift_x, indexing="ij")
        shifts = ops.stack([xx.reshape(-1), yy.reshape(-1), xx.reshape(-1), yy.reshape(-1)], axis=1)
        base = self.base_anchors(size)
        anchors = shifts.view(-1, 1, 4) + base.view(1, -1, 4)
        return anchors.reshape(-1, 4)

    def construct(self, p3, p4, p5):
        feats = (p3, p4, p5)
        out = []
        for i in range(len(feats)):
            out.append(self.grid_anchors(feats[i], self.strides[i], self.sizes[i]))
        return ops.concat(out, axis=0)


def make():
    np.random.seed(0)
    p3 = Tensor(np.random.randn(1, 8, 8, 8).astype(np.float32))
    p4 = Tensor(np.random.randn(1, 8, 4, 4).astype(np.float32))
    p5 = Tensor(np.random.randn(1, 8, 2, 2).astype(np.float32))
    return AnchorGenerator(), (p3, p4, p5)
