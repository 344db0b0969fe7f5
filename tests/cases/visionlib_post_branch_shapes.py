# case: detector post-processing returns boxes with the score column appended only when the top score passes score_thr, so the two branches of a tensor-valued if give different shapes -> graph mode rejects mismatched branch shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PostCfg:
    score_thr = 0.5
    with_scores = True


def _append_scores(boxes, scores):
    return ops.concat((boxes, scores[:, None]), axis=1)


class SimplePostProcess(nn.Cell):
    def __init__(self, cfg=PostCfg):
        super().__init__()
        self.score_thr = cfg.score_thr
        self.with_scores = cfg.with_scores

    def construct(self, boxes, scores):
        boxes = ops.clamp(boxes, 0.0, 512.0)
        if self.with_scores and scores.max() > self.score_thr:
            dets = _append_scores(boxes, scores)
        else:
            dets = boxes
        return dets


def make():
    np.random.seed(3363)
    boxes = Tensor((np.random.rand(16, 4) * 600).astype(np.float32))
    scores = Tensor(np.random.rand(16).astype(np.float32))
    return SimplePostProcess(), (boxes, scores)
