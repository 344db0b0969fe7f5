# case: streaming conformer front that walks the utterance chunk by chunk with `while offset < length` (length a tensor) and appends chunk outputs to a list -> Graph mode should reject or go dynamic (loop count and list from data)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StreamingConfig:
    chunk_size = 8
    d_model = 24
    use_layer_norm = True


class ChunkEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.chunk_size = config.chunk_size
        self.ff = nn.Dense(config.d_model, config.d_model)
        self.norm = nn.LayerNorm((config.d_model,)) if config.use_layer_norm else None

    def _encode_chunk(self, chunk):
        h = ops.relu(self.ff(chunk))
        if self.norm is not None:
            h = self.norm(h)
        return h

    def construct(self, x, length):
        outs = []
        offset = 0
        while offset < length:
            chunk = x[:, offset:offset + self.chunk_size, :]
            outs.append(self._encode_chunk(chunk))
            offset = offset + self.chunk_size
        return ops.concat(outs, axis=1)


def make():
    np.random.seed(3306)
    net = ChunkEncoder(StreamingConfig())
    x = Tensor(np.random.randn(1, 40, 24).astype(np.float32))
    length = Tensor(32, ms.int32)
    return net, (x, length)
