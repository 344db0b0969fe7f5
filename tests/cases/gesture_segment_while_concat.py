# case: walks frames in a while loop until a tensor end index and concatenates each frame's feature to a growing tensor -> error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentCollector(nn.Cell):
    def __init__(self, feat_dim=42):
        super().__init__()
        self.feat_dim = feat_dim

    def construct(self, keypoints, start, end):
        frames = keypoints.reshape(keypoints.shape[0], self.feat_dim)
        segment = frames[0:1] * 0
        i = start
        while i < end:
            segment = ops.concat((segment, frames[i:i + 1]), axis=0)
            i = i + 1
        return segment[1:]


def make():
    np.random.seed(17)
    kp = Tensor(np.random.randn(20, 21, 2).astype(np.float32))
    return SegmentCollector(), (kp, Tensor(3, ms.int32), Tensor(9, ms.int32))
