# case: NMS-like pre-filter keeps top-k scores where k is the number of scores above a threshold (tensor), via P.TopK primitive; expect error or dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor
from mindspore import ops as P


class PreNMS(nn.Cell):
    def __init__(self, score_thresh=0.3):
        super().__init__()
        self.topk = P.TopK(sorted=True)
        self.score_thresh = score_thresh

    def construct(self, scores, boxes):
        k = (scores > self.score_thresh).astype(ms.int32).sum()
        vals, idx = self.topk(scores, k)
        kept = P.gather(boxes, idx, 0)
        return vals, kept


def make():
    rs = np.random.RandomState(5)
    return PreNMS(), (Tensor(rs.rand(20).astype(np.float32)), Tensor(rs.rand(20, 4).astype(np.float32)))
