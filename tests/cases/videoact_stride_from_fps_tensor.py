# case: frame stride derived from the clip's fps passed as a tensor, then used as a slice step -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FpsNormalizedSampler(nn.Cell):
    """Samples frames at a fixed target rate regardless of the source video fps."""

    def __init__(self, target_fps=4, feat_dim=10):
        super().__init__()
        self.target_fps = target_fps
        self.temporal = nn.Conv1d(feat_dim, feat_dim, 3, pad_mode="same")

    def sample_stride(self, fps):
        return ops.maximum(fps // self.target_fps, 1)

    def construct(self, frames, fps):
        # frames: (T, C), fps: int32 scalar tensor
        stride = self.sample_stride(fps)
        sampled = frames[::stride]
        h = self.temporal(sampled.T.expand_dims(0))
        return h.squeeze(0).mean(-1)


def make():
    np.random.seed(10)
    frames = Tensor(np.random.randn(16, 10).astype(np.float32))
    fps = Tensor(8, ms.int32)
    return FpsNormalizedSampler(), (frames, fps)
