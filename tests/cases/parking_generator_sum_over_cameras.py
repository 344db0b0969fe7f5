# case: total occupied detections summed over cameras with a generator expression in construct -> generator in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiCameraCounter(nn.Cell):
    def __init__(self, num_cameras=4, conf=0.5):
        super().__init__()
        self.num_cameras = num_cameras
        self.conf = conf

    def construct(self, scores):
        # scores: (cameras, slots)
        total = sum((scores[c] > self.conf).astype(ms.float32).sum() for c in range(self.num_cameras))
        return total / self.num_cameras


def make():
    np.random.seed(25)
    scores = Tensor(np.random.rand(4, 18).astype(np.float32))
    return MultiCameraCounter(), (scores,)
