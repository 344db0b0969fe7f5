# case: DB post-process scores each image's text region by averaging the probability map over pixels above the binarization threshold (boolean-mask indexing hidden in a helper) -> dynamic shape or rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PostprocessConfig:
    binary_thresh = 0.3
    box_thresh = 0.6
    max_candidates = 8
    unclip_ratio = 1.5
    use_polygon = False


class DBPostprocess(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = config if config is not None else PostprocessConfig()
        self.binary_thresh = config.binary_thresh
        self.box_thresh = config.box_thresh
        self.max_candidates = config.max_candidates
        self.use_polygon = config.use_polygon

    def _region_score(self, prob, bitmap):
        selected = prob[bitmap]
        return selected.mean()

    def construct(self, pred, boxes):
        prob = pred[:, 0]
        bitmap = prob > self.binary_thresh
        scores = []
        for b in range(prob.shape[0]):
            scores.append(self._region_score(prob[b], bitmap[b]))
        scores = ops.stack(scores)
        keep = (scores > self.box_thresh).astype(ms.float32)
        return boxes * keep.reshape(-1, 1, 1), scores


def make():
    np.random.seed(11)
    pred = Tensor(np.random.rand(2, 1, 32, 32).astype(np.float32))
    boxes = Tensor(np.random.rand(2, 4, 2).astype(np.float32) * 32)
    return DBPostprocess(), (pred, boxes)
