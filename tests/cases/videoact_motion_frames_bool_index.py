# case: frames whose mean absolute frame-difference exceeds a threshold are picked with boolean-mask indexing -> dynamic shape at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MotionGatedEncoder(nn.Cell):
    """Encodes only the frames with significant motion (cheap flow proxy: frame differences)."""

    def __init__(self, channels=3, embed_dim=8, motion_thr=0.8):
        super().__init__()
        self.conv = nn.Conv2d(channels, embed_dim, 3, pad_mode="same")
        self.pool = ops.ReduceMean(keep_dims=False)
        self.motion_thr = motion_thr

    def motion_energy(self, video):
        diff = video[1:] - video[:-1]
        energy = ops.abs(diff).mean(axis=(1, 2, 3))
        return ops.concat((energy[:1], energy), axis=0)

    def construct(self, video):
        # video: (T, C, H, W)
        energy = self.motion_energy(video)
        moving = energy > self.motion_thr
        frames = video[moving]
        emb = self.pool(ops.relu(self.conv(frames)), (2, 3))
        return emb.mean(0)


def make():
    np.random.seed(9)
    v = Tensor(np.random.randn(6, 3, 8, 8).astype(np.float32))
    return MotionGatedEncoder(), (v,)
