# case: crops a centred fixed-length clip from the time axis with start computed from x.shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CenterClip(nn.Cell):
    def __init__(self, clip_len=8, frame_stride=2):
        super().__init__()
        self.clip_len = clip_len
        self.frame_stride = frame_stride

    def construct(self, video):
        # video: (B, C, T, H, W)
        t = video.shape[2]
        span = self.clip_len * self.frame_stride
        t0 = max((t - span) // 2, 0)
        clip = video[:, :, t0:t0 + span:self.frame_stride]
        return clip.mean(axis=(3, 4))


def make():
    np.random.seed(44)
    video = Tensor(np.random.randn(1, 3, 24, 4, 4).astype(np.float32))
    return CenterClip(), (video,)
