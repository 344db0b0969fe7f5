# case: dynamic-chunk training draws a chunk size with ops.randint and builds the chunk mask row by row with ret[i, start:ending] = True where ending comes from that chunk size -> slice bounds from tensor data, dynamic or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StreamingConfig:
    use_dynamic_chunk = True
    use_dynamic_left_chunk = False
    decoding_chunk_size = 0


def subsequent_chunk_mask(size, chunk_size):
    ret = ops.zeros((size, size), ms.bool_)
    for i in range(size):
        ending = ops.minimum((i // chunk_size + 1) * chunk_size, size)
        ret[i, 0:ending] = True
    return ret


class DynamicChunkMask(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_dynamic_chunk = config.use_dynamic_chunk
        self.decoding_chunk_size = config.decoding_chunk_size

    def _draw_chunk_size(self, max_len):
        chunk_size = ops.randint(1, max_len, (1,))[0]
        if chunk_size > max_len // 2:
            chunk_size = ops.full_like(chunk_size, max_len)
        else:
            chunk_size = chunk_size % 8 + 1
        return chunk_size

    def construct(self, xs, masks):
        max_len = xs.shape[1]
        if self.use_dynamic_chunk and self.training:
            chunk_size = self._draw_chunk_size(max_len)
            chunk_masks = subsequent_chunk_mask(max_len, chunk_size)
            return ops.logical_and(masks, chunk_masks.expand_dims(0))
        return masks


def make():
    np.random.seed(9)
    net = DynamicChunkMask(StreamingConfig())
    net.set_train(True)
    xs = Tensor(np.random.randn(2, 16, 32).astype(np.float32))
    masks = Tensor(np.ones((2, 1, 16), dtype=np.bool_))
    return net, (xs, masks)
