# case: jit-compiled uniform temporal sampling gathers NUM_SAMPLES frame indices precomputed with np.linspace at module level, then resizes them spatially -> constant indices, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SOURCE_FRAMES = 30
NUM_SAMPLES = 8
_UNIFORM_IDX = Tensor(np.linspace(0, SOURCE_FRAMES - 1, NUM_SAMPLES).round().astype(np.int32))


def _center_crop(frames, size):
    h, w = frames.shape[-2], frames.shape[-1]
    top, left = (h - size) // 2, (w - size) // 2
    return frames[..., top:top + size, left:left + size]


@ms.jit
def sample_uniform_clip(video, crop_size=12):
    # video: (C, T, H, W) decoded frames
    clip = ops.gather(video, _UNIFORM_IDX, 1)
    clip = _center_crop(clip, crop_size)
    return clip.astype(ms.float32) / 255.0


def make():
    np.random.seed(138)
    video = Tensor(np.random.randint(0, 256, (3, SOURCE_FRAMES, 16, 16)).astype(np.uint8))
    return sample_uniform_clip, (video,)
