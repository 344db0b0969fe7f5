# case: boundary-growing loop extends a proposal frame by frame while actionness stays high, concatenating frames each iteration -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeedGrowingLocalizer(nn.Cell):
    """Starts from the peak actionness frame and grows the segment to the right."""

    def __init__(self, feat_dim=8, grow_thr=0.3):
        super().__init__()
        self.head = nn.Dense(feat_dim, 1)
        self.grow_thr = grow_thr

    def construct(self, feats):
        act = ops.sigmoid(self.head(feats)).reshape(-1)
        t = act.argmax()
        segment = feats[t:t + 1]
        nxt = t + 1
        num_frames = feats.shape[0]
        while nxt < num_frames and act[nxt] > self.grow_thr:
            segment = ops.concat((segment, feats[nxt:nxt + 1]), axis=0)
            nxt = nxt + 1
        return segment.mean(0), nxt - t


def make():
    np.random.seed(11)
    feats = Tensor(np.random.randn(10, 8).astype(np.float32))
    return SeedGrowingLocalizer(), (feats,)
