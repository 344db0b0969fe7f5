# case: dense frame sampler builds an index range with ops.arange up to the clip's real frame count tensor -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DenseFrameSampler(nn.Cell):
    def __init__(self, stride=2, channels=3, dim=8):
        super().__init__()
        self.stride = stride
        self.proj = nn.Conv2d(channels, dim, 1)

    def _encode(self, frames):
        return self.proj(frames).mean(axis=(2, 3))

    def construct(self, video, valid_frames):
        # video: (T, C, H, W) zero padded at the end
        start = Tensor(0, ms.int32)
        idx = ops.arange(start, valid_frames, self.stride)
        sampled = video[idx]
        feats = self._encode(sampled)
        return feats.max(axis=0)


def make():
    np.random.seed(21)
    video = Tensor(np.random.randn(12, 3, 8, 8).astype(np.float32))
    valid = Tensor(np.array(9, dtype=np.int32))
    return DenseFrameSampler(), (video, valid)
