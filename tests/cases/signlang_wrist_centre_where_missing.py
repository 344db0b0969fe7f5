# case: centres hand keypoints on the wrist, using ops.where to keep zeros for frames with missing detections -> elementwise select, static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WristCentre(nn.Cell):
    def __init__(self, wrist_idx=0, min_conf=0.2):
        super().__init__()
        self.wrist_idx = wrist_idx
        self.min_conf = min_conf

    def construct(self, hand):
        # hand: (T, 21, 3) -> (x, y, conf)
        xy = hand[..., :2]
        conf = hand[..., 2:]
        wrist = xy[:, self.wrist_idx:self.wrist_idx + 1, :]
        centred = xy - wrist
        detected = conf[:, self.wrist_idx:self.wrist_idx + 1, :] > self.min_conf
        detected = ops.broadcast_to(detected, centred.shape)
        return ops.where(detected, centred, ops.zeros_like(centred))


def make():
    np.random.seed(31)
    hand = np.random.rand(6, 21, 3).astype(np.float32)
    hand[2, :, 2] = 0.0
    return WristCentre(), (Tensor(hand),)
