# case: confident-clip early exit returns only the first half of the frames when the max class prob is high, else all frames -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveFrameEncoder(nn.Cell):
    """Adaptive inference: processes fewer frames for easy videos."""

    def __init__(self, feat_dim=16, num_classes=4, exit_thr=0.3):
        super().__init__()
        self.glimpse = nn.Dense(feat_dim, num_classes)
        self.encoder = nn.Dense(feat_dim, feat_dim)
        self.exit_thr = exit_thr

    def glimpse_confidence(self, frames):
        coarse = frames[::4].mean(0)
        return ops.softmax(self.glimpse(coarse), axis=-1).max()

    def encode(self, frames):
        return ops.tanh(self.encoder(frames))

    def construct(self, frames):
        # frames: (T, C) - returns per-frame embeddings of the frames that were processed
        conf = self.glimpse_confidence(frames)
        half = frames.shape[0] // 2
        if conf > self.exit_thr:
            out = self.encode(frames[:half])
        else:
            out = self.encode(frames)
        return out


def make():
    np.random.seed(16)
    frames = Tensor(np.random.randn(8, 16).astype(np.float32))
    return AdaptiveFrameEncoder(), (frames,)
