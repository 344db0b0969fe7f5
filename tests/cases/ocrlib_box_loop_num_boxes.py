# case: polygon post-process looping `for i in range(int(num_boxes))` over the valid-box count returned by the detector and stacking per-box crops' mean scores -> rejected or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PolyConfig:
    def __init__(self, max_candidates=8, score_mode="fast"):
        self.max_candidates = max_candidates
        self.score_mode = score_mode


def _box_mean(prob, box):
    x0 = box[0].astype(ms.int32)
    y0 = box[1].astype(ms.int32)
    patch = ops.slice(prob, (y0, x0), (4, 4))
    return patch.mean()


class PolygonScorer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.max_candidates = config.max_candidates
        self.score_mode = config.score_mode

    def construct(self, prob, boxes, num_boxes):
        scores = []
        for i in range(int(num_boxes)):
            scores.append(_box_mean(prob, boxes[i]))
        return ops.stack(scores)


def make():
    np.random.seed(32)
    prob = Tensor(np.random.rand(32, 32).astype(np.float32))
    boxes = Tensor(np.random.randint(0, 28, size=(8, 2)).astype(np.float32))
    return PolygonScorer(PolyConfig()), (prob, boxes, Tensor(5, ms.int32))
