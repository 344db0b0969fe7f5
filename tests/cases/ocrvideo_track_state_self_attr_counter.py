# case: tracker keeps a Python frame counter and the last boxes as plain attributes written on self inside construct -> compile error at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MotionTracker(nn.Cell):
    def __init__(self, max_tracks=4, momentum=0.8):
        super().__init__()
        self.max_tracks = max_tracks
        self.momentum = momentum
        self.frame_id = 0
        self.last_boxes = Tensor(np.zeros((max_tracks, 4), np.float32))

    def _smooth(self, prev, cur):
        return self.momentum * prev + (1 - self.momentum) * cur

    def construct(self, det_boxes):
        if self.frame_id == 0:
            boxes = det_boxes
        else:
            boxes = self._smooth(self.last_boxes, det_boxes)
        velocity = boxes - self.last_boxes
        self.last_boxes = boxes
        self.frame_id = self.frame_id + 1
        return boxes, velocity


def make():
    np.random.seed(24)
    dets = Tensor((np.random.rand(4, 4) * 30).astype(np.float32))
    return MotionTracker(), (dets,)
