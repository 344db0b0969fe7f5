# case: pads a gesture segment up to a target length by building zeros of size int(target - T) from a tensor value -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentPadder(nn.Cell):
    def __init__(self, feat_dim=42):
        super().__init__()
        self.feat_dim = feat_dim

    def construct(self, segment, target_len):
        t = segment.shape[0]
        frames = segment.reshape(t, self.feat_dim)
        pad_len = int(target_len - t)
        pad = ops.zeros((pad_len, self.feat_dim), ms.float32)
        return ops.concat((frames, pad), axis=0)


class PaddedSegmentNet(nn.Cell):
    def __init__(self):
        super().__init__()
        self.padder = SegmentPadder()
        self.fc = nn.Dense(42, 6)

    def construct(self, segment, target_len):
        padded = self.padder(segment, target_len)
        return self.fc(padded)


def make():
    np.random.seed(27)
    seg = Tensor(np.random.randn(7, 21, 2).astype(np.float32))
    return PaddedSegmentNet(), (seg, Tensor(12, ms.int32))
