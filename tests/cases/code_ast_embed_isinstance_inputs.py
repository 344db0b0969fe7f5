# case: AST node encoder accepts either a tensor of node types or a (types, values) tuple, dispatching with isinstance -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ASTNodeEncoder(nn.Cell):
    """Zügner-style node encoder: node type plus optional terminal value token."""

    def __init__(self, num_types=20, num_values=40, dim=12, combine="sum"):
        super().__init__()
        self.combine = combine
        self.type_embed = nn.Embedding(num_types, dim)
        self.value_embed = nn.Embedding(num_values, dim)
        self.merge = nn.Dense(2 * dim, dim)

    def _with_values(self, types, values):
        t = self.type_embed(types)
        v = self.value_embed(values)
        if self.combine == "sum":
            return t + v
        return self.merge(ops.concat((t, v), axis=-1))

    def construct(self, nodes):
        if isinstance(nodes, tuple):
            types, values = nodes
            return self._with_values(types, values)
        return self.type_embed(nodes)


def make():
    np.random.seed(0)
    types = Tensor(np.random.randint(0, 20, size=(2, 7)).astype(np.int32))
    values = Tensor(np.random.randint(0, 40, size=(2, 7)).astype(np.int32))
    return ASTNodeEncoder(), ((types, values),)
