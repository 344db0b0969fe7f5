# case: an attention layer that stores the current key/value tensors as new attributes (self.cached_key = k) inside construct, the PyTorch habit for caching; STRICT fails with no attribute 'cached_key', LAX accepts it through the fallback and the assignments are reported dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CachingAttention(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.k_proj = nn.Dense(hidden, hidden)
        self.v_proj = nn.Dense(hidden, hidden)
        self.use_cache = True

    def construct(self, query, hidden_states):
        k = self.k_proj(hidden_states)
        v = self.v_proj(hidden_states)
        if self.use_cache:
            self.cached_key = k
            self.cached_value = v
        scores = ops.matmul(query, k.swapaxes(-1, -2))
        return ops.matmul(ops.softmax(scores, axis=-1), v)


def make():
    q = Tensor(np.random.randn(2, 1, 8).astype(np.float32))
    h = Tensor(np.random.randn(2, 4, 8).astype(np.float32))
    return CachingAttention(), (q, h)


if __name__ == "__main__":
    net, args = make()
    print(net(*args).shape)
