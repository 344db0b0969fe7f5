# case: KV-cache decoder step prints an f-string containing the cache length tensor and the attention entropy when verbose=True is passed by the caller -> f-string formatting a tensor in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecodeConfig:
    def __init__(self, hidden_size=32, num_heads=4, verbose=False):
        self.hidden_size = hidden_size
        self.num_heads = num_heads
        self.verbose = verbose


def attention_entropy(probs):
    return -(probs * ops.log(probs + 1e-9)).sum(axis=-1).mean()


class CachedDecoderStep(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.verbose = config.verbose
        self.num_heads = config.num_heads
        self.head_dim = config.hidden_size // config.num_heads
        self.q = nn.Dense(config.hidden_size, config.hidden_size)
        self.kv = nn.Dense(config.hidden_size, 2 * config.hidden_size)

    def _heads(self, x):
        return x.reshape(x.shape[0], -1, self.num_heads, self.head_dim).transpose(0, 2, 1, 3)

    def construct(self, token_states, key_cache, value_cache, cache_len):
        q = self._heads(self.q(token_states))
        k_new, v_new = ops.chunk(self.kv(token_states), 2, axis=-1)
        keys = ops.cat((key_cache, self._heads(k_new)), axis=2)
        values = ops.cat((value_cache, self._heads(v_new)), axis=2)
        probs = ops.softmax(ops.matmul(q, keys.swapaxes(-1, -2)) / self.head_dim ** 0.5, axis=-1)
        if self.verbose:
            print(f"decode step: cache_len={cache_len}, entropy={attention_entropy(probs)}")
        out = ops.matmul(probs, values).transpose(0, 2, 1, 3).reshape(token_states.shape)
        return out, keys, values, cache_len + 1


def make():
    np.random.seed(30)
    step = CachedDecoderStep(DecodeConfig(verbose=True))
    tok = Tensor(np.random.randn(1, 1, 32).astype(np.float32))
    kc = Tensor(np.random.randn(1, 4, 5, 8).astype(np.float32))
    vc = Tensor(np.random.randn(1, 4, 5, 8).astype(np.float32))
    return step, (tok, kc, vc, Tensor(5, ms.int32))
