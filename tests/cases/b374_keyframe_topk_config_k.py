# case: highest-motion keyframe selection where k comes from config.num_keyframes (a Python int) clipped by frames.shape[0] -> constant top-k size, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KeyframeSelectConfig:
    def __init__(self, channels=3, hidden=8, num_keyframes=3, normalize_scores=True):
        self.channels = channels
        self.hidden = hidden
        self.num_keyframes = num_keyframes
        self.normalize_scores = normalize_scores


def frame_motion_scores(frames):
    diff = ops.abs(frames[1:] - frames[:-1]).mean(axis=(1, 2, 3))
    return ops.cat((diff[:1], diff), axis=0)


class KeyframeSelector(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.normalize = config.normalize_scores
        self.num_keyframes = getattr(config, "num_keyframes", 2)
        self.embed = nn.Conv2d(config.channels, config.hidden, 3, stride=2, pad_mode="same")

    def construct(self, frames, num_keyframes=None):
        scores = frame_motion_scores(frames)
        if self.normalize:
            scores = scores / (scores.max() + 1e-6)
        k = self.num_keyframes if num_keyframes is None else num_keyframes
        k = min(k, frames.shape[0])
        _, idx = ops.topk(scores, k)
        keyframes = ops.gather(frames, ops.sort(idx)[0], 0)
        return self.embed(keyframes)


def make():
    np.random.seed(37421)
    frames = Tensor(np.random.rand(8, 3, 16, 16).astype(np.float32))
    return KeyframeSelector(KeyframeSelectConfig()), (frames,)
