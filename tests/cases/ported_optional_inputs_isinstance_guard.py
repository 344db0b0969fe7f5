# case: decoder layer with None-default position_ids/past_state and isinstance(past_state, tuple) guards -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderLayer(nn.Cell):
    def __init__(self, dim=8, max_positions=16, use_positions=True):
        super().__init__()
        self.pos_embed = nn.Embedding(max_positions, dim)
        self.mix = nn.Dense(dim * 2, dim)
        self.use_positions = use_positions

    def _positions(self, x, position_ids=None, offset=0):
        if position_ids is None:
            position_ids = ops.arange(offset, offset + x.shape[1], dtype=ms.int32)
            position_ids = position_ids.unsqueeze(0).broadcast_to((x.shape[0], -1))
        return self.pos_embed(position_ids)

    def construct(self, x, past_state=None, position_ids=None):
        offset = 0
        memory = ops.zeros_like(x)
        if isinstance(past_state, (tuple, list)):
            memory = past_state[0]
            offset = past_state[1]
        elif past_state is not None:
            memory = past_state
        if self.use_positions:
            x = x + self._positions(x, position_ids, offset)
        out = self.mix(ops.cat([x, memory], -1))
        return out, (out, offset + x.shape[1])


def make():
    np.random.seed(29)
    x = np.random.randn(2, 4, 8).astype(np.float32)
    mem = np.random.randn(2, 4, 8).astype(np.float32)
    return DecoderLayer(), (Tensor(x), (Tensor(mem), 3))
