# case: appends only detections above a confidence threshold to a Python list in a loop and stacks them -> list grown on tensor conditions, data-dependent length
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DetectionFilter(nn.Cell):
    def __init__(self, max_dets=8, conf_threshold=0.5):
        super().__init__()
        self.max_dets = max_dets
        self.conf_threshold = conf_threshold

    def construct(self, boxes, scores):
        kept = []
        for i in range(self.max_dets):
            if scores[i] > self.conf_threshold:
                kept.append(boxes[i])
        if len(kept) == 0:
            return ops.zeros((1, 4), ms.float32)
        return ops.stack(kept)


def make():
    np.random.seed(27)
    boxes = Tensor(np.random.rand(8, 4).astype(np.float32))
    scores = Tensor(np.random.rand(8).astype(np.float32))
    return DetectionFilter(), (boxes, scores)
