# case: keyframe extractor finds shot-boundary frames where the frame difference exceeds a threshold via ops.nonzero and gathers them -> nonzero gives data-dependent length, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def frame_difference(clip):
    # clip: (T, C, H, W)
    d = ops.abs(clip[1:] - clip[:-1]).mean(axis=(1, 2, 3))
    return ops.concat((ops.ones((1,), d.dtype), d))


class KeyframeExtractor(nn.Cell):
    def __init__(self, threshold=0.25, embed_dim=8, always_keep_first=True):
        super().__init__()
        self.threshold = threshold
        self.always_keep_first = always_keep_first
        self.embed = nn.Conv2d(3, embed_dim, 4, stride=4, pad_mode="valid")

    def construct(self, clip):
        diff = frame_difference(clip)
        is_key = diff > self.threshold
        if self.always_keep_first:
            is_key[0] = True
        key_idx = ops.nonzero(is_key).reshape(-1)
        keyframes = ops.gather(clip, key_idx, 0)
        return self.embed(keyframes).mean(axis=(2, 3))


def make():
    np.random.seed(114)
    shots = [np.random.rand(1, 3, 16, 16).astype(np.float32) for _ in range(3)]
    clip = np.concatenate([shots[0]] * 3 + [shots[1]] * 3 + [shots[2]] * 2, axis=0)
    return KeyframeExtractor(), (Tensor(clip),)
