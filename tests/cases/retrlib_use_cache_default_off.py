# case: reranker has a use_cache flag that would stash past query states on self, but config.use_cache stays False -> branch never taken, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RerankerConfig:
    def __init__(self, hidden_size=16, num_layers=2, use_cache=False, dropout=0.1):
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.use_cache = use_cache
        self.dropout = dropout


class RerankerBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ff = nn.Dense(config.hidden_size, config.hidden_size)
        self.norm = nn.LayerNorm((config.hidden_size,))
        self.drop = nn.Dropout(p=config.dropout)

    def construct(self, x):
        return self.norm(x + self.drop(ops.gelu(self.ff(x))))


class PairwiseReranker(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_cache = config.use_cache
        self.blocks = nn.CellList([RerankerBlock(config) for _ in range(config.num_layers)])
        self.classifier = nn.Dense(config.hidden_size, 1)
        self.past_states = None

    def construct(self, pair_hidden):
        h = pair_hidden
        for block in self.blocks:
            h = block(h)
        if self.use_cache:
            self.past_states = h
        return self.classifier(h[:, 0]).squeeze(-1)


def make():
    np.random.seed(14)
    x = Tensor(np.random.randn(6, 10, 16).astype(np.float32))
    net = PairwiseReranker(RerankerConfig())
    net.set_train(False)
    return net, (x,)
