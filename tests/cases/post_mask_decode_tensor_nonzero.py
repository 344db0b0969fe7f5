# case: instance-mask post-process: threshold mask probs, use Tensor.nonzero() to get foreground pixel coords, then min/max for a tight box; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MASK_THRESH = 0.5


class MaskHead(nn.Cell):
    def __init__(self, in_ch=4):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, 8, 3, pad_mode="same")
        self.pred = nn.Conv2d(8, 1, 1)
        self.relu = nn.ReLU()

    def construct(self, x):
        return ops.sigmoid(self.pred(self.relu(self.conv(x))))


class MaskToBox(nn.Cell):
    def __init__(self, thresh=MASK_THRESH):
        super().__init__()
        self.thresh = thresh
        self.head = MaskHead()

    def construct(self, feat):
        prob = self.head(feat)[0, 0]                 # (H, W)
        fg = prob > self.thresh
        coords = fg.nonzero().astype(ms.float32)     # (N, 2)
        y0x0 = coords.min(axis=0)
        y1x1 = coords.max(axis=0)
        box = ops.cat((y0x0[::-1], y1x1[::-1] + 1.0))
        area = fg.astype(ms.float32).sum()
        return prob, box, area


def make():
    return MaskToBox(), (Tensor(np.random.randn(1, 4, 12, 12).astype(np.float32)),)
