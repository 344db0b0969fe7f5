# case: score threshold and max_det read from a plain Python config object attribute of the Cell; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PostCfg:
    def __init__(self, score_thresh=0.3, max_det=10):
        self.score_thresh = score_thresh
        self.max_det = max_det


class TopDetections(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        self.cfg = cfg if cfg is not None else PostCfg()

    def construct(self, boxes, scores):
        s = ops.where(scores > self.cfg.score_thresh, scores, 0.0)
        top, idx = ops.topk(s, self.cfg.max_det)
        return ops.gather(boxes, idx, 0), top


def make():
    boxes = Tensor(np.random.rand(50, 4).astype(np.float32))
    return TopDetections(), (boxes, Tensor(np.random.rand(50).astype(np.float32)))
