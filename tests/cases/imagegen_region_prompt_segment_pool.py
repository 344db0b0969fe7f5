# case: regional prompting pools latent tokens per region with unsorted_segment_sum where num_segments is max(region_id)+1 from data -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RegionProjector(nn.Cell):
    def __init__(self, dim=4, ctx_dim=8):
        super().__init__()
        self.proj = nn.Dense(dim, ctx_dim)

    def construct(self, x):
        return self.proj(x)


class RegionalPromptPool(nn.Cell):
    def __init__(self, channels=4, ctx_dim=8):
        super().__init__()
        self.projector = RegionProjector(channels, ctx_dim)
        self.channels = channels

    def _pool_regions(self, tokens, region_ids):
        num_regions = region_ids.max() + 1
        sums = ops.unsorted_segment_sum(tokens, region_ids, num_regions)
        counts = ops.unsorted_segment_sum(ops.ones_like(tokens[:, :1]), region_ids, num_regions)
        return sums / ops.maximum(counts, 1.0)

    def construct(self, latents, region_map, region_ctx):
        tokens = latents.reshape(self.channels, -1).T
        region_ids = region_map.reshape(-1)
        pooled = self._pool_regions(tokens, region_ids)
        region_emb = self.projector(pooled)
        scores = (region_emb * region_ctx[:region_emb.shape[0]]).sum(axis=-1)
        return ops.softmax(scores, axis=0)


def make():
    np.random.seed(15)
    latents = Tensor(np.random.randn(1, 4, 4, 4).astype(np.float32))
    region_map = np.zeros((4, 4), np.int32)
    region_map[:, 2:] = 1
    region_map[3, :] = 2
    ctx = Tensor(np.random.randn(4, 8).astype(np.float32))
    return RegionalPromptPool(), (latents, Tensor(region_map), ctx)
