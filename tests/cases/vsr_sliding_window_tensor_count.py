# case: sliding-window VSR that keeps only the first num_frames frames, num_frames passed as a tensor and used as a slice bound -> dynamic shape or error from slicing with a tensor bound
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WindowFusion(nn.Cell):
    def __init__(self, ch=3, mid=8):
        super().__init__()
        self.embed = nn.Conv2d(ch, mid, 3, pad_mode="same")
        self.out = nn.Conv2d(mid, ch, 3, pad_mode="same")

    def construct(self, clip, num_frames):
        # clip: (T, C, H, W); only the first num_frames are valid (padded batch)
        valid = clip[:num_frames]
        feats = self.embed(valid)
        fused = feats.mean(axis=0, keep_dims=True)
        return self.out(fused)


def make():
    np.random.seed(5)
    clip = Tensor(np.random.rand(7, 3, 8, 8).astype(np.float32))
    n = Tensor(5, ms.int32)
    return WindowFusion(), (clip, n)
