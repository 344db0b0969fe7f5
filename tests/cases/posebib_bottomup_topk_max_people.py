# case: bottom-up decoder takes topk with k = min(max_people, H*W) from config and shapes, then zeroes centres under the threshold with a three-argument where -> compiles statically despite the threshold logic
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
        num = min(self.max_people, scores.shape[-1])
        top_scores, top_idx = ops.topk(scores, num)
        keep = top_scores > self.center_thr
        return ops.where(keep, top_scores, ops.zeros_like(top_scores)), top_idx, keep

    def construct(self, center_heatmap, offsets):
        b, _, h, w = center_heatmap.shape
        heat = _nms(ops.sigmoid(center_heatmap), self.nms_kernel)
        scores, idx, keep = self._select_instances(heat.reshape(b, h * w))
        off = offsets.reshape(b, 2, h * w)
        dx = ops.gather_elements(off[:, 0], 1, idx)
        dy = ops.gather_elements(off[:, 1], 1, idx)
        centers = ops.stack(((idx % w).astype(ms.float32) + dx, (idx // w).astype(ms.float32) + dy), -1)
        centers = centers * keep[..., None].astype(ms.float32)
        return centers, scores


def make():
    np.random.seed(112)
    center = Tensor(np.random.randn(2, 1, 32, 32).astype(np.float32) * 2)
    offsets = Tensor(np.random.randn(2, 2, 32, 32).astype(np.float32) * 0.5)
    return CenterDecoder(), (center, offsets)
