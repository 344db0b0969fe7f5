# case: detector post-processing rescales boxes to the original image only when the top score passes score_thr; both branches of the tensor-valued if keep the same shape -> static graph with control flow
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PostCfg:
    score_thr = 0.5
    rescale = True


def _rescale(boxes, scale_factor):
    return boxes / scale_factor


class SimplePostProcess(nn.Cell):
    def __init__(self, cfg=PostCfg):
        super().__init__()
        self.score_thr = cfg.score_thr
        self.rescale = cfg.rescale

    def construct(self, boxes, scores, scale_factor):
        boxes = ops.clamp(boxes, 0.0, 512.0)
        if self.rescale and scores.max() > self.score_thr:
            dets = _rescale(boxes, scale_factor)
        else:
            dets = boxes * 1.0
        return ops.concat((dets, scores[:, None]), axis=1)


def make():
    np.random.seed(3364)
    boxes = Tensor((np.random.rand(16, 4) * 600).astype(np.float32))
    scores = Tensor(np.random.rand(16).astype(np.float32))
    scale = Tensor(np.array([1.5, 1.5, 1.5, 1.5], np.float32))
    return SimplePostProcess(), (boxes, scores, scale)
