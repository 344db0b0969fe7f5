# case: drops padded (invalid) frames from the clip with boolean indexing latents[valid] where valid = frame_mask > 0 before temporal pooling -> boolean-mask indexing, expected dynamic/error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClipPoolConfig:
    def __init__(self, latent_channels=4, hidden=8, pool="mean"):
        self.latent_channels = latent_channels
        self.hidden = hidden
        self.pool = pool


class ValidFramePooler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.pool = config.pool
        self.proj = nn.Conv2d(config.latent_channels, config.hidden, 1)

    def drop_padded(self, latents, frame_mask=None):
        if frame_mask is None:
            return latents
        valid = frame_mask > 0
        return latents[valid]

    def construct(self, latents, frame_mask=None):
        h = self.proj(self.drop_padded(latents, frame_mask))
        if self.pool == "max":
            return h.max(axis=0)
        return h.mean(axis=0)


def make():
    np.random.seed(37440)
    z = Tensor(np.random.randn(6, 4, 8, 8).astype(np.float32))
    m = Tensor(np.array([1, 1, 1, 1, 0, 0], np.int32))
    return ValidFramePooler(ClipPoolConfig()), (z, m)
