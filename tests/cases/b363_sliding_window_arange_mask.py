# case: Mistral-style causal mask with optional sliding window read via getattr(config, "sliding_window", None), built from arange comparisons and combined with the padding mask -> window is a Python int, shapes from .shape; expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NEG_INF = -1e9


class MistralConfig:
    def __init__(self, sliding_window=3, num_heads=2, head_dim=8):
        self.sliding_window = sliding_window
        self.num_heads = num_heads
        self.head_dim = head_dim


def _make_causal(q_len, kv_len, past_len):
    rows = ops.arange(q_len).reshape(-1, 1) + past_len
    cols = ops.arange(kv_len).reshape(1, -1)
    return rows, cols, cols <= rows


class MaskBuilder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.sliding_window = getattr(config, "sliding_window", None)

    def construct(self, hidden_states, padding_mask=None, past_len=0):
        q_len = hidden_states.shape[1]
        kv_len = q_len + past_len
        rows, cols, allowed = _make_causal(q_len, kv_len, past_len)
        if self.sliding_window is not None:
            allowed = ops.logical_and(allowed, cols > rows - self.sliding_window)
        allowed = allowed.expand_dims(0)
        if padding_mask is not None:
            allowed = ops.logical_and(allowed, padding_mask.astype(ms.bool_).expand_dims(1))
        zeros = ops.zeros(allowed.shape, ms.float32)
        return ops.where(allowed, zeros, zeros + NEG_INF).expand_dims(1)


def make():
    np.random.seed(3642)
    hidden = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    padding = Tensor(np.array([[1, 1, 1, 1, 1, 1], [0, 0, 1, 1, 1, 1]], np.int32))
    return MaskBuilder(MistralConfig()), (hidden, padding)
