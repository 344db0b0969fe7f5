# case: add_optional_chunk_mask picks a static chunk size from the config (use_dynamic_chunk=False), so the branch that draws a random chunk and calls int() on it is never taken -> static graph expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChunkConfig:
    def __init__(self, use_dynamic_chunk=False, static_chunk_size=8, num_left_chunks=-1):
        self.use_dynamic_chunk = use_dynamic_chunk
        self.static_chunk_size = static_chunk_size
        self.num_left_chunks = num_left_chunks


def subsequent_chunk_mask(size, chunk_size, num_left_chunks=-1):
    pos = ops.arange(size, dtype=ms.int32)
    chunk_idx = pos // chunk_size
    limit = (chunk_idx + 1) * chunk_size                        # (size,)
    mask = pos.expand_dims(0) < limit.expand_dims(1)
    if num_left_chunks >= 0:
        start = ops.clamp((chunk_idx - num_left_chunks) * chunk_size, min=0)
        mask = ops.logical_and(mask, pos.expand_dims(0) >= start.expand_dims(1))
    return mask


class ChunkMaskBuilder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_dynamic_chunk = config.use_dynamic_chunk
        self.static_chunk_size = config.static_chunk_size
        self.num_left_chunks = config.num_left_chunks

    def construct(self, xs, masks):
        t = xs.shape[1]
        if self.use_dynamic_chunk:
            chunk_size = int(ops.randint(1, t, (1,))[0])
            chunk_masks = subsequent_chunk_mask(t, chunk_size, self.num_left_chunks)
            chunk_masks = ops.logical_and(masks, chunk_masks.expand_dims(0))
        elif self.static_chunk_size > 0:
            chunk_masks = subsequent_chunk_mask(t, self.static_chunk_size, self.num_left_chunks)
            chunk_masks = ops.logical_and(masks, chunk_masks.expand_dims(0))
        else:
            chunk_masks = masks
        return chunk_masks


def make():
    np.random.seed(8)
    xs = Tensor(np.random.randn(2, 24, 32).astype(np.float32))
    lens = np.array([24, 15])
    masks = Tensor((np.arange(24)[None, :] < lens[:, None])[:, None, :])
    return ChunkMaskBuilder(ChunkConfig()), (xs, masks)
