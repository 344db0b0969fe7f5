# case: video frame sampler computes segment indices from the real frame count and deduplicates them with ops.unique -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UniformFrameSampler(nn.Cell):
    def __init__(self, num_segments=8, channels=3, embed_dim=16):
        super().__init__()
        self.num_segments = num_segments
        self.frame_encoder = nn.SequentialCell([nn.Conv2d(channels, embed_dim, 3, stride=2, pad_mode="same"),
                                               nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten()])

    def _segment_indices(self, num_frames):
        steps = ops.arange(self.num_segments, dtype=ms.float32)
        seg_len = num_frames.astype(ms.float32) / self.num_segments
        idx = ops.floor(steps * seg_len + seg_len / 2).astype(ms.int32)
        return ops.minimum(idx, num_frames - 1)

    def construct(self, video, num_frames):
        # video: (T, C, H, W) padded to T frames; short clips repeat indices
        idx = self._segment_indices(num_frames)
        idx, _ = ops.unique(idx)
        frames = ops.gather(video, idx, 0)
        feats = self.frame_encoder(frames)
        return feats.mean(axis=0)


def make():
    np.random.seed(13)
    video = Tensor(np.random.randn(16, 3, 16, 16).astype(np.float32))
    num_frames = Tensor(np.array(5, dtype=np.int32))
    return UniformFrameSampler(), (video, num_frames)
