# case: onset/offset decoding returned as fixed-size float masks from shifted binarized frames -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OnsetOffsetMasks(nn.Cell):
    def __init__(self, threshold=0.5):
        super().__init__()
        self.threshold = threshold

    def construct(self, probs):
        # probs: (batch, frames, classes)
        active = (probs > self.threshold).astype(ms.float32)
        b, t, c = probs.shape
        pad = ops.zeros((b, 1, c), ms.float32)
        prev = ops.concat((pad, active[:, :-1, :]), axis=1)
        nxt = ops.concat((active[:, 1:, :], pad), axis=1)
        onset = ops.relu(active - prev)
        offset = ops.relu(active - nxt)
        n_events = onset.sum(axis=1)
        return onset, offset, n_events


def make():
    np.random.seed(3)
    probs = Tensor(np.random.rand(2, 25, 4).astype(np.float32))
    return OnsetOffsetMasks(), (probs,)
