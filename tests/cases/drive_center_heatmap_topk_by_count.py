# case: CenterPoint-style decoder choosing k for topk from the number of heatmap cells above the score threshold -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CenterHeadDecoder(nn.Cell):
    def __init__(self, in_ch=8, num_classes=2, score_thresh=0.3, nms_kernel=3):
        super().__init__()
        self.score_thresh = score_thresh
        self.heatmap = nn.Conv2d(in_ch, num_classes, 3, pad_mode="same")
        self.reg = nn.Conv2d(in_ch, 2, 3, pad_mode="same")
        self.maxpool = nn.MaxPool2d(nms_kernel, stride=1, pad_mode="same")

    def _peaks(self, heat):
        hmax = self.maxpool(heat)
        return heat * (hmax == heat).astype(heat.dtype)

    def construct(self, bev):
        heat = ops.sigmoid(self.heatmap(bev))
        heat = self._peaks(heat)
        flat = heat.reshape(-1)
        k = (flat > self.score_thresh).astype(ms.int32).sum()
        scores, inds = ops.topk(flat, k)
        offsets = self.reg(bev).reshape(2, -1)
        return scores, ops.gather(offsets, inds % offsets.shape[1], 1)


def make():
    np.random.seed(9)
    bev = Tensor(np.random.randn(1, 8, 10, 10).astype(np.float32))
    return CenterHeadDecoder(), (bev,)
