# case: a tensor-conditioned branch downsamples through a stride-2 convolution, the result used after
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaybeDown(nn.Cell):
    def __init__(self, ch=8, thresh=0.3):
        super().__init__()
        self.enc = nn.Conv2d(3, ch, 3, pad_mode="same")
        self.down = nn.Conv2d(ch, ch, 3, 2, pad_mode="same")
        self.thresh = thresh

    def construct(self, x):
        feats = ops.relu(self.enc(x))
        if feats.mean() > self.thresh:
            feats = ops.relu(self.down(feats))
        return feats * 2.0


def make():
    np.random.seed(26)
    return MaybeDown(), (Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32)),)
