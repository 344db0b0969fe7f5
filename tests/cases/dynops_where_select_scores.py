# case: detection postprocess suppresses low scores with mint.where instead of removing them, then takes a fixed top-k; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class ScoreFilter(nn.Cell):
    def __init__(self, thresh=0.3, keep=6):
        super().__init__()
        self.thresh = thresh
        self.keep = keep

    def construct(self, scores, boxes):
        low = scores < self.thresh
        scores = mint.where(low, mint.zeros_like(scores), scores)
        vals, idx = ops.topk(scores, self.keep)
        return vals, ops.gather(boxes, idx, 0)


def make():
    rs = np.random.RandomState(8)
    return ScoreFilter(), (Tensor(rs.rand(20).astype(np.float32)), Tensor(rs.rand(20, 4).astype(np.float32)))
