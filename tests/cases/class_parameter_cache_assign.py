# case: a static KV cache kept in Parameters and updated in construct with ops.assign / slice-free scatter via masks, the graph-friendly near miss to setting attributes; expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class StaticKVCache(nn.Cell):
    def __init__(self, batch=2, max_len=8, hidden=4):
        super().__init__()
        self.max_len = max_len
        self.key_cache = Parameter(Tensor(np.zeros((batch, max_len, hidden), np.float32)),
                                   name="key_cache", requires_grad=False)
        self.k_proj = nn.Dense(hidden, hidden)

    def construct(self, hidden_states, position):
        # hidden_states: (batch, 1, hidden); position: int32 scalar tensor
        k = self.k_proj(hidden_states)
        pos_ids = ops.arange(self.max_len).astype(ms.int32)
        write = (pos_ids == position).astype(k.dtype)[None, :, None]
        new_cache = self.key_cache * (1 - write) + k * write
        ops.assign(self.key_cache, new_cache)
        scores = ops.bmm(k, new_cache.swapaxes(1, 2))
        return ops.softmax(scores, axis=-1)


def make():
    h = Tensor(np.random.randn(2, 1, 4).astype(np.float32))
    return StaticKVCache(), (h, Tensor(3, ms.int32))
