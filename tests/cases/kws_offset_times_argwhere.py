# case: event offsets in seconds gathered from ops.argwhere on the binarized track -> dynamic shape at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EventHead(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.fc = nn.Dense(dim, 1)

    def construct(self, h):
        return ops.sigmoid(self.fc(h)).squeeze(-1)


class OffsetExtractor(nn.Cell):
    def __init__(self, dim=8, threshold=0.5, hop_s=0.01):
        super().__init__()
        self.head = EventHead(dim)
        self.threshold = threshold
        self.hop_s = hop_s

    def construct(self, h):
        prob = self.head(h)                      # (T,)
        on = (prob > self.threshold).astype(ms.int32)
        nxt = ops.concat((on[1:], ops.zeros((1,), ms.int32)))
        ends = ops.logical_and(on == 1, nxt == 0)
        frame_idx = ops.argwhere(ends)[:, 0]
        return frame_idx.astype(ms.float32) * self.hop_s


def make():
    np.random.seed(19)
    h = np.random.randn(30, 8).astype(np.float32) * 2
    return OffsetExtractor(), (Tensor(h),)
