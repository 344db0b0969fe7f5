# case: skips leading frames without a hand detection with a while loop on tensor confidences, then slices the clip from that tensor index -> slice start from loop-computed tensor, dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LeadingGapRemover(nn.Cell):
    def __init__(self, thresh=0.5):
        super().__init__()
        self.thresh = thresh

    def construct(self, clip, hand_conf):
        # clip: (T, J, 3), hand_conf: (T,)
        t = 0
        last = hand_conf.shape[0] - 1
        while hand_conf[t] < self.thresh and t < last:
            t = t + 1
        active = clip[t:]
        return active.mean(axis=0)


def make():
    np.random.seed(26)
    clip = Tensor(np.random.randn(9, 21, 3).astype(np.float32))
    conf = Tensor(np.array([0.1, 0.2, 0.3, 0.9, 0.8, 0.7, 0.9, 0.6, 0.8], np.float32))
    return LeadingGapRemover(), (clip, conf)
