# case: picks the highest-motion frames as keyframes with ops.topk, where k = int(num_keyframes) comes in as a Tensor from the batch -> top-k size from tensor value, expected error/dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KeyframeSelectConfig:
    def __init__(self, channels=3, hidden=8, normalize_scores=True):
        self.channels = channels
        self.hidden = hidden
        self.normalize_scores = normalize_scores


def frame_motion_scores(frames):
    diff = ops.abs(frames[1:] - frames[:-1]).mean(axis=(1, 2, 3))
    return ops.cat((diff[:1], diff), axis=0)


class KeyframeSelector(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.normalize = config.normalize_scores
        self.embed = nn.Conv2d(config.channels, config.hidden, 3, stride=2, pad_mode="same")

    def construct(self, frames, num_keyframes):
        scores = frame_motion_scores(frames)
        if self.normalize:
            scores = scores / (scores.max() + 1e-6)
        k = int(num_keyframes)
        _, idx = ops.topk(scores, k)
        keyframes = ops.gather(frames, ops.sort(idx)[0], 0)
        return self.embed(keyframes)


def make():
    np.random.seed(37420)
    frames = Tensor(np.random.rand(8, 3, 16, 16).astype(np.float32))
    return KeyframeSelector(KeyframeSelectConfig()), (frames, Tensor(3, ms.int32))
