# case: a @ms.jit_class sampling config object held by the Cell and only read in construct to pick sampling indices -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class SamplingConfig:
    def __init__(self, num_frames=4, dense=False, temporal_jitter=0):
        self.num_frames = num_frames
        self.dense = dense
        self.temporal_jitter = temporal_jitter


class ConfiguredVideoClassifier(nn.Cell):
    """SlowFast-like slow pathway input: sparse uniform or dense consecutive frames, per config."""

    def __init__(self, feat_dim=10, num_classes=4, cfg=None):
        super().__init__()
        self.cfg = cfg if cfg is not None else SamplingConfig()
        self.fc = nn.Dense(feat_dim, num_classes)

    def sample(self, frames):
        t = frames.shape[1]
        if self.cfg.dense:
            return frames[:, :self.cfg.num_frames]
        step = t // self.cfg.num_frames
        return frames[:, ::step][:, :self.cfg.num_frames]

    def construct(self, frames):
        clip = self.sample(frames)
        return self.fc(clip.mean(axis=1))


def make():
    np.random.seed(38)
    frames = Tensor(np.random.randn(2, 12, 10).astype(np.float32))
    return ConfiguredVideoClassifier(), (frames,)
