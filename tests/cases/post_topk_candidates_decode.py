# case: CenterNet-style box decode from a heatmap - flatten, ops.topk with constant K, gather wh, build boxes; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor

TOP_K = 10


class CenterDecoder(nn.Cell):
    def __init__(self, k=TOP_K, stride=4):
        super().__init__()
        self.k = k
        self.stride = stride
        self.pool = nn.MaxPool2d(kernel_size=3, stride=1, pad_mode="same")

    def nms(self, heat):
        hmax = self.pool(heat)
        keep = (hmax == heat).astype(heat.dtype)
        return heat * keep

    def construct(self, heat, wh):
        b, c, h, w = heat.shape
        heat = self.nms(ops.sigmoid(heat))
        scores, inds = ops.topk(heat.reshape(b, -1), self.k)
        classes = inds // (h * w)
        pix = inds % (h * w)
        ys = (pix // w).astype(ms.float32)
        xs = (pix % w).astype(ms.float32)
        wh = wh.reshape(b, 2, -1)
        bw = mint.gather(wh[:, 0], 1, pix)
        bh = mint.gather(wh[:, 1], 1, pix)
        boxes = ops.stack((xs - bw / 2, ys - bh / 2, xs + bw / 2, ys + bh / 2), axis=-1)
        return boxes * self.stride, scores, classes


def make():
    heat = Tensor(np.random.randn(2, 3, 8, 8).astype(np.float32))
    wh = Tensor(np.abs(np.random.randn(2, 2, 8, 8)).astype(np.float32))
    return CenterDecoder(), (heat, wh)
