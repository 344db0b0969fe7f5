# case: counts frames with a missing hand by writing to a self attribute inside construct as a running statistic -> error or unsupported side effect in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MissingHandTracker(nn.Cell):
    def __init__(self, presence_thr=0.5):
        super().__init__()
        self.presence_thr = presence_thr
        self.missing_frames = 0
        self.total_frames = 0

    def construct(self, keypoints, presence):
        missing = (presence < self.presence_thr).astype(ms.int32).sum()
        self.missing_frames = self.missing_frames + missing
        self.total_frames = self.total_frames + keypoints.shape[0]
        ratio = self.missing_frames / self.total_frames
        return keypoints * (1.0 - ratio)


def make():
    np.random.seed(20)
    kp = Tensor(np.random.randn(8, 21, 3).astype(np.float32))
    pres = Tensor(np.random.rand(8).astype(np.float32))
    return MissingHandTracker(), (kp, pres)
