# case: weight-shared elastic depth unrolls one block while step < depth, where depth comes from argmax of depth logits, and collects every intermediate into a list that is stacked at the end -> expected error or dynamic (data-dependent loop growing a list)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class DepthSearchConfig:
    hidden = 16
    max_depth = 4
    aggregate = "mean"


class SharedBlock(nn.Cell):
    def __init__(self, hidden):
        super().__init__()
        self.fc = nn.Dense(hidden, hidden)
        self.norm = nn.LayerNorm((hidden,))

    def construct(self, x):
        return self.norm(x + ops.tanh(self.fc(x)))


class ElasticDepthEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.block = SharedBlock(config.hidden)
        self.aggregate = config.aggregate
        self.depth_logits = Parameter(Tensor(np.random.randn(config.max_depth).astype(np.float32)), name="depth_logits")

    def construct(self, x):
        depth = ops.argmax(self.depth_logits) + 1
        feats = []
        step = 0
        while step < depth:
            x = self.block(x)
            feats.append(x)
            step += 1
        stacked = ops.stack(feats)
        if self.aggregate == "mean":
            return stacked.mean(axis=0)
        return stacked[-1]


def make():
    np.random.seed(3780)
    cell = ElasticDepthEncoder(DepthSearchConfig())
    x = Tensor(np.random.randn(2, 16).astype(np.float32))
    return cell, (x,)
