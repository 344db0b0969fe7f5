# case: keeps a fixed top-k (from the constructor) of plant detections and zeroes those below the confidence threshold -> static topk, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopPlantDetections(nn.Cell):
    def __init__(self, max_plants=5, conf_thresh=0.4):
        super().__init__()
        self.max_plants = max_plants
        self.conf_thresh = conf_thresh

    def construct(self, scores, boxes):
        top_scores, top_idx = ops.topk(scores, self.max_plants)
        top_boxes = ops.gather(boxes, top_idx, 0)
        valid = (top_scores > self.conf_thresh).astype(ms.float32)
        return top_boxes * valid.expand_dims(-1), valid.sum()


def make():
    np.random.seed(33)
    scores = Tensor(np.random.rand(14).astype(np.float32))
    boxes = Tensor((np.random.rand(14, 4) * 64).astype(np.float32))
    return TopPlantDetections(), (scores, boxes)
