# case: temporal sampler takes every n-th frame and crops a fixed window, stride/window from a config object -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass


@dataclass
class ClipSamplingConfig:
    num_frames: int = 4
    frame_stride: int = 2
    temporal_jitter: bool = False
    center_clip: bool = True


def _window_start(total, window, center):
    return (total - window) // 2 if center else 0


class StridedClipSampler(nn.Cell):
    def __init__(self, config: ClipSamplingConfig):
        super().__init__()
        self.num_frames = config.num_frames
        self.frame_stride = config.frame_stride
        self.temporal_jitter = config.temporal_jitter
        self.center_clip = config.center_clip

    def construct(self, video, offsets=None):
        t_total = video.shape[2]
        span = self.num_frames * self.frame_stride
        start = _window_start(t_total, span, self.center_clip)
        clip = video[:, :, start:start + span:self.frame_stride]
        if self.temporal_jitter and offsets is not None:
            clip = clip + offsets.reshape(1, 1, -1, 1, 1)
        return clip


def make():
    np.random.seed(102)
    video = Tensor(np.random.rand(2, 3, 16, 12, 12).astype(np.float32))
    return StridedClipSampler(ClipSamplingConfig()), (video,)
