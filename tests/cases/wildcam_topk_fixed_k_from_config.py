# case: take the top-k box scores per frame with k from the detector config -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DetectorConfig:
    max_animals = 5
    score_floor = 0.05


class TopAnimals(nn.Cell):
    def __init__(self, cfg=DetectorConfig()):
        super().__init__()
        self.k = cfg.max_animals
        self.floor = cfg.score_floor

    def construct(self, box_scores, boxes):
        top_scores, top_idx = ops.topk(box_scores, self.k)
        top_boxes = ops.gather(boxes, top_idx, 0)
        valid = (top_scores > self.floor).astype(ms.float32)
        return top_scores * valid, top_boxes * valid.expand_dims(-1)


def make():
    np.random.seed(1)
    box_scores = Tensor(np.random.rand(20).astype(np.float32))
    boxes = Tensor(np.random.rand(20, 4).astype(np.float32))
    return TopAnimals(), (box_scores, boxes)
