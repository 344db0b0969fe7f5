# case: a debug branch calling .asnumpy() under config.debug, the only build passing a config made with debug=True -> the branch is live: LAX falls back, STRICT rejects
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeitConfig:
    def __init__(self, hidden_size=16, num_attention_heads=2, debug=False):
        self.hidden_size = hidden_size
        self.num_attention_heads = num_attention_heads
        self.debug = debug


class BeitSelfAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.h = config.num_attention_heads
        self.d = config.hidden_size // config.num_attention_heads
        self.debug = config.debug
        self.query = nn.Dense(config.hidden_size, config.hidden_size)
        self.key = nn.Dense(config.hidden_size, config.hidden_size, has_bias=False)
        self.value = nn.Dense(config.hidden_size, config.hidden_size)

    def _log_stats(self, probs):
        arr = probs.asnumpy()
        print("attention entropy", float(-(arr * np.log(arr + 1e-9)).sum(-1).mean()))

    def _heads(self, x):
        return x.reshape(x.shape[0], x.shape[1], self.h, self.d).transpose(0, 2, 1, 3)

    def construct(self, hidden_states, relative_position_bias=None):
        q, k, v = self._heads(self.query(hidden_states)), self._heads(self.key(hidden_states)), self._heads(self.value(hidden_states))
        scores = ops.matmul(q, k.swapaxes(-1, -2)) / (self.d ** 0.5)
        if relative_position_bias is not None:
            scores = scores + relative_position_bias
        probs = ops.softmax(scores, axis=-1)
        if self.debug:
            self._log_stats(probs)
        ctx = ops.matmul(probs, v).transpose(0, 2, 1, 3)
        return ctx.reshape(ctx.shape[0], ctx.shape[1], -1)


def make():
    np.random.seed(51)
    attn = BeitSelfAttention(BeitConfig(debug=True))
    x = Tensor(np.random.randn(2, 5, 16).astype(np.float32))
    return attn, (x,)
