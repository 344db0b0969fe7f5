# case: video restoration front-end accepts either a stacked clip tensor or a tuple of frames (isinstance guard), fuses the neighbouring frames with a center-frame residual -> Python-level type dispatch on a tuple input, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VSRConfig:
    def __init__(self, num_frames=3, num_feat=8, center_frame_idx=None):
        self.num_frames = num_frames
        self.num_feat = num_feat
        self.center_frame_idx = center_frame_idx


class EarlyFusion(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_frames = config.num_frames
        self.center = config.num_frames // 2 if config.center_frame_idx is None else config.center_frame_idx
        self.fuse = nn.Conv2d(3 * config.num_frames, config.num_feat, 3, pad_mode="same", has_bias=True)
        self.out = nn.Conv2d(config.num_feat, 3, 3, pad_mode="same", has_bias=True)

    def _as_clip(self, frames):
        if isinstance(frames, (list, tuple)):
            return ops.stack([f for f in frames], axis=1)
        return frames

    def construct(self, frames):
        clip = self._as_clip(frames)
        b, t, c, h, w = clip.shape
        center = clip[:, self.center]
        feat = ops.relu(self.fuse(clip.reshape(b, t * c, h, w)))
        return center + self.out(feat)


def make():
    np.random.seed(38)
    frames = tuple(Tensor(np.random.rand(1, 3, 6, 6).astype(np.float32)) for _ in range(3))
    return EarlyFusion(VSRConfig()), (frames,)
