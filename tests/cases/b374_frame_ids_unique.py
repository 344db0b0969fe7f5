# case: sampler deduplicates the requested frame indices with ops.unique before gathering latents for interpolation -> output length depends on data, expected dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SamplerConfig:
    def __init__(self, latent_channels=4, dedup=True):
        self.latent_channels = latent_channels
        self.dedup = dedup


class FrameGatherer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.dedup = config.dedup
        self.proj = nn.Conv2d(config.latent_channels, config.latent_channels, 1)

    def _indices(self, frame_ids):
        if self.dedup:
            frame_ids, _ = ops.unique(frame_ids)
        return frame_ids

    def construct(self, latents, frame_ids):
        idx = self._indices(frame_ids)
        picked = ops.gather(latents, idx, 0)
        return self.proj(picked)


def make():
    np.random.seed(37417)
    latents = Tensor(np.random.randn(8, 4, 8, 8).astype(np.float32))
    ids = Tensor(np.array([0, 2, 2, 5, 7, 7], np.int32))
    return FrameGatherer(SamplerConfig()), (latents, ids)
