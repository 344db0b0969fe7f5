# case: stride-based frame sampling with the stride computed from the static clip length and the number of samples -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StridedClipSampler(nn.Cell):
    """Takes every stride-th frame so that num_samples frames cover the whole clip, then a 1-D conv."""

    def __init__(self, feat_dim=8, num_samples=4, center=True):
        super().__init__()
        self.num_samples = num_samples
        self.center = center
        self.tconv = nn.Conv1d(feat_dim, feat_dim, 3, pad_mode="same", has_bias=True)

    def sample(self, frames):
        t = frames.shape[1]
        stride = max(t // self.num_samples, 1)
        offset = stride // 2 if self.center else 0
        return frames[:, offset::stride][:, :self.num_samples]

    def construct(self, frames):
        # frames: (B, T, C)
        x = self.sample(frames)
        y = self.tconv(x.transpose(0, 2, 1))
        return y.mean(-1)


def make():
    np.random.seed(28)
    frames = Tensor(np.random.randn(2, 13, 8).astype(np.float32))
    return StridedClipSampler(), (frames,)
