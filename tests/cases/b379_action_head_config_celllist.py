# case: policy action head picked in __init__ from config.head_type ("mlp" or "gmm"), MLP built as an nn.CellList zipped with LayerNorms and walked with enumerate -> structure fixed at build time, expect Graph mode to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PolicyConfig:
    def __init__(self, hidden=32, action_dim=7, n_layers=3, head_type="mlp", n_modes=5, dropout=0.0):
        self.hidden = hidden
        self.action_dim = action_dim
        self.n_layers = n_layers
        self.head_type = head_type
        self.n_modes = n_modes
        self.dropout = dropout


class MLPHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layers = nn.CellList([nn.Dense(config.hidden, config.hidden) for _ in range(config.n_layers)])
        self.norms = nn.CellList([nn.LayerNorm((config.hidden,)) for _ in range(config.n_layers)])
        self.out = nn.Dense(config.hidden, config.action_dim)

    def construct(self, h):
        for i, (layer, norm) in enumerate(zip(self.layers, self.norms)):
            residual = h if i > 0 else 0
            h = ops.relu(norm(layer(h))) + residual
        return self.out(h)


class GMMHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.n_modes = config.n_modes
        self.action_dim = config.action_dim
        self.proj = nn.Dense(config.hidden, config.n_modes * (2 * config.action_dim + 1))

    def construct(self, h):
        p = self.proj(h)
        logits = p[..., :self.n_modes]
        mus = p[..., self.n_modes:].view(h.shape[0], self.n_modes, 2, self.action_dim)[:, :, 0]
        w = ops.softmax(logits, axis=-1).expand_dims(-1)
        return (w * mus).sum(axis=1)


HEADS = {"mlp": MLPHead, "gmm": GMMHead}


class Policy(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.head = HEADS[config.head_type](config)

    def construct(self, h):
        return ops.tanh(self.head(h))


def make():
    np.random.seed(12)
    return Policy(PolicyConfig()), (Tensor(np.random.randn(4, 32).astype(np.float32)),)
