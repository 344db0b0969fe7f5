# case: detection post-process returns top max_num boxes when any score passes the threshold, otherwise a single zero placeholder box -> tensor-valued if whose branches give different shapes should fail in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TestConfig:
    def __init__(self, score_thr=0.1, max_num=20, code_size=7):
        self.score_thr = score_thr
        self.max_num = max_num
        self.code_size = code_size


class BBoxPostProcessor(nn.Cell):
    def __init__(self, test_cfg=None):
        super().__init__()
        test_cfg = test_cfg if test_cfg is not None else TestConfig()
        self.score_thr = test_cfg.score_thr
        self.max_num = test_cfg.max_num
        self.code_size = test_cfg.code_size

    def _empty(self):
        return ops.zeros((1, self.code_size), ms.float32), ops.zeros((1,), ms.float32)

    def construct(self, boxes, scores):
        valid = (scores > self.score_thr).astype(ms.float32)
        if valid.sum() > 0:
            top_scores, idx = ops.topk(scores * valid, self.max_num)
            out_boxes = ops.gather(boxes, idx, 0)
        else:
            out_boxes, top_scores = self._empty()
        return out_boxes, top_scores


def make():
    np.random.seed(3693)
    boxes = Tensor(np.random.randn(80, 7).astype(np.float32))
    scores = Tensor(np.random.rand(80).astype(np.float32))
    return BBoxPostProcessor(), (boxes, scores)
