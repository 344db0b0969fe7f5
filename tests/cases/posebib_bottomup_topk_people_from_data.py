# case: bottom-up (CenterNet-style) decoder keeps as many person centres as exceed the score threshold, using that count as the k of topk -> top-k size from tensor values
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BottomupDecodeCfg:
    def __init__(self, center_thr=0.6, nms_kernel=3, max_people=30):
        self.center_thr = center_thr
        self.nms_kernel = nms_kernel
        self.max_people = max_people


def _nms(heat, kernel):
    hmax = ops.max_pool2d(heat, kernel, 1, kernel // 2)
    return heat * (hmax == heat).astype(heat.dtype)


class CenterDecoder(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg if cfg is not None else BottomupDecodeCfg()
        self.center_thr = cfg.center_thr
        self.nms_kernel = cfg.nms_kernel
        self.max_people = cfg.max_people

    def _select_instances(self, scores):
        num = int((scores > self.center_thr).sum())
        num = min(num, self.max_people)
        return ops.topk(scores, num)

    def construct(self, center_heatmap, offsets):
        b, _, h, w = center_heatmap.shape
        heat = _nms(ops.sigmoid(center_heatmap), self.nms_kernel)
        scores = heat.reshape(-1)
        top_scores, top_idx = self._select_instances(scores)
        cx = (top_idx % w).astype(ms.float32)
        cy = (top_idx // w).astype(ms.float32)
        off = offsets.reshape(2, h * w)
        dx = ops.gather(off[0], top_idx, 0)
        dy = ops.gather(off[1], top_idx, 0)
        return ops.stack((cx + dx, cy + dy), -1), top_scores


def make():
    np.random.seed(111)
    center = Tensor(np.random.randn(1, 1, 32, 32).astype(np.float32) * 2)
    offsets = Tensor(np.random.randn(1, 2, 32, 32).astype(np.float32) * 0.5)
    return CenterDecoder(), (center, offsets)
