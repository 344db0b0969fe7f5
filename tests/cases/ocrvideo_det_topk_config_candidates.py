# case: text detector keeps a fixed number of candidate peaks with topk (k from config) and gathers their coordinates -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CenterTextDetector(nn.Cell):
    def __init__(self, in_channels=8, max_candidates=20, nms_kernel=3):
        super().__init__()
        self.heatmap = nn.Conv2d(in_channels, 1, 3, pad_mode="same", has_bias=True)
        self.size = nn.Conv2d(in_channels, 2, 3, pad_mode="same", has_bias=True)
        self.max_candidates = max_candidates
        self.pool = nn.MaxPool2d(nms_kernel, stride=1, pad_mode="same")

    def _local_peaks(self, heat):
        hmax = self.pool(heat)
        return heat * (hmax == heat).astype(heat.dtype)

    def construct(self, feats):
        heat = ops.sigmoid(self.heatmap(feats))
        heat = self._local_peaks(heat)
        b, _, h, w = heat.shape
        scores, inds = ops.topk(heat.reshape(b, -1), self.max_candidates)
        ys = (inds // w).astype(ms.float32)
        xs = (inds % w).astype(ms.float32)
        wh = self.size(feats).reshape(b, 2, -1)
        bw = ops.gather_elements(wh[:, 0], 1, inds)
        bh = ops.gather_elements(wh[:, 1], 1, inds)
        boxes = ops.stack((xs - bw / 2, ys - bh / 2, xs + bw / 2, ys + bh / 2), axis=-1)
        return boxes, scores


def make():
    np.random.seed(35)
    feats = Tensor(np.random.randn(2, 8, 16, 16).astype(np.float32))
    return CenterTextDetector(), (feats,)
