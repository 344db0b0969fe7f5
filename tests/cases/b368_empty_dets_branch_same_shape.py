# case: post-processor branches on whether any score passes the threshold (tensor condition) but both branches return fixed max_num-sized box/score tensors -> tensor if with equal-shape branches should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TestConfig:
    def __init__(self, score_thr=0.1, max_num=20, code_size=7):
        self.score_thr = score_thr
        self.max_num = max_num
        self.code_size = code_size


class PaddedBBoxPostProcessor(nn.Cell):
    def __init__(self, test_cfg=None):
        super().__init__()
        test_cfg = test_cfg if test_cfg is not None else TestConfig()
        self.score_thr = test_cfg.score_thr
        self.max_num = test_cfg.max_num
        self.code_size = test_cfg.code_size

    def _empty(self, dtype):
        return ops.zeros((self.max_num, self.code_size), dtype), ops.zeros((self.max_num,), dtype)

    def construct(self, boxes, scores):
        valid = (scores > self.score_thr).astype(scores.dtype)
        if valid.sum() > 0:
            top_scores, idx = ops.topk(scores * valid, self.max_num)
            out_boxes = ops.gather(boxes, idx, 0)
        else:
            out_boxes, top_scores = self._empty(boxes.dtype)
        return out_boxes, top_scores


def make():
    np.random.seed(3714)
    boxes = Tensor(np.random.randn(80, 7).astype(np.float32))
    scores = Tensor(np.random.rand(80).astype(np.float32))
    return PaddedBBoxPostProcessor(), (boxes, scores)
