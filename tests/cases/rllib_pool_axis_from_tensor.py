# case: set-based value head pools entity embeddings over an axis that arrives as a tensor argument converted with int() -> reduce axis taken from tensor values should fail or fall back in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def pool_entities(x, axis, mode="mean"):
    if mode == "max":
        return ops.amax(x, axis)
    return x.mean(axis)


class EntityValueHead(nn.Cell):
    def __init__(self, entity_dim, hidden=24, pool_mode="mean"):
        super().__init__()
        self.pool_mode = pool_mode
        self.embed = nn.Dense(entity_dim, hidden)
        self.out = nn.Dense(hidden, 1)

    def construct(self, entities, pool_axis):
        h = ops.relu(self.embed(entities))
        pooled = pool_entities(h, int(pool_axis), self.pool_mode)
        return self.out(pooled).squeeze(-1)


def make():
    np.random.seed(73)
    entities = Tensor(np.random.randn(3, 7, 5).astype(np.float32))
    return EntityValueHead(5), (entities, Tensor(1, ms.int32))
