# case: decoder-only block that builds its causal mask with np.triu from the runtime sequence length inside construct -> NumPy call in construct (shape-derived size), Graph mode may reject or fall back
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlockConfig:
    def __init__(self, hidden_size=16, intermediate_size=32, layer_norm_eps=1e-5):
        self.hidden_size = hidden_size
        self.intermediate_size = intermediate_size
        self.layer_norm_eps = layer_norm_eps


class CausalBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ln = nn.LayerNorm((config.hidden_size,), epsilon=config.layer_norm_eps)
        self.qkv = nn.Dense(config.hidden_size, 3 * config.hidden_size)
        self.mlp = nn.SequentialCell([nn.Dense(config.hidden_size, config.intermediate_size), nn.GELU(),
                                      nn.Dense(config.intermediate_size, config.hidden_size)])
        self.scale = config.hidden_size ** -0.5

    def construct(self, hidden_states):
        seq_len = hidden_states.shape[1]
        causal = Tensor(np.triu(np.ones((seq_len, seq_len), dtype=np.float32), k=1) * -1e9)
        q, k, v = ops.split(self.qkv(self.ln(hidden_states)), hidden_states.shape[-1], axis=-1)
        scores = ops.matmul(q, k.swapaxes(1, 2)) * self.scale + causal
        hidden_states = hidden_states + ops.matmul(ops.softmax(scores, axis=-1), v)
        return hidden_states + self.mlp(self.ln(hidden_states))


def make():
    np.random.seed(3380)
    cfg = BlockConfig()
    return CausalBlock(cfg), (Tensor(np.random.randn(2, 5, cfg.hidden_size).astype(np.float32)),)
