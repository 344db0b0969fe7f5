# case: top-k pooling over the valid (unpadded) nodes of a padded graph with k = ceil(ratio * valid count) read from the node mask -> data-dependent top-k size
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoolConfig:
    ratio = 0.5
    hidden = 16
    nonlinearity = "tanh"


class TopKPooling(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ratio = config.ratio
        self.proj = nn.Dense(config.hidden, 1, has_bias=False)
        self.act = nn.Tanh() if config.nonlinearity == "tanh" else nn.Sigmoid()

    def num_to_keep(self, node_mask):
        valid = node_mask.sum()
        return int(math.ceil(self.ratio * float(valid)))

    def construct(self, x, node_mask):
        score = self.act(self.proj(x).squeeze(-1))
        score = score * node_mask - (1.0 - node_mask) * 1e4
        k = self.num_to_keep(node_mask)
        vals, perm = ops.topk(score, k)
        return x[perm] * vals[:, None], perm


def make():
    np.random.seed(3463)
    n = 16
    x = Tensor(np.random.randn(n, 16).astype(np.float32))
    mask = np.zeros(n, np.float32)
    mask[:11] = 1.0
    return TopKPooling(PoolConfig()), (x, Tensor(mask))
