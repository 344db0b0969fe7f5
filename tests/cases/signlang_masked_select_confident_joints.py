# case: keeps only keypoint coordinates whose detector confidence exceeds a threshold via ops.masked_select -> dynamic-shape output in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConfidentJointStats(nn.Cell):
    def __init__(self, conf_thresh=0.5):
        super().__init__()
        self.conf_thresh = conf_thresh

    def construct(self, keypoints):
        # keypoints: (T, J, 3) with (x, y, conf)
        xy = keypoints[..., :2]
        conf = keypoints[..., 2:3]
        mask = ops.broadcast_to(conf > self.conf_thresh, xy.shape)
        kept = ops.masked_select(xy, mask)
        return kept.mean(), kept.std()


def make():
    np.random.seed(1)
    kp = np.random.rand(8, 21, 3).astype(np.float32)
    return ConfidentJointStats(), (Tensor(kp),)
