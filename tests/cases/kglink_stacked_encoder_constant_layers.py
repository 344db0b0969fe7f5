# case: query encoder applies a constant number of residual Dense layers from a CellList in a for loop before scoring all entities -> constant loop, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResidualBlock(nn.Cell):
    def __init__(self, dim, dropout=0.0):
        super().__init__()
        self.fc = nn.Dense(dim, dim)
        self.norm = nn.LayerNorm((dim,))
        self.drop = nn.Dropout(p=dropout) if dropout > 0 else None

    def construct(self, x):
        y = ops.relu(self.fc(x))
        if self.drop is not None:
            y = self.drop(y)
        return self.norm(x + y)


class DeepQueryScorer(nn.Cell):
    def __init__(self, num_entities, num_relations, dim=8, num_layers=3):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)
        self.blocks = nn.CellList([ResidualBlock(dim) for _ in range(num_layers)])

    def construct(self, heads, rels):
        x = self.ent(heads) * self.rel(rels)
        for block in self.blocks:
            x = block(x)
        return ops.matmul(x, self.ent.embedding_table.T)


def make():
    np.random.seed(39)
    net = DeepQueryScorer(22, 4)
    heads = Tensor(np.random.randint(0, 22, (5,)).astype(np.int32))
    rels = Tensor(np.random.randint(0, 4, (5,)).astype(np.int32))
    return net, (heads, rels)
