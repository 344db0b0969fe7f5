# case: low-frame-rate front end stacking neighbouring frames and skipping by a stride from config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def stack_frames(x, left, right):
    b, t, d = x.shape
    padded = ops.pad(x, (0, 0, left, right), mode="replicate")
    windows = [padded[:, i:i + t] for i in range(left + right + 1)]
    return ops.concat(windows, axis=-1)


class LowFrameRate(nn.Cell):
    def __init__(self, feat_dim=10, dim=16, left=3, right=0, stride=3):
        super().__init__()
        self.left = left
        self.right = right
        self.stride = stride
        self.proj = nn.Dense(feat_dim * (left + right + 1), dim)

    def construct(self, feats, feat_lens):
        stacked = stack_frames(feats, self.left, self.right)
        stacked = stacked[:, ::self.stride]
        out_lens = (feat_lens + self.stride - 1) // self.stride
        return self.proj(stacked), out_lens


def make():
    np.random.seed(37)
    feats = Tensor(np.random.randn(2, 17, 10).astype(np.float32))
    lens = Tensor(np.array([17, 12], dtype=np.int32))
    return LowFrameRate(), (feats, lens)
