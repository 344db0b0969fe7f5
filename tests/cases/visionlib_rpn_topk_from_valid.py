# case: RPN proposal head keeps the top-k objectness scores where k is the number of valid anchors counted from data -> dynamic k for TopK, graph rejects or goes dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RPNTestConfig:
    def __init__(self):
        self.nms_pre = 64
        self.score_thr = 0.05
        self.use_sigmoid = True


def _count_valid(scores, thr):
    return (scores > thr).astype(ms.int32).sum()


class RPNProposalSelector(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.nms_pre = cfg.nms_pre
        self.score_thr = cfg.score_thr
        self.use_sigmoid = cfg.use_sigmoid

    def _select(self, scores, boxes):
        num_valid = _count_valid(scores, self.score_thr)
        k = int(num_valid)
        top_scores, top_idx = ops.topk(scores, k)
        return top_scores, ops.gather(boxes, top_idx, 0)

    def construct(self, logits, boxes):
        scores = ops.sigmoid(logits) if self.use_sigmoid else ops.softmax(logits, -1)
        scores = scores.reshape(-1)
        return self._select(scores, boxes)


def make():
    np.random.seed(3341)
    logits = Tensor(np.random.randn(128).astype(np.float32))
    boxes = Tensor(np.random.rand(128, 4).astype(np.float32) * 64)
    return RPNProposalSelector(RPNTestConfig()), (logits, boxes)
