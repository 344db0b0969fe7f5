# case: CenterNet-style joint peak extraction: max-pool NMS, select, and top-k with k = max_people from config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class JointPeakExtractor(nn.Cell):
    def __init__(self, max_people=10, kernel=5, score_thr=0.05):
        super().__init__()
        self.max_people = max_people
        self.score_thr = score_thr
        self.pool = nn.MaxPool2d(kernel_size=kernel, stride=1, pad_mode="same")

    def _nms(self, heat):
        hmax = self.pool(heat)
        is_max = ops.equal(hmax, heat)
        return ops.select(is_max, heat, ops.zeros_like(heat))

    def construct(self, heat):
        n, k, h, w = heat.shape
        heat = self._nms(heat)
        flat = heat.reshape(n, k, h * w)
        scores, inds = ops.topk(flat, self.max_people)
        ys = (inds // w).astype(ms.float32)
        xs = (inds % w).astype(ms.float32)
        valid = scores > self.score_thr
        scores = ops.where(valid, scores, ops.zeros_like(scores))
        return ops.stack([xs, ys], axis=-1), scores, valid


def make():
    np.random.seed(8)
    hm = np.random.rand(2, 17, 32, 32).astype(np.float32)
    return JointPeakExtractor(), (Tensor(hm),)
